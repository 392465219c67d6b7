import type { Answers, Flip, OutcomeId, Question, Reason, TieRule } from './types.ts';
import type { Decision } from './score.ts';

function chosen(question: Question, answers: Answers) {
  return question.options.find((o) => o.id === answers[question.id]);
}

/**
 * The answers that moved the result, strongest first. Normally: how far each
 * answer put the winner ahead of the runner-up. After a near-tie the winner
 * (hybrid) won because the reader pulls both ways, so each answer counts
 * toward whichever side of the pair it favours.
 */
export function reasonsFor(
  questions: readonly Question[],
  answers: Answers,
  decision: Decision,
  rule: TieRule,
): Reason[] {
  const reasons: Reason[] = [];
  for (const question of questions) {
    const option = chosen(question, answers);
    if (!option) continue;
    const w = option.weights;
    let toward: OutcomeId = decision.outcome;
    let lead = w[decision.outcome] - w[decision.runnerUp];
    if (decision.decidedBy === 'near-tie') {
      const [a, b] = rule.pair;
      toward = w[a] >= w[b] ? a : b;
      lead = Math.abs(w[a] - w[b]);
    }
    if (lead <= 0) continue;
    reasons.push({
      ...option.reason,
      questionId: question.id,
      optionId: option.id,
      question: question.prompt,
      answer: option.label,
      toward,
      lead,
    });
  }
  // Stable sort keeps question order among equal leads.
  return reasons.sort((x, y) => y.lead - x.lead);
}

/**
 * Every single changed answer that would put another outcome first, with the
 * runner-up's flips listed before the rest. `evaluateOutcome` re-scores the
 * changed answers, branching included.
 */
export function flipsFor(
  questions: readonly Question[],
  answers: Answers,
  decision: Decision,
  evaluateOutcome: (answers: Answers) => OutcomeId,
): Flip[] {
  const flips: Flip[] = [];
  for (const question of questions) {
    const from = chosen(question, answers);
    if (!from) continue;
    for (const to of question.options) {
      if (to.id === from.id) continue;
      const outcome = evaluateOutcome({ ...answers, [question.id]: to.id });
      if (outcome === decision.outcome) continue;
      flips.push({
        questionId: question.id,
        topic: question.topic,
        from: { optionId: from.id, label: from.label },
        to: { optionId: to.id, label: to.label },
        outcome,
      });
    }
  }
  const first = (f: Flip) => (f.outcome === decision.runnerUp ? 0 : 1);
  return flips.sort((a, b) => first(a) - first(b));
}
