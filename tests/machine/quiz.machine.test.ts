import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { miniEngine as engine } from '../fixtures/mini-bank.ts';
import { createQuizMachine, type QuizEvent } from '../../src/machine/quiz.machine.ts';
import type { PersonaId } from '../../src/engine/types.ts';

function reader(presetPersona: PersonaId | null = null) {
  const actor = createActor(createQuizMachine(engine), { input: { presetPersona } }).start();
  const send = (...events: QuizEvent[]) => events.forEach((e) => actor.send(e));
  const answer = (...optionIds: string[]) => optionIds.forEach((optionId) => send({ type: 'ANSWER', optionId }));
  const at = () => {
    const s = actor.getSnapshot();
    if (s.matches({ trying: 'question' })) return `trying ${s.context.trial!.current}`;
    if (s.matches('trying')) return 'trying result';
    return s.matches('question') ? s.context.current : s.value;
  };
  return { actor, send, answer, at, context: () => actor.getSnapshot().context };
}

describe('a reader moving through the quiz', () => {
  test('starts at the intro, chooses a persona and gets the first question', () => {
    const quiz = reader();
    expect(quiz.at()).toBe('intro');
    quiz.send({ type: 'START' });
    expect(quiz.at()).toBe('persona');
    quiz.send({ type: 'CHOOSE_PERSONA', persona: 'builder' });
    expect(quiz.at()).toBe('control');
  });

  test('with a persona preset by the embed skips the persona step, and Back from the first question returns to the intro', () => {
    const quiz = reader('investor');
    quiz.send({ type: 'START' });
    expect(quiz.at()).toBe('risk');
    quiz.send({ type: 'BACK' });
    expect(quiz.at()).toBe('intro');
  });

  test('sees the branch question only after the answer that opens it', () => {
    const quiz = reader('builder');
    quiz.send({ type: 'START' });
    quiz.answer('inherit', 'frequent', 'general');
    expect(quiz.at()).toBe('data');
    quiz.send({ type: 'BACK' }, { type: 'BACK' }, { type: 'BACK' });
    expect(quiz.at()).toBe('control');
    quiz.answer('full', 'frequent', 'general');
    expect(quiz.at()).toBe('security');
  });

  test('reaches the result after the last question that applies', () => {
    const quiz = reader('builder');
    quiz.send({ type: 'START' });
    quiz.answer('full', 'rare', 'general', 'own', 'public', 'slow');
    expect(quiz.at()).toBe('result');
  });

  test('an option that does not belong to the current question is ignored', () => {
    const quiz = reader('builder');
    quiz.send({ type: 'START' });
    quiz.answer('frequent');
    expect(quiz.at()).toBe('control');
    expect(quiz.context().answers).toEqual({});
  });
});

describe('going back', () => {
  test('keeps the answers given, so the reader sees them again', () => {
    const quiz = reader('builder');
    quiz.send({ type: 'START' });
    quiz.answer('full', 'rare', 'general');
    quiz.send({ type: 'BACK' }, { type: 'BACK' });
    expect(quiz.at()).toBe('fees');
    expect(quiz.context().answers).toEqual({ control: 'full', fees: 'rare', workload: 'general' });
  });

  test('from the result returns to the last question', () => {
    const quiz = reader('builder');
    quiz.send({ type: 'START' });
    quiz.answer('full', 'rare', 'general', 'own', 'public', 'slow');
    quiz.send({ type: 'BACK' });
    expect(quiz.at()).toBe('launch');
  });

  test('and closing a branch drops its answer from scoring but not from memory', () => {
    const quiz = reader('builder');
    quiz.send({ type: 'START' });
    quiz.answer('full', 'rare', 'general', 'own', 'public', 'slow');
    for (let i = 0; i < 6; i++) quiz.send({ type: 'BACK' });
    quiz.answer('inherit', 'rare', 'general', 'public', 'slow');
    expect(quiz.at()).toBe('result');
    expect(quiz.context().answers).toHaveProperty('security', 'own');
    const result = engine.evaluate('builder', quiz.context().answers);
    expect(result.ok && result.answers).not.toHaveProperty('security');
  });
});

