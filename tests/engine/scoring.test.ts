/**
 * How points become a recommendation, on answers built by hand: the blend,
 * fit, and every way a tie in points is settled from the reader's answers.
 */
import { describe, expect, test } from 'vitest';
import { decide } from '../../src/engine/decide.ts';
import { blendOf, blendShareFor, effectiveOf, fitOf, pointsOf, type Answered } from '../../src/engine/score.ts';
import type { Option, OutcomeId, Question, Scores, ScoringRule } from '../../src/engine/types.ts';

const rule: ScoringRule = {
  blend: {
    of: ['l1', 'l2'],
    into: 'hybrid',
    share: 1,
    cite: { section: 'Future Trends in AI Blockchain Infrastructure', point: '2. Hybrid Chains Are Taking Over' },
  },
  order: ['hybrid', 'l2', 'l1', 'l3'],
};

type W = [l1: number, l2: number, l3: number, hybrid: number];
const weights = ([l1, l2, l3, hybrid]: W): Scores => ({ l1, l2, l3, hybrid });

/** A reader's answers, one question each, with the given weights (a question's strongest weight is 4). */
function answered(...each: W[]): Answered[] {
  return each.map((w, i) => {
    const option: Option = { id: `o${i}`, label: `Answer ${i}`, hint: '', weights: weights(w) };
    const strongest: Option = { id: 'max', label: 'Max', hint: '', weights: weights([4, 0, 0, 0]) };
    const question: Question = { id: `q${i}`, topic: `topic ${i}`, prompt: '?', options: [option, strongest] };
    return { question, option };
  });
}

function decided(...each: W[]) {
  return decidedBy(rule, ...each);
}

function decidedBy(scoring: ScoringRule, ...each: W[]) {
  const picks = answered(...each);
  return decide(picks, pointsOf(picks), scoring);
}

describe('the blend', () => {
  test('Hybrid also counts the points Layer-1 and Layer-2 have in common', () => {
    expect(blendOf(weights([6, 4, 0, 1]), rule, 1)).toBe(4);
    expect(effectiveOf(weights([6, 4, 0, 1]), rule, 1)).toEqual(weights([6, 4, 0, 5]));
  });

  test('counts only its share of them when the bank says so', () => {
    expect(blendOf(weights([6, 4, 0, 1]), rule, 0.5)).toBe(2);
  });

  test('adds nothing when either side has no points, and never takes any away', () => {
    expect(blendOf(weights([6, 0, 0, 1]), rule, 1.5)).toBe(0);
    expect(blendOf(weights([6, -2, 0, 1]), rule, 1.5)).toBe(0);
  });

  test('puts Hybrid first when it is level with both sides: the reader pulls both ways', () => {
    // l1 3, l2 3, hybrid 0 + 3 = 3.
    const decision = decided([3, 0, 0, 0], [0, 3, 0, 0]);
    expect(decision).toMatchObject({ outcome: 'hybrid', decidedBy: 'both-ways' });
    expect(decision.settlement).toEqual({ tied: ['l1', 'l2', 'hybrid'] });
  });

  test('lifts Hybrid above either side when the reader wants both and some hybrid too', () => {
    // l1 4, l2 4, hybrid 2 + 4 = 6.
    expect(decided([3, 0, 0, 0], [0, 3, 0, 0], [1, 1, 0, 2])).toMatchObject({ outcome: 'hybrid', decidedBy: 'lead' });
  });

  test('leaves the stronger side first when the two sides are far apart', () => {
    // l1 6, l2 2, hybrid 0 + 2 = 2.
    expect(decided([3, 0, 0, 0], [3, 0, 0, 0], [0, 2, 0, 0])).toMatchObject({ outcome: 'l1', decidedBy: 'lead' });
  });
});

describe('the blend of a reader who wants both sides in earnest', () => {
  const strong: ScoringRule = { ...rule, blend: { ...rule.blend, strong: { from: 0.2, share: 1.5 } } };
  const strongL1 = [4, 0, 0, 0] as W;
  const none = [0, 0, 0, 0] as W;

  test('counts the smaller side 1.5 times once it reaches a fifth of the full pull, and once below it', () => {
    // Full pull 20: a fifth is 4.
    expect(blendShareFor(weights([8, 4, 0, 0]), 20, strong)).toBe(1.5);
    expect(blendShareFor(weights([8, 3, 0, 0]), 20, strong)).toBe(1);
    expect(blendShareFor(weights([8, 0, 0, 0]), 0, strong)).toBe(1);
    // A bank without the rule keeps its one share.
    expect(blendShareFor(weights([8, 8, 0, 0]), 20, rule)).toBe(1);
  });

  test('makes Hybrid the runner-up when both pulls are strong but unequal (Layer-1 12, Layer-2 6)', () => {
    // Full pull 28, a fifth 5.6: Hybrid 1.5 × 6 = 9, ahead of Layer-2's 6, behind Layer-1's 12.
    const answers: W[] = [strongL1, strongL1, strongL1, [0, 3, 0, 0], [0, 3, 0, 0], none, none];
    expect(decidedBy(strong, ...answers)).toMatchObject({ outcome: 'l1', runnerUp: 'hybrid', decidedBy: 'lead' });
    // With one share, Hybrid only ties Layer-2.
    expect(effectiveOf(pointsOf(answered(...answers)), rule, 1)).toMatchObject({ l2: 6, hybrid: 6 });
  });

  test('puts Hybrid first when both pulls are substantial (Layer-1 8, Layer-2 6)', () => {
    // Hybrid 1.5 × 6 = 9 against Layer-1's 8.
    expect(decidedBy(strong, strongL1, strongL1, [0, 3, 0, 0], [0, 3, 0, 0])).toMatchObject({
      outcome: 'hybrid',
      runnerUp: 'l1',
      decidedBy: 'lead',
    });
  });

  test('leaves a faint second pull at one share (Layer-1 12, Layer-2 2)', () => {
    // Full pull 16, a fifth 3.2: Hybrid 2, level with Layer-2, both far behind Layer-1.
    const picks = answered(strongL1, strongL1, strongL1, [0, 2, 0, 0]);
    expect(effectiveOf(pointsOf(picks), strong, blendShareFor(pointsOf(picks), 16, strong)).hybrid).toBe(2);
    expect(decidedBy(strong, strongL1, strongL1, strongL1, [0, 2, 0, 0]).outcome).toBe('l1');
  });
});

