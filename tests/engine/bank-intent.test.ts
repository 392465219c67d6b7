/**
 * What the question bank is meant to recommend, stated as intent.
 *
 * Each case describes a reader in plain words and picks answers by that
 * intent, walking `questionsFor` so the answers stay valid under branching.
 * The expected outcomes come from the source article's reasoning, not from
 * the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { bank, evaluate, questionsFor } from '../../src/engine';
import type { Answers, Evaluation, OutcomeId, PersonaId } from '../../src/engine';

type Intent = Record<string, string>;

/**
 * Walks the questions that apply, in order, answering each from `intent`.
 * A question that applies but has no intended answer is an error: every case
 * must say what its reader would answer.
 */
function answer(persona: PersonaId, intent: Intent): Answers {
  const answers: Record<string, string> = {};
  for (;;) {
    const next = questionsFor(persona, answers).find((q) => answers[q.id] === undefined);
    if (!next) return answers;
    const choice = intent[next.id];
    if (choice === undefined) throw new Error(`case does not say how to answer "${next.id}"`);
    if (!next.options.some((o) => o.id === choice)) {
      throw new Error(`question "${next.id}" has no option "${choice}"`);
    }
    answers[next.id] = choice;
  }
}

function run(persona: PersonaId, intent: Intent): Evaluation {
  const result = evaluate(persona, answer(persona, intent));
  if (!result.ok) throw new Error(result.message);
  expect(result.complete).toBe(true);
  return result;
}

/** Every distinct complete path for a persona, found by walking `questionsFor`. */
function allPaths(persona: PersonaId): Answers[] {
  const paths: Answers[] = [];
  const walk = (answers: Record<string, string>) => {
    const next = questionsFor(persona, answers).find((q) => answers[q.id] === undefined);
    if (!next) {
      paths.push({ ...answers });
      return;
    }
    for (const option of next.options) walk({ ...answers, [next.id]: option.id });
  };
  walk({});
  return paths;
}

describe('builder intent', () => {
  it('a builder who needs full control of consensus, runs models on-chain and accepts a slow launch gets Layer-1', () => {
    const result = run('builder', {
      'b-workload': 'onchain-models',
      'sovereignty-vs-adoption': 'own-rules',
      'b-own-chain': 'yes-own-it',
      'b-transactions': 'rare-heavy',
      'b-speed': 'heavy-work',
      'data-sensitivity': 'not-sensitive',
      'b-security': 'own-validators',
      'b-launch': 'long-build',
    });
    expect(result.outcome).toBe('l1');
    expect(result.decidedBy).toBe('lead');
  });

  it('a builder who wants its own rules and can carry its own chain still gets Layer-1 even with frequent, fast transactions', () => {
    const result = run('builder', {
      'b-workload': 'onchain-models',
      'sovereignty-vs-adoption': 'own-rules',
      'b-own-chain': 'yes-own-it',
      'b-transactions': 'frequent-micro',
      'b-speed': 'instant',
      'data-sensitivity': 'not-sensitive',
      'b-security': 'own-validators',
      'b-launch': 'long-build',
    });
    expect(result.outcome).toBe('l1');
  });

  it('a builder with frequent micro-transactions, a real-time user-facing app and a need to launch fast gets Layer-2', () => {
    const result = run('builder', {
      'b-workload': 'realtime-app',
      'sovereignty-vs-adoption': 'existing-ecosystem',
      'b-transactions': 'frequent-micro',
      'b-speed': 'instant',
      'data-sensitivity': 'not-sensitive',
      'b-security': 'inherit',
      'b-launch': 'launch-fast',
    });
    expect(result.outcome).toBe('l2');
    expect(result.decidedBy).toBe('lead');
  });

  it('a real-time app builder who would like a bit of both worlds and handles personal data still gets Layer-2 when speed, cost and launch all point there', () => {
    const result = run('builder', {
      'b-workload': 'realtime-app',
      'sovereignty-vs-adoption': 'some-of-both',
      'b-transactions': 'frequent-micro',
      'b-speed': 'instant',
      'data-sensitivity': 'personal-data',
      'b-security': 'inherit',
      'b-launch': 'launch-fast',
    });
    expect(result.outcome).toBe('l2');
  });

  it('a builder wanting its own rules who cannot carry a whole chain, building a fast consumer app, does not get Layer-1', () => {
    const result = run('builder', {
      'b-workload': 'realtime-app',
      'sovereignty-vs-adoption': 'own-rules',
      'b-own-chain': 'too-much',
      'b-transactions': 'frequent-micro',
      'b-speed': 'instant',
      'data-sensitivity': 'not-sensitive',
      'b-security': 'inherit',
      'b-launch': 'launch-fast',
    });
    expect(result.outcome).not.toBe('l1');
    expect(result.outcome).toBe('l2');
  });

  it('a builder offering a specialized privacy or data-feed service to many apps, reusing pre-built parts, gets Layer-3', () => {
    const result = run('builder', {
      'b-workload': 'specialized-service',
      'b-service-scope': 'many-apps',
      'sovereignty-vs-adoption': 'some-of-both',
      'b-transactions': 'mostly-offchain',
      'b-speed': 'steady-throughput',
      'data-sensitivity': 'personal-data',
      'b-security': 'inherit',
      'b-launch': 'reuse-parts',
    });
    expect(result.outcome).toBe('l3');
  });

  it('a builder of a specialized training environment on a modular stack, with rare heavy jobs, gets Layer-3', () => {
    const result = run('builder', {
      'b-workload': 'specialized-service',
      'b-service-scope': 'plug-in-module',
      'sovereignty-vs-adoption': 'existing-ecosystem',
      'b-transactions': 'rare-heavy',
      'b-speed': 'heavy-work',
      'data-sensitivity': 'not-sensitive',
      'b-security': 'inherit',
      'b-launch': 'reuse-parts',
    });
    expect(result.outcome).toBe('l3');
  });

  it('a healthcare or finance builder who wants base-layer security with a faster layer and off-chain compute gets hybrid outright', () => {
    const result = run('builder', {
      'b-workload': 'realtime-app',
      'sovereignty-vs-adoption': 'some-of-both',
      'b-transactions': 'mostly-offchain',
      'b-speed': 'heavy-work',
      'data-sensitivity': 'regulated-field',
      'b-security': 'blend',
      'b-launch': 'long-build',
    });
    expect(result.outcome).toBe('hybrid');
    expect(result.decidedBy).toBe('lead');
  });

  it('a builder pulled both ways (own chain and on-chain models, but micro-transactions, instant replies and a fast launch) gets hybrid, the blend of the two', () => {
    const result = run('builder', {
      'b-workload': 'onchain-models',
      'sovereignty-vs-adoption': 'own-rules',
      'b-own-chain': 'yes-own-it',
      'b-transactions': 'frequent-micro',
      'b-speed': 'instant',
      'data-sensitivity': 'not-sensitive',
      'b-security': 'own-validators',
      'b-launch': 'launch-fast',
    });
    expect(result.outcome).toBe('hybrid');
    expect(result.blend).toMatchObject({ into: 'hybrid', decisive: true });
    expect(['l1', 'l2']).toContain(result.runnerUp);
  });
});

