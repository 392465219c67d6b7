/**
 * Model-based: drive the rendered quiz along paths of the quiz machine, by
 * the controls a reader uses, and after every step check that the screen
 * shows what the machine's state says it should.
 */
import { describe, expect, test, vi } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { engine } from '../../src/engine/index.ts';
import type { PersonaId } from '../../src/engine/types.ts';
import { createQuizMachine, type QuizEvent } from '../../src/machine/quiz.machine.ts';
import { renderQuiz, type QuizPage } from './quiz-page.ts';
import { seededRandom } from '../seeded-random.ts';

vi.setConfig({ testTimeout: 120_000 });

const machine = createQuizMachine(engine);
type Snapshot = SnapshotFrom<typeof machine>;

const personaLabel = (id: PersonaId) => engine.bank.personas.find((p) => p.id === id)!.label;
const outcomeLabel = (id: string) => engine.bank.outcomes.find((o) => o.id === id)!.label;
/** The question on screen, worded for the reader's persona as the engine words it. */
const questionOf = (snapshot: Snapshot) => {
  const { persona, answers, current } = snapshot.context;
  return engine.questionsFor(persona!, answers).find((q) => q.id === current)!;
};

/** The events a reader can cause on the screen `snapshot` is on: one per control. */
function readerEvents(snapshot: Snapshot): QuizEvent[] {
  if (snapshot.matches('intro')) return [{ type: 'START' }];
  if (snapshot.matches('persona')) {
    return [
      ...engine.bank.personas.map((p): QuizEvent => ({ type: 'CHOOSE_PERSONA', persona: p.id })),
      { type: 'BACK' },
    ];
  }
  if (snapshot.matches('question')) {
    return [
      ...questionOf(snapshot).options.map((o): QuizEvent => ({ type: 'ANSWER', optionId: o.id })),
      { type: 'BACK' },
      { type: 'CHANGE_PERSONA' },
    ];
  }
  return [{ type: 'BACK' }, { type: 'CHANGE_PERSONA' }, { type: 'RESTART' }];
}

/** Does what a reader does to cause `event` on the screen of `before`. */
async function perform(quiz: QuizPage, event: QuizEvent, before: Snapshot) {
  switch (event.type) {
    case 'START':
      return quiz.start();
    case 'CHOOSE_PERSONA':
      return quiz.chooseRole(personaLabel(event.persona));
    case 'ANSWER':
      return quiz.answer(questionOf(before).options.find((o) => o.id === event.optionId)!.label);
    case 'BACK':
      return quiz.back();
    case 'CHANGE_PERSONA':
      return quiz.changePersona();
    case 'RESTART':
      return quiz.startOver();
    default:
      throw new Error(`no control causes ${event.type}`);
  }
}

/** The screen shows what `snapshot` says. */
function expectScreenToMatch(quiz: QuizPage, snapshot: Snapshot) {
  const { persona, answers } = snapshot.context;
  expect(quiz.screenName()).toBe(snapshot.value);
  if (snapshot.matches('intro')) {
    expect(quiz.headingText()).toBe('Which blockchain layer fits your AI plans?');
  } else if (snapshot.matches('persona')) {
    expect(quiz.headingText()).toBe('Are you building or investing?');
    for (const p of engine.bank.personas) {
      const current = quiz.button(p.label).getAttribute('aria-current') === 'true';
      expect(current).toBe(p.id === persona);
    }
  } else if (snapshot.matches('question')) {
    const question = questionOf(snapshot);
    expect(quiz.headingText()).toBe(question.prompt);
    const answer = question.options.find((o) => o.id === answers[question.id]);
    expect(quiz.checkedLabel()).toBe(answer?.label ?? null);
    const index = engine.questionsFor(persona!, answers).findIndex((q) => q.id === question.id);
    expect(quiz.progressText()).toMatch(new RegExp(`^Question ${index + 1} of `));
  } else {
    const result = engine.evaluate(persona!, answers);
    if (!result.ok) throw new Error(result.message);
    expect(quiz.headingText()).toBe(`Your best fit: ${outcomeLabel(result.outcome)}`);
    expect(quiz.container).toHaveTextContent(`Your result · ${personaLabel(persona!)}`);
  }
}

