/**
 * What the page around the widget hears: which `quiz-*` events a transition
 * causes, and what progress to keep. Pure; App wires it to the actor.
 */
import type { Engine } from '../engine/engine.ts';
import type { Evaluation } from '../engine/types.ts';
import type { QuizSnapshot } from '../machine/quiz.connect.ts';
import type { QuizEvent } from '../machine/quiz.machine.ts';
import type { QuizEventDetailMap, QuizEventName } from './options.ts';
import type { SavedProgress } from './progress-store.ts';

/** One event for the page, its detail typed by its name. */
export type HostEvent = { [N in QuizEventName]: { name: N; detail: QuizEventDetailMap[N] } }[QuizEventName];

/** `quiz-complete`'s detail. `shareUrl` is the result's share link (null until share links exist). */
export function completeDetail(
  evaluation: Evaluation,
  bankVersion: number,
  shareUrl: string | null,
): QuizEventDetailMap['quiz-complete'] {
  return {
    persona: evaluation.persona,
    answers: { ...evaluation.answers },
    outcome: evaluation.outcome,
    fit: { ...evaluation.fit },
    scores: { ...evaluation.scores },
    bankVersion,
    shareUrl,
  };
}

/**
 * The events a reader's action caused, given the snapshots before and after.
 * Restores (saved progress, share links) are not the reader's actions and emit nothing; nor does trying
 * another answer from the result.
 * `shareUrlFor` gives the share link of a finished evaluation.
 */
export function hostEventsFor(
  prev: QuizSnapshot,
  event: QuizEvent,
  next: QuizSnapshot,
  engine: Engine,
  shareUrlFor: (evaluation: Evaluation) => string | null,
): HostEvent[] {
  if (prev === next || event.type === 'RESTORE') return [];
  const events: HostEvent[] = [];
  const persona = next.context.persona;
  if (event.type === 'START' && prev.matches('intro') && !next.matches('intro')) {
    events.push({ name: 'quiz-start', detail: { persona } });
  }
  if (event.type === 'ANSWER' && prev.context.answers !== next.context.answers && prev.context.current) {
    events.push({
      name: 'quiz-answer',
      detail: { questionId: prev.context.current, optionId: event.optionId, persona },
    });
  }
  // Arriving at a result of the reader's own: not back from a tried answer, which was never theirs.
  const arrived = !prev.matches('result') || prev.context.persona !== persona;
  if (next.matches('result') && arrived && !prev.matches('trying') && persona) {
    const evaluation = engine.evaluate(persona, next.context.answers);
    if (evaluation.ok) {
      events.push({
        name: 'quiz-complete',
        detail: completeDetail(evaluation, engine.bank.version, shareUrlFor(evaluation)),
      });
    }
  }
  return events;
}

/** What to store after `event`: the progress to save, 'clear' after Start over, or 'keep' what is stored. */
export function progressFor(event: QuizEvent, snapshot: QuizSnapshot): SavedProgress | 'clear' | 'keep' {
  const { persona, answers, current } = snapshot.context;
  if (event.type === 'RESTART') return 'clear';
  // Restores come from storage itself or from a share link, which is not the reader's own progress.
  if (event.type === 'RESTORE') return 'keep';
  // A tried answer is not the reader's: nothing of it is kept, and coming back changes nothing.
  if (event.type === 'BACK_TO_MINE' || snapshot.matches('trying')) return 'keep';
  if (!persona) return 'keep';
  if (snapshot.matches('result')) return { persona, answers, at: 'result' };
  if (snapshot.matches('question') && current) return { persona, answers, at: current };
  return 'keep';
}