describe('fit', () => {
  test('is each outcome’s effective points as a share of the most one outcome could get, 0 to 100', () => {
    // Three questions whose strongest weight is 4: the full pull is 12.
    expect(fitOf(weights([6, 3, 0, -2]), 12)).toEqual({ l1: 50, l2: 25, l3: 0, hybrid: 0 });
  });

  test('is never negative and never over 100', () => {
    const fit = fitOf(weights([-3, 20, 0, 0]), 12);
    expect(fit.l1).toBe(0);
    expect(fit.l2).toBe(100);
  });

  test('is 0 everywhere when nothing was answered', () => {
    expect(fitOf(weights([0, 0, 0, 0]), 0)).toEqual({ l1: 0, l2: 0, l3: 0, hybrid: 0 });
  });
});

describe('deciding the recommendation', () => {
  test('the most points win outright, and the ranking follows the points', () => {
    // l1 5, l3 2, l2 1, hybrid 0 + 1.
    expect(decided([3, 0, 0, 0], [2, 0, 0, 0], [0, 1, 0, 0], [0, 0, 2, 0])).toMatchObject({
      outcome: 'l1',
      runnerUp: 'l3',
      decidedBy: 'lead',
      settlement: null,
    });
  });

  test('a tie is settled by the single answer that points most firmly to one side', () => {
    // l2 3 (one answer of 3), l3 3 (three answers of 1): the answer of 3 is the strongest.
    const decision = decided([0, 3, 0, 0], [0, 0, 1, 0], [0, 0, 1, 0], [0, 0, 1, 0]);
    expect(decision).toMatchObject({ outcome: 'l2', runnerUp: 'l3', decidedBy: 'strongest-answer' });
    expect(decision.settlement).toEqual({ tied: ['l2', 'l3'], answer: { questionId: 'q0', optionId: 'o0' } });
  });

  test('then by more answers leaning one way', () => {
    // l2 4 from 2+2, l3 4 from 2+1+1: strongest answers equal (2), l3 has more answers.
    const decision = decided([0, 2, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0], [0, 0, 1, 0], [0, 0, 1, 0]);
    expect(decision).toMatchObject({ outcome: 'l3', decidedBy: 'more-answers' });
    expect(decision.settlement).toEqual({ tied: ['l2', 'l3'], counts: { l2: 2, l3: 3 } });
  });

  test('then by the earliest answer that tells them apart', () => {
    // Same strength, same count: the first answer leaning either way decides.
    const decision = decided([0, 0, 2, 0], [0, 2, 0, 0]);
    expect(decision).toMatchObject({ outcome: 'l3', decidedBy: 'earliest-answer' });
    expect(decision.settlement!.answer).toEqual({ questionId: 'q0', optionId: 'o0' });
  });

  test('and only when no answer tells them apart, by the fixed order', () => {
    const decision = decided([0, 0, 0, 0], [0, 0, 0, 0]);
    expect(decision).toMatchObject({ outcome: 'hybrid', decidedBy: 'order' });
    expect(decision.ranking).toEqual(['hybrid', 'l2', 'l1', 'l3']);
  });

  test('the same answers in another order give the same recommendation when it is decided by points', () => {
    const a = decided([0, 3, 0, 0], [0, 0, 1, 0], [0, 1, 0, 0]);
    const b = decided([0, 1, 0, 0], [0, 0, 1, 0], [0, 3, 0, 0]);
    expect(a.outcome).toBe(b.outcome);
  });

  test('the ranking lists every outcome once, the winner first and the runner-up second', () => {
    const decision = decided([0, 3, 0, 0], [1, 0, 2, 0]);
    expect([...decision.ranking].sort()).toEqual(['hybrid', 'l1', 'l2', 'l3']);
    expect(decision.ranking.slice(0, 2)).toEqual<OutcomeId[]>([decision.outcome, decision.runnerUp]);
  });
});
