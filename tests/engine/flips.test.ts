/**
 * The flips are scored the quick way (a changed answer that no other question
 * depends on moves the points by two options' weights). On paths from all
 * over the real bank, they are exactly what scoring each changed answer anew
 * finds, in the same order.
 */
import { describe, expect, test } from 'vitest';
import { engine } from '../../src/engine/index.ts';
import type { Answers, Evaluation, Flip } from '../../src/engine/types.ts';

/** Every single changed answer that puts another outcome first, scored from scratch, runner-up's first. */
function flipsAnew(evaluation: Evaluation, answers: Answers): Flip[] {
  const flips: Flip[] = [];
  for (const question of engine.questionsFor(evaluation.persona, answers)) {
    const from = question.options.find((o) => o.id === answers[question.id])!;
    for (const to of question.options) {
      if (to === from) continue;
      const { outcome } = engine.decisionFor(evaluation.persona, { ...answers, [question.id]: to.id });
      if (outcome === evaluation.outcome) continue;
      flips.push({
        questionId: question.id,
        topic: question.topic,
        from: { optionId: from.id, label: from.label },
        to: { optionId: to.id, label: to.label },
        outcome,
      });
    }
  }
  return flips.sort((a, b) => Number(a.outcome !== evaluation.runnerUp) - Number(b.outcome !== evaluation.runnerUp));
}

describe.each(engine.bank.personas.map((p) => p.id))('%s: the flips', (persona) => {
  test('are what scoring every changed answer anew finds, on paths from all over the bank', () => {
    const total = engine.forEachPath(persona, () => {});
    const stride = Math.max(1, Math.floor(total / 300));
    let checked = 0;
    let withFlips = 0;
    let index = 0;
    engine.forEachPath(persona, (answers) => {
      if (index++ % stride !== 0) return;
      const evaluation = engine.evaluate(persona, answers);
      if (!evaluation.ok) throw new Error(evaluation.message);
      expect(evaluation.flips).toEqual(flipsAnew(evaluation, answers));
      checked++;
      if (evaluation.flips.length) withFlips++;
    });
    expect(checked).toBeGreaterThanOrEqual(300);
    expect(withFlips).toBeGreaterThan(checked / 2);
  });
});
