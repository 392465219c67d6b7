/**
 * Before the browser and package suites: `npm pack`, which builds dist/
 * through the package's prepack script exactly as publishing does, so
 * `npm test` always tests the files a blogger would load and the tarball
 * they would install. ALQ_SKIP_BUILD=1 reuses an existing build (handy
 * while iterating on a test): the tarball is then packed without building.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface PackedPackage {
  /** The tarball's path. */
  tarball: string;
  /** Every path in it, relative to the package root (`dist/ai-layer-quiz.js`, `package.json`, …), sorted. */
  files: string[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    packedPackage: PackedPackage;
  }
}

/** npm prints the JSON report after whatever the lifecycle scripts printed (the build's size table). */
function splitReport(output: string): { log: string; report: { filename: string; files: { path: string }[] } } {
  const start = output.search(/^\[$/m);
  if (start < 0) throw new Error(`[ai-layer-quiz] npm pack printed no JSON report:\n${output}`);
  const [report] = JSON.parse(output.slice(start)) as [{ filename: string; files: { path: string }[] }];
  return { log: output.slice(0, start), report };
}

/** Set once dist/ is built in this run: every project's setup runs in this one process, before any test. */
const BUILT = Symbol.for('ai-layer-quiz:dist-built');
const marks = globalThis as { [BUILT]?: true };

/** Whether dist/ is still to be built in this run (not yet, and not skipped with an existing build). */
export function distToBuild(): boolean {
  return !marks[BUILT] && !(process.env.ALQ_SKIP_BUILD === '1' && existsSync(join(ROOT, 'dist/ai-layer-quiz.js')));
}

export function distBuilt(): void {
  marks[BUILT] = true;
}

export default function setup(project: TestProject): () => void {
  const built = distToBuild();
  const dir = mkdtempSync(join(tmpdir(), 'alq-pack-'));
  const args = [
    'pack',
    '--json',
    '--pack-destination',
    dir,
    '--loglevel=error',
    ...(built ? [] : ['--ignore-scripts']),
  ];
  const output = execFileSync('npm', args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built) distBuilt();
  const { log, report } = splitReport(output);
  if (log.trim()) console.log(log.trimEnd());
  project.provide('packedPackage', {
    tarball: join(dir, report.filename),
    files: report.files.map((f) => f.path).sort(),
  });
  return () => rmSync(dir, { recursive: true, force: true });
}