describe('switching persona', () => {
  test('goes straight to the other persona’s questions, keeping the answers to questions both share', () => {
    const quiz = reader();
    quiz.send({ type: 'START' }, { type: 'CHOOSE_PERSONA', persona: 'builder' });
    quiz.answer('full', 'rare', 'general', 'own', 'sensitive');
    quiz.send({ type: 'CHANGE_PERSONA' });
    expect(quiz.context().persona).toBe('investor');
    expect(quiz.at()).toBe('risk');
    quiz.answer('high', 'long', 'base');
    // "data" was answered as a builder: it comes up with that answer already chosen.
    expect(quiz.at()).toBe('data');
    expect(quiz.context().answers.data).toBe('sensitive');
  });

  test('switching back resumes at the first question still open', () => {
    const quiz = reader();
    quiz.send({ type: 'START' }, { type: 'CHOOSE_PERSONA', persona: 'builder' });
    quiz.answer('full', 'rare');
    quiz.send({ type: 'CHANGE_PERSONA' }, { type: 'CHANGE_PERSONA' });
    expect(quiz.context().persona).toBe('builder');
    expect(quiz.at()).toBe('workload');
  });

  test('from a result, to a persona whose questions are all answered, goes straight to that result', () => {
    const quiz = reader();
    quiz.send({ type: 'START' }, { type: 'CHOOSE_PERSONA', persona: 'builder' });
    quiz.answer('full', 'rare', 'general', 'own', 'public', 'slow');
    quiz.send({ type: 'CHANGE_PERSONA' });
    expect(quiz.at()).toBe('risk');
    quiz.answer('high', 'long', 'base', 'public', 'cautious', 'concentrated');
    expect([quiz.at(), quiz.context().persona]).toEqual(['result', 'investor']);
    quiz.send({ type: 'CHANGE_PERSONA' });
    expect([quiz.at(), quiz.context().persona]).toEqual(['result', 'builder']);
  });

  test('on the first question, Back goes to the persona step while the switch changes persona', () => {
    const quiz = reader();
    quiz.send({ type: 'START' }, { type: 'CHOOSE_PERSONA', persona: 'builder' });
    quiz.send({ type: 'CHANGE_PERSONA' });
    expect([quiz.at(), quiz.context().persona]).toEqual(['risk', 'investor']);
    quiz.send({ type: 'BACK' });
    expect(quiz.at()).toBe('persona');
  });
});

describe('restarting and restoring', () => {
  test('Start over forgets every answer but keeps the preset persona', () => {
    const quiz = reader('builder');
    quiz.send({ type: 'START' });
    quiz.answer('full', 'rare');
    quiz.send({ type: 'RESTART' });
    expect(quiz.at()).toBe('intro');
    expect(quiz.context()).toMatchObject({ answers: {}, persona: 'builder', origin: 'fresh' });
  });

  test('a shared result opens straight on the result', () => {
    const quiz = reader();
    quiz.send({
      type: 'RESTORE',
      persona: 'investor',
      answers: {
        risk: 'low',
        horizon: 'short',
        exposure: 'apps',
        data: 'public',
        regulation: 'cautious',
        spread: 'concentrated',
      },
      at: 'result',
      origin: 'shared',
    });
    expect(quiz.at()).toBe('result');
    expect(quiz.context().origin).toBe('shared');
  });

  test('saved progress resumes at the question the reader was on', () => {
    const quiz = reader();
    quiz.send({ type: 'RESTORE', persona: 'builder', answers: { control: 'full' }, at: 'fees', origin: 'saved' });
    expect(quiz.at()).toBe('fees');
  });

  test('a state that does not fit the bank is refused and changes nothing', () => {
    const quiz = reader();
    quiz.send({
      type: 'RESTORE',
      persona: 'builder',
      answers: { control: 'nonsense' },
      at: 'result',
      origin: 'shared',
    });
    quiz.send({ type: 'RESTORE', persona: 'builder', answers: { control: 'full' }, at: 'result', origin: 'shared' });
    quiz.send({
      type: 'RESTORE',
      persona: 'builder',
      answers: { control: 'inherit' },
      at: 'security',
      origin: 'saved',
    });
    expect(quiz.at()).toBe('intro');
    expect(quiz.context().answers).toEqual({});
  });
});

