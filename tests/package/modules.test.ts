/**
 * What the package ships, as its users load it: the engine in Node, the ES
 * module without side effects (in Node and in a browser), the classic
 * script as one IIFE, and package.json pointing at all of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT } from '../../src/demo/server.ts';
import { blogPage } from '../browser/pages.ts';
import { describe, expect, test } from '../browser/harness.ts';
import { PERSONA_LABEL, widget } from '../browser/widget.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & {
  exports: Record<string, string | Record<string, string>>;
};
const load = (file: string) => import(pathToFileURL(join(DIST, file)).href) as Promise<Record<string, unknown>>;

describe('in Node', () => {
  test('dist/engine.mjs evaluates', async () => {
    const engine = await load('engine.mjs');
    const result = (engine.evaluate as (p: string, a: object) => { ok: boolean; outcome: string })('builder', {});
    expect(result.ok).toBe(true);
    expect(['l1', 'l2', 'l3', 'hybrid']).toContain(result.outcome);
    expect(Object.keys(engine).sort()).toEqual([
      'OUTCOME_IDS',
      'PERSONA_IDS',
      'bank',
      'createEngine',
      'engine',
      'evaluate',
      'questionsFor',
    ]);
  });

  test('dist/ai-layer-quiz.mjs imports without a DOM and exports defineQuizElement with the engine API', async () => {
    expect(typeof (globalThis as { HTMLElement?: unknown }).HTMLElement).toBe('undefined');
    const module = await load('ai-layer-quiz.mjs');
    expect(typeof module.defineQuizElement).toBe('function');
    expect(module.TAG_NAME).toBe('ai-layer-quiz');
    for (const name of ['evaluate', 'questionsFor', 'bank', 'createEngine', 'engine', 'OUTCOME_IDS', 'PERSONA_IDS']) {
      expect(module, name).toHaveProperty(name);
    }
    // The element class is exported too (for instanceof and the manifest), declared on a stand-in base in Node.
    expect((module.AiLayerQuizElement as { observedAttributes: string[] }).observedAttributes).toHaveLength(6);
  });

  test('dist/ai-layer-quiz.js is one classic IIFE: no import, no export, no global assigned', () => {
    const code = readFileSync(join(DIST, 'ai-layer-quiz.js'), 'utf8');
    expect(code.trimStart()).toMatch(/^\(function\s*\(\)\s*\{/);
    expect(code.trimEnd()).toMatch(/\}\)\(\);?(\n\/\/# sourceMappingURL=\S+)?$/);
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toContain('__svelte');
  });

  test('package.json points CDNs at the IIFE, bundlers at the module, TypeScript at the declarations', () => {
    expect(pkg.unpkg).toBe('./dist/ai-layer-quiz.js');
    expect(pkg.jsdelivr).toBe('./dist/ai-layer-quiz.js');
    expect(pkg.files).toEqual(['dist', '!dist/wordpress']);
    expect(pkg.exports['.']).toEqual({ types: './dist/ai-layer-quiz.d.mts', default: './dist/ai-layer-quiz.mjs' });
    expect(pkg.exports['./engine']).toEqual({ types: './dist/engine.d.mts', default: './dist/engine.mjs' });
    expect(pkg.exports['./ai-layer-quiz.js']).toEqual({
      types: './dist/ai-layer-quiz.d.ts',
      default: './dist/ai-layer-quiz.js',
    });
    const targets = [
      pkg.types,
      pkg.unpkg,
      ...Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t))),
    ];
    for (const target of targets) expect(existsSync(join(ROOT, String(target))), String(target)).toBe(true);
  });
});

describe('in a browser', () => {
  test('importing the ES module registers nothing and adds nothing to window; defineQuizElement() does the rest', async ({
    site,
    open,
  }) => {
    const { page } = await open(
      site.page('/esm.html', blogPage({ widget: '<ai-layer-quiz id="esm"></ai-layer-quiz>' })),
      { noWait: true },
    );
    const before = await page.evaluate(() => Object.getOwnPropertyNames(window));
    // A string, so the test runner does not rewrite the dynamic import.
    const afterImport = (await page.evaluate(`import('/ai-layer-quiz.mjs').then((module) => ({
      defined: customElements.get('ai-layer-quiz') !== undefined,
      upgraded: document.querySelector('ai-layer-quiz').shadowRoot !== null,
      exports: Object.keys(module).length,
    }))`)) as { defined: boolean; upgraded: boolean; exports: number };
    expect(afterImport).toMatchObject({ defined: false, upgraded: false });
    expect(afterImport.exports).toBeGreaterThan(5);

    const again = await page.evaluate(`import('/ai-layer-quiz.mjs').then(({ defineQuizElement }) => {
      const first = defineQuizElement();
      return first === defineQuizElement() && first === customElements.get('ai-layer-quiz');
    })`);
    expect(again).toBe(true);
    const quiz = widget(page, '#esm');
    await quiz.start();
    await quiz.host.getByRole('button', { name: PERSONA_LABEL.builder }).waitFor();
    const after = await page.evaluate(() => Object.getOwnPropertyNames(window));
    expect(after.filter((key) => !before.includes(key))).toEqual([]);
  });
});
