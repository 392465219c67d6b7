/**
 * Focus inside a widget taken off the page, given back when it returns.
 * Removing an element blurs what had focus inside it just before its
 * `disconnectedCallback` runs, so the target of the last `focusout`, kept
 * until the next microtask, is what had focus at that moment.
 */
export function focusKeeper(root: ShadowRoot) {
  let blurred: HTMLElement | null = null;
  let kept: HTMLElement | null = null;
  root.addEventListener('focusout', (event) => {
    blurred = event.target as HTMLElement;
    queueMicrotask(() => (blurred = null));
  });
  return {
    /** Called as the widget leaves the page. */
    keep() {
      kept = blurred;
    },
    /** Called as it comes back. */
    restore() {
      if (kept && root.contains(kept)) kept.focus({ preventScroll: true });
      kept = null;
    },
  };
}
