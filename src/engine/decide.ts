import { OUTCOME_IDS } from './types.ts';
import type { DecidedBy, OutcomeId, Scores, ScoringRule, Settlement } from './types.ts';
import { blendShareFor, effectiveOf, fullPullOf, type Answered } from './score.ts';

export interface Decision {
  outcome: OutcomeId;
  runnerUp: OutcomeId;
  /** Every outcome, best first. */
  ranking: OutcomeId[];
  decidedBy: DecidedBy;
  settlement: Settlement | null;
}

/** Half points come from the blend; anything closer than this is equal. */
const EPSILON = 1e-9;

/** How firmly one answer pulls to each outcome, the blend included at the reader's `share`, so ties compare like with like. */
export function pullsOf(picks: readonly Answered[], rule: ScoringRule, share: number): Scores[] {
  return picks.map(({ option }) => effectiveOf(option.weights, rule, share));
}

/** Settles a tie among `tied` from the reader's answers, falling back on the bank's order. */
function settle(
  tied: OutcomeId[],
  level: number,
  picks: readonly Answered[],
  pulls: readonly Scores[],
  rule: ScoringRule,
) {
  const answerAt = (i: number) => ({ questionId: picks[i]!.question.id, optionId: picks[i]!.option.id });
  /** How far answer `i` puts `id` ahead of every other outcome in `among`. */
  const margin = (i: number, id: OutcomeId, among: readonly OutcomeId[]) => {
    const pull = pulls[i]!;
    let other = -Infinity;
    for (const o of among) if (o !== id && pull[o] > other) other = pull[o];
    return pull[id] - other;
  };

  // 0. Level on both sides of the blend and on the blend itself: the reader pulls both ways, which is what it stands for.
  const { of, into } = rule.blend;
  if (level > 0 && tied.includes(into) && of.every((id) => tied.includes(id))) {
    return { winner: into, decidedBy: 'both-ways' as const, settlement: { tied } };
  }

  // 1. The single answer that points most firmly to one of them.
  const strongest = new Map<OutcomeId, { margin: number; at: number }>();
  for (const id of tied) {
    let best = { margin: 0, at: -1 };
    pulls.forEach((_, i) => {
      const m = margin(i, id, tied);
      if (m > best.margin + EPSILON) best = { margin: m, at: i };
    });
    strongest.set(id, best);
  }
  const top = Math.max(...tied.map((id) => strongest.get(id)!.margin));
  let candidates = top > EPSILON ? tied.filter((id) => strongest.get(id)!.margin > top - EPSILON) : tied;
  if (candidates.length === 1) {
    const at = strongest.get(candidates[0]!)!.at;
    return {
      winner: candidates[0]!,
      decidedBy: 'strongest-answer' as const,
      settlement: { tied, answer: answerAt(at) },
    };
  }

  // 2. More answers leaning to one of them.
  const counts: Partial<Record<OutcomeId, number>> = {};
  for (const id of candidates) counts[id] = pulls.filter((_, i) => margin(i, id, candidates) > EPSILON).length;
  const most = Math.max(...candidates.map((id) => counts[id]!));
  const leaders = candidates.filter((id) => counts[id] === most);
  if (most > 0 && leaders.length === 1) {
    return { winner: leaders[0]!, decidedBy: 'more-answers' as const, settlement: { tied, counts } };
  }
  candidates = leaders;

  // 3. The earliest answer that tells them apart.
  for (let i = 0; i < pulls.length; i += 1) {
    const ahead = candidates.filter((id) => margin(i, id, candidates) > EPSILON);
    if (ahead.length === 1) {
      return { winner: ahead[0]!, decidedBy: 'earliest-answer' as const, settlement: { tied, answer: answerAt(i) } };
    }
  }

  // 4. Nothing the reader said tells them apart.
  const winner = rule.order.find((id) => candidates.includes(id)) ?? candidates[0]!;
  return { winner, decidedBy: 'order' as const, settlement: { tied } };
}

/** The one outcome with the most effective points, or null when two or more are level. */
export function soleLeader(effective: Scores): OutcomeId | null {
  let leader: OutcomeId = OUTCOME_IDS[0];
  for (const id of OUTCOME_IDS) if (effective[id] > effective[leader]) leader = id;
  const level = OUTCOME_IDS.some((id) => id !== leader && effective[id] > effective[leader] - EPSILON);
  return level ? null : leader;
}

/**
 * Ranks the outcomes for the reader's answers. Most effective points first
 * (raw points, with the blend added); a tie in points is settled from the
 * reader's own answers (see `settle`), and the bank's fixed order is the
 * last resort. `pulls` (each pick's `pullsOf` at the reader's blend share)
 * may be passed in by a caller that has them already.
 */
export function decide(
  picks: readonly Answered[],
  points: Scores,
  rule: ScoringRule,
  pulls?: readonly Scores[],
): Decision {
  const share = blendShareFor(points, fullPullOf(picks), rule);
  const effective = effectiveOf(points, rule, share);
  let tiePulls = pulls;
  const remaining = [...OUTCOME_IDS].sort((a, b) => effective[b] - effective[a]);
  const ranking: OutcomeId[] = [];
  let first: Pick<Decision, 'decidedBy' | 'settlement'> | null = null;
  while (remaining.length > 0) {
    const best = effective[remaining[0]!];
    const tied = remaining.filter((id) => effective[id] > best - EPSILON);
    const step =
      tied.length === 1
        ? { winner: tied[0]!, decidedBy: 'lead' as const, settlement: null }
        : settle(tied, best, picks, (tiePulls ??= pullsOf(picks, rule, share)), rule);
    first ??= { decidedBy: step.decidedBy, settlement: step.settlement };
    ranking.push(step.winner);
    remaining.splice(remaining.indexOf(step.winner), 1);
  }
  return { outcome: ranking[0]!, runnerUp: ranking[1]!, ranking, ...first! };
}
