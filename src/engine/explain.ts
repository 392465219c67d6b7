import type { Answers, BlendShare, Flip, Option, OutcomeId, Question, Reason, Scores, ScoringRule } from './types.ts';
import type { Decision } from './decide.ts';
import { blendShareFor, fullPullOf, type Answered } from './score.ts';

/**
 * How far one answer pulls each outcome, with the blend outcome's share of
 * the blend made linear: it counts `share` times the weight on the smaller
 * side of the two blended outcomes (the side the blend is limited by). Added
 * up over the answers this gives exactly the effective points.
 */
function linearPull(weights: Scores, points: Scores, rule: ScoringRule, share: number): Scores {
  const [a, b] = rule.blend.of;
  const limiting = points[a] <= points[b] ? a : b;
  const blend = Math.min(points[a], points[b]) > 0 ? share * weights[limiting] : 0;
  return { ...weights, [rule.blend.into]: weights[rule.blend.into] + blend };
}

/**
 * The answers that moved the result, strongest first: how far each put the
 * recommendation ahead of the runner-up. When the blend is what made the
 * recommendation, the answers that pull toward either side of it count too,
 * each toward its own side, and the strongest of each side comes first.
 */
export function reasonsFor(
  picks: readonly Answered[],
  points: Scores,
  decision: Decision,
  blend: BlendShare | null,
  rule: ScoringRule,
): Reason[] {
  const { outcome, runnerUp } = decision;
  const reasons: Reason[] = [];
  const share = blendShareFor(points, fullPullOf(picks), rule);
  for (const { question, option } of picks) {
    if (option.neutral || !option.reason) continue;
    const w = option.weights;
    const pull = linearPull(w, points, rule, share);
    let toward: OutcomeId = outcome;
    let lead = pull[outcome] - pull[runnerUp];
    if (blend?.decisive) {
      const family = [rule.blend.into, ...rule.blend.of];
      const outside = Math.max(
        ...Object.entries(w)
          .filter(([id]) => !family.includes(id as OutcomeId))
          .map(([, n]) => n),
      );
      toward = family.reduce((best, id) => (w[id] > w[best] ? id : best), rule.blend.into);
      lead = w[toward] - Math.max(outside, ...family.filter((id) => id !== toward).map((id) => w[id]));
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
  reasons.sort((x, y) => y.lead - x.lead);
  if (!blend?.decisive) return reasons;
  const firstOfEach = rule.blend.of
    .map((side) => reasons.find((r) => r.toward === side))
    .filter((r): r is Reason => r !== undefined);
  return [...firstOfEach, ...reasons.filter((r) => !firstOfEach.includes(r))];
}

/**
 * Every single changed answer that would put another outcome first, with the
 * runner-up's flips listed before the rest. `outcomeWith` scores the answers
 * with one of them changed, branching included.
 */
export function flipsFor(
  questions: readonly Question[],
  answers: Answers,
  decision: Decision,
  outcomeWith: (question: Question, from: Option, to: Option) => OutcomeId,
): Flip[] {
  const flips: Flip[] = [];
  for (const question of questions) {
    const from = question.options.find((o) => o.id === answers[question.id]);
    if (!from) continue;
    for (const to of question.options) {
      if (to.id === from.id) continue;
      const outcome = outcomeWith(question, from, to);
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
