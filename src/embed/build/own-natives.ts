/**
 * Pages that patch built-ins must not stop the quiz. Prototype.js 1.7.3 and
 * MooTools 1.5/1.6 replace `Array.from` with a version that takes no
 * iterables (Svelte and XState hand it Sets and Maps), and a page script may
 * add an enumerable property to `Object.prototype`, which every `for…in`
 * then walks (XState's scheduler reads it as a scheduled event). Those
 * libraries load before the widget, so the natives cannot be captured at
 * start: the build gives every module (ours, Svelte's, XState's, the
 * bundler's runtime) its own `Array.from`, and turns each `for (x in o)` into
 * `for (x of Object.keys(Object(o)))`, which is what each of those loops means.
 *
 * `checkNoPatchables` fails the build when a built file still has either
 * (an upgrade wrote them in a form this does not rewrite): then this needs a look.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const NATIVES = '\0ai-layer-quiz:natives';
const ARRAY_FROM = /\bArray\.from\b/g;
const FOR_IN = /\bfor\s*\(\s*((?:const|let|var)\s+)?([\w$]+)\s+in\s+/g;
const CODE = /\.(m?js|ts|svelte)$/;

/** The helpers, as a module every rewritten module imports. */
const HELPERS = `
export function arrayFrom(items, map) {
  const list = items != null && typeof items[Symbol.iterator] === 'function' ? [...items] : Array.prototype.slice.call(items);
  if (!map) return list;
  const mapped = [];
  for (let i = 0; i < list.length; i++) mapped.push(map(list[i], i));
  return mapped;
}`;

/** `for (x in o)` → `for (x of Object.keys(Object(o)))`: the expression ends at the parenthesis closing the loop's head. */
function rewriteForIn(code: string): string {
  let out = '';
  let from = 0;
  for (const match of code.matchAll(FOR_IN)) {
    if (match.index < from) continue;
    const start = match.index + match[0].length;
    let depth = 0;
    let end = start;
    for (; end < code.length; end++) {
      const c = code[end];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      }
    }
    // Object(o): for…in over null or undefined walks nothing, and Object.keys would throw on them.
    out += `${code.slice(from, match.index)}for (${match[1] ?? ''}${match[2]} of Object.keys(Object(${code.slice(start, end)}))`;
    from = end;
  }
  return out + code.slice(from);
}

export function ownNatives(): Plugin {
  return {
    name: 'ai-layer-quiz:own-natives',
    enforce: 'post',
    resolveId: (id) => (id === NATIVES ? NATIVES : undefined),
    load: (id) => (id === NATIVES ? HELPERS : undefined),
    transform(code, id) {
      if (id === NATIVES || !CODE.test(id.split('?')[0]!)) return undefined;
      const hasFrom = code.includes('Array.from');
      if (!hasFrom && !/\bfor\s*\(\s*((const|let|var)\s+)?[\w$]+\s+in\s/.test(code)) return undefined;
      const rewritten = rewriteForIn(code.replace(ARRAY_FROM, '__alqArrayFrom'));
      const helper = `import { arrayFrom as __alqArrayFrom } from ${JSON.stringify(NATIVES)};\n`;
      return { code: (hasFrom ? helper : '') + rewritten, map: null };
    },
  };
}

/** Throws when a built file still calls `Array.from` or walks an object with `for…in`. */
export function checkNoPatchables(files: readonly string[]): void {
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const found = [/\bArray\.from\b/, /\bfor\s*\((?:const|let|var)?\s*[\w$]+\s+in\s/].find((re) => re.test(code));
    if (found) {
      throw new Error(
        `[ai-layer-quiz] build: ${file} still matches ${found}; update src/embed/build/own-natives.ts so pages that patch built-ins keep working`,
      );
    }
  }
}
