/**
 * `npm run build`: everything in dist/.
 *
 *   ai-layer-quiz.js    classic script (IIFE) for a <script> tag: registers <ai-layer-quiz>, adds no global
 *   ai-layer-quiz.mjs   ES module for bundlers: no side effects; defineQuizElement() and the engine API
 *   engine.mjs          the engine alone (runs in Node); ai-layer-quiz.mjs imports it
 *   *.d.mts, types/     type declarations
 *
 * Two Vite builds (an IIFE takes one entry; the ES build takes two and shares
 * the engine), then declarations, then checks of what was built.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig } from 'vite';
import { noSvelteGlobal } from './no-svelte-global.ts';

// Always a production build, even when started from a test runner (vitest sets NODE_ENV=test,
// which would make Vite resolve Svelte's development runtime: warnings, and globals on window).
process.env.NODE_ENV = 'production';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HERE = dirname(fileURLToPath(import.meta.url));
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
    plugins: [noSvelteGlobal()],
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

async function buildModules(): Promise<void> {
  await build({
    ...common(),
    build: {
      outDir: DIST,
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      lib: {
        entry: { 'ai-layer-quiz': at('src/embed/module.ts'), engine: at('src/engine/index.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.mjs`,
      },
      rolldownOptions: {
        ...quiet,
        output: { chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
  });
}

function buildDeclarations(): void {
  const tsc = at('node_modules/typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(HERE, 'tsconfig.json')], { cwd: ROOT, stdio: 'inherit' });
  // The sources import './x.ts'; published declarations say './x.js', which every resolver understands.
  for (const entry of readdirSync(join(DIST, 'types'), { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.d.ts')) continue;
    const file = join(DIST, 'types', entry);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(['"])(\.{1,2}\/[^'"]+)\.ts\1/g, '$1$2.js$1'));
  }
  for (const file of ['ai-layer-quiz.d.mts', 'engine.d.mts']) copyFileSync(join(HERE, 'types', file), join(DIST, file));
}

/** The IIFE must be one function expression called at once: no `var X =` at the top, no import/export. */
function checkIife(): void {
  const code = readFileSync(OUTPUTS.iife, 'utf8').replace(/^\s*(\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)\s*/g, '');
  if (!/^(\(function\s*\(|\(\(\)\s*=>|!function\s*\()/.test(code))
    fail(`dist/ai-layer-quiz.js does not start with a bare IIFE: ${code.slice(0, 60)}`);
  if (/\bAiLayerQuizUnused\b/.test(code)) fail('dist/ai-layer-quiz.js assigns a global');
  if (/^\s*(import|export)\s/m.test(code)) fail('dist/ai-layer-quiz.js contains an import or export');
}

/** The package resolves for a consumer the way package.json says, and its types check. */
function checkTypes(): void {
  const dir = join(DIST, '.typecheck');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(HERE, 'types', 'consumer.ts.txt'), join(dir, 'consumer.ts'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  try {
    execFileSync(process.execPath, [at('node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  } catch {
    fail('the published type declarations do not type-check for a consumer (see above)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  await buildModules();
  buildDeclarations();
  checkIife();
  checkTypes();
  const chunks = readdirSync(join(DIST, 'chunks'))
    .map((name) => join(DIST, 'chunks', name))
    .filter((f) => f.endsWith('.mjs'));
  for (const file of [...Object.values(OUTPUTS), ...chunks]) {
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
