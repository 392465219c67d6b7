/**
 * The recommendation on every answer path of a persona, in one depth-first
 * walk. Each answer's weights are added on the way down and taken off on the
 * way back, so a path costs one decision, not a re-scoring from scratch; and
 * a clear lead is read off the points without settling any tie. What it
 * finds is what `decisionFor` finds for the same answers.
 */
import { decide, soleLeader } from './decide.ts';
import { findPersona, isShown } from './paths.ts';
import { effectiveOf, fitOf, strongestWeight, type Answered } from './score.ts';
import { OUTCOME_IDS } from './types.ts';
import type { Bank, DecidedBy, Fit, OutcomeId, PersonaId, Question, QuestionId, Scores } from './types.ts';

export interface PathDecision {
  outcome: OutcomeId;
  decidedBy: DecidedBy;
  /** Raw points. */
  points: Scores;
  fit: Fit;
}

/**
 * Calls `visit` once per path with its decision and its answers, in the order
 * asked. `picks` is the walk's own list: read it during the call, copy it to
 * keep it. Returns the number of paths.
 */
export function forEachDecision(
  bank: Bank,
  byId: ReadonlyMap<QuestionId, Question>,
  persona: PersonaId,
  visit: (decision: PathDecision, picks: readonly Answered[]) => void,
): number {
  const order = (findPersona(bank, persona)?.questions ?? []).map((id) => byId.get(id));
  const strongest = new Map(bank.questions.map((q) => [q.id, strongestWeight(q)]));
  const rule = bank.scoring;
  const picks: Answered[] = [];
  const answers: Record<QuestionId, string> = {};
  const shownIds = new Set<QuestionId>();
  const points: Record<OutcomeId, number> = { l1: 0, l2: 0, l3: 0, hybrid: 0 };
  let full = 0;
  let count = 0;

  const end = () => {
    count += 1;
    const scores: Scores = { ...points };
    const effective = effectiveOf(scores, rule);
    const leader = soleLeader(effective);
    const decided = leader ? { outcome: leader, decidedBy: 'lead' as const } : decide(picks, scores, rule);
    visit(
      { outcome: decided.outcome, decidedBy: decided.decidedBy, points: scores, fit: fitOf(effective, full) },
      picks,
    );
  };

  const walk = (index: number): void => {
    if (index === order.length) return end();
    const question = order[index];
    if (!question || !isShown(question, shownIds, answers)) return walk(index + 1);
    shownIds.add(question.id);
    full += strongest.get(question.id)!;
    for (const option of question.options) {
      answers[question.id] = option.id;
      picks.push({ question, option });
      for (const id of OUTCOME_IDS) points[id] += option.weights[id];
      walk(index + 1);
      for (const id of OUTCOME_IDS) points[id] -= option.weights[id];
      picks.pop();
    }
    full -= strongest.get(question.id)!;
    delete answers[question.id];
    shownIds.delete(question.id);
  };

  walk(0);
  return count;
}
