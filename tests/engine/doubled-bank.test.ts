/**
 * The bench's synthetic bank twice the size of the real one: a reader of it
 * answers twice the questions, each with twice the options, branches
 * included, and the same answers given twice lead to the same result.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { PERSONA_IDS } from '../../src/engine/types.ts';
import { doubledAnswers, doubledBank } from '../bench/doubled-bank.ts';
import { answersOf, loadBank, planRuns } from '../bench/plan.ts';

const bank = loadBank();
const real = createEngine(bank);
const doubled = createEngine(doubledBank(bank));

test.each(PERSONA_IDS)('the doubled bank asks a %s twice the questions, fewest and most', (persona) => {
  const { min, max } = real.questionCount(persona);
  expect(doubled.questionCount(persona)).toEqual({ min: 2 * min, max: 2 * max });
});

describe.each(planRuns(bank, 6).map((plan) => [`${plan.persona}, ${plan.picker}`, plan] as const))(
  'the bench run %s, answered twice on the doubled bank',
  (_, plan) => {
    const answers = answersOf(plan);
    const twice = doubledAnswers(answers);

    test('asks every question twice, each with twice the options', () => {
      const asked = real.questionsFor(plan.persona, answers);
      const askedTwice = doubled.questionsFor(plan.persona, twice);
      expect(askedTwice.map((q) => q.options.length)).toEqual([...asked, ...asked].map((q) => 2 * q.options.length));
    });

    test('is complete and recommends the same layer', () => {
      const once = real.evaluate(plan.persona, answers);
      const again = doubled.evaluate(plan.persona, twice);
      expect(again).toMatchObject({ ok: true, complete: true, outcome: once.ok && once.outcome });
    });
  },
);