describe('investor intent', () => {
  it('a high-risk, long-horizon investor who wants base AI infrastructure and sovereignty and is fine with staking rules gets Layer-1', () => {
    const result = run('investor', {
      'i-risk': 'high',
      'i-horizon': 'many-years',
      'i-exposure': 'base-infra',
      'i-regulation': 'comfortable',
      'i-diversification': 'data-compute',
      'sovereignty-vs-adoption': 'own-rules',
      'data-sensitivity': 'not-sensitive',
    });
    expect(result.outcome).toBe('l1');
    expect(result.decidedBy).toBe('lead');
  });

  it('a low-risk, short-horizon investor who wants user-facing apps, minimal regulatory exposure and adoption gets Layer-2', () => {
    const result = run('investor', {
      'i-risk': 'low',
      'i-horizon': 'short',
      'i-exposure': 'user-apps',
      'i-regulation': 'minimal',
      'i-diversification': 'finance-trading',
      'sovereignty-vs-adoption': 'existing-ecosystem',
      'data-sensitivity': 'not-sensitive',
    });
    expect(result.outcome).toBe('l2');
    expect(result.decidedBy).toBe('lead');
  });

  it('an investor who wants a focused bet on specialized layers such as privacy and data feeds gets Layer-3', () => {
    const result = run('investor', {
      'i-risk': 'high',
      'i-horizon': 'few-years',
      'i-exposure': 'specialized-layers',
      'i-newer-layers': 'focused-bet',
      'i-regulation': 'comfortable',
      'i-diversification': 'finance-trading',
      'sovereignty-vs-adoption': 'existing-ecosystem',
      'data-sensitivity': 'personal-data',
    });
    expect(result.outcome).toBe('l3');
  });

  it('an investor who wants specialised layers and makes a focused bet on Layer-3 gets Layer-3, even when as many points lean to Layer-1', () => {
    const result = run('investor', {
      'i-risk': 'high',
      'i-horizon': 'many-years',
      'i-exposure': 'specialized-layers',
      'i-newer-layers': 'focused-bet',
      'i-regulation': 'comfortable',
      'i-diversification': 'finance-trading',
      'sovereignty-vs-adoption': 'own-rules',
      'data-sensitivity': 'personal-data',
    });
    expect(result.scores.l3).toBe(result.scores.l1);
    // The focused bet is the firmest answer either way: the tie goes to what the reader said, not to a list.
    expect(result).toMatchObject({ outcome: 'l3', decidedBy: 'strongest-answer' });
    expect(result.settlement?.answer).toEqual({ questionId: 'i-newer-layers', optionId: 'focused-bet' });
  });

  it('an investor drawn to specialized layers who would rather wait for a track record does not get Layer-3', () => {
    const result = run('investor', {
      'i-risk': 'low',
      'i-horizon': 'short',
      'i-exposure': 'specialized-layers',
      'i-newer-layers': 'wait-for-record',
      'i-regulation': 'minimal',
      'i-diversification': 'finance-trading',
      'sovereignty-vs-adoption': 'existing-ecosystem',
      'data-sensitivity': 'not-sensitive',
    });
    expect(result.outcome).not.toBe('l3');
  });

  it('a balanced investor who wants blended designs, compliance built in and a wide spread gets hybrid', () => {
    const result = run('investor', {
      'i-risk': 'balanced',
      'i-horizon': 'few-years',
      'i-exposure': 'blended',
      'i-regulation': 'compliance-built-in',
      'i-diversification': 'spread-widely',
      'sovereignty-vs-adoption': 'some-of-both',
      'data-sensitivity': 'regulated-field',
    });
    expect(result.outcome).toBe('hybrid');
    expect(result.decidedBy).toBe('lead');
  });

  it('an investor pulled both ways (base infrastructure, sovereignty and high risk, but a short horizon, minimal regulatory exposure and finance apps) gets hybrid, the blend of the two', () => {
    const result = run('investor', {
      'i-risk': 'high',
      'i-horizon': 'short',
      'i-exposure': 'base-infra',
      'i-regulation': 'minimal',
      'i-diversification': 'finance-trading',
      'sovereignty-vs-adoption': 'own-rules',
      'data-sensitivity': 'not-sensitive',
    });
    expect(result.outcome).toBe('hybrid');
    expect(result.blend).toMatchObject({ into: 'hybrid', decisive: true });
    expect(['l1', 'l2']).toContain(result.runnerUp);
  });
});

