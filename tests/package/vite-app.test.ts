/**
 * A new Vite app that installs the packed tarball and uses it as the README
 * shows (its "From a bundler" TypeScript block is the app's entry, verbatim):
 * it type-checks, builds with Vite, and the built page runs the quiz in
 * Chromium. The app installs nothing but the tarball, so the build can only
 * work because the package is self-contained.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type StaticServer } from '../../src/demo/server.ts';
import { describe, expect, test } from '../browser/harness.ts';
import { PERSONA_LABEL, widget } from '../browser/widget.ts';
import { appWith, typecheck, type App } from './packed.ts';
import { codeSnippets } from './readme.ts';

const entry = codeSnippets().find((s) => s.section === 'From a bundler, with TypeScript' && s.ext === 'ts')!;

const INDEX_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog built with Vite</title><link rel="icon" href="data:,"></head>
<body>
<main>
<h1>A post</h1>
<ai-layer-quiz id="app-quiz"><p>The quiz loads here.</p></ai-layer-quiz>
</main>
<script type="module" src="/src/main.ts"></script>
</body>
</html>
`;

/** What `npm create vite` gives a vanilla TypeScript app, less the vite/client types it does not need here. */
const TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    noUnusedLocals: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    types: [],
  },
  include: ['src'],
});

let app: App;
let served: StaticServer;

beforeAll(async () => {
  app = appWith({ 'index.html': INDEX_HTML, 'src/main.ts': entry.code, 'tsconfig.json': TSCONFIG });
  await build({ root: app.dir, configFile: false, mode: 'production', logLevel: 'warn', build: { outDir: 'dist' } });
  served = await startServer({ folders: { '/': join(app.dir, 'dist') } });
});

afterAll(async () => {
  await served?.close();
  app?.remove();
});

describe('a Vite app using the packed tarball', () => {
  test('installs only the package: it brings no dependencies of its own', () => {
    expect(readdirSync(join(app.dir, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
      'ai-layer-quiz',
    ]);
  });

  test("type-checks the README's code as its entry", () => {
    expect(readFileSync(join(app.dir, 'src/main.ts'), 'utf8')).toContain("from 'ai-layer-quiz'");
    expect(typecheck(join(app.dir, 'tsconfig.json'))).toBe('');
  });

  test('builds the element into the entry and the quiz into chunks of its own, and the built page runs it', async ({
    open,
  }) => {
    const scripts = readdirSync(join(app.dir, 'dist/assets')).filter((f) => f.endsWith('.js'));
    // The entry (element and loader), the quiz, the result: the app's bundler splits them as the package does.
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    const { page } = await open(`${served.origin}/index.html`);
    const quiz = widget(page, '#app-quiz');
    // The entry sets headingLevel = 3 through the property.
    expect(await quiz.headingTag()).toBe('h3');
    await quiz.start();
    await quiz.host.getByRole('button', { name: PERSONA_LABEL.builder }).waitFor();
    expect(await page.evaluate(() => Object.keys(window).filter((key) => /svelte|xstate/i.test(key)))).toEqual([]);
  });

  test('that imports only the engine from the main entry gets only the engine: the rest is shaken out', async () => {
    const engineOnly = appWith({
      'index.html': '<!doctype html><script type="module" src="/main.js"></script>',
      'main.js': "import { evaluate } from 'ai-layer-quiz';\nconsole.log(evaluate('builder', {}).ok);\n",
    });
    try {
      await build({ root: engineOnly.dir, configFile: false, mode: 'production', logLevel: 'warn' });
      const [bundle] = readdirSync(join(engineOnly.dir, 'dist/assets')).filter((f) => f.endsWith('.js'));
      const code = readFileSync(join(engineOnly.dir, 'dist/assets', bundle!), 'utf8');
      expect(code).toContain('hybrid'); // the engine and its bank are there
      for (const rest of ['attachShadow', 'adoptedStyleSheets', 'xstate.', 'customElements']) {
        expect(code, rest).not.toContain(rest);
      }
    } finally {
      engineOnly.remove();
    }
  });
});
