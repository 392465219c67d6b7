/**
 * The engine's whole-bank tools on the mini bank, where every path can be
 * listed and checked one by one: counting paths without listing them, the
 * incremental walk, and the wording each persona reads.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { PERSONA_IDS, type Answers, type Bank } from '../../src/engine/types.ts';
import { miniBank, miniEngine as engine } from '../fixtures/mini-bank.ts';
import { forEachDecision } from '../../src/engine/walk.ts';

describe.each(PERSONA_IDS)('the %s paths of the mini bank', (persona) => {
  const listed: Answers[] = [];
  engine.forEachPath(persona, (answers) => listed.push(answers));

  test('are counted without listing them: how many, how many show each question, fewest and most asked', () => {
    const shown: Record<string, number> = Object.fromEntries(
      miniBank.personas.find((p) => p.id === persona)!.questions.map((id) => [id, 0]),
    );
    for (const answers of listed) for (const id of Object.keys(answers)) shown[id]! += 1;
    const lengths = listed.map((answers) => Object.keys(answers).length);
    expect(engine.countPaths(persona)).toEqual({
      paths: listed.length,
      shown,
      min: Math.min(...lengths),
      max: Math.max(...lengths),
    });
  });

  test('are each decided by the incremental walk exactly as decisionFor decides them', () => {
    const walked: { answers: Answers; decision: object }[] = [];
    const count = forEachDecision(miniBank, persona, (decision, picks) => {
      walked.push({ answers: Object.fromEntries(picks.map((p) => [p.question.id, p.option.id])), decision });
    });
    expect(count).toBe(listed.length);
    expect(walked.map((w) => w.answers)).toEqual(listed);
    for (const { answers, decision } of walked) {
      const { outcome, decidedBy, points, fit } = engine.decisionFor(persona, answers);
      expect(decision).toEqual({ outcome, decidedBy, points, fit });
    }
  });
});

describe('a question worded per persona', () => {
  const worded: Bank = structuredClone(miniBank);
  const data = worded.questions.find((q) => q.id === 'data')!;
  data.wording = { investor: { prompt: 'How sensitive is the data of the projects you back?' } };
  const wordedEngine = createEngine(worded);
  const asked = (persona: 'builder' | 'investor') =>
    wordedEngine.questionsFor(persona, {}).find((q) => q.id === 'data')!;

  test('reads in each persona’s own words, the hint kept where the wording leaves it', () => {
    expect(asked('builder').prompt).toBe(data.prompt);
    expect(asked('investor').prompt).toBe('How sensitive is the data of the projects you back?');
    expect(asked('investor').hint).toBe(data.hint);
  });

  test('never carries the other persona’s wording to the screen', () => {
    for (const persona of PERSONA_IDS) expect(asked(persona)).not.toHaveProperty('wording');
  });

  test('is quoted in that wording by the reasons of a result', () => {
    const result = wordedEngine.evaluate('investor', {
      risk: 'high',
      horizon: 'short',
      exposure: 'modular',
      data: 'sensitive',
      regulation: 'cautious',
      spread: 'spread',
    });
    if (!result.ok) throw new Error(result.message);
    const reason = result.reasons.find((r) => r.questionId === 'data');
    expect(reason?.question).toBe('How sensitive is the data of the projects you back?');
  });

  test('leaves a question without wording as it is', () => {
    const control = wordedEngine.questionsFor('builder', {}).find((q) => q.id === 'control')!;
    expect(control).toBe(worded.questions.find((q) => q.id === 'control'));
  });
});
