import { describe, expect, test } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { engine } from '../../src/engine/index.ts';
import { OUTCOME_IDS, PERSONA_IDS, type PersonaId } from '../../src/engine/types.ts';
import { createQuizMachine, type QuizEvent } from '../../src/machine/quiz.machine.ts';

const machine = createQuizMachine(engine);

/**
 * Every way a reader of `persona` can go from the intro to a result, moving
 * forward only. Answers are part of the state, so the forward graph is a tree
 * and the shortest path to each result state is the only one.
 */
function forwardPaths(persona: PersonaId) {
  return getShortestPaths(machine, {
    input: {},
    events: (snapshot): QuizEvent[] => {
      if (snapshot.matches('intro')) return [{ type: 'START' }];
      if (snapshot.matches('persona')) return [{ type: 'CHOOSE_PERSONA', persona }];
      if (snapshot.matches('question')) {
        const { context } = snapshot;
        const question = engine.questionsFor(persona, context.answers).find((q) => q.id === context.current);
        return (question?.options ?? []).map((o) => ({ type: 'ANSWER', optionId: o.id }));
      }
      return [];
    },
    serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context]),
    toState: (snapshot) => snapshot.matches('result'),
  });
}

describe.each(PERSONA_IDS)('every path through the machine for the %s', (persona) => {
  const paths = forwardPaths(persona);
  const declared = new Set(engine.bank.personas.find((p) => p.id === persona)!.notApplicable?.map((n) => n.outcome));

  test('there are as many paths as the engine counts distinct answer sets', () => {
    expect(paths.length).toBe(engine.forEachPath(persona, () => {}));
  });

  test('every path ends in a complete result', () => {
    for (const path of paths) {
      expect(path.state.value).toBe('result');
      const result = engine.evaluate(persona, path.state.context.answers);
      expect(result.ok && result.complete).toBe(true);
    }
  });

  test('every outcome the bank does not declare inapplicable is reached by some path', () => {
    const reached = new Set(
      paths.map((path) => {
        const result = engine.evaluate(persona, path.state.context.answers);
        return result.ok ? result.outcome : 'error';
      }),
    );
    for (const outcome of OUTCOME_IDS) expect(reached.has(outcome)).toBe(!declared.has(outcome));
  });

  test('each path asks every question that applies exactly once, in order', () => {
    for (const path of paths) {
      const asked = path.steps.filter((s) => s.event.type === 'ANSWER').length;
      expect(asked).toBe(engine.questionsFor(persona, path.state.context.answers).length);
    }
  });
});
