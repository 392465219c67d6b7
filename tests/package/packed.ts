/**
 * The package as its users get it: the tarball `npm pack` made in the
 * suite's global setup (tests/browser/global-setup.ts), installed offline
 * into a fresh app folder. Tools come from this project's node_modules (tsc,
 * vite, publint, attw), as they would from the app's own; the network is
 * never needed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { inject } from 'vitest';
import { ROOT } from '../../src/demo/server.ts';

export { ROOT };

export const packed = () => inject('packedPackage');

export const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Runs a CLI from this project's node_modules/.bin; its exit code and output, instead of throwing. */
export function runBin(bin: string, args: string[], cwd = ROOT): { status: number; output: string } {
  try {
    const output = execFileSync(join(ROOT, 'node_modules/.bin', bin), args, { cwd, encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number | null; stdout?: string; stderr?: string };
    return { status: failed.status ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** Parsed declaration files (lib.dom.d.ts above all) shared by every compile in this test file. */
const sourceFiles = new Map<string, ts.SourceFile | undefined>();

/**
 * Type-checks the project `tsconfig` (a path) as `tsc -p` does, in this process: the libraries' declarations
 * are parsed once for every compile instead of once per tsc run. Returns tsc's report, empty when clean.
 */
export function typecheck(tsconfig: string): string {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!parsed) throw new Error(`[ai-layer-quiz] cannot read ${tsconfig}`);
  const host = ts.createCompilerHost(parsed.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    const shared = fileName.includes('/node_modules/typescript/lib/');
    if (shared && sourceFiles.has(fileName)) return sourceFiles.get(fileName);
    const file = read(fileName, language, ...rest);
    if (shared) sourceFiles.set(fileName, file);
    return file;
  };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)];
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => dirname(tsconfig),
    getNewLine: () => '\n',
  });
}

export interface App {
  dir: string;
  remove(): void;
}

/**
 * A new app folder with `files` written into it and the packed tarball
 * installed as its one dependency, offline (the package has no dependencies
 * of its own to fetch).
 */
export function appWith(files: Record<string, string>): App {
  const dir = mkdtempSync(join(tmpdir(), 'alq-app-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'blog-app', private: true, type: 'module' }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  execFileSync(
    'npm',
    ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', packed().tarball],
    { cwd: dir, stdio: 'pipe' },
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
