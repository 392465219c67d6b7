// @vitest-environment node
// (node: the mini-bank fixture reads its files with `new URL(…, import.meta.url)`, which jsdom mode rewrites.)
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { miniBank, miniEngine } from '../fixtures/mini-bank.ts';
import type { Answers, PersonaId } from '../../src/engine/types.ts';
import { connect, type IntroView, type PersonaView, type QuestionView } from '../../src/machine/quiz.connect.ts';
import { createQuizMachine } from '../../src/machine/quiz.machine.ts';
import { answering, as, viewAfter } from './connect-support.ts';

describe('the intro', () => {
  test('says how many questions there are and about how long it takes, from the bank', () => {
    const intro = as(viewAfter([]).view, 'intro') as IntroView;
    expect(intro.length).toBe('5–6 questions, about 2 minutes');
  });

  test('counts only the preset persona’s questions when the embed sets one', () => {
    const intro = as(viewAfter([], 'investor').view, 'intro') as IntroView;
    expect(intro.length).toBe('6 questions, about 2 minutes');
  });

  test('Start sends START', () => {
    const { view, send } = viewAfter([]);
    (view as IntroView).start();
    expect(send).toHaveBeenCalledWith({ type: 'START' });
  });
});

describe('the persona step', () => {
  test('offers both personas with their hints, none marked current at first', () => {
    const view = as(viewAfter([{ type: 'START' }]).view, 'persona') as PersonaView;
    expect(view.choices).toEqual([
      { id: 'builder', label: "I'm building", hint: 'Builder hint.', current: false },
      { id: 'investor', label: "I'm investing", hint: 'Investor hint.', current: false },
    ]);
  });

  test('reached by Back from the first question, marks the persona the reader has', () => {
    const view = viewAfter([...answering('builder'), { type: 'BACK' }]).view as PersonaView;
    expect(view.choices.map((c) => c.current)).toEqual([true, false]);
  });

  test('choosing sends CHOOSE_PERSONA, Back sends BACK', () => {
    const { view, send } = viewAfter([{ type: 'START' }]);
    (view as PersonaView).choose('investor');
    (view as PersonaView).back();
    expect(send.mock.calls).toEqual([[{ type: 'CHOOSE_PERSONA', persona: 'investor' }], [{ type: 'BACK' }]]);
  });
});