describe('scoring rule', () => {
  it('a hybrid is the blend of Layer-1 and Layer-2, citing the hybrid-chains trend', () => {
    expect(bank.scoring.blend).toMatchObject({ of: ['l1', 'l2'], into: 'hybrid' });
    expect(bank.scoring.blend.cite).toEqual({
      section: 'Future Trends in AI Blockchain Infrastructure',
      point: '2. Hybrid Chains Are Taking Over',
    });
    expect([...bank.scoring.order].sort()).toEqual(['hybrid', 'l1', 'l2', 'l3']);
  });
});

describe('branching', () => {
  it('only a builder who wants its own rules is asked whether the team can carry its own chain', () => {
    const ids = (answers: Answers) => questionsFor('builder', answers).map((q) => q.id);
    expect(ids({ 'sovereignty-vs-adoption': 'own-rules' })).toContain('b-own-chain');
    expect(ids({ 'sovereignty-vs-adoption': 'existing-ecosystem' })).not.toContain('b-own-chain');
    expect(ids({ 'sovereignty-vs-adoption': 'some-of-both' })).not.toContain('b-own-chain');
  });

  it('only a builder offering a specialized service is asked who will use it', () => {
    const ids = (answers: Answers) => questionsFor('builder', answers).map((q) => q.id);
    expect(ids({ 'b-workload': 'specialized-service' })).toContain('b-service-scope');
    expect(ids({ 'b-workload': 'onchain-models' })).not.toContain('b-service-scope');
    expect(ids({ 'b-workload': 'realtime-app' })).not.toContain('b-service-scope');
  });

  it('only an investor drawn to specialized layers is asked how to approach them', () => {
    const ids = (answers: Answers) => questionsFor('investor', answers).map((q) => q.id);
    expect(ids({ 'i-exposure': 'specialized-layers' })).toContain('i-newer-layers');
    expect(ids({ 'i-exposure': 'base-infra' })).not.toContain('i-newer-layers');
  });

  it('data sensitivity and control versus adoption are asked of both personas', () => {
    for (const persona of ['builder', 'investor'] as const) {
      const ids = questionsFor(persona, {}).map((q) => q.id);
      expect(ids).toContain('data-sensitivity');
      expect(ids).toContain('sovereignty-vs-adoption');
    }
  });
});

describe('every path', () => {
  for (const persona of ['builder', 'investor'] as const) {
    it(`${persona}: each outcome is reachable, none dominates, and there are at most about 20,000 paths`, () => {
      const paths = allPaths(persona);
      expect(paths.length).toBeLessThanOrEqual(20_000);
      const counts: Record<OutcomeId, number> = { l1: 0, l2: 0, l3: 0, hybrid: 0 };
      for (const answers of paths) {
        const result = evaluate(persona, answers);
        if (!result.ok) throw new Error(result.message);
        expect(result.complete).toBe(true);
        counts[result.outcome] += 1;
      }
      for (const id of ['l1', 'l2', 'l3', 'hybrid'] as const) {
        // Reachable, and neither a rarity nor the answer to almost everything.
        expect(counts[id] / paths.length, `${id} share`).toBeGreaterThan(0.05);
        expect(counts[id] / paths.length, `${id} share`).toBeLessThan(0.5);
      }
    });
  }
});
