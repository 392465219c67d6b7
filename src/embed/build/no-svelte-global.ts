/**
 * Svelte's `$props.id()` keeps its counter on `window.__svelte` ("unique
 * even across Svelte runtimes"). The widget must add nothing to the host
 * page's window, and ids only need to be unique within one runtime (each
 * widget has its own shadow root anyway), so the built files keep the
 * counter in a module variable instead.
 *
 * Fails the build when the pattern is not found (a Svelte upgrade changed
 * it): then this needs a look, and the browser test on window's properties
 * would catch a leak anyway.
 */
import type { Plugin } from 'vite';

const TEMPLATE = /[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/]template\.js$/;
const INIT = /\(window\.__svelte \?\?= \{\}\)\.uid \?\?= 1;/;
const NEXT = /window\.__svelte\.uid\+\+/;

export function noSvelteGlobal(): Plugin {
  return {
    name: 'ai-layer-quiz:no-svelte-global',
    enforce: 'pre',
    transform(code, id) {
      if (!TEMPLATE.test(id)) return undefined;
      if (!INIT.test(code) || !NEXT.test(code)) {
        this.error(
          `[ai-layer-quiz] build: svelte's props_id() no longer matches the expected code in ${id}; update src/embed/build/no-svelte-global.ts`,
        );
      }
      const patched = code.replace(INIT, '').replace(NEXT, 'alq_props_uid++');
      return { code: `let alq_props_uid = 1;\n${patched}`, map: null };
    },
  };
}
