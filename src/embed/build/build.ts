/**
 * `npm run build`: everything in dist/.
 *
 *   ai-layer-quiz.js      classic script (IIFE) for a <script> tag: registers <ai-layer-quiz>, adds no global
 *   ai-layer-quiz.mjs     ES module for bundlers: no side effects; defineQuizElement() and the engine API
 *   engine.mjs            the engine alone (runs in Node); ai-layer-quiz.mjs imports it
 *   *.d.mts, *.d.ts, types/   type declarations, from the sources (declarations.ts)
 *   custom-elements.json  the Custom Elements Manifest, from the element's JSDoc (manifest.ts)
 *   wordpress/ai-layer-quiz.zip   the WordPress plugin (wordpress.ts)
 *   quiz.html, hugo/, jekyll/, eleventy/   for blog platforms (platforms.ts)
 *
 * Two Vite builds (an IIFE takes one entry; the ES build takes two and shares
 * the engine), both minified and self-contained: Svelte and XState are
 * bundled, because the build patches Svelte's runtime (no-svelte-global.ts)
 * and compiled components only work with the exact runtime they were
 * compiled against; and gives them their own `Array.from` and `for…in`
 * (own-natives.ts), which pages with old libraries patch. Then declarations, the manifest, and checks of what was built.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig } from 'vite';
import { buildDeclarations } from './declarations.ts';
import { generateManifest } from './manifest.ts';
import { noSvelteGlobal } from './no-svelte-global.ts';
import { noLoadTimeError } from './no-load-time-error.ts';
import { buildWordPressPlugin } from './wordpress.ts';
import { buildPlatforms } from './platforms.ts';
import { checkNoPatchables, ownNatives } from './own-natives.ts';

// Always a production build, even when started from a test runner (vitest sets NODE_ENV=test,
// which would make Vite resolve Svelte's development runtime: warnings, and globals on window).
process.env.NODE_ENV = 'production';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const at = (...parts: string[]) => join(ROOT, ...parts);

export const OUTPUTS = {
  iife: join(DIST, 'ai-layer-quiz.js'),
  module: join(DIST, 'ai-layer-quiz.mjs'),
  engine: join(DIST, 'engine.mjs'),
} as const;

function fail(message: string): never {
  throw new Error(`[ai-layer-quiz] build: ${message}`);
}

/** Rolldown's timing report names plugins that are slow on a cold start (the bank check); not news here. */
const quiet = { checks: { bundlerTimings: false } };

/** The settings every build shares; the plugins come from vite.config.ts. */
function common(): InlineConfig {
  return {
    configFile: at('vite.config.ts'),
    root: ROOT,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [noSvelteGlobal(), noLoadTimeError(), ownNatives()],
  };
}

async function buildIife(): Promise<void> {
  await build({
    ...common(),
    build: {
      outDir: DIST,
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      lib: {
        entry: at('src/embed/iife.ts'),
        formats: ['iife'],
        // Vite requires a name for IIFE builds; the entry exports nothing,
        // so nothing is assigned to it (checked below).
        name: 'AiLayerQuizUnused',
        fileName: () => 'ai-layer-quiz.js',
      },
      rolldownOptions: { ...quiet },
    },
  });
}

/** The quiz the loader fetches: `quiz/index.js`, and its result chunk next to it, as ES modules. */
async function buildQuiz(): Promise<void> {
  await build({
    ...common(),
    build: {
      outDir: join(DIST, 'quiz'),
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      lib: {
        entry: { index: at('src/embed/quiz-module.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        ...quiet,
        preserveEntrySignatures: 'allow-extension',
        output: {
          // The result chunk (imported when needed), and what it shares with the question flow.
          chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'result-[hash].js' : 'shared-[hash].js'),
          // V8's compile hint: compile every function as the file loads (off the main thread, while the file
          // streams in), not lazily on its first call, when the reader is waiting for the next screen. Measured in
          // the bench: Start → first question and Continue's p95 both drop. (The loader gains nothing from it.)
          postBanner: '//# allFunctionsCalledOnLoad',
          minify: true,
          // Pure annotations tell a bundler what it may drop; these files go to browsers only, so they are bytes.
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  });
}

async function buildModules(): Promise<void> {
  await build({
    ...common(),
    build: {
      outDir: DIST,
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      lib: {
        entry: { 'ai-layer-quiz': at('src/embed/module.ts'), engine: at('src/engine/index.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.mjs`,
      },
      rolldownOptions: {
        ...quiet,
        // Vite minifies ES libraries without removing whitespace; the shipped files are meant to be read by
        // bundlers and browsers, not people (the source maps are for people). Pure annotations stay.
        output: { chunkFileNames: 'chunks/[name]-[hash].mjs', minify: true },
      },
    },
  });
}

/** The IIFE must be one function expression called at once: no `var X =` at the top, no import/export. */
function checkIife(): void {
  const code = readFileSync(OUTPUTS.iife, 'utf8').replace(/^\s*(\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)\s*/g, '');
  if (!/^(\(function\s*\(|\(\(\)\s*=>|!function\s*\()/.test(code))
    fail(`dist/ai-layer-quiz.js does not start with a bare IIFE: ${code.slice(0, 60)}`);
  if (/\bAiLayerQuizUnused\b/.test(code)) fail('dist/ai-layer-quiz.js assigns a global');
  if (/^\s*(import|export)\s/m.test(code)) fail('dist/ai-layer-quiz.js contains an import or export');
}

function writeManifest(): void {
  writeFileSync(join(DIST, 'custom-elements.json'), `${JSON.stringify(generateManifest(ROOT), null, 2)}\n`);
}

export function sizes(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

export async function buildAll(): Promise<void> {
  const started = Date.now();
  rmSync(DIST, { recursive: true, force: true });
  await buildIife();
  await buildQuiz();
  await buildModules();
  await buildPlatforms(ROOT, DIST, common());
  buildDeclarations(ROOT, DIST);
  writeManifest();
  checkIife();
  buildWordPressPlugin(ROOT, DIST);
  const inFolder = (folder: string, ext: string) =>
    readdirSync(join(DIST, folder))
      .map((name) => join(DIST, folder, name))
      .filter((f) => f.endsWith(ext));
  const built = [...Object.values(OUTPUTS), ...inFolder('quiz', '.js'), ...inFolder('chunks', '.mjs')];
  checkNoPatchables(built);
  for (const file of built) {
    statSync(file);
    const { raw, gzip } = sizes(file);
    console.log(`  ${relative(ROOT, file).padEnd(36)} ${kib(raw).padStart(10)}   gzip ${kib(gzip).padStart(9)}`);
  }
  console.log(`[ai-layer-quiz] built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAll().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
