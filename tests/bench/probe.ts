/**
 * What runs inside the page: installed before any page script, it records
 * long tasks and layout shifts (PerformanceObserver, buffered), notices the
 * first frame in which the Start button is visible and enabled, and times
 * each Continue: from the click event's timestamp to the first paint after
 * the next question is in the DOM.
 *
 * "Painted" is the end of the frame that shows the change: a
 * requestAnimationFrame callback runs just before that frame is drawn, and a
 * message posted from it runs right after.
 *
 * These functions are serialised into the page, so they use nothing from
 * their module. tsx wraps named functions in `__name(…)`; the init script
 * defines it (see PROBE_PRELUDE).
 */

export interface WidgetLocation {
  /** Selector of the widget's host element. */
  host: string;
  /** Whether the widget lives in the host's (open) shadow root. */
  shadow: boolean;
}

export interface StepTiming {
  /** The click event's timestamp (ms since navigation start). */
  click: number;
  /** When the next question's text was in the DOM. */
  dom: number;
  /** When the frame showing it was painted. */
  paint: number;
}

export interface BenchState {
  longTasks: { start: number; duration: number }[];
  shifts: { start: number; value: number; recentInput: boolean }[];
  /** The first frame with the Start button usable: when seen (rAF) and when painted. */
  interactive?: { seen: number; painted: number };
  /** Resolves when `interactive` is set. */
  ready: Promise<void>;
  /** Stops recording (before the restart series, so the probe's own records don't count as heap growth). */
  stop: () => void;
  step?: Promise<StepTiming>;
}

export const PROBE_PRELUDE = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** Installs the recorders; run by `page.addInitScript` before the page's own scripts. */
export function installProbe(widget: WidgetLocation): void {
  let ready = () => {};
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
  const shifts = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      state.shifts.push({ start: entry.startTime, value: entry.value, recentInput: entry.hadRecentInput });
    }
  });
  const state: BenchState = {
    longTasks: [],
    shifts: [],
    ready: new Promise<void>((resolve) => (ready = resolve)),
    stop: () => {
      tasks.disconnect();
      shifts.disconnect();
      state.longTasks = [];
      state.shifts = [];
    },
  };
  (globalThis as unknown as { __bench: BenchState }).__bench = state;
  tasks.observe({ type: 'longtask', buffered: true });
  shifts.observe({ type: 'layout-shift', buffered: true });

  const root = (): ParentNode | null => {
    const host = document.querySelector(widget.host);
    return widget.shadow ? (host?.shadowRoot ?? null) : host;
  };
  const usableButton = (label: string): boolean => {
    const scope = root();
    if (!scope) return false;
    for (const el of scope.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
      'button, input[type="button"], input[type="submit"]',
    )) {
      const text = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
      if (text.trim() !== label || el.disabled) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        return true;
    }
    return false;
  };

  const poll = () => {
    if (!usableButton('Start')) {
      requestAnimationFrame(poll);
      return;
    }
    const seen = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.interactive = { seen, painted: performance.now() };
      ready();
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(poll);
}

/**
 * Starts timing the next Continue: resolves `__bench.step` once the widget's
 * text includes `expected` (the next question's prompt) after a click, and
 * the frame showing it has been painted.
 */
export function armStep(args: { widget: WidgetLocation; expected: string; timeoutMs: number }): void {
  const state = (globalThis as unknown as { __bench: BenchState }).__bench;
  const host = document.querySelector(args.widget.host);
  const root = args.widget.shadow ? host?.shadowRoot : host;
  if (!root) throw new Error(`bench: no widget at ${args.widget.host}`);
  state.step = new Promise<StepTiming>((resolve, reject) => {
    let click: number | undefined;
    const onClick = (event: Event) => {
      click ??= event.timeStamp;
    };
    window.addEventListener('click', onClick, { capture: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      window.removeEventListener('click', onClick, { capture: true });
      reject(new Error(`bench: "${args.expected}" did not appear within ${args.timeoutMs} ms of Continue`));
    }, args.timeoutMs);
    const observer = new MutationObserver(() => {
      if (click === undefined || !(root.textContent ?? '').includes(args.expected)) return;
      const dom = performance.now();
      const clickedAt = click;
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('click', onClick, { capture: true });
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ click: clickedAt, dom, paint: performance.now() });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  });
}

export interface RestartPlan {
  widget: WidgetLocation;
  /** The persona's button (ours) or option (SurveyJS) label. */
  persona: string;
  /** ours: a button; peer: a radio option followed by Continue. */
  personaIsQuestion: boolean;
  steps: { prompt: string; option: string }[];
  /** Text that shows the run reached its end (our result heading, SurveyJS's thank-you). */
  end: string;
  times: number;
  timeoutMs: number;
}

/**
 * Restarts and completes the quiz `times` times with plain DOM clicks (no
 * timing is taken: this is for the heap after many runs). Expects the page
 * to be on the result (end) screen.
 */
export async function restartRuns(plan: RestartPlan): Promise<void> {
  (globalThis as unknown as { __bench: BenchState }).__bench.stop();
  const host = document.querySelector(plan.widget.host);
  const root = (plan.widget.shadow ? host?.shadowRoot : host) as ParentNode | null | undefined;
  if (!root) throw new Error(`bench: no widget at ${plan.widget.host}`);
  const textOf = () => (root as Node).textContent ?? '';

  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const find = <T>(what: string, lookup: () => T | null | undefined): Promise<T> =>
    (async () => {
      const until = performance.now() + plan.timeoutMs;
      for (;;) {
        const found = lookup();
        if (found) return found;
        if (performance.now() > until) throw new Error(`bench: ${what} not found`);
        await frame();
      }
    })();
  const button = (label: string, prefix = false) =>
    find(`button "${label}"`, () =>
      [...root.querySelectorAll<HTMLElement>('button, input[type="button"], input[type="submit"]')].find((el) => {
        const text = (el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).trim();
        return (prefix ? text.startsWith(label) : text === label) && el.checkVisibility();
      }),
    );
  /** The innermost element whose whole text is `label` (an option's label or its text span). */
  const option = (label: string) =>
    find(`option "${label}"`, () =>
      [...root.querySelectorAll<HTMLElement>('label, span')]
        .reverse()
        .find((el) => (el.textContent ?? '').trim() === label),
    );
  const shows = (text: string) => find(`"${text}"`, () => textOf().includes(text));

  for (let run = 0; run < plan.times; run++) {
    (await button('Start over')).click();
    (await button('Start')).click();
    if (plan.personaIsQuestion) {
      (await option(plan.persona)).click();
      await frame(); // as a reader would: the page updates for the choice before Continue
      (await button('Continue')).click();
    } else {
      (await button(plan.persona, true)).click();
    }
    for (const step of plan.steps) {
      await shows(step.prompt);
      (await option(step.option)).click();
      await frame();
      (await button('Continue')).click();
    }
    await shows(plan.end);
  }
}
