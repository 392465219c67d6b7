/**
 * The machine against the engine, over the whole bank without replaying
 * every one of its answer paths:
 *
 * - model-based: `xstate/graph` walks every way through the machine in which
 *   each question offers one answer per effect it has on which questions
 *   follow, so each branch combination is one path;
 * - one path per outcome, found by the engine, driven through the machine;
 * - a seeded sample of complete random paths.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { engine } from '../../src/engine/index.ts';
import { OUTCOME_IDS, PERSONA_IDS, type Answers, type OutcomeId, type PersonaId } from '../../src/engine/types.ts';
import type { Question } from '../../src/engine/types.ts';
import { createQuizMachine, type QuizEvent } from '../../src/machine/quiz.machine.ts';
import { forEachDecision } from '../../src/engine/walk.ts';
import { seededRandom } from '../seeded-random.ts';

const machine = createQuizMachine(engine);

/** The branch conditions of the questions `persona` is asked. */
const conditionsOf = (persona: PersonaId) =>
  engine.bank.questions
    .filter((q) => engine.bank.personas.find((p) => p.id === persona)!.questions.includes(q.id))
    .flatMap((q) => q.showIf ?? []);

/** One option for each different effect on the persona's branches: the first option of each such group. */
function representatives(persona: PersonaId, question: Question) {
  const on = conditionsOf(persona).filter((c) => c.question === question.id);
  const groups = new Map<string, string>();
  for (const option of question.options) {
    const key = on.map((c) => c.anyOf.includes(option.id)).join();
    if (!groups.has(key)) groups.set(key, option.id);
  }
  return [...groups.values()];
}

/** Every way from the intro to a result, forward only, answering each question with its representatives. */
function branchPaths(persona: PersonaId) {
  return getShortestPaths(machine, {
    input: {},
    events: (snapshot): QuizEvent[] => {
      if (snapshot.matches('intro')) return [{ type: 'START' }];
      if (snapshot.matches('persona')) return [{ type: 'CHOOSE_PERSONA', persona }];
      if (snapshot.matches('question')) {
        const { context } = snapshot;
        const question = engine.questionsFor(persona, context.answers).find((q) => q.id === context.current);
        return (question ? representatives(persona, question) : []).map((optionId) => ({ type: 'ANSWER', optionId }));
      }
      return [];
    },
    serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context]),
    toState: (snapshot) => snapshot.matches('result'),
  });
}

/** Drives the machine from the intro through `persona` and `pick`'s answers; returns the answers and the final state. */
function drive(persona: PersonaId, pick: (question: Question) => string) {
  const actor = createActor(machine, { input: {} }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'CHOOSE_PERSONA', persona });
  let asked = 0;
  for (let snapshot = actor.getSnapshot(); snapshot.matches('question'); snapshot = actor.getSnapshot()) {
    const { context } = snapshot;
    const question = engine.questionsFor(persona, context.answers).find((q) => q.id === context.current)!;
    actor.send({ type: 'ANSWER', optionId: pick(question) });
    asked += 1;
    if (asked > 20) throw new Error('the quiz never ended');
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { snapshot, answers: snapshot.context.answers, asked };
}

function outcomeOf(persona: PersonaId, answers: Answers) {
  const result = engine.evaluate(persona, answers);
  if (!result.ok) throw new Error(result.message);
  expect(result.complete).toBe(true);
  return result.outcome;
}

describe.each(PERSONA_IDS)('the machine for the %s', (persona) => {
  const declared = new Set(engine.bank.personas.find((p) => p.id === persona)!.notApplicable?.map((n) => n.outcome));
  const sequences = new Set<string>();
  const firstOf = new Map<OutcomeId, Answers>();
  forEachDecision(engine.bank, persona, ({ outcome }, picks) => {
    sequences.add(picks.map((p) => p.question.id).join());
    if (!firstOf.has(outcome)) firstOf.set(outcome, Object.fromEntries(picks.map((p) => [p.question.id, p.option.id])));
  });
  const paths = branchPaths(persona);

  test('walked by xstate/graph, asks exactly the question sequences the engine’s paths ask', () => {
    const asked = paths.map((path) =>
      engine
        .questionsFor(persona, path.state.context.answers)
        .map((q) => q.id)
        .join(),
    );
    expect(new Set(asked)).toEqual(sequences);
    expect(asked.length).toBe(sequences.size);
  });

  test('every graph path ends in a complete result, having asked each question that applies once, in order', () => {
    for (const path of paths) {
      expect(path.state.value).toBe('result');
      outcomeOf(persona, path.state.context.answers);
      // Each answer adds one question to the answers: the one it answered.
      const answered = path.steps.flatMap((step, i) => {
        const before = i === 0 ? {} : path.steps[i - 1]!.state.context.answers;
        return Object.keys(step.state.context.answers).filter((id) => !(id in before));
      });
      expect(answered).toEqual(engine.questionsFor(persona, path.state.context.answers).map((q) => q.id));
    }
  });

  test('every outcome the bank does not declare inapplicable is reached through the machine', () => {
    for (const outcome of OUTCOME_IDS) {
      const answers = firstOf.get(outcome);
      expect(answers !== undefined, outcome).toBe(!declared.has(outcome));
      if (!answers) continue;
      const { snapshot } = drive(persona, (q) => answers[q.id]!);
      expect(snapshot.value).toBe('result');
      expect(outcomeOf(persona, snapshot.context.answers)).toBe(outcome);
    }
  });

  test('300 random complete paths (seeded) each end in the result the engine gives for their answers', () => {
    const next = seededRandom(persona === 'builder' ? 1 : 2);
    for (let i = 0; i < 300; i++) {
      const { snapshot, answers, asked } = drive(persona, (q) => q.options[Math.floor(next() * q.options.length)]!.id);
      expect(snapshot.value).toBe('result');
      expect(asked).toBe(engine.questionsFor(persona, answers).length);
      expect(outcomeOf(persona, answers)).toBe(engine.decisionFor(persona, answers).outcome);
    }
  });
});
