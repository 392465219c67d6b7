/**
 * Clicking through a whole quiz as a reader does: Start as soon as it is
 * painted, the persona, then an option and Continue on every question (with
 * one Back on the way), and on our result the fold of what would change it,
 * one answer tried and back, timing each click from its event's timestamp to
 * the painted frame that shows what it led to.
 */
import type { Clicker } from './clicks.ts';
import { nextFrame, optionByLabel, usableButton, waitFor, whenShown, type Root } from './dom.ts';
import type { PagePlan, StepTiming } from './protocol.ts';
import { onResult, type ResultTimings } from './result.ts';

export interface QuizTimings extends ResultTimings {
  start: StepTiming;
  steps: StepTiming[];
  end: StepTiming;
  whole?: StepTiming;
  back?: StepTiming;
}

/** Clicks `el` and resolves with the click's time and when what it led to was in the DOM and painted. */
export type Timed = (
  el: HTMLElement,
  label: string,
  shown: { promise: Promise<{ dom: number; paint: number }>; cancel: () => void },
  refind?: () => HTMLElement | null,
  hover?: boolean,
) => Promise<StepTiming>;

export function timedWith(clicker: Clicker): Timed {
  return async (el, label, shown, refind, hover = true) => {
    try {
      const click = await clicker.click(el, label, { hover, ...(refind ? { refind } : {}) });
      return { click, ...(await shown.promise) };
    } catch (error) {
      shown.cancel();
      throw error;
    }
  };
}

export async function runQuiz(root: Root, plan: PagePlan, clicker: Clicker, timeoutMs: number): Promise<QuizTimings> {
  const button = (label: string) => waitFor(`button "${label}"`, () => usableButton(root, label), timeoutMs);
  const option = (label: string) => waitFor(`option "${label}"`, () => optionByLabel(root, label), timeoutMs);
  const timedClick = timedWith(clicker);
  const timed = async (label: string, expected: string, hover = true): Promise<StepTiming> =>
    timedClick(
      await button(label),
      label,
      whenShown(root, expected, timeoutMs),
      () => usableButton(root, label),
      hover,
    );
  /** A choice is made, then the page updates for it before Continue, as a reader would see. */
  const choose = async (label: string) => {
    await clicker.click(await option(label), label);
    await nextFrame();
    await nextFrame();
  };

  // As soon as the intro shows: no hover, no pause.
  const start = await timed('Start', plan.firstPrompt, false);
  const first = plan.steps[0]?.prompt ?? plan.end;
  if (plan.personaIsQuestion) {
    await choose(plan.persona);
    await timed('Continue', first);
  } else {
    await timed(plan.persona, first);
  }
  const steps: StepTiming[] = [];
  let back: StepTiming | undefined;
  let whole: Promise<{ dom: number; paint: number }> | undefined;
  for (const [i, step] of plan.steps.entries()) {
    await choose(step.option);
    const next = plan.steps[i + 1]?.prompt ?? plan.end;
    // The last Continue: armed before the click, the whole result's frame is noted too.
    if (!plan.steps[i + 1] && plan.whole) whole = whenShown(root, plan.whole, timeoutMs).promise;
    steps.push(await timed('Continue', next));
    if (i === plan.backAfter && plan.steps[i + 1]) {
      // Back to this question, its answer kept; Continue again is untimed, so the Continue rows count each step once.
      back = await timed('Back', step.prompt);
      await timed('Continue', next);
    }
  }
  const end = steps.pop();
  if (!end) throw new Error('bench: a plan without questions');
  const wholeTiming = whole && { click: end.click, ...(await whole) };
  const result = plan.result ? await onResult(root, plan.result, timedClick, timeoutMs) : {};
  return { start, steps, end, ...(wholeTiming ? { whole: wholeTiming } : {}), ...(back ? { back } : {}), ...result };
}

/** From the end screen: "Start over", then the whole quiz again, `times` times. */
export async function restartRuns(
  root: Root,
  plan: PagePlan,
  clicker: Clicker,
  times: number,
  timeoutMs: number,
): Promise<void> {
  for (let run = 0; run < times; run++) {
    const again = await waitFor('button "Start over"', () => usableButton(root, 'Start over'), timeoutMs);
    await clicker.click(again, 'Start over');
    await runQuiz(root, plan, clicker, timeoutMs);
  }
}
