/**
 * Svelte's client runtime makes an Error when its module loads (the
 * `STALE_REACTION` abort reason of `getAbortSignal()`, which the widget never
 * uses). Making an Error records a stack; with a DevTools connection open
 * (Lighthouse, PageSpeed Insights) V8 records a detailed one and re-parses
 * the whole script to do it, 15–20 ms of start-up on a laptop for nothing.
 * The built files use a plain object with the same name and message instead.
 *
 * Fails the build when the pattern is not found (a Svelte upgrade changed
 * it): then this needs a look.
 */
import type { Plugin } from 'vite';

const CONSTANTS = /[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]constants\.js$/;
const STALE =
  /export const STALE_REACTION = new \(class StaleReactionError extends Error \{\s*name = 'StaleReactionError';\s*message = ('[^']*');\s*\}\)\(\);/;

export function noLoadTimeError(): Plugin {
  return {
    name: 'ai-layer-quiz:no-load-time-error',
    enforce: 'pre',
    transform(code, id) {
      if (!CONSTANTS.test(id)) return undefined;
      if (!STALE.test(code)) {
        this.error(
          `[ai-layer-quiz] build: svelte's STALE_REACTION no longer matches the expected code in ${id}; update src/embed/build/no-load-time-error.ts`,
        );
      }
      const patched = code.replace(
        STALE,
        (_all, message: string) =>
          `export const STALE_REACTION = Object.freeze({ name: 'StaleReactionError', message: ${message} });`,
      );
      return { code: patched, map: null };
    },
  };
}
