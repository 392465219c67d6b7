import { describe, expect, test } from 'vitest';
import { decide } from '../../src/engine/score.ts';
import type { TieRule } from '../../src/engine/types.ts';

const rule: TieRule = {
  nearTie: 1,
  pair: ['l1', 'l2'],
  resolvesTo: 'hybrid',
  resolvesToCite: {
    section: 'Future Trends in AI Blockchain Infrastructure',
    point: '2. Hybrid Chains Are Taking Over',
  },
  order: ['hybrid', 'l2', 'l1', 'l3'],
};

describe('deciding the recommendation', () => {
  test('a clear lead wins outright, and the second highest is the runner-up', () => {
    expect(decide({ l1: 9, l2: 4, l3: 1, hybrid: 2 }, rule)).toEqual({
      outcome: 'l1',
      runnerUp: 'l2',
      decidedBy: 'lead',
    });
  });

  test('Layer-1 one point ahead of Layer-2 is a close call, and the hybrid trend decides it', () => {
    expect(decide({ l1: 7, l2: 6, l3: 0, hybrid: 1 }, rule)).toEqual({
      outcome: 'hybrid',
      runnerUp: 'l1',
      decidedBy: 'near-tie',
    });
  });

  test('Layer-2 level with Layer-1 is a close call too, with Layer-2 as runner-up by the order', () => {
    expect(decide({ l1: 5, l2: 5, l3: 0, hybrid: 0 }, rule)).toEqual({
      outcome: 'hybrid',
      runnerUp: 'l2',
      decidedBy: 'near-tie',
    });
  });

  test('two points apart is not a close call', () => {
    expect(decide({ l1: 8, l2: 6, l3: 0, hybrid: 0 }, rule).outcome).toBe('l1');
  });

  test('a near-tie between other outcomes is not the hybrid case: the lead still wins', () => {
    expect(decide({ l1: 0, l2: 6, l3: 7, hybrid: 0 }, rule)).toEqual({
      outcome: 'l3',
      runnerUp: 'l2',
      decidedBy: 'lead',
    });
  });

  test('an exact tie outside the pair goes to the outcome listed first in the order', () => {
    expect(decide({ l1: 0, l2: 4, l3: 4, hybrid: 0 }, rule)).toEqual({
      outcome: 'l2',
      runnerUp: 'l3',
      decidedBy: 'tie-order',
    });
    expect(decide({ l1: 0, l2: 0, l3: 4, hybrid: 4 }, rule)).toEqual({
      outcome: 'hybrid',
      runnerUp: 'l3',
      decidedBy: 'tie-order',
    });
  });

  test('the same scores always give the same answer, whatever order they are listed in', () => {
    const a = decide({ l3: 3, hybrid: 3, l2: 1, l1: 0 }, rule);
    const b = decide({ l1: 0, l2: 1, l3: 3, hybrid: 3 }, rule);
    expect(a).toEqual(b);
  });
});
