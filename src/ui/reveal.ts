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
  const first = root.querySelector('[data-alq-reveal]') ?? heading;
  const top = root.getBoundingClientRect().top;
  if (top < 0 || first.getBoundingClientRect().bottom > window.innerHeight) root.scrollIntoView?.({ block: 'start' });
}
