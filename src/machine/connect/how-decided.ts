/**
 * Plain sentences on how a result was reached: how a close call was settled,
 * what the blend adds to Hybrid, and when the result is weak. Pure: the
 * result screen's connect layer puts them on screen.
 */
import type { Bank, Evaluation, OutcomeId, QuestionId } from '../../engine/types.ts';
import { listOf, sourceText } from './sourced.ts';

export { listOf };

type Label = (id: OutcomeId) => string;
/** Whose answers the sentences speak of: the reader's own, or those of whoever shared the link. */
export type Possessive = 'your' | 'their';

/** The answer a reader gave, as a phrase: “Instantly” on speed. */
function answerPhrase(bank: Bank, questionId: QuestionId, optionId: string): string {
  const question = bank.questions.find((q) => q.id === questionId);
  const option = question?.options.find((o) => o.id === optionId);
  return `“${option?.label ?? optionId}” on ${question?.topic ?? questionId}`;
}

/** One plain sentence on how a close call was settled, or null for a clear lead. */
export function howSettled(evaluation: Evaluation, bank: Bank, label: Label, your: Possessive = 'your'): string | null {
  const { outcome, runnerUp, settlement, decidedBy, fit } = evaluation;
  const winner = label(outcome);
  if (decidedBy === 'lead' || !settlement) {
    if (evaluation.strength !== 'close') return null;
    const gap = fit[outcome] - fit[runnerUp];
    return gap > 0
      ? `A close call: ${winner} is only ${gap} ahead of ${label(runnerUp)}.`
      : `A close call: ${winner} is ahead of ${label(runnerUp)} by less than the chart can show.`;
  }
  const others = listOf(settlement.tied.filter((id) => id !== outcome).map(label));
  const tie = `A tie with ${others}`;
  const answer = () => answerPhrase(bank, settlement.answer!.questionId, settlement.answer!.optionId);
  switch (decidedBy) {
    case 'both-ways':
      return `${tie}: ${your} answers pull both ways, and ${winner} combines the two, so it comes first.`;
    case 'strongest-answer':
      return `${tie}, settled by ${your} firmest answer, ${answer()}, which points to ${winner}.`;
    case 'more-answers': {
      const counts = settlement.counts ?? {};
      const against = settlement.tied.filter((id) => id !== outcome).map((id) => `${counts[id] ?? 0} to ${label(id)}`);
      return `${tie}, settled by numbers: ${counts[outcome] ?? 0} of ${your} answers lean to ${winner}, ${listOf(against)}.`;
    }
    case 'earliest-answer':
      return `${tie}, settled by the first answer that tells them apart: ${answer()} leans to ${winner}.`;
    case 'order':
      return `${tie} that none of ${your} answers tells apart, so this guide puts ${winner} first.`;
  }
}

/** What the chart says about Hybrid's bar when the blend adds to it; null when it adds nothing. */
export function blendNote(evaluation: Evaluation, bank: Bank, label: Label) {
  const blend = evaluation.blend;
  if (!blend || blend.fit === 0) return null;
  const [a, b] = blend.of.map(label);
  const into = label(blend.into);
  // When the blend decides, the why sentence has already said which answers pull which way.
  const text = blend.decisive
    ? `${blend.fit} of ${into}’s fit is the blend of ${a} and ${b}, and it is what puts ${into} first.`
    : `${blend.fit} of ${into}’s fit is the blend: answers that want both ${a} and ${b} count toward a hybrid.`;
  return { text, fit: blend.fit, source: sourceText(bank.scoring.blend.cite) };
}

/**
 * Says which questions did not count (by topic, when there are a few), and that the result is weak when most
 * answers were neutral; null when every answer counted.
 */
export function weakNote(evaluation: Evaluation, bank: Bank, your: Possessive = 'your') {
  const skipped = evaluation.notCounted;
  if (skipped.length === 0) return null;
  const answered = Object.keys(evaluation.answers).length;
  const topics = skipped.map((id) => bank.questions.find((q) => q.id === id)?.topic ?? id);
  const which = skipped.length <= 3 ? ` (${listOf(topics)})` : '';
  const n = skipped.length;
  if (evaluation.strength !== 'weak') {
    return { weak: false, text: `Not counted: ${n} neutral ${n === 1 ? 'answer' : 'answers'}${which}.` };
  }
  return {
    weak: true,
    text: `A weak recommendation: ${n} of ${your} ${answered} answers were neutral${which}, so take it as a starting point.`,
  };
}
