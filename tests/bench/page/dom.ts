/**
 * Finding the widget's parts the way a reader sees them (a visible, enabled
 * button by its text, an option by its label) and knowing when a frame has
 * been painted: a requestAnimationFrame callback runs just before a frame is
 * drawn, and a message posted from it runs right after.
 */
import type { WidgetLocation } from './protocol.ts';

export type Root = ParentNode & Node;

export function widgetRoot(widget: WidgetLocation): Root | null {
  const host = document.querySelector(widget.host);
  return widget.shadow ? (host?.shadowRoot ?? null) : host;
}

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Called in a frame callback: resolves right after that frame has been painted, with the time. */
function afterThisFrame(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
}

/** Resolves right after the frame that is about to be drawn has been painted, with the time. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => void afterThisFrame().then(resolve)));
}

const BUTTONS = 'button, input[type="button"], input[type="submit"]';
const labelOf = (el: Element) => (el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).trim();

export function isUsable(el: HTMLElement): boolean {
  if ((el as HTMLButtonElement).disabled) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/** The visible, enabled button whose text is `label`. */
export function usableButton(root: Root | null, label: string): HTMLElement | null {
  if (!root) return null;
  for (const el of root.querySelectorAll<HTMLElement>(BUTTONS)) if (labelOf(el) === label && isUsable(el)) return el;
  return null;
}

/** The visible control that opens a fold titled `label`: a details element's summary, or a button. */
export function usableToggle(root: Root | null, label: string): HTMLElement | null {
  if (!root) return null;
  for (const el of root.querySelectorAll<HTMLElement>(`summary, ${BUTTONS}`))
    if (labelOf(el) === label && isUsable(el)) return el;
  return null;
}

/** The first visible button or paragraph whose text starts with `text`. */
export function visibleText(root: Root, text: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(`${BUTTONS}, p`))
    if (labelOf(el).startsWith(text) && isUsable(el)) return el;
  return null;
}

/** The innermost visible label or span whose whole text is `label` (an option's label or its text span). */
export function optionByLabel(root: Root | null, label: string): HTMLElement | null {
  if (!root) return null;
  const found = [...root.querySelectorAll<HTMLElement>('label, span')]
    .reverse()
    .find((el) => (el.textContent ?? '').trim() === label);
  return found && isUsable(found) ? found : null;
}

/** Polls once a frame until `lookup` finds something. */
export async function waitFor<T>(what: string, lookup: () => T | null | undefined, timeoutMs: number): Promise<T> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const found = lookup();
    if (found) return found;
    if (performance.now() > until) throw new Error(`bench: ${what} not found within ${timeoutMs} ms`);
    await nextFrame();
  }
}

/**
 * Resolves once the widget's text includes `expected` and the frame showing
 * it has been painted. Armed before the click; the text must not be there yet.
 */
export function whenShown(
  root: Root,
  expected: string,
  timeoutMs: number,
): { promise: Promise<{ dom: number; paint: number }>; cancel: () => void } {
  let cancel = () => {};
  const promise = new Promise<{ dom: number; paint: number }>((resolve, reject) => {
    if ((root.textContent ?? '').includes(expected)) {
      reject(new Error(`bench: "${expected}" was already there before the click`));
      return;
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`bench: "${expected}" did not appear within ${timeoutMs} ms of the click`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!(root.textContent ?? '').includes(expected)) return;
      const dom = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      void afterPaint().then((paint) => resolve({ dom, paint }));
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    cancel = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  });
  return { promise, cancel };
}

/**
 * Resolves once `find` sees its element visible and the frame showing it has
 * been painted. Unlike `whenShown` it works for content already in the DOM
 * but hidden (a closed details element) as well as content rendered later:
 * it looks again on every mutation (attributes included: `open`), on every
 * `toggle` and in every frame. Armed before the click; not visible yet.
 */
export function whenVisible(
  root: Root,
  what: string,
  find: () => Element | null,
  timeoutMs: number,
): { promise: Promise<{ dom: number; paint: number }>; cancel: () => void } {
  let cancel = () => {};
  const promise = new Promise<{ dom: number; paint: number }>((resolve, reject) => {
    if (find()) {
      reject(new Error(`bench: ${what} was already visible before the click`));
      return;
    }
    const check = (inFrame: boolean) => {
      if (!find()) return;
      const dom = performance.now();
      cancel();
      void (inFrame ? afterThisFrame() : afterPaint()).then((paint) => resolve({ dom, paint }));
    };
    const observer = new MutationObserver(() => check(false));
    const onToggle = () => check(false);
    const poll = () => {
      frame = requestAnimationFrame(poll);
      check(true);
    };
    let frame = requestAnimationFrame(poll);
    const timer = setTimeout(() => {
      cancel();
      reject(new Error(`bench: ${what} did not show within ${timeoutMs} ms of the click`));
    }, timeoutMs);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    root.addEventListener('toggle', onToggle, true);
    cancel = () => {
      observer.disconnect();
      root.removeEventListener('toggle', onToggle, true);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });
  return { promise, cancel };
}

/** First frame in which a usable Start button is visible: when a frame callback saw it, and when it was painted. */
export function firstUsableStart(widget: WidgetLocation): Promise<{ seen: number; painted: number }> {
  return new Promise((resolve) => {
    const poll = () => {
      if (!usableButton(widgetRoot(widget), 'Start')) {
        requestAnimationFrame(poll);
        return;
      }
      const seen = performance.now();
      void afterThisFrame().then((painted) => resolve({ seen, painted }));
    };
    requestAnimationFrame(poll);
  });
}