describe('the persona step, reached by Back from the first question', () => {
  test('Back returns to the question the reader left', () => {
    const quiz = reader();
    quiz.send({ type: 'START' }, { type: 'CHOOSE_PERSONA', persona: 'builder' }, { type: 'BACK' });
    expect(quiz.at()).toBe('persona');
    quiz.send({ type: 'BACK' });
    expect(quiz.at()).toBe('control');
    expect(quiz.context().persona).toBe('builder');
  });

  test('choosing a persona whose questions are all answered shows its result', () => {
    const quiz = reader();
    quiz.send({ type: 'START' }, { type: 'CHOOSE_PERSONA', persona: 'builder' });
    quiz.answer('full', 'rare', 'general', 'own', 'public', 'slow');
    for (let i = 0; i < 7; i++) quiz.send({ type: 'BACK' });
    expect(quiz.at()).toBe('persona');
    quiz.send({ type: 'CHOOSE_PERSONA', persona: 'builder' });
    expect(quiz.at()).toBe('result');
  });

  test('Back before any persona was chosen returns to the intro', () => {
    const quiz = reader();
    quiz.send({ type: 'START' }, { type: 'BACK' });
    expect(quiz.at()).toBe('intro');
  });
});

describe('trying another answer from the result', () => {
  const ANSWERS = { control: 'inherit', fees: 'frequent', workload: 'general', data: 'public', launch: 'fast' };
  function atResult() {
    const quiz = reader('builder');
    quiz.send({ type: 'START' });
    quiz.answer('inherit', 'frequent', 'general', 'public', 'fast');
    expect(quiz.at()).toBe('result');
    return quiz;
  }

  test('shows the result with that one answer changed, and never touches the reader’s own answers', () => {
    const quiz = atResult();
    quiz.send({ type: 'TRY_ANSWER', questionId: 'fees', optionId: 'rare' });
    expect(quiz.at()).toBe('trying result');
    expect(quiz.context().trial).toEqual({
      questionId: 'fees',
      optionId: 'rare',
      answers: { ...ANSWERS, fees: 'rare' },
      current: null,
    });
    expect(quiz.context().answers).toEqual(ANSWERS);
  });

  test('asks first the question a changed answer brings in, then shows the tried result', () => {
    const quiz = atResult();
    quiz.send({ type: 'TRY_ANSWER', questionId: 'control', optionId: 'full' });
    expect(quiz.at()).toBe('trying security');
    quiz.answer('launch');
    expect(quiz.at()).toBe('trying security');
    quiz.answer('own');
    expect(quiz.at()).toBe('trying result');
    expect(quiz.context().trial!.answers).toEqual({ ...ANSWERS, control: 'full', security: 'own' });
    expect(quiz.context().answers).toEqual(ANSWERS);
  });

  test('one action returns to the reader’s own result, and the trial is forgotten', () => {
    const quiz = atResult();
    quiz.send({ type: 'TRY_ANSWER', questionId: 'control', optionId: 'full' }, { type: 'BACK_TO_MINE' });
    expect(quiz.at()).toBe('result');
    expect(quiz.context().trial).toBeNull();
    quiz.send({ type: 'TRY_ANSWER', questionId: 'fees', optionId: 'rare' }, { type: 'BACK_TO_MINE' });
    expect(quiz.at()).toBe('result');
    expect(quiz.context()).toMatchObject({ answers: ANSWERS, trial: null });
  });

  test('another answer tried from a tried result starts from the reader’s own answers again', () => {
    const quiz = atResult();
    quiz.send({ type: 'TRY_ANSWER', questionId: 'fees', optionId: 'rare' });
    quiz.send({ type: 'TRY_ANSWER', questionId: 'launch', optionId: 'slow' });
    expect(quiz.context().trial!.answers).toEqual({ ...ANSWERS, launch: 'slow' });
  });

  test('ignores the answer already given, an option the question does not have, and a question not asked', () => {
    const quiz = atResult();
    quiz.send(
      { type: 'TRY_ANSWER', questionId: 'fees', optionId: 'frequent' },
      { type: 'TRY_ANSWER', questionId: 'fees', optionId: 'nonsense' },
      { type: 'TRY_ANSWER', questionId: 'security', optionId: 'own' },
    );
    expect(quiz.at()).toBe('result');
    expect(quiz.context().trial).toBeNull();
  });

  test('is only offered on a result: on a question it does nothing', () => {
    const quiz = reader('builder');
    quiz.send({ type: 'START' });
    quiz.answer('inherit');
    quiz.send({ type: 'TRY_ANSWER', questionId: 'control', optionId: 'full' });
    expect(quiz.at()).toBe('fees');
  });

  test('a share link opened meanwhile ends the trial', () => {
    const quiz = atResult();
    quiz.send({ type: 'TRY_ANSWER', questionId: 'fees', optionId: 'rare' });
    quiz.send({ type: 'RESTORE', persona: 'builder', answers: ANSWERS, at: 'result', origin: 'shared' });
    expect(quiz.at()).toBe('result');
    expect(quiz.context().trial).toBeNull();
  });
});
