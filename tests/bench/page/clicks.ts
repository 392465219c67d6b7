/**
 * Two ways to click: real input (the page asks the bench, which moves and
 * clicks the X pointer with xdotool; the page checks that a trusted click
 * landed on the element it aimed at) or a synthetic `element.click()`.
 * Either way the timing starts from the click event's own timestamp.
 */
import { nextFrame } from './dom.ts';
import type { ClickRequest, Input } from './protocol.ts';

export interface ClickOptions {
  hover?: boolean;
  /** Finds the control again if `el` leaves the page before the click (our quiz taking over the loader's intro). */
  refind?: () => HTMLElement | null;
}

export interface Clicker {
  readonly input: Input;
  /** Clicks `el`; resolves with the click event's timestamp once it has been dispatched. */
  click(el: HTMLElement, label: string, options?: ClickOptions): Promise<number>;
  /** Clicks that arrived as trusted events on the element aimed at, and all clicks. */
  readonly counts: { trusted: number; total: number };
}

function nextClick(timeoutMs: number, label: string): Promise<MouseEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      removeEventListener('click', onClick, true);
      reject(new Error(`bench: no click arrived within ${timeoutMs} ms for "${label}"`));
    }, timeoutMs);
    const onClick = (event: MouseEvent) => {
      clearTimeout(timer);
      removeEventListener('click', onClick, true);
      resolve(event);
    };
    addEventListener('click', onClick, true);
  });
}

const describe = (target: EventTarget | null) =>
  target instanceof Element
    ? `<${target.localName}${target.id ? `#${target.id}` : ''}> "${(target.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`
    : target === null
      ? 'nothing'
      : target.constructor.name;

/**
 * `el` was replaced, between aiming and clicking, by a control that is the same to a reader: our quiz taking over
 * the loader's intro puts its own Start where the loader's was.
 */
const sameControl = (target: EventTarget | null, el: Element) =>
  !el.isConnected &&
  target instanceof Element &&
  target.localName === el.localName &&
  target.textContent === el.textContent;

/**
 * In-page clicks come at moments spread over a frame (0–16 ms after the
 * call, the golden ratio apart), as real input does: a click made right
 * after a frame would always wait a whole frame for the next.
 */
export function syntheticClicker(timeoutMs: number): Clicker {
  const counts = { trusted: 0, total: 0 };
  let phase = 0;
  return {
    input: 'synthetic',
    counts,
    async click(el, label) {
      phase = (phase + 0.618034) % 1;
      await new Promise((resolve) => setTimeout(resolve, phase * 16));
      const clicked = nextClick(timeoutMs, label);
      el.click();
      const event = await clicked;
      counts.total++;
      return event.timeStamp;
    },
  };
}

export function realClicker(ask: (request: ClickRequest) => void, timeoutMs: number): Clicker {
  const counts = { trusted: 0, total: 0 };
  return {
    input: 'real',
    counts,
    async click(aimed, label, options = {}) {
      let el = aimed;
      let box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth) {
        el.scrollIntoView({ block: 'center' });
      }
      // A page may still be scrolling or animating (SurveyJS scrolls to a new page's top): aim once the element
      // has stood still for a frame.
      for (let frames = 0; frames < 60; frames++) {
        await nextFrame();
        if (!el.isConnected) el = options.refind?.() ?? el;
        const now = el.getBoundingClientRect();
        const still = now.top === box.top && now.left === box.left;
        box = now;
        if (still && frames > 0) break;
      }
      const clicked = nextClick(timeoutMs, label);
      ask({
        type: 'click',
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
        dpr: devicePixelRatio,
        label,
        hover: options.hover ?? true,
      });
      const event = await clicked;
      counts.total++;
      const target = event.composedPath()[0] ?? event.target;
      if (!event.isTrusted || !(event.composedPath().includes(el) || sameControl(target, el))) {
        throw new Error(
          `bench: the real click for "${label}" landed on ${describe(target as EventTarget)} ` +
            `(trusted: ${event.isTrusted}, at ${event.clientX},${event.clientY}; aimed at ${describe(el)})`,
        );
      }
      counts.trusted++;
      return event.timeStamp;
    },
  };
}
