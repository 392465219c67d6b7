import { OUTCOME_IDS } from './types.ts';
import type { Answers, Fit, Option, OutcomeId, Question, Scores, ScoringRule } from './types.ts';

/** A question the reader answered, with the option chosen. */
export interface Answered {
  question: Question;
  option: Option;
}

/** The answered questions among `questions`, in order, with their chosen options. */
export function picksOf(questions: readonly Question[], answers: Answers): Answered[] {
  const picks: Answered[] = [];
  for (const question of questions) {
    const option = question.options.find((o) => o.id === answers[question.id]);
    if (option) picks.push({ question, option });
  }
  return picks;
}

/** Raw points: the weights of the chosen options added up. */
export function pointsOf(picks: readonly Answered[]): Scores {
  const points: Record<OutcomeId, number> = { l1: 0, l2: 0, l3: 0, hybrid: 0 };
  for (const { option } of picks) for (const id of OUTCOME_IDS) points[id] += option.weights[id];
  return points;
}

/** Points closer than this are equal (the blend's shares make fractions). */
const EPSILON = 1e-9;

/**
 * How many times the blend counts the points the two blended outcomes have in
 * common: `strong.share` once the smaller side reaches `strong.from` of the
 * full pull (the reader wants both sides in earnest), else `share`.
 */
export function blendShareFor(points: Scores, full: number, rule: ScoringRule): number {
  const { of, share, strong } = rule.blend;
  const common = Math.min(points[of[0]], points[of[1]]);
  return strong && full > 0 && common > 0 && common >= strong.from * full - EPSILON ? strong.share : share;
}

/** What the blend adds to `blend.into`: `share` times the points the two blended outcomes have in common. */
export function blendOf(points: Scores, rule: ScoringRule, share: number): number {
  const [a, b] = rule.blend.of;
  return share * Math.max(0, Math.min(points[a], points[b]));
}

/** Points with the blend, counted `share` times, added to the outcome it makes up. */
export function effectiveOf(points: Scores, rule: ScoringRule, share: number): Scores {
  const effective = { l1: points.l1, l2: points.l2, l3: points.l3, hybrid: points.hybrid };
  effective[rule.blend.into] += blendOf(points, rule, share);
  return effective;
}

/** A reader's effective points: what the recommendation is decided on and the chart shows. */
export function effectiveFor(points: Scores, full: number, rule: ScoringRule): Scores {
  return effectiveOf(points, rule, blendShareFor(points, full, rule));
}

/**
 * The firmest pull any answer to `question` has toward one outcome (at least 1), worked out once per question.
 * Kept by its options, which a persona's wording of the question shares; a bank never changes once scored.
 */
const strongest = new WeakMap<readonly Option[], number>();
export function strongestWeight({ options }: Question): number {
  let weight = strongest.get(options);
  if (weight === undefined) {
    weight = 1;
    for (const option of options) for (const id of OUTCOME_IDS) weight = Math.max(weight, option.weights[id]);
    strongest.set(options, weight);
  }
  return weight;
}

/** The most points one outcome could have from these answers: each answered question's strongest weight. */
export function fullPullOf(picks: readonly Answered[]): number {
  let full = 0;
  for (const { question } of picks) full += strongestWeight(question);
  return full;
}

/** 0–100: effective points as a share of the full pull, never negative, never over 100. */
export function fitOf(effective: Scores, full: number): Fit {
  return {
    l1: fitFor(effective.l1, full),
    l2: fitFor(effective.l2, full),
    l3: fitFor(effective.l3, full),
    hybrid: fitFor(effective.hybrid, full),
  };
}

function fitFor(points: number, full: number): number {
  return full > 0 ? Math.round((100 * Math.min(full, Math.max(0, points))) / full) : 0;
}
