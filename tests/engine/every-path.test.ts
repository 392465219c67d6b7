/**
 * The scoring's promises, held over every answer path of both personas:
 * the chart never contradicts the verdict, nothing a reader sees is
 * negative, and the fixed order almost never decides.
 */
import { describe, expect, test } from 'vitest';
import { engine } from '../../src/engine/index.ts';
import { OUTCOME_IDS, PERSONA_IDS } from '../../src/engine/types.ts';

const FIXED_ORDER_MAX_SHARE = 0.01;
const { into } = engine.bank.scoring.blend;

describe.each(PERSONA_IDS)('every path of %s', (persona) => {
  const seen = { paths: 0, fixedOrder: 0, highestFitRecommended: 0, fitInRange: 0, fitFollowsPoints: 0 };
  engine.forEachPath(persona, (answers) => {
    const { outcome, fit, points, decidedBy } = engine.decisionFor(persona, answers);
    seen.paths += 1;
    if (decidedBy === 'order') seen.fixedOrder += 1;
    if (OUTCOME_IDS.every((id) => fit[outcome] >= fit[id])) seen.highestFitRecommended += 1;
    if (OUTCOME_IDS.every((id) => Number.isInteger(fit[id]) && fit[id] >= 0 && fit[id] <= 100)) seen.fitInRange += 1;
    // More points never show less fit; only the blend may lift Hybrid past an outcome with more points.
    const others = OUTCOME_IDS.filter((id) => id !== into);
    if (others.every((a) => others.every((b) => points[a] <= points[b] || fit[a] >= fit[b])))
      seen.fitFollowsPoints += 1;
  });
  const share = seen.fixedOrder / seen.paths;
  console.log(
    `${persona}: ${seen.paths} paths, fixed order decides ${seen.fixedOrder} (${(100 * share).toFixed(2)} %)`,
  );

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
