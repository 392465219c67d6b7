/**
 * The recommendation on every answer path of a persona, in one depth-first
 * walk. Each answer's weights are added on the way down and taken off on the
 * way back, so a path costs one decision, not a re-scoring from scratch; and
 * a clear lead is read off the points without settling any tie. What it
 * finds is what `decisionFor` finds for the same answers.
 *
 * For checks and tests over a whole bank: it is not part of the engine the
 * widget ships, which never walks every path.
 */
import { decide, soleLeader } from './decide.ts';
import { findPersona, wordedIndex } from './paths.ts';
import { blendShareFor, effectiveOf, fitOf, strongestWeight, type Answered } from './score.ts';
import type { Bank, DecidedBy, Fit, OutcomeId, PersonaId, Scores } from './types.ts';

export interface PathDecision {
  outcome: OutcomeId;
  decidedBy: DecidedBy;
  /** Raw points. */
  points: Scores;
  fit: Fit;
}

/**
 * Calls `visit` once per path of `persona` with its decision and its answers,
 * in the order asked (each question worded for the persona). `picks` is the
 * walk's own list: read it during the call, copy it to keep it. Returns the
 * number of paths.
 */
export function forEachDecision(
  bank: Bank,
  persona: PersonaId,
  visit: (decision: PathDecision, picks: readonly Answered[]) => void,
): number {
  const rule = bank.scoring;
  const strongShare = rule.blend.strong?.share ?? rule.blend.share;
  const byId = wordedIndex(bank, persona);
  const order = (findPersona(bank, persona)?.questions ?? []).flatMap((id) => byId.get(id) ?? []);
  const position = new Map(order.map((q, i) => [q.id, i]));
  // Each question's conditions as positions and option sets, so the walk never looks anything up by id.
  const steps = order.map((question) => ({
    question,
    strongest: strongestWeight(question),
    answers: question.options.map((option): Answered => ({ question, option })),
    // Each answer's pull at either share the blend can count, so a tie is settled at the reader's.
    pulls: question.options.map((option) => effectiveOf(option.weights, rule, rule.blend.share)),
    strongPulls: question.options.map((option) => effectiveOf(option.weights, rule, strongShare)),
    conditions: (question.showIf ?? []).map((c) => ({ at: position.get(c.question) ?? -1, anyOf: new Set(c.anyOf) })),
  }));
  const chosen: (string | null)[] = order.map(() => null);
  const picks: Answered[] = [];
  const pulls: Scores[] = [];
  const strongPulls: Scores[] = [];
  const points: Record<OutcomeId, number> = { l1: 0, l2: 0, l3: 0, hybrid: 0 };
  let full = 0;
  let count = 0;

  const end = () => {
    count += 1;
    const scores: Scores = { l1: points.l1, l2: points.l2, l3: points.l3, hybrid: points.hybrid };
    const share = blendShareFor(scores, full, rule);
    const effective = effectiveOf(scores, rule, share);
    const leader = soleLeader(effective);
    const decided = leader
      ? { outcome: leader, decidedBy: 'lead' as const }
      : decide(picks, scores, rule, share === rule.blend.share ? pulls : strongPulls);
    visit(
      { outcome: decided.outcome, decidedBy: decided.decidedBy, points: scores, fit: fitOf(effective, full) },
      picks,
    );
  };

  const walk = (index: number): void => {
    if (index === steps.length) return end();
    const { strongest, conditions, answers, pulls: optionPulls, strongPulls: optionStrongPulls } = steps[index]!;
    for (const { at, anyOf } of conditions) {
      const answer = at >= 0 ? chosen[at] : null;
      if (answer === null || answer === undefined || !anyOf.has(answer)) return walk(index + 1);
    }
    full += strongest;
    for (let o = 0; o < answers.length; o += 1) {
      const answered = answers[o]!;
      chosen[index] = answered.option.id;
      picks.push(answered);
      pulls.push(optionPulls[o]!);
      strongPulls.push(optionStrongPulls[o]!);
      const w = answered.option.weights;
      points.l1 += w.l1;
      points.l2 += w.l2;
      points.l3 += w.l3;
      points.hybrid += w.hybrid;
      walk(index + 1);
      points.l1 -= w.l1;
      points.l2 -= w.l2;
      points.l3 -= w.l3;
      points.hybrid -= w.hybrid;
      picks.pop();
      pulls.pop();
      strongPulls.pop();
    }
    chosen[index] = null;
    full -= strongest;
  };

  walk(0);
  return count;
}
