import { describe, expect, test } from 'vitest';
import { miniEngine as engine } from '../fixtures/mini-bank.ts';
import type { Answers, Evaluation } from '../../src/engine/types.ts';

function evaluated(persona: string, answers: Answers): Evaluation {
  const result = engine.evaluate(persona, answers);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const sovereignBuilder = {
  control: 'full',
  fees: 'rare',
  workload: 'general',
  security: 'own',
  data: 'public',
  launch: 'slow',
};

describe('evaluating a builder', () => {
  test('who wants full control, owns security and accepts a slow launch gets Layer-1', () => {
    const result = evaluated('builder', sovereignBuilder);
    expect(result.outcome).toBe('l1');
    expect(result.complete).toBe(true);
    expect(result.scores.l1).toBeGreaterThan(result.scores.l2);
  });

  test('who inherits security, transacts often and must launch fast gets Layer-2', () => {
    const result = evaluated('builder', {
      control: 'inherit',
      fees: 'frequent',
      workload: 'general',
      data: 'public',
      launch: 'fast',
    });
    expect(result.outcome).toBe('l2');
  });

  test('whose needs pull equally to Layer-1 and Layer-2 gets hybrid, with reasons on both sides', () => {
    // Layer-1 4 (full control, slow launch), Layer-2 4 (frequent fees, borrowed security): a hybrid blends the two.
    const result = evaluated('builder', {
      control: 'full',
      fees: 'frequent',
      workload: 'general',
      security: 'borrow',
      data: 'public',
      launch: 'slow',
    });
    expect(result.outcome).toBe('hybrid');
    expect(result.decidedBy).toBe('both-ways');
    expect(result.blend).toMatchObject({ into: 'hybrid', decisive: true });
    expect(result.fit.hybrid).toBe(result.fit.l1);
    expect(result.reasons.slice(0, 2).map((r) => r.toward)).toEqual(['l1', 'l2']);
  });

  test('gets the reasons that moved the result most first, each with its citation', () => {
    const result = evaluated('builder', sovereignBuilder);
    const leads = result.reasons.map((r) => r.lead);
    expect(leads).toEqual([...leads].sort((a, b) => b - a));
    expect(result.reasons[0]).toMatchObject({ questionId: 'control', answer: 'Full control', toward: 'l1' });
    for (const reason of result.reasons) expect(reason.cite.section).not.toBe('');
    // An answer that moves nothing toward the winner is not offered as a reason.
    expect(result.reasons.map((r) => r.questionId)).not.toContain('workload');
  });

  test('learns which single answer would change the recommendation, runner-up first', () => {
    // Layer-1 5 just ahead of Layer-2 4.
    const closeCall = {
      control: 'full',
      fees: 'frequent',
      workload: 'general',
      security: 'own',
      data: 'public',
      launch: 'fast',
    };
    const result = evaluated('builder', closeCall);
    expect(result.outcome).toBe('l1');
    expect(result.runnerUp).toBe('l2');
    // Giving up control drops the security question too, and Layer-2 leads.
    expect(result.flips[0]).toEqual({
      questionId: 'control',
      topic: 'control',
      from: { optionId: 'full', label: 'Full control' },
      to: { optionId: 'inherit', label: 'Inherit' },
      outcome: 'l2',
    });
    expect(new Set(result.flips.map((f) => f.outcome))).toEqual(new Set(['l2', 'l3', 'hybrid']));
    for (const flip of result.flips) {
      const changed = evaluated('builder', { ...closeCall, [flip.questionId]: flip.to.optionId });
      expect(changed.outcome).toBe(flip.outcome);
    }
  });
});

describe('answers that do not apply', () => {
  test('an answer to a question its branch no longer shows is left out of the score', () => {
    const withStale = evaluated('builder', {
      control: 'inherit',
      fees: 'frequent',
      workload: 'general',
      security: 'own',
      data: 'public',
      launch: 'fast',
    });
    const without = evaluated('builder', {
      control: 'inherit',
      fees: 'frequent',
      workload: 'general',
      data: 'public',
      launch: 'fast',
    });
    expect(withStale.scores).toEqual(without.scores);
    expect(withStale.answers).not.toHaveProperty('security');
  });

  test("another persona's answers are ignored, shared ones count", () => {
    const result = evaluated('investor', { control: 'full', data: 'sensitive' });
    expect(result.answers).toEqual({ data: 'sensitive' });
    expect(result.scores.hybrid).toBe(2);
    expect(result.complete).toBe(false);
  });

  test('no answers at all still give an incomplete result, decided by the fixed order', () => {
    const result = evaluated('builder', {});
    expect(result.complete).toBe(false);
    expect(result.scores).toEqual({ l1: 0, l2: 0, l3: 0, hybrid: 0 });
    expect(result.fit).toEqual({ l1: 0, l2: 0, l3: 0, hybrid: 0 });
    // All four tie and no answer tells them apart; hybrid comes first in the bank's order.
    expect(result).toMatchObject({ outcome: 'hybrid', decidedBy: 'order', ranking: ['hybrid', 'l2', 'l1', 'l3'] });
  });
});

describe('unknown input gives a typed error, never an exception', () => {
  test('an unknown persona is named', () => {
    expect(engine.evaluate('trader', {})).toMatchObject({ ok: false, kind: 'unknown-persona', id: 'trader' });
  });

  test('an unknown question is named', () => {
    expect(engine.evaluate('builder', { governance: 'yes' })).toMatchObject({
      ok: false,
      kind: 'unknown-question',
      id: 'governance',
    });
  });

  test('an unknown option is named, with its question', () => {
    const result = engine.evaluate('builder', { control: 'total' });
    expect(result).toMatchObject({ ok: false, kind: 'unknown-option', id: 'total' });
    expect(!result.ok && result.message).toBe('[ai-layer-quiz] question "control" has no option "total"');
  });

  test('answers that are not an object are refused', () => {
    expect(engine.evaluate('builder', null as never)).toMatchObject({ ok: false });
  });
});

describe('the questions that apply', () => {
  test('follow the persona order and show a branch only after the answer that opens it', () => {
    const ids = (answers: Answers) => engine.questionsFor('builder', answers).map((q) => q.id);
    expect(ids({})).toEqual(['control', 'fees', 'workload', 'data', 'launch']);
    expect(ids({ control: 'full' })).toEqual(['control', 'fees', 'workload', 'security', 'data', 'launch']);
  });

  test('are none for an unknown persona', () => {
    expect(engine.questionsFor('trader' as never, {})).toEqual([]);
  });
});

describe('how many questions a reader is asked', () => {
  test.each(['builder', 'investor'] as const)(
    'for the %s, matches the fewest and most over every full path',
    async (persona) => {
      const { engine: real } = await import('../../src/engine/index.ts');
      for (const e of [engine, real]) {
        let min = Infinity;
        let max = 0;
        e.forEachPath(persona, (answers) => {
          min = Math.min(min, Object.keys(answers).length);
          max = Math.max(max, Object.keys(answers).length);
        });
        expect(e.questionCount(persona)).toEqual({ min, max });
      }
    },
  );

  test('counts the branch question only on the paths that open it', () => {
    expect(engine.questionCount('builder')).toEqual({ min: 5, max: 6 });
  });
});