describe('a question', () => {
  const question = (...events: Parameters<typeof answering>) => as(viewAfter(answering(...events)).view, 'question');

  test('shows the prompt, the hint and each option with its hint, nothing selected yet', () => {
    const view = question('builder');
    const control = miniBank.questions.find((q) => q.id === 'control')!;
    expect(view).toMatchObject({ id: 'control', prompt: control.prompt, hint: control.hint ?? null, selected: null });
    expect(view.options).toEqual(
      control.options.map((o) => ({ id: o.id, label: o.label, hint: o.hint, selected: false })),
    );
  });

  test('counts the questions that apply so far: an answer that opens a branch adds one, and the next question says so', () => {
    expect([question('builder').progressText, question('builder').progressNote]).toEqual(['Question 1 of 5', null]);
    expect([question('builder', 'full').progressText, question('builder', 'full').progressNote]).toEqual([
      'Question 2 of 6',
      'Your answer on control added 1 question.',
    ]);
    expect(question('builder', 'full').announcement).toBe('Question 2 of 6 Your answer on control added 1 question.');
    expect([
      question('builder', 'full', 'rare').progressText,
      question('builder', 'full', 'rare').progressNote,
    ]).toEqual(['Question 3 of 6', null]);
    expect([question('builder', 'inherit').progressText, question('builder', 'inherit').progressNote]).toEqual([
      'Question 2 of 5',
      null,
    ]);
  });

  test('after Back, a changed answer that closes a branch already answered lowers the count and says so', () => {
    const back = Array.from({ length: 4 }, () => ({ type: 'BACK' }) as const);
    const events = [
      ...answering('builder', 'full', 'rare', 'general', 'own'),
      ...back,
      { type: 'ANSWER', optionId: 'inherit' } as const,
    ];
    const view = as(viewAfter(events).view, 'question');
    expect([view.id, view.progressText, view.progressNote]).toEqual([
      'fees',
      'Question 2 of 5',
      'Your answer on control removed 1 question.',
    ]);
  });

  test('on every path, the count changes only right after an answer that opens a branch, and then says so', () => {
    const machine = createQuizMachine(miniEngine);
    for (const persona of ['builder', 'investor'] as PersonaId[]) {
      miniEngine.forEachPath(persona, (answers: Answers) => {
        const actor = createActor(machine, { input: {} }).start();
        actor.send({ type: 'START' });
        actor.send({ type: 'CHOOSE_PERSONA', persona });
        let total: number | null = null;
        while (actor.getSnapshot().matches('question')) {
          const view = connect(actor.getSnapshot(), () => {}, miniEngine) as QuestionView;
          if (total !== null && view.total !== total) expect(view.progressNote).toMatch(/^Your answer on .+ added /);
          if (view.progressNote) expect(view.total).toBeGreaterThan(total!);
          total = view.total;
          actor.send({ type: 'ANSWER', optionId: answers[view.id]! });
        }
      });
    }
  });

  test('numbers questions along the reader’s own path, skipping hidden ones', () => {
    const withBranch = question('builder', 'full', 'rare', 'general');
    expect([withBranch.id, withBranch.progressText]).toEqual(['security', 'Question 4 of 6']);
    const without = question('builder', 'inherit', 'rare', 'general');
    expect([without.id, without.progressText]).toEqual(['data', 'Question 4 of 5']);
  });

  test('the progress fraction is the share of questions already answered', () => {
    const view = question('builder', 'inherit', 'rare');
    expect(view.number).toBe(3);
    expect(view.progress).toBeCloseTo(2 / 5);
  });

  test('after Back, the earlier answer is selected', () => {
    const view = viewAfter([...answering('builder', 'inherit', 'rare'), { type: 'BACK' }]).view as QuestionView;
    expect(view.id).toBe('fees');
    expect(view.selected).toBe('rare');
    expect(view.options.filter((o) => o.selected).map((o) => o.id)).toEqual(['rare']);
  });

  test('offers the switch to the other persona in plain words', () => {
    expect(question('builder').switchTo!.label).toBe('Switch to investing');
    expect(question('investor').switchTo!.label).toBe('Switch to building');
  });

  test('its actions send ANSWER, BACK, CHANGE_PERSONA (the switch) and RESTART', () => {
    const { view, send } = viewAfter(answering('builder'));
    const q = view as QuestionView;
    expect(q.canGoBack).toBe(true);
    q.answer('full');
    q.back();
    q.switchTo!.go();
    q.restart();
    expect(send.mock.calls.map(([e]) => e)).toEqual([
      { type: 'ANSWER', optionId: 'full' },
      { type: 'BACK' },
      { type: 'CHANGE_PERSONA' },
      { type: 'RESTART' },
    ]);
  });

  test('the step key changes with the question, for focus and announcements', () => {
    const first = viewAfter(answering('builder')).view;
    const second = viewAfter(answering('builder', 'inherit')).view;
    expect(first.key).not.toBe(second.key);
    expect(second.announcement).toBe('Question 2 of 5');
  });

  test('brought in by an answer tried from the result, it says so, has no count, and its one way out is back to the result', () => {
    const events = [
      ...answering('builder', 'inherit', 'frequent', 'general', 'public', 'fast'),
      { type: 'TRY_ANSWER', questionId: 'control', optionId: 'full' } as const,
    ];
    const { view, send } = viewAfter(events);
    const q = as(view, 'question');
    expect(q).toMatchObject({ id: 'security', key: 'trial-question:security', progressText: '', canGoBack: false });
    expect(q.switchTo).toBeNull();
    expect(q.trial).toMatchObject({ backLabel: 'Back to my result' });
    expect(q.announcement).toBe(q.trial!.text);
    q.trial!.backToMine();
    expect(send).toHaveBeenCalledWith({ type: 'BACK_TO_MINE' });
  });
});
