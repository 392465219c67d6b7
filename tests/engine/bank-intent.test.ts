/**
 * What the question bank is meant to recommend, stated as intent.
 *
 * Each reader profile (reader-profiles.ts) describes a reader in plain words
 * and the layer the source article would point them to, and clicks answers
 * by that intent, walking `questionsFor` so the answers stay valid under
 * branching. The expected outcomes come from the article, not from the engine.
 */
import { describe, expect, it } from 'vitest';
import { bank, engine, evaluate, questionsFor } from '../../src/engine';
import type { Answers, Evaluation, OutcomeId, PersonaId } from '../../src/engine';
import { OUTCOME_IDS, PERSONA_IDS } from '../../src/engine/types.ts';
import { builderProfiles, investorProfiles, type ReaderProfile } from './reader-profiles.ts';
import { forEachDecision } from '../../src/engine/walk.ts';

/**
 * Walks the questions that apply, in order, answering each from `clicks`.
 * A question that applies but has no click is an error: every profile must
 * say what its reader would answer, and click nothing it is not shown.
 */
function answer(persona: PersonaId, clicks: Record<string, string>): Answers {
  const answers: Record<string, string> = {};
  for (;;) {
    const next = questionsFor(persona, answers).find((q) => answers[q.id] === undefined);
    if (!next) break;
    const choice = clicks[next.id];
    if (choice === undefined) throw new Error(`profile does not say how to answer "${next.id}"`);
    if (!next.options.some((o) => o.id === choice)) throw new Error(`question "${next.id}" has no option "${choice}"`);
    answers[next.id] = choice;
  }
  const unseen = Object.keys(clicks).filter((id) => answers[id] === undefined);
  if (unseen.length > 0) throw new Error(`profile clicks questions it is never shown: ${unseen.join(', ')}`);
  return answers;
}

function run(persona: PersonaId, clicks: Record<string, string>): Evaluation {
  const result = evaluate(persona, answer(persona, clicks));
  if (!result.ok) throw new Error(result.message);
  expect(result.complete).toBe(true);
  return result;
}

const label = (id: OutcomeId) => bank.outcomes.find((o) => o.id === id)!.label;

describe.each([
  ['builder', builderProfiles],
  ['investor', investorProfiles],
] as const)('%s profiles from the article', (_persona, profiles) => {
  it.each(profiles.map((p) => [p.who, label(p.expected), p] as const))(
    '%s gets %s',
    (_who, _label, profile: ReaderProfile) => {
      const result = run(profile.persona, profile.clicks);
      expect(result.outcome).toBe(profile.expected);
      // The chart agrees with the verdict.
      for (const id of OUTCOME_IDS) expect(result.fit[profile.expected]).toBeGreaterThanOrEqual(result.fit[id]);
    },
  );
});

