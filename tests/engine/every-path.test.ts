/**
 * The scoring's promises, held over every answer path of both personas:
 * the chart never contradicts the verdict, nothing a reader sees is
 * negative, and the fixed order almost never decides. Every path is scored
 * by the engine's incremental walk; a seeded sample checks that the walk
 * decides exactly as `decisionFor` does on the same answers.
 */
import { describe, expect, test } from 'vitest';
import { engine } from '../../src/engine/index.ts';
import { OUTCOME_IDS, PERSONA_IDS, type Answers } from '../../src/engine/types.ts';
import { forEachDecision } from '../../src/engine/walk.ts';

const FIXED_ORDER_MAX_SHARE = 0.01;
/** About this many paths of each persona are compared with `decisionFor`, spread over the whole walk. */
const SAMPLE = 2000;
const { into } = engine.bank.scoring.blend;

describe.each(PERSONA_IDS)('every path of %s', (persona) => {
  const seen = { paths: 0, fixedOrder: 0, highestFitRecommended: 0, fitInRange: 0, fitFollowsPoints: 0 };
  const expected = engine.countPaths(persona).paths;
  const every = Math.max(1, Math.floor(expected / SAMPLE));
  const sampled: { answers: Answers; walked: unknown }[] = [];
  const others = OUTCOME_IDS.filter((id) => id !== into);

  forEachDecision(engine.bank, persona, (decision, picks) => {
    const { outcome, fit, points, decidedBy } = decision;
    seen.paths += 1;
    if (decidedBy === 'order') seen.fixedOrder += 1;
    if (OUTCOME_IDS.every((id) => fit[outcome] >= fit[id])) seen.highestFitRecommended += 1;
    if (OUTCOME_IDS.every((id) => Number.isInteger(fit[id]) && fit[id] >= 0 && fit[id] <= 100)) seen.fitInRange += 1;
    // More points never show less fit; only the blend may lift Hybrid past an outcome with more points.
    if (others.every((a) => others.every((b) => points[a] <= points[b] || fit[a] >= fit[b])))
      seen.fitFollowsPoints += 1;
    if (seen.paths % every === 0) {
      const answers = Object.fromEntries(picks.map((p) => [p.question.id, p.option.id]));
      sampled.push({ answers, walked: { outcome, decidedBy, points, fit } });
    }
  });
  const share = seen.fixedOrder / seen.paths;
  console.log(
    `${persona}: ${seen.paths} paths, fixed order decides ${seen.fixedOrder} (${(100 * share).toFixed(2)} %)`,
  );

  test('the walk visits every path the engine counts', () => {
    expect(seen.paths).toBe(expected);
    expect(seen.paths).toBe(engine.forEachPath(persona, () => {}));
  });

  test('the walk decides as decisionFor does, on a sample of paths from all over the bank', () => {
    expect(sampled.length).toBeGreaterThanOrEqual(Math.min(SAMPLE, expected) - 1);
    for (const { answers, walked } of sampled) {
      const { outcome, decidedBy, points, fit } = engine.decisionFor(persona, answers);
      expect({ outcome, decidedBy, points, fit }).toEqual(walked);
    }
  });

  test('the recommended outcome has the highest fit on every path', () => {
    expect(seen.highestFitRecommended).toBe(seen.paths);
  });

  test('every fit is a whole number from 0 to 100', () => {
    expect(seen.fitInRange).toBe(seen.paths);
  });

  test('an outcome with more points never shows less fit (the blend aside)', () => {
    expect(seen.fitFollowsPoints).toBe(seen.paths);
  });

  test(`the fixed order decides at most ${100 * FIXED_ORDER_MAX_SHARE} % of paths`, () => {
    expect(seen.paths).toBeGreaterThan(1000);
    expect(share).toBeLessThanOrEqual(FIXED_ORDER_MAX_SHARE);
  });
});
