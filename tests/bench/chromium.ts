/**
 * Chromium for the bench, launched by the browser tests' own harness
 * (`tests/browser/harness.ts`: the same binary lookup, flags and message
 * when none is installed).
 *
 * The harness also declares its vitest fixtures when it is imported, which
 * throws outside a vitest run. The bench is a plain `tsx` script, so while it
 * loads the harness, the harness's 'vitest' import resolves to an inert
 * stand-in. (Were the launch helpers in a module of their own, this file
 * would be one import.)
 */
import { register } from 'node:module';

const HARNESS = new URL('../browser/harness.ts', import.meta.url).href;

/** What harness.ts takes from 'vitest': fixtures declared at import time, never run here. */
const STAND_IN = `
const inert = () => { throw new Error('[bench] vitest is not running: the harness fixtures are for tests only'); };
export const test = { extend: () => inert };
export const expect = inert;
export const describe = inert;`;

const HOOK = `
export async function resolve(specifier, context, next) {
  if (specifier === 'vitest' && context.parentURL === ${JSON.stringify(HARNESS)}) {
    return { url: ${JSON.stringify(`data:text/javascript,${encodeURIComponent(STAND_IN)}`)}, shortCircuit: true };
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(HOOK)}`);

const harness = await import('../browser/harness.ts');

export const launchChromium = harness.launchChromium;
export const findChromium = harness.findChromium;