describe('the profiles', () => {
  const all = [...builderProfiles, ...investorProfiles];

  it('cover every outcome for each persona, a few times over', () => {
    expect(all.length).toBeGreaterThanOrEqual(16);
    for (const persona of PERSONA_IDS) {
      for (const outcome of OUTCOME_IDS) {
        expect(all.filter((p) => p.persona === persona && p.expected === outcome).length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('include readers who answer "not sure" to several questions, and then hear which answers did not count', () => {
    const unsure = all.filter((p) => {
      const result = run(p.persona, p.clicks);
      return result.notCounted.length >= 3;
    });
    expect(unsure.length).toBeGreaterThanOrEqual(6);
    for (const p of unsure) {
      const result = run(p.persona, p.clicks);
      const neutral = Object.entries(result.answers)
        .filter(([q, o]) => bank.questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!.neutral)
        .map(([q]) => q);
      expect(result.notCounted).toEqual(neutral);
    }
  });
});

describe('readers pulled both ways', () => {
  it('a builder with its own chain and on-chain models, but micro-transactions, instant replies and a fast launch, gets hybrid, the blend of the two', () => {
    const result = run('builder', {
      'b-workload': 'onchain-models',
      'sovereignty-vs-adoption': 'own-rules',
      'b-own-chain': 'yes-own-it',
      'b-transactions': 'frequent-micro',
      'b-speed': 'instant',
      'data-sensitivity': 'not-sensitive',
      'b-compliance': 'not-sure',
      'b-security': 'own-validators',
      'b-launch': 'launch-fast',
    });
    expect(result.outcome).toBe('hybrid');
    expect(result.blend).toMatchObject({ into: 'hybrid', decisive: true });
    expect(['l1', 'l2']).toContain(result.runnerUp);
  });

  it('a builder who needs full control of its own chain, and also cheap, instant transactions at scale, sees hybrid at least as runner-up', () => {
    const result = run('builder', {
      'b-workload': 'compute-market',
      'b-market-reach': 'own-network',
      'sovereignty-vs-adoption': 'own-rules',
      'b-own-chain': 'yes-own-it',
      'b-transactions': 'frequent-micro',
      'b-speed': 'instant',
      'data-sensitivity': 'not-sensitive',
      'b-compliance': 'own-the-scrutiny',
      'b-security': 'own-validators',
      'b-launch': 'long-build',
    });
    // Layer-1 well ahead, Layer-2 strong too: the blend puts Hybrid between them.
    expect(result.scores.l2).toBeGreaterThan(0);
    expect(result.scores.l1).toBeGreaterThan(result.scores.l2);
    expect(result.ranking.slice(0, 2)).toEqual(['l1', 'hybrid']);
    expect(result.fit.hybrid).toBeGreaterThan(result.fit.l2);
  });

  it('an investor in base infrastructure with high risk and own rules, but a short horizon and minimal regulatory exposure, gets hybrid', () => {
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
  });
});

describe('neutral answers', () => {
  it('every question has exactly one, worded for that question, weighing nothing', () => {
    for (const question of bank.questions) {
      const neutral = question.options.filter((o) => o.neutral);
      expect(neutral, question.id).toHaveLength(1);
      expect(Object.values(neutral[0]!.weights)).toEqual([0, 0, 0, 0]);
    }
    // Worded for each question, not one stock label everywhere.
    const labels = new Set(bank.questions.map((q) => q.options.find((o) => o.neutral)!.label));
    expect(labels.size).toBeGreaterThanOrEqual(6);
  });

  it('a reader who is not sure of anything gets a weak result that says none of the answers counted', () => {
    for (const persona of PERSONA_IDS) {
      const clicks = Object.fromEntries(bank.questions.map((q) => [q.id, q.options.find((o) => o.neutral)!.id]));
      const answers = answer(
        persona,
        Object.fromEntries(Object.entries(clicks).filter(([id]) => questionsFor(persona, {}).some((q) => q.id === id))),
      );
      const result = evaluate(persona, answers);
      if (!result.ok) throw new Error(result.message);
      expect(result.strength).toBe('weak');
      expect(result.notCounted).toEqual(Object.keys(answers));
      expect(result.reasons).toEqual([]);
    }
  });
});

describe('wording per persona', () => {
  const shared = bank.personas[0]!.questions.filter((id) => bank.personas[1]!.questions.includes(id));

  it('each persona reads a shared question in its own words, and never the other persona’s', () => {
    expect(shared.length).toBeGreaterThan(0);
    for (const id of shared) {
      const [asBuilder, asInvestor] = PERSONA_IDS.map((persona) => questionsFor(persona, {}).find((q) => q.id === id)!);
      expect(asBuilder!.prompt, id).not.toBe(asInvestor!.prompt);
      expect(asBuilder).not.toHaveProperty('wording');
      expect(asInvestor).not.toHaveProperty('wording');
    }
  });

  it('no builder question tells investors what to do, and no investor question speaks of "your product"', () => {
    const seen = (persona: PersonaId) =>
      bank.personas
        .find((p) => p.id === persona)!
        .questions.map((id) => {
          const q = questionsFor(persona, walkTo(persona, id)).find((x) => x.id === id)!;
          return `${q.prompt} ${q.hint ?? ''}`;
        })
        .join(' ');
    expect(seen('builder')).not.toMatch(/investor|invest in|you back/i);
    expect(seen('investor')).not.toMatch(/your product|your team|your AI works/i);
  });

  it('the reasons a result gives quote the question as that reader saw it', () => {
    const result = run('investor', investorProfiles.find((p) => p.expected === 'hybrid')!.clicks);
    for (const reason of result.reasons) {
      expect(reason.question).toBe(
        questionsFor('investor', result.answers).find((q) => q.id === reason.questionId)!.prompt,
      );
    }
  });
});

/** Answers that open the branch `id` sits behind, so it is shown. */
function walkTo(persona: PersonaId, id: string): Answers {
  const question = bank.questions.find((q) => q.id === id)!;
  return Object.fromEntries((question.showIf ?? []).map((c) => [c.question, c.anyOf[0]!]));
}

describe('branching', () => {
  const ids = (persona: PersonaId, answers: Answers) => questionsFor(persona, answers).map((q) => q.id);

  it('only a builder who wants its own rules is asked whether the team can carry its own chain', () => {
    expect(ids('builder', { 'sovereignty-vs-adoption': 'own-rules' })).toContain('b-own-chain');
    for (const other of ['existing-ecosystem', 'some-of-both', 'not-sure'])
      expect(ids('builder', { 'sovereignty-vs-adoption': other })).not.toContain('b-own-chain');
  });

  it('a builder can choose ready-made modular layers without first claiming to want a chain of its own', () => {
    const security = questionsFor('builder', {}).find((q) => q.id === 'b-security')!;
    expect(security.options.map((o) => o.id)).toContain('modular-stack');
  });

  it('only a marketplace builder is asked whom it serves, and only a service builder who uses the service', () => {
    expect(ids('builder', { 'b-workload': 'compute-market' })).toContain('b-market-reach');
    expect(ids('builder', { 'b-workload': 'compute-market' })).not.toContain('b-service-scope');
    expect(ids('builder', { 'b-workload': 'specialized-service' })).toContain('b-service-scope');
    expect(ids('builder', { 'b-workload': 'defi-app' })).not.toContain('b-market-reach');
  });

  it('only an investor drawn to newer layers is asked which, with modular infrastructure apart from Layer-3', () => {
    expect(ids('investor', { 'i-exposure': 'specialized-layers' })).toContain('i-newer-layers');
    expect(ids('investor', { 'i-exposure': 'base-infra' })).not.toContain('i-newer-layers');
    const newer = bank.questions.find((q) => q.id === 'i-newer-layers')!;
    expect(newer.options.find((o) => o.id === 'focused-bet')!.weights.l3).toBeGreaterThan(0);
    expect(newer.options.find((o) => o.id === 'hybrid-modular-slice')!.weights.l3).toBe(0);
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

describe.each(PERSONA_IDS)('every path of %s', (persona) => {
  const counts: Record<OutcomeId, number> = { l1: 0, l2: 0, l3: 0, hybrid: 0 };
  const paths = forEachDecision(engine.bank, persona, ({ outcome }) => (counts[outcome] += 1));
  const { min, max } = engine.countPaths(persona);

  it('asks 6 to 10 questions', () => {
    expect(min).toBeGreaterThanOrEqual(6);
    expect(max).toBeLessThanOrEqual(10);
  });

  it.each(OUTCOME_IDS)('ends in %s on some paths, and on no more than half', (id) => {
    expect(counts[id] / paths).toBeGreaterThan(0.05);
    expect(counts[id] / paths).toBeLessThan(0.5);
  });
});
