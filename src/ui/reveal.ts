/**
 * Where the reader's eyes go on a new step: focus moves to its heading, and
 * when the widget's top is off screen, or the first thing to read (the
 * `data-alq-reveal` element, else the heading) ends below the fold, the
 * widget is scrolled to the top of the viewport.
 */
export function revealStep(root: HTMLElement): void {
  const heading = root.querySelector<HTMLElement>('[data-alq-focus]');
  if (!heading) return;
  // The question form stays from one question to the next: focus its (new) heading afresh, so it is read out.
  if ((heading.getRootNode() as Document | ShadowRoot).activeElement === heading) heading.blur();
  heading.focus({ preventScroll: true });
  revealFirst(root, heading);
}

/** Scrolls the widget to the top when its top or the first thing to read is off screen (again once a result is whole). */
export function revealFirst(root: HTMLElement, heading = root.querySelector('[data-alq-focus]')): void {
  const first = root.querySelector('[data-alq-reveal]') ?? heading;
  if (root.getBoundingClientRect().top < 0 || (first?.getBoundingClientRect().bottom ?? 0) > innerHeight)
    scrollToTop(root);
}

/**
 * Every scroll the widget makes: its top to the top of the viewport. Instant
 * for readers who ask for less motion, whatever the page's `scroll-behavior`.
 * In a frame, only the frame's own document scrolls: `scrollIntoView` would
 * scroll the page around the frame too.
 */
export function scrollToTop(root: HTMLElement | undefined): void {
  if (!root) return;
  const behavior: ScrollBehavior = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'auto';
  if (framed()) window.scrollBy({ top: root.getBoundingClientRect().top, behavior });
  else root.scrollIntoView?.({ block: 'start', behavior });
}

/** A cross-origin or sandboxed parent may refuse even a look at `window.top`: then the widget is framed too. */
function framed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}
