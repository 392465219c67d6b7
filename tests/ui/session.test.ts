// @vitest-environment node
// (node: the mini-bank fixture reads its files with `new URL(…, import.meta.url)`, which jsdom mode rewrites.)
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { miniEngine } from '../fixtures/mini-bank.ts';
import { createQuizMachine, type QuizEvent } from '../../src/machine/quiz.machine.ts';
import { hostEventsFor, progressFor } from '../../src/ui/host-events.ts';
import { clearProgress, loadProgress, saveProgress, storageKey } from '../../src/ui/progress-store.ts';
import { FakeStorage, throwingStorage } from './quiz-page.ts';

const machine = createQuizMachine(miniEngine);
const LAYER_2 = ['inherit', 'frequent', 'general', 'public', 'fast'];

/** Sends `events` to a fresh quiz, collecting what the page would hear and what progress would be kept. */
function run(events: QuizEvent[], presetPersona: 'builder' | 'investor' | null = null) {
  const actor = createActor(machine, { input: { presetPersona } }).start();
  const heard: { name: string; detail: Record<string, unknown> }[] = [];
  let kept: ReturnType<typeof progressFor> = 'keep';
  for (const event of events) {
    const prev = actor.getSnapshot();
    actor.send(event);
    const next = actor.getSnapshot();
    heard.push(...hostEventsFor(prev, event, next, miniEngine, (e) => `https://blog.example/#quiz=${e.outcome}`));
    kept = progressFor(event, next);
  }
  return { heard, kept, snapshot: actor.getSnapshot() };
}

const start = (persona: 'builder' | 'investor' = 'builder'): QuizEvent[] => [
  { type: 'START' },
  { type: 'CHOOSE_PERSONA', persona },
];
const answers = (...ids: string[]) => ids.map((optionId): QuizEvent => ({ type: 'ANSWER', optionId }));

describe('what the page hears', () => {
  test('quiz-start when the reader starts', () => {
    expect(run([{ type: 'START' }]).heard).toEqual([{ name: 'quiz-start', detail: { persona: null } }]);
    expect(run([{ type: 'START' }], 'investor').heard).toEqual([
      { name: 'quiz-start', detail: { persona: 'investor' } },
    ]);
  });

  test('quiz-answer for each answer, naming the question, the option and the persona', () => {
    expect(run([...start(), ...answers('full')]).heard.at(-1)).toEqual({
      name: 'quiz-answer',
      detail: { questionId: 'control', optionId: 'full', persona: 'builder' },
    });
  });

  test('nothing for an answer the question does not have', () => {
    expect(run([...start(), ...answers('no-such-option')]).heard.map((e) => e.name)).toEqual(['quiz-start']);
  });

  test('quiz-complete after the last answer, with the result, the bank version and the share link', () => {
    const { heard } = run([...start(), ...answers(...LAYER_2)]);
    expect(heard.at(-1)).toEqual({
      name: 'quiz-complete',
      detail: {
        persona: 'builder',
        answers: { control: 'inherit', fees: 'frequent', workload: 'general', data: 'public', launch: 'fast' },
        outcome: 'l2',
        fit: { l1: 0, l2: 43, l3: 0, hybrid: 0 },
        scores: { l1: 0, l2: 6, l3: 0, hybrid: 0 },
        bankVersion: miniEngine.bank.version,
        shareUrl: 'https://blog.example/#quiz=l2',
      },
    });
  });

  test('quiz-complete when switching to a persona whose questions are all answered, once per arrival', () => {
    const investor = ['low', 'short', 'apps', 'public', 'cautious', 'concentrated'];
    const change: QuizEvent = { type: 'CHANGE_PERSONA' };
    const { heard, snapshot } = run([...start(), ...answers(...LAYER_2), change, ...answers(...investor), change]);
    expect(snapshot.matches('result') && snapshot.context.persona).toBe('builder');
    const complete = heard.filter((e) => e.name === 'quiz-complete').map((e) => e.detail.persona);
    expect(complete).toEqual(['builder', 'investor', 'builder']);
  });

  test('nothing while trying another answer from the result, nor on coming back', () => {
    const mine = run([...start(), ...answers(...LAYER_2)]);
    const trial: QuizEvent[] = [
      { type: 'TRY_ANSWER', questionId: 'control', optionId: 'full' },
      { type: 'ANSWER', optionId: 'own' },
      { type: 'TRY_ANSWER', questionId: 'fees', optionId: 'rare' },
      { type: 'BACK_TO_MINE' },
    ];
    const { heard, snapshot } = run([...start(), ...answers(...LAYER_2), ...trial]);
    expect(snapshot.value).toBe('result');
    expect(heard).toEqual(mine.heard);
  });

  test('nothing when progress or a shared result is restored', () => {
    const restore: QuizEvent = {
      type: 'RESTORE',
      persona: 'builder',
      answers: { control: 'full' },
      at: 'fees',
      origin: 'saved',
    };
    const { heard, snapshot } = run([restore]);
    expect(snapshot.value).toBe('question');
    expect(heard).toEqual([]);
  });
});

