/**
 * Whole runs: a fresh Chromium process per run, no DevTools connection
 * (above 1× only the throttle pipe), the page clicking through the quiz and
 * timing itself. With real input, Chromium is headful in kiosk mode on our
 * Xvfb display: the page asks for each click with the element's viewport
 * coordinates, the bench clicks there with xdotool, and the page checks that
 * a trusted click landed on that element. Without it, the page clicks
 * itself (`element.click()`) and the rows say so.
 */
import { launch, VIEWPORT } from './browsers.ts';
import { layoutShift, taskFigures } from './loads.ts';
import type { BenchSite, Contender } from './pages.ts';
import type { Input, PagePlan, Report, RunReport, StepTiming } from './page/protocol.ts';
import type { RealInput } from './xvfb.ts';

export interface RunSample {
  plan: string;
  input: Input;
  /** Start, clicked as soon as it was painted on a cold page → the first question (persona) painted. */
  startToFirst: number;
  /** How long after the Start frame was painted the click came. */
  startClickLag: number;
  /** Continue → next question painted, one per question-to-question step (ms). */
  steps: number[];
  /** Continue → next question in the DOM (before layout and paint). */
  stepsDom: number[];
  /** The last Continue → result (ours) or thank-you page (SurveyJS) painted. */
  toEnd: number;
  /** Ours: the last Continue → the whole result painted (the verdict comes a frame before). */
  toWhole?: number;
  /** Back → the previous question painted (absent: a plan too short to go back). */
  back?: number;
  /** Ours: the fold of what would change the result → its content painted. */
  foldOpen?: number;
  /** Ours: "Try this answer" → the tried result painted (absent: no answer to try shows a result at once). */
  tried?: number;
  /** Ours: "Back to my result" → the reader's own result painted. */
  backToResult?: number;
  /** Long tasks from the Start click to the end. */
  longTasks: number;
  longestTask: number;
  blocking: number;
  /** Layout shift over load and the whole run (shifts right after input excluded, as CLS does). */
  cls: number;
}

export interface RunOptions {
  label: string;
  rate: number;
  /** Real input (Xvfb + xdotool), or undefined: in-page clicks. */
  real: RealInput | undefined;
  timeoutMs: number;
}

/** Click → painted, for the steps a run made. */
function optional<K extends string>(steps: Record<K, StepTiming | undefined>): Partial<Record<K, number>> {
  const made = Object.entries<StepTiming | undefined>(steps).filter((e): e is [string, StepTiming] => !!e[1]);
  return Object.fromEntries(made.map(([key, t]) => [key, t.paint - t.click])) as Partial<Record<K, number>>;
}

function sample(report: RunReport, label: string): RunSample {
  const questions = report.steps;
  return {
    plan: label,
    input: report.input,
    startToFirst: report.start.paint - report.start.click,
    startClickLag: report.start.click - report.interactive.painted,
    steps: questions.map((t) => t.paint - t.click),
    stepsDom: questions.map((t) => t.dom - t.click),
    toEnd: report.end.paint - report.end.click,
    ...(report.whole ? { toWhole: report.whole.paint - report.whole.click } : {}),
    ...optional({ back: report.back, foldOpen: report.fold, tried: report.tried, backToResult: report.mine }),
    ...taskFigures(report.longTasks.filter((t) => t.start + t.duration > report.start.click)),
    cls: layoutShift(report.shifts),
  };
}

let pointer = 0;

export async function quizRun(
  site: BenchSite,
  contender: Contender,
  plan: PagePlan,
  options: RunOptions,
): Promise<RunSample> {
  const { real, timeoutMs } = options;
  const { run, url } = site.open({
    contender,
    layout: 'post',
    mode: 'run',
    input: real ? 'real' : 'synthetic',
    plan,
    settleMs: 0,
    timeoutMs,
  });
  const what = `${contender} run (${options.label}, CPU ${options.rate}×)`;
  const browser = await launch({
    url: site.launcher(run, url, { calibrate: !!real, timeoutMs }),
    ...(real ? { display: real.display } : {}),
    ...(options.rate !== 1 ? { throttle: options.rate } : {}),
    timeoutMs,
  });
  const next = (): Promise<Report> => site.inbox.next(run, timeoutMs * 4, what);
  try {
    let offset = { dx: 0, dy: 0 };
    for (;;) {
      const report = await next();
      if (report.type === 'run') return sample(report, options.label);
      if (!real) throw new Error(`[bench] ${what}: unexpected ${report.type} report`);
      if (report.type === 'calibrate') {
        // Two points, so the pointer surely moves (it stays where the last run left it).
        await real.move(VIEWPORT.width - 24, 24 + (pointer++ % 8));
        await real.move(VIEWPORT.width - 12, 12);
      } else if (report.type === 'offset') {
        offset = report;
      } else if (report.type === 'click') {
        const x = Math.round((report.x + offset.dx) * report.dpr);
        const y = Math.round((report.y + offset.dy) * report.dpr);
        await real.click(x, y, report.hover ? 50 : 0);
      } else {
        throw new Error(`[bench] ${what}: unexpected ${report.type} report`);
      }
    }
  } catch (error) {
    throw new Error(`${(error as Error).message}\n  Chromium said:\n${browser.log()}`, { cause: error });
  } finally {
    await browser.close();
    site.inbox.forget(run);
  }
}
