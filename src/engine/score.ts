import { OUTCOME_IDS } from './types.ts';
import type { Answers, OutcomeId, Question, Scores, TieRule } from './types.ts';

/** Adds up the weights of the chosen options of the questions that apply. */
export function scoreAnswers(questions: readonly Question[], answers: Answers): Scores {
  const scores: Record<OutcomeId, number> = { l1: 0, l2: 0, l3: 0, hybrid: 0 };
  for (const question of questions) {
    const option = question.options.find((o) => o.id === answers[question.id]);
    if (!option) continue;
    for (const id of OUTCOME_IDS) scores[id] += option.weights[id];
  }
  return scores;
}

export interface Decision {
  outcome: OutcomeId;
  runnerUp: OutcomeId;
  decidedBy: 'lead' | 'tie-order' | 'near-tie';
}

/**
 * Picks the recommendation. Highest score wins; equal scores go to whichever
 * comes first in `rule.order`. When the two leaders are the rule's pair
 * (Layer-1 and Layer-2) and no more than `rule.nearTie` apart, the reader's
 * needs pull both ways and the rule's `resolvesTo` (hybrid) is recommended,
 * with the leader of the pair as runner-up.
 */
export function decide(scores: Scores, rule: TieRule): Decision {
  const rank = (id: OutcomeId) => rule.order.indexOf(id);
  const [first, second] = [...OUTCOME_IDS].sort((a, b) => scores[b] - scores[a] || rank(a) - rank(b)) as [
    OutcomeId,
    OutcomeId,
  ];
  const gap = scores[first] - scores[second];
  const isPair = rule.pair.includes(first) && rule.pair.includes(second);
  if (isPair && gap <= rule.nearTie) {
    return { outcome: rule.resolvesTo, runnerUp: first, decidedBy: 'near-tie' };
  }
  return { outcome: first, runnerUp: second, decidedBy: gap === 0 ? 'tie-order' : 'lead' };
}
