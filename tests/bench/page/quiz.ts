/**
 * Clicking through a whole quiz as a reader does: Start as soon as it is
 * painted, the persona, then an option and Continue on every question,
 * timing each click from its event's timestamp to the painted frame that
 * shows what it led to.
 */
import type { Clicker } from './clicks.ts';
import { nextFrame, optionByLabel, usableButton, waitFor, whenShown, type Root } from './dom.ts';
import type { PagePlan, StepTiming } from './protocol.ts';

export interface QuizTimings {
  start: StepTiming;
  steps: StepTiming[];
  end: StepTiming;
}

export async function runQuiz(root: Root, plan: PagePlan, clicker: Clicker, timeoutMs: number): Promise<QuizTimings> {
  const button = (label: string) => waitFor(`button "${label}"`, () => usableButton(root, label), timeoutMs);
  const option = (label: string) => waitFor(`option "${label}"`, () => optionByLabel(root, label), timeoutMs);
  const timed = async (el: HTMLElement, label: string, expected: string, hover = true): Promise<StepTiming> => {
    const shown = whenShown(root, expected, timeoutMs);
    try {
      const click = await clicker.click(el, label, { hover, refind: () => usableButton(root, label) });
      return { click, ...(await shown.promise) };
    } catch (error) {
      shown.cancel();
      throw error;
    }
  };
  /** A choice is made, then the page updates for it before Continue, as a reader would see. */
  const choose = async (label: string) => {
    await clicker.click(await option(label), label);
    await nextFrame();
    await nextFrame();
  };

  // As soon as the intro shows: no hover, no pause.
  const start = await timed(await button('Start'), 'Start', plan.firstPrompt, false);
  const first = plan.steps[0]?.prompt ?? plan.end;
  if (plan.personaIsQuestion) {
    await choose(plan.persona);
    await timed(await button('Continue'), 'Continue', first);
  } else {
    await timed(await button(plan.persona), plan.persona, first);
  }
  const steps: StepTiming[] = [];
  for (const [i, step] of plan.steps.entries()) {
    await choose(step.option);
    steps.push(await timed(await button('Continue'), 'Continue', plan.steps[i + 1]?.prompt ?? plan.end));
  }
  const end = steps.pop();
  if (!end) throw new Error('bench: a plan without questions');
  return { start, steps, end };
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
