/**
 * The why of a result in the reader's own terms: one sentence made of the
 * answers they gave (their labels and topics, never new claims), and the
 * strongest reasons, short, each with its source.
 */
import type { Bank, Evaluation, OutcomeId, QuestionId, Reason } from '../../engine/types.ts';
import { listOf } from './sourced.ts';
import { lastOfRuns, sourced, type SourcedText } from './sourced.ts';

/** How many of the strongest reasons the verdict card lists. */
export const TOP_REASONS = 2;
/** How many of the reader's answers the why sentence names. */
export const WHY_ANSWERS = 2;

/** Who the sentence is about: the reader, whoever shared the link, or the answers being tried. */
export type Voice = 'own' | 'shared' | 'trial';

export interface ReasonView extends Omit<SourcedText, 'source'> {
  questionId: QuestionId;
  /** "transaction cost": what the answer was about. */
  topic: string;
  /** The option the reader chose. */
  answer: string;
  /** When the answer pulls toward one side of the blend rather than the recommendation itself: that side; else null. */
  toward: string | null;
  /** Null when the next reason cites the same place: the line then shows once, after the last of them. */
  source: string | null;
}

const topicOf = (bank: Bank, id: QuestionId) => bank.questions.find((q) => q.id === id)?.topic ?? id;

/** The strongest reasons, at most `TOP_REASONS`, with repeated source lines shown once. */
export function reasonViews(evaluation: Evaluation, bank: Bank, label: (id: OutcomeId) => string): ReasonView[] {
  return lastOfRuns(
    evaluation.reasons.slice(0, TOP_REASONS).map((r) => ({
      ...sourced(r),
      questionId: r.questionId,
      topic: topicOf(bank, r.questionId),
      answer: r.answer,
      toward: r.toward !== evaluation.outcome ? label(r.toward) : null,
    })),
  );
}

/**
 * "Your answers on transaction cost and speed point to Layer-2." When they
 * are the two sides of the blend: "Your answers on control lean to Layer-1
 * and on speed to Layer-2, which Hybrid combines."
 */
export function whySentence(evaluation: Evaluation, bank: Bank, label: (id: OutcomeId) => string, voice: Voice) {
  const winner = label(evaluation.outcome);
  const many = { own: 'Your answers', shared: 'Their answers', trial: 'These answers' }[voice];
  const named = evaluation.reasons.slice(0, WHY_ANSWERS);
  if (named.length === 0) {
    return `None of ${many.toLowerCase()} points to one layer in particular; taken together they fit ${winner} best.`;
  }
  const topic = (r: Reason) => topicOf(bank, r.questionId);
  const sides = bank.scoring.blend.of;
  if (sides.every((side) => named.some((r) => r.toward === side))) {
    const [a, b] = sides.map((side) => named.find((r) => r.toward === side)!);
    return `${many} on ${topic(a!)} lean to ${label(a!.toward)} and on ${topic(b!)} to ${label(b!.toward)}, which ${winner} combines.`;
  }
  if (named.length > 1) return `${many} on ${listOf(named.map(topic))} point to ${winner}.`;
  const one = { own: 'Your answer', shared: 'Their answer', trial: 'This answer' }[voice];
  return `${one} on ${topic(named[0]!)} points to ${winner}.`;
}
