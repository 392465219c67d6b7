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

/** What the blend adds to `blend.into`: `share` of the points the two blended outcomes have in common. */
export function blendOf(points: Scores, rule: ScoringRule): number {
  const [a, b] = rule.blend.of;
  return rule.blend.share * Math.max(0, Math.min(points[a], points[b]));
}

/** Points with the blend added to the outcome it makes up: what the recommendation is decided on. */
export function effectiveOf(points: Scores, rule: ScoringRule): Scores {
  const effective = { l1: points.l1, l2: points.l2, l3: points.l3, hybrid: points.hybrid };
  effective[rule.blend.into] += blendOf(points, rule);
  return effective;
}

/** The firmest pull any answer to `question` has toward one outcome (at least 1). */
export function strongestWeight(question: Question): number {
  let strongest = 1;
  for (const option of question.options)
    for (const id of OUTCOME_IDS) strongest = Math.max(strongest, option.weights[id]);
  return strongest;
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

/** Raw points, the sum of the weights of the options chosen for the questions that apply. */
export function scoreAnswers(questions: readonly Question[], answers: Answers): Scores {
  return pointsOf(picksOf(questions, answers));
}
