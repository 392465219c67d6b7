import type { Flip, OutcomeId, QuestionId } from '../../engine/types.ts';
import type { Trial } from '../quiz.machine.ts';
import type { Send } from './base.ts';

/** How many "what would change the result" answers the result offers to try. */
export const TOP_FLIPS = 3;

/** One changed answer that would put another layer first, offered to try. */
export interface FlipView {
  questionId: QuestionId;
  optionId: string;
  /** "If you answered “Rarely, but heavy” on transaction cost, Layer-1 would lead." */
  text: string;
  /** This is the answer being tried on screen now. */
  tried: boolean;
  /** Shows the result with this one answer changed. */
  try(): void;
}

/** "If you answered “Low fees don't matter” on transaction cost, Layer-1 would lead." */
export function flipSentence(flip: Flip, outcomeLabel: string, subject: 'you' | 'they' = 'you'): string {
  return `If ${subject} answered “${flip.to.label}” on ${flip.topic}, ${outcomeLabel} would lead.`;
}

/** Up to `limit` flips, preferring different questions (the engine lists the runner-up's first). */
export function pickFlips(flips: readonly Flip[], limit = TOP_FLIPS): Flip[] {
  const picked: Flip[] = [];
  const seen = new Set<QuestionId>();
  for (const flip of flips) {
    if (picked.length === limit) break;
    if (seen.has(flip.questionId)) continue;
    seen.add(flip.questionId);
    picked.push(flip);
  }
  for (const flip of flips) {
    if (picked.length === limit) break;
    if (!picked.includes(flip)) picked.push(flip);
  }
  return picked;
}

/** The flips of the reader's own answers (whatever is being tried), each one a TRY_ANSWER away. */
export function flipViews(
  flips: readonly Flip[],
  label: (id: OutcomeId) => string,
  subject: 'you' | 'they',
  trial: Trial | null,
  send: Send,
): FlipView[] {
  return pickFlips(flips).map((flip) => ({
    questionId: flip.questionId,
    optionId: flip.to.optionId,
    text: flipSentence(flip, label(flip.outcome), subject),
    tried: trial?.questionId === flip.questionId && trial.optionId === flip.to.optionId,
    try: () => send({ type: 'TRY_ANSWER', questionId: flip.questionId, optionId: flip.to.optionId }),
  }));
}
