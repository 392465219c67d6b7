/**
 * The widget's engine before and after the result chunk: the question flow
 * alone asks the same questions as the whole bank, refuses to score until
 * the result part arrives, then scores exactly as the whole engine does.
 */
import { describe, expect, it } from 'vitest';
import { splitBank } from '../../src/engine/bank-parts.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { bank, engine } from '../../src/engine/index.ts';
import { stagedEngine } from '../../src/engine/staged-engine.ts';
import type { Answers, PersonaId } from '../../src/engine/types.ts';

const PERSONAS: PersonaId[] = ['builder', 'investor'];

/** A complete path: the first answer to every question that applies. */
function firstAnswers(persona: PersonaId): Answers {
  const answers: Record<string, string> = {};
  for (;;) {
    const next = engine.questionsFor(persona, answers).find((q) => answers[q.id] === undefined);
    if (!next) return answers;
    answers[next.id] = next.options[0]!.id;
  }
}

describe('the staged engine', () => {
  const { flow, result } = splitBank(bank);

  it.each(PERSONAS)(
    'with the flow alone asks %s the same questions, on the same paths, as the whole bank',
    (persona) => {
      const staged = stagedEngine(flow);
      const answers = firstAnswers(persona);
      const ids = (e: typeof engine) => e.questionsFor(persona, answers).map((q) => [q.id, q.prompt]);
      expect(ids(staged)).toEqual(ids(engine));
      expect(staged.countPaths(persona)).toEqual(engine.countPaths(persona));
      expect(staged.questionCount(persona)).toEqual(engine.questionCount(persona));
    },
  );

  it('refuses to score before the result part arrives, with a typed error and no throw', () => {
    const staged = stagedEngine(flow);
    expect(staged.ready).toBe(false);
    const early = staged.evaluate('builder', firstAnswers('builder'));
    expect(early).toMatchObject({ ok: false, kind: 'not-ready' });
    expect(() => staged.decisionFor('builder', firstAnswers('builder'))).toThrow(/^\[ai-layer-quiz\] /);
  });

  it.each(PERSONAS)('once completed, scores %s exactly as the whole engine, with whole questions', (persona) => {
    const staged = stagedEngine(flow);
    staged.complete(result, createEngine);
    expect(staged.ready).toBe(true);
    const answers = firstAnswers(persona);
    expect(staged.evaluate(persona, answers)).toEqual(engine.evaluate(persona, answers));
    expect(staged.questionsFor(persona, answers)[0]!.options[0]!.weights).toEqual(
      engine.questionsFor(persona, answers)[0]!.options[0]!.weights,
    );
  });
});