describe('what progress is kept', () => {
  test('the persona, the answers and the question on screen', () => {
    expect(run([...start(), ...answers('full')]).kept).toEqual({
      persona: 'builder',
      answers: { control: 'full' },
      at: 'fees',
    });
  });

  test('"result" once finished', () => {
    expect(run([...start(), ...answers(...LAYER_2)]).kept).toMatchObject({ at: 'result' });
  });

  test('nothing new while trying another answer, or on coming back from it', () => {
    const trial: QuizEvent = { type: 'TRY_ANSWER', questionId: 'control', optionId: 'full' };
    expect(run([...start(), ...answers(...LAYER_2), trial]).kept).toBe('keep');
    expect(run([...start(), ...answers(...LAYER_2), trial, { type: 'ANSWER', optionId: 'own' }]).kept).toBe('keep');
    expect(run([...start(), ...answers(...LAYER_2), trial, { type: 'BACK_TO_MINE' }]).kept).toBe('keep');
  });

  test('nothing new on the persona step or after a restore; cleared on Start over', () => {
    expect(run([...start(), { type: 'BACK' }]).kept).toBe('keep');
    const restore: QuizEvent = { type: 'RESTORE', persona: 'builder', answers: {}, at: 'control', origin: 'shared' };
    expect(run([restore]).kept).toBe('keep');
    expect(run([...start(), ...answers(...LAYER_2), { type: 'RESTART' }]).kept).toBe('clear');
  });
});

describe('the progress store', () => {
  const progress = { persona: 'investor' as const, answers: { risk: 'high' }, at: 'horizon' };

  test('saves under one key per widget and reads it back', () => {
    const storage = new FakeStorage();
    saveProgress(storage, 'a', progress);
    expect([...storage.items.keys()]).toEqual(['ai-layer-quiz:a']);
    expect(loadProgress(storage, 'a')).toEqual(progress);
    expect(loadProgress(storage, 'b')).toBeNull();
    clearProgress(storage, 'a');
    expect(storage.items.size).toBe(0);
  });

  test('never throws, whatever the storage does', () => {
    for (const storage of [throwingStorage, null]) {
      expect(() => saveProgress(storage, 'a', progress)).not.toThrow();
      expect(loadProgress(storage, 'a')).toBeNull();
      expect(() => clearProgress(storage, 'a')).not.toThrow();
    }
  });

  test.each([
    ['not JSON', '{'],
    ['not an object', '42'],
    ['an unknown persona', JSON.stringify({ ...progress, persona: 'admin' })],
    ['answers that are not strings', JSON.stringify({ ...progress, answers: { risk: 1 } })],
    ['answers as a list', JSON.stringify({ ...progress, answers: ['high'] })],
    ['no place to resume', JSON.stringify({ persona: 'builder', answers: {} })],
  ])('reads %s as nothing saved', (_, text) => {
    const storage = new FakeStorage();
    storage.setItem(storageKey('a'), text);
    expect(loadProgress(storage, 'a')).toBeNull();
  });
});

describe('the machine, as the UI relies on it', () => {
  test('a persona preset by the embed on the persona step, all of whose questions are answered, shows its result', () => {
    const back = LAYER_2.map((): QuizEvent => ({ type: 'BACK' }));
    const { snapshot: onPersonaStep } = run([...start(), ...answers(...LAYER_2), ...back, { type: 'BACK' }]);
    expect(onPersonaStep.value).toBe('persona');
    const { snapshot } = run([
      ...start(),
      ...answers(...LAYER_2),
      ...back,
      { type: 'BACK' },
      { type: 'PRESET_PERSONA', persona: 'builder' },
    ]);
    expect(snapshot.value).toBe('result');
    expect(snapshot.context.persona).toBe('builder');
  });
});
