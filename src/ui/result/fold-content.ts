/**
 * A folded section's life beyond the reader's clicks. Its content is made
 * when the reader opens it, when the page prints, and otherwise in idle time
 * after the result is painted, one section per idle period: the verdict
 * paints first, and the page's find-in-page still finds what the folds hold.
 * It prints open: opened, its content made at once, on `beforeprint`, and
 * back to how the reader left it on `afterprint` (CSS alone cannot show a
 * closed details element's content in every engine; these events fire in all
 * of them, for the print dialog and Save as PDF alike).
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

/** An attachment for the fold's details element; `make` makes its content (again is harmless). */
export function foldLife(make: () => void) {
  return (details: HTMLDetailsElement): (() => void) => {
    let wasOpen = false;
    const onOpen = () => details.open && make();
    const onPrint = ({ type }: Event) => {
      if (type === 'beforeprint') {
        flushSync(make);
        wasOpen = details.open;
      }
      details.open = type === 'beforeprint' || wasOpen;
    };
    const cancel = whenIdle(make);
    details.addEventListener('toggle', onOpen);
    addEventListener('beforeprint', onPrint);
    addEventListener('afterprint', onPrint);
    return () => {
      cancel();
      details.removeEventListener('toggle', onOpen);
      removeEventListener('beforeprint', onPrint);
      removeEventListener('afterprint', onPrint);
    };
  };
}
