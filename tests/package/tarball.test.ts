/**
 * What `npm pack` puts in the tarball (made by the suite's global setup,
 * whose prepack build is the one the rest of the suite tests), and what
 * publint and Are the Types Wrong say about it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, test } from 'vitest';
import { ROOT, packed, readJson, runBin } from './packed.ts';

interface PackageJson {
  [field: string]: unknown;
  exports: Record<string, string | Record<string, string>>;
  scripts: Record<string, string>;
  sideEffects: string[];
}

/** Every module specifier an ES module imports or re-exports, statically or dynamically. */
function importedBy(code: string): string[] {
  const specifiers: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const { type, source } = node as {
      type?: string;
      source?: { value?: unknown; quasis?: { value: { cooked: string } }[]; expressions?: unknown[] };
    };
    if (type && /^(Import|ExportNamed|ExportAll)Declaration$|^ImportExpression$/.test(type) && source) {
      // A dynamic import of a chunk is written as a template literal without expressions: `./chunk-x.mjs`.
      const literal = source.quasis && source.expressions?.length === 0 ? source.quasis[0]?.value.cooked : undefined;
      specifiers.push(String(literal ?? source.value));
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(parseAst(code));
  return specifiers;
}

const pkg = readJson<PackageJson>(join(ROOT, 'package.json'));
const inPackage = (target: unknown) => String(target).replace(/^\.\//, '');

/** Every file package.json points a tool at. */
function namedFiles(): string[] {
  const single = ['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements'].map((field) => pkg[field]);
  const exported = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  return [...new Set([...single, ...exported, ...pkg.sideEffects].map(inPackage))].sort();
}

describe('the tarball', () => {
  test('is built by npm pack itself: the prepack script runs the build', () => {
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.scripts.build).toContain('src/embed/build/build.ts');
  });

  test('holds every file that main, module, types, unpkg, jsdelivr, customElements, exports and sideEffects name', () => {
    const named = namedFiles();
    expect(named).toEqual(expect.arrayContaining(['dist/ai-layer-quiz.js', 'dist/custom-elements.json']));
    expect(named.filter((file) => !packed().files.includes(file))).toEqual([]);
  });

  test('holds the licence, the README and dist/, and nothing of the sources or tests', () => {
    const { files } = packed();
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    expect(files.filter((f) => !/^(dist\/|LICENSE$|README\.md$|package\.json$)/.test(f))).toEqual([]);
    // Each declaration the entries import is shipped; the build prunes the rest.
    expect(files.filter((f) => f.startsWith('dist/types/'))).toContain('dist/types/embed/element.d.ts');
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.d.mts'))).toEqual([]);
    // The WordPress plugin is a download of its own, not something a bundler installs.
    expect(files.filter((f) => f.startsWith('dist/wordpress/'))).toEqual([]);
  });

  test('says MIT in package.json and in the LICENSE file, and has keywords for the registry', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect((pkg.keywords as string[]).length).toBeGreaterThanOrEqual(5);
    expect(pkg).not.toHaveProperty('repository');
  });

  test('declares no dependencies: the modules bundle Svelte and XState and import nothing from outside', () => {
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
      expect(pkg).not.toHaveProperty(field);
    const modules = packed().files.filter((f) => f.endsWith('.mjs') && !f.startsWith('dist/eleventy/'));
    expect(modules.length).toBeGreaterThanOrEqual(3);
    const specifiers = modules.flatMap((file) => importedBy(readFileSync(join(ROOT, file), 'utf8')));
    expect(specifiers).toContainEqual(expect.stringMatching(/^\.\/chunks\/engine-[\w-]+\.mjs$/));
    expect(specifiers.filter((s) => !s.startsWith('./'))).toEqual([]);
    // Eleventy's plugin runs in Node at build time: Node's own modules, and nothing else.
    const plugin = importedBy(readFileSync(join(ROOT, 'dist/eleventy/plugin.mjs'), 'utf8'));
    expect(plugin.filter((s) => !s.startsWith('node:'))).toEqual([]);
  });

  test('ships declarations that import nothing from outside the package (an app need not install XState)', () => {
    const declarations = packed().files.filter((f) => /\.d\.m?ts$/.test(f));
    const specifiers = declarations.flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from\s+|import\s*\(?\s*)['"]([^'"]+)['"]/g)].map(
        (m) => m[1]!,
      ),
    );
    expect(specifiers).toContain('./types/embed/element.js');
    expect(specifiers.filter((s) => !s.startsWith('.'))).toEqual([]);
  });
});

describe('linters for packages, on the tarball', () => {
  test('publint (strict) finds nothing', () => {
    const { status, output } = runBin('publint', ['run', packed().tarball, '--strict', '--level', 'suggestion']);
    expect(output).toContain('All good!');
    expect(status).toBe(0);
  });

  test('Are the Types Wrong (esm-only) finds nothing: every entry resolves to ESM with types', () => {
    const { status, output } = runBin('attw', [packed().tarball, '--profile', 'esm-only', '--format', 'json']);
    const report = JSON.parse(output) as {
      problems?: Record<string, { entrypoint: string; resolutionKind: string }[]>;
    };
    // The esm-only profile leaves out require() and node10, which an ES-module-only package does not serve.
    const considered = Object.values(report.problems ?? {})
      .flat()
      .filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
    expect(considered).toEqual([]);
    expect(status, output).toBe(0);
  });
});