/** Renders the quiz and walks `events`, checking the screen and the focus after every step. */
async function walk(events: readonly QuizEvent[], presetPersona: PersonaId | null = null) {
  const model = createActor(machine, { input: { presetPersona } }).start();
  const { quiz, unmount } = renderQuiz({ options: { persona: presetPersona } });
  expectScreenToMatch(quiz, model.getSnapshot());
  for (const event of events) {
    const before = model.getSnapshot();
    model.send(event);
    await perform(quiz, event, before);
    expectScreenToMatch(quiz, model.getSnapshot());
    expect(quiz.heading()).toHaveFocus();
  }
  unmount();
  model.stop();
}

/**
 * A reader's whereabouts: the screen, and on a question or result, the persona,
 * the question and which questions apply (so every branch counts as its own).
 */
function whereabouts(s: Snapshot): string {
  if (!s.matches('question') && !s.matches('result')) return JSON.stringify(s.value);
  const { persona, current, answers } = s.context;
  return JSON.stringify([s.value, persona, current, engine.questionsFor(persona!, answers).map((q) => q.id)]);
}

describe('the rendered quiz follows the machine', () => {
  // A shortest path to every whereabouts; walking only the paths no other path extends visits them all.
  const paths = getShortestPaths(machine, {
    input: { presetPersona: null },
    events: readerEvents,
    serializeState: whereabouts,
  });
  const eventsOf = (path: (typeof paths)[number]) =>
    path.steps.map((step) => step.event).filter((e) => !e.type.startsWith('xstate.'));
  const extends_ = (longer: QuizEvent[], shorter: QuizEvent[]) =>
    longer.length > shorter.length && shorter.every((e, i) => JSON.stringify(e) === JSON.stringify(longer[i]));
  const walks = paths.map(eventsOf).filter((events, _, all) => !all.some((other) => extends_(other, events)));

  test('the walks pass through every screen of every branch, and every question of both personas', () => {
    const visited = new Set<string>();
    for (const events of walks) {
      const model = createActor(machine, { input: { presetPersona: null } }).start();
      visited.add(whereabouts(model.getSnapshot()));
      for (const event of events) {
        model.send(event);
        visited.add(whereabouts(model.getSnapshot()));
      }
    }
    expect(visited).toEqual(new Set(paths.map((p) => whereabouts(p.state))));
    const questions = new Set(
      [...visited].filter((v) => v.startsWith('["question"')).map((v) => v.split(',').slice(1, 3).join()),
    );
    expect(questions.size).toBe(engine.bank.personas.reduce((n, p) => n + p.questions.length, 0));
  });

  test.each(walks.map((events, i) => [i + 1, events.length, events] as const))(
    'walk %i (%i steps)',
    async (_i, _length, events) => {
      await walk(events);
    },
  );
});

/** A random walk of `length` reader actions, the machine deciding what is possible at each step. */
function randomWalk(seed: number, length: number, presetPersona: PersonaId | null): QuizEvent[] {
  const next = seededRandom(seed);
  const model = createActor(machine, { input: { presetPersona } }).start();
  const events: QuizEvent[] = [];
  for (let i = 0; i < length; i++) {
    const options = readerEvents(model.getSnapshot());
    // Lean forward (answers and starts) so walks get deep into the quiz and reach results.
    const forward = options.filter((e) => e.type === 'ANSWER' || e.type === 'START' || e.type === 'CHOOSE_PERSONA');
    const pool = forward.length && next() < 0.75 ? forward : options;
    const event = pool[Math.floor(next() * pool.length)]!;
    events.push(event);
    model.send(event);
  }
  model.stop();
  return events;
}

describe('random walks with every control, seeded', () => {
  test.each([
    [1, null],
    [2, null],
    [3, 'builder'],
    [4, 'investor'],
  ] as const)('seed %i, preset persona %s', async (seed, preset) => {
    await walk(randomWalk(seed, 30, preset), preset);
  });
});
