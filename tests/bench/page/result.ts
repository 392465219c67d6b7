/**
 * On our result, as a reader who wonders what would change it: open the
 * fold "What would change the result", try the first answer it offers that
 * shows a result at once, then go back to the result. Each click is timed
 * to the frame that shows what it led to.
 */
import {
  isUsable,
  usableButton,
  usableToggle,
  visibleText,
  waitFor,
  whenShown,
  whenVisible,
  type Root,
} from './dom.ts';
import type { ResultPlan, StepTiming } from './protocol.ts';
import type { Timed } from './quiz.ts';

export interface ResultTimings {
  fold?: StepTiming;
  tried?: StepTiming;
  mine?: StepTiming;
}

export async function onResult(root: Root, plan: ResultPlan, timed: Timed, timeoutMs: number): Promise<ResultTimings> {
  const toggle = () => usableToggle(root, plan.fold);
  // The fold's content may be in the DOM already (closed) or rendered when it opens: either way, timed to visible.
  const content = () => visibleText(root, plan.foldShows);
  const fold = await timed(
    await waitFor(`fold "${plan.fold}"`, toggle, timeoutMs),
    plan.fold,
    whenVisible(root, `the content of "${plan.fold}"`, content, timeoutMs),
    toggle,
  );
  const index = plan.tryIndex;
  if (index === null) return { fold };
  const tries = () =>
    [...root.querySelectorAll<HTMLElement>('button')].filter((b) => b.textContent?.trim() === plan.tryThis);
  const aim = () => {
    const button = tries()[index];
    return button && isUsable(button) ? button : null;
  };
  const tried = await timed(
    await waitFor(`"${plan.tryThis}"`, aim, timeoutMs),
    plan.tryThis,
    whenShown(root, plan.tried, timeoutMs),
  );
  const back = () => usableButton(root, plan.back);
  const mine = await timed(
    await waitFor(`button "${plan.back}"`, back, timeoutMs),
    plan.back,
    whenShown(root, plan.mine, timeoutMs),
    back,
  );
  return { fold, tried, mine };
}
