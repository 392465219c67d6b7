/**
 * When the page's loader fetches the quiz: at once when the reader will see
 * more than the intro right away (saved progress or a share link for this
 * widget, an accent to compute) or touches the widget; otherwise when the
 * widget comes within about a screen of the viewport, and then only once the
 * page has loaded and the browser is idle. A reader who never scrolls near
 * it pays for nothing but the loader.
 */
import { PART_PREFIX } from '../share/fragment.ts';
import { storageKey } from '../ui/progress-store.ts';
import type { QuizOptions } from '../ui/options.ts';

/**
 * The widget opens on more than the intro: its share link (a quick look at the fragment for this widget's part,
 * `alq.<id>=`; the quiz reads the link properly) or progress the reader saved. The quiz then fetches its result
 * part first.
 */
export function opensOnMore(options: QuizOptions, hash: string): boolean {
  if (hash.includes(`${PART_PREFIX}${encodeURIComponent(options.instanceId)}=`)) return true;
  try {
    return sessionStorage.getItem(storageKey(options.instanceId)) !== null;
  } catch {
    return false;
  }
}

/** What asks for the quiz at once, before the widget is in view. */
export function needsQuizAtOnce(options: QuizOptions, hash: string): boolean {
  return options.accent !== null || opensOnMore(options, hash);
}

const INTERACTIONS = ['pointerdown', 'keydown', 'focusin'] as const;

/** Calls `load` when the time has come (once); returns a function that stops watching. */
export function watchForLoad(element: HTMLElement, load: () => void): () => void {
  let done = false;
  const stops: (() => void)[] = [];
  const stop = () => stops.splice(0).forEach((s) => s());
  const now = () => {
    if (done) return;
    done = true;
    stop();
    load();
  };
  for (const type of INTERACTIONS) {
    element.addEventListener(type, now, { capture: true });
    stops.push(() => element.removeEventListener(type, now, { capture: true }));
  }
  const idle = () => {
    const run = () =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(now, { timeout: 2000 }) : setTimeout(now, 50);
    if (document.readyState === 'complete') run();
    else window.addEventListener('load', run, { once: true });
  };
  // Every browser with constructable stylesheets, which the widget needs, has IntersectionObserver.
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        idle();
      }
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
  stops.push(() => observer.disconnect());
  return stop;
}
