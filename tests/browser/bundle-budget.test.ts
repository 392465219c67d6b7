/**
 * Byte budgets for the files a blogger serves, on the build this suite's
 * global setup just made. Deterministic: bytes and text only, never a time
 * (timings are `npm run bench`'s job, which also shows where the bytes go).
 *
 * - The loader, dist/ai-layer-quiz.js: at most 5 KiB gzip. It is what every
 *   visitor of a post pays, whether or not they reach the quiz.
 * - The loader and everything the first question needs (quiz/index.js and
 *   what it imports): at most 52 KiB gzip. Svelte's and XState's runtimes
 *   take 28 KiB of it between them, the question flow of the bank 4 KiB.
 * - Every file of the widget together: at most 74 KiB gzip.
 * Each file is compressed on its own, as a server sends it. Never cut content
 * or accessibility to fit: find where the bytes go (`npm run bench`, "where
 * our bytes go") and cut what is not needed; raise a budget only with the
 * reason in the commit.
 * - Built from the production builds of its dependencies.
 * - No string-to-code or HTML-parsing sink (the Trusted Types story depends on it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../../src/demo/server.ts';
import { bytesOf, kib } from '../bench/bytes.ts';

const KIB = 1024;
const BUDGETS = { loader: 5 * KIB, firstQuestion: 52 * KIB, everything: 74 * KIB };

const LOADER = 'ai-layer-quiz.js';
const QUIZ = 'quiz/index.js';
const shipped = [
  LOADER,
  ...readdirSync(join(DIST, 'quiz'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `quiz/${f}`),
];
const codeOf = (file: string) => readFileSync(join(DIST, file), 'utf8');
const gzipOf = (file: string) => bytesOf(codeOf(file)).gzip;

/** `file` and the files it imports statically (`from"./x.js"`), transitively: what must arrive before it runs. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of codeOf(file).matchAll(/\bfrom\s*["'`](\.\/[^"'`]+)["'`]/g)) {
    withStaticImports(join(dirname(file), spec!).replace(/\\/g, '/'), seen);
  }
  return seen;
}

function report(what: string, files: readonly string[], budget: number): number {
  const gzip = files.reduce((sum, f) => sum + gzipOf(f), 0);
  const each = files.map((f) => `${f} ${kib(gzipOf(f))}`).join(', ');
  console.log(
    `${what}: ${kib(gzip)} gzip (${gzip} B), budget ${kib(budget)}${gzip > budget ? ': OVER BUDGET' : ''} · ${each}`,
  );
  return gzip;
}

/** Sinks that turn a string into code or parse it as HTML, as they can appear in minified code. */
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  // `eval(…)`, `(0,eval)(…)`, `window.eval`, `x=eval`: any standalone eval token, or eval by name.
  { name: 'eval', pattern: /(?<![\w$])eval(?![\w$])|\[\s*[`'"]eval[`'"]\s*\]/ },
  // `new Function(…)` and `Function(…)` (the same without new), or Function by name.
  { name: 'new Function', pattern: /(?<![\w$.])Function\s*\(|\[\s*[`'"]Function[`'"]\s*\]/ },
  // Assignments (`=`, `+=`, not `==`), dotted or by name.
  { name: 'innerHTML =', pattern: /(?<![\w$])innerHTML\s*\+?=(?!=)|\[\s*[`'"]innerHTML[`'"]\s*\]\s*\+?=(?!=)/ },
  { name: 'outerHTML =', pattern: /(?<![\w$])outerHTML\s*\+?=(?!=)|\[\s*[`'"]outerHTML[`'"]\s*\]\s*\+?=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
];

/**
 * `document.write(…)` / `writeln`, dotted or by name, also through a
 * variable the minifier made for `document` (`var d=document;d.write(…)`);
 * other objects' `write` methods (a bit writer's `this.write`) are fine.
 */
function findDocumentWrite(code: string): RegExpExecArray | null {
  const aliases = new Set(['document']);
  for (const match of code.matchAll(/(?<![\w$.])([\w$]+)\s*=\s*(?:window\.|globalThis\.|self\.)?document(?![\w$.[])/g))
    aliases.add(match[1]!);
  const names = [...aliases].map((a) => a.replace(/\$/g, '\\$')).join('|');
  return new RegExp(
    `(?<![\\w$])(?:${names})\\s*(?:\\.\\s*write(?:ln)?\\b|\\[\\s*[\`'"]write(?:ln)?[\`'"]\\s*\\])`,
  ).exec(code);
}

const SINKS: { name: string; find: (code: string) => RegExpExecArray | null }[] = [
  ...FORBIDDEN.map(({ name, pattern }) => ({ name, find: (code: string) => pattern.exec(code) })),
  { name: 'document.write', find: findDocumentWrite },
];

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 60), index + 60).replace(/\s+/g, ' ');
}

describe('the files a blogger serves', () => {
  test('the loader is at most 5 KiB gzip', () => {
    expect(report('the loader', [LOADER], BUDGETS.loader)).toBeLessThanOrEqual(BUDGETS.loader);
    // The loader carries no framework: Svelte and XState come with the quiz.
    const sources = (JSON.parse(codeOf(`${LOADER}.map`)) as { sources: string[] }).sources;
    expect(sources.filter((s) => /node_modules/.test(s))).toEqual([]);
  });

  test('the loader and everything the first question needs are at most 52 KiB gzip', () => {
    const files = [LOADER, ...withStaticImports(QUIZ)];
    expect(files.length).toBeLessThan(shipped.length); // the result chunk is not among them
    expect(report('the loader and the first question', files, BUDGETS.firstQuestion)).toBeLessThanOrEqual(
      BUDGETS.firstQuestion,
    );
  });

  test('every file of the widget together is at most 74 KiB gzip', () => {
    expect(report('every file', shipped, BUDGETS.everything)).toBeLessThanOrEqual(BUDGETS.everything);
  });

  test('are built from the production builds of their dependencies', () => {
    for (const file of shipped) {
      const map = JSON.parse(codeOf(`${file}.map`)) as { sources: string[] };
      const development = map.sources.filter((source) => /[.-]development[.-]/.test(source));
      expect(
        development,
        `${file}: development builds: the build ran with NODE_ENV other than "production" (vitest sets "test")`,
      ).toEqual([]);
    }
  });

  test('contain no eval, new Function, document.write or HTML-parsing assignment', () => {
    const found = shipped.flatMap((file) => {
      const code = codeOf(file);
      return SINKS.flatMap(({ name, find }) => {
        const match = find(code);
        return match ? [`${file}: ${name}: …${around(code, match.index)}…`] : [];
      });
    });
    expect(found).toEqual([]);
  });

  test('the sink patterns catch each sink as a minifier may write it', () => {
    const samples: Record<string, string[]> = {
      eval: ['eval("1")', '(0,eval)(s)', 'window.eval(s)', 'x=globalThis["eval"]'],
      'new Function': ['new Function("a","return a")', 'Function(`return this`)()', 'x[`Function`]'],
      'document.write': [
        'document.write(s)',
        'var d=document;d.writeln(s)',
        'document["write"](s)',
        'let $=window.document;$.write(s)',
      ],
      'innerHTML =': ['e.innerHTML=s', 'e.innerHTML += s', 'e[`innerHTML`]=s'],
      'outerHTML =': ['e.outerHTML=s'],
      insertAdjacentHTML: ['e.insertAdjacentHTML(`beforeend`,s)'],
    };
    const innocent = [
      'o!==`innerHTML`&&o!==`textContent`',
      'a.innerHTML==b',
      'evaluate(x)',
      'retrieval(x)',
      'navigator.clipboard.writeText(s)',
      'isFunction(x)',
      'this.write(+(n>0),1)',
      'var d=document.body;d.write(s)',
    ];
    for (const { name, find } of SINKS) {
      for (const sample of samples[name] ?? []) expect(find(sample), `${name} should catch ${sample}`).not.toBeNull();
      for (const sample of innocent) expect(find(sample), `${name} should not flag ${sample}`).toBeNull();
    }
    expect(Object.keys(samples).sort()).toEqual(SINKS.map((s) => s.name).sort());
  });
});
