/**
 * Trying another answer from the result: what the tried result says about
 * the answer changed, and the one way back to the result it was tried from.
 */
import type { Answers, Bank, QuestionId } from '../../engine/types.ts';
import type { Trial } from '../quiz.machine.ts';
import type { QuizSnapshot, Send } from './base.ts';
import { listOf } from './sourced.ts';

export interface TrialBack {
  /** "Back to my result", or "Back to the shared result" */
  backLabel: string;
  backToMine(): void;
}

export function trialBack(snapshot: QuizSnapshot, send: Send): TrialBack {
  return {
    backLabel: snapshot.context.origin === 'shared' ? 'Back to the shared result' : 'Back to my result',
    backToMine: () => send({ type: 'BACK_TO_MINE' }),
  };
}

/**
 * "With “Rarely, but heavy” instead of “Constantly, in tiny amounts” on
 * transaction cost." Then the answers given to the questions the change brought in.
 */
export function trialText(bank: Bank, trial: Trial, answers: Answers, broughtIn: readonly QuestionId[]): string {
  const label = (questionId: string, optionId: string | undefined) =>
    bank.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId)?.label ?? optionId;
  const topic = (questionId: string) => bank.questions.find((q) => q.id === questionId)?.topic ?? questionId;
  const changed = `“${label(trial.questionId, trial.optionId)}” instead of “${label(trial.questionId, answers[trial.questionId])}” on ${topic(trial.questionId)}`;
  const brought = broughtIn.map((id) => `“${label(id, trial.answers[id])}” on ${topic(id)}`);
  return `With ${listOf([changed, ...brought])}.`;
}
