/**
 * When a folded section's content is made: right away when the reader opens
 * it, when the page prints (synchronously, so the print has it), and
 * otherwise in idle time after the result is painted, one section per idle
 * period, so the verdict paints first and the page's find-in-page still finds
 * what the folds hold.
 */
import { flushSync } from 'svelte';

/** Idle time, or a short wait where the browser has no idle callbacks (Safari). */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}

/** An attachment for the fold's details element: calls `show` once, at the first of idle time, opening or print. */
export function makeContent(show: () => void) {
  return (details: HTMLDetailsElement): (() => void) => {
    const onOpen = () => details.open && show();
    const onPrint = () => flushSync(show);
    const cancel = whenIdle(show);
    details.addEventListener('toggle', onOpen);
    addEventListener('beforeprint', onPrint);
    return () => {
      cancel();
      details.removeEventListener('toggle', onOpen);
      removeEventListener('beforeprint', onPrint);
    };
  };
}
