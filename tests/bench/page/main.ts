/**
 * The bench's page script. Inlined at the top of every bench page, before
 * any other script, with its config (`__benchConfig`) in front: it records
 * long tasks and layout shifts from the start, does what the config's mode
 * asks (see protocol.ts) and posts what it measured to the bench server. No
 * DevTools connection is needed for any of it.
 */
import { realClicker, syntheticClicker } from './clicks.ts';
import { firstUsableStart, waitFor, widgetRoot } from './dom.ts';
import { REPORT_PATH, SCRIPT_START, type HeapControl, type PageConfig, type Report } from './protocol.ts';
import { restartRuns, runQuiz } from './quiz.ts';
import { cpuIndex, startRecorders } from './recorders.ts';

function readConfig(): PageConfig {
  const config = (globalThis as { __benchConfig?: PageConfig }).__benchConfig;
  if (!config) throw new Error('bench: the page has no __benchConfig');
  return config;
}
const config = readConfig();
const { widget, timeoutMs } = config;

const post = (report: Report) =>
  void fetch(`${REPORT_PATH}?run=${encodeURIComponent(config.run)}`, {
    method: 'POST',
    body: JSON.stringify(report),
    keepalive: true,
  });
const fail = (error: unknown) =>
  post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
addEventListener('error', (event) => {
  // Not an exception: the browser's note that a ResizeObserver callback changed sizes again (SurveyJS's do).
  if (!event.error && /ResizeObserver loop/.test(event.message)) return;
  fail(event.error ?? event.message);
});
addEventListener('unhandledrejection', (event) => fail(event.reason));

const recorders = startRecorders();
const scriptStart = () => performance.getEntriesByName(SCRIPT_START, 'mark')[0]?.startTime ?? Number.NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function load(): Promise<void> {
  const interactive = await firstUsableStart(widget);
  await sleep(config.settleMs);
  post({
    type: 'load',
    scriptStart: scriptStart(),
    interactive,
    longTasks: recorders.longTasks,
    shifts: recorders.shifts,
    cpuIndex: cpuIndex(),
  });
}

async function run(): Promise<void> {
  const plan = config.plan;
  if (!plan) throw new Error('bench: a run needs a plan');
  const interactive = await firstUsableStart(widget);
  const root = await waitFor('the widget', () => widgetRoot(widget), timeoutMs);
  const clicker = config.input === 'real' ? realClicker(post, timeoutMs) : syntheticClicker(timeoutMs);
  const timings = await runQuiz(root, plan, clicker, timeoutMs);
  post({
    type: 'run',
    input: clicker.input,
    scriptStart: scriptStart(),
    interactive,
    ...timings,
    trustedClicks: clicker.counts.trusted,
    clicks: clicker.counts.total,
    longTasks: recorders.longTasks,
    shifts: recorders.shifts,
  });
  if (config.mode !== 'heap') return;
  const control: HeapControl = {
    restart(times) {
      recorders.stop();
      return restartRuns(root, plan, syntheticClicker(timeoutMs), times, timeoutMs);
    },
  };
  (globalThis as { __bench?: HeapControl }).__bench = control;
}

function fold(): void {
  addEventListener('load', () => {
    const host = document.querySelector(widget.host);
    post({
      type: 'fold',
      loadEnd: performance.now(),
      widgetTop: host ? host.getBoundingClientRect().top + scrollY : Number.NaN,
      viewportHeight: innerHeight,
    });
  });
}

/**
 * Waits for the window to settle (kiosk goes full screen after the first
 * paint); for real input, learns where the page sits on the screen from a
 * trusted mousemove. Then opens the measured page.
 */
async function launch(): Promise<void> {
  let size = '';
  let stableSince = performance.now();
  while (performance.now() - stableSince < 200) {
    const now = `${innerWidth}x${innerHeight}`;
    if (now !== size) [size, stableSince] = [now, performance.now()];
    await sleep(50);
  }
  if (config.calibrate) {
    const moved = new Promise<MouseEvent>((resolve) => {
      const onMove = (event: MouseEvent) => {
        if (!event.isTrusted) return;
        removeEventListener('mousemove', onMove);
        resolve(event);
      };
      addEventListener('mousemove', onMove);
    });
    post({ type: 'calibrate' });
    const event = await moved;
    post({
      type: 'offset',
      dx: event.screenX - event.clientX,
      dy: event.screenY - event.clientY,
      dpr: devicePixelRatio,
    });
  }
  if (!config.next) throw new Error('bench: a launch page needs a next page');
  location.replace(config.next);
}

const modes: Record<PageConfig['mode'], () => void | Promise<void>> = { load, run, heap: run, fold, launch };
Promise.resolve().then(modes[config.mode]).catch(fail);
