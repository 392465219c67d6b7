import { and, assertEvent, assign, setup } from 'xstate';
import type { Engine } from '../engine/engine.ts';
import type { Answers, OptionId, PersonaId, QuestionId } from '../engine/types.ts';

/** Where a restored state came from: the reader's own saved progress, or someone's share link. */
export type Origin = 'fresh' | 'saved' | 'shared';

export interface QuizContext {
  /** Set by the embed: skips the persona step. */
  presetPersona: PersonaId | null;
  persona: PersonaId | null;
  /** Every answer given, kept across Back and persona switches; the engine counts only those that apply. */
  answers: Answers;
  /** The question on screen while in `question`. */
  current: QuestionId | null;
  origin: Origin;
}

export interface QuizInput {
  presetPersona?: PersonaId | null;
}

export type QuizEvent =
  | { type: 'START' }
  | { type: 'CHOOSE_PERSONA'; persona: PersonaId }
  | { type: 'CHANGE_PERSONA' }
  | { type: 'ANSWER'; optionId: OptionId }
  | { type: 'BACK' }
  | { type: 'RESTART' }
  | { type: 'PRESET_PERSONA'; persona: PersonaId | null }
  | {
      type: 'RESTORE';
      persona: PersonaId;
      answers: Answers;
      /** A question id to resume at, or 'result'. */
      at: QuestionId | 'result';
      origin: Exclude<Origin, 'fresh'>;
    };

/**
 * The reader's way through the quiz, built from the bank through `engine`:
 * intro → persona → one question at a time → result. The machine owns where
 * the reader is; scores and progress are derived from context by the engine.
 */
export function createQuizMachine(engine: Engine) {
  const applicable = (context: QuizContext, answers: Answers = context.answers) =>
    context.persona ? engine.questionsFor(context.persona, answers) : [];

  /** The question after `from` once `answers` are in; null at the end. */
  const nextAfter = (context: QuizContext, from: QuestionId | null, answers: Answers) => {
    const questions = applicable(context, answers);
    const index = from === null ? -1 : questions.findIndex((q) => q.id === from);
    return questions[index + 1]?.id ?? null;
  };

  /** Where a reader lands after picking a persona: the first question without an answer, else the result. */
  const firstOpen = (persona: PersonaId, answers: Answers) =>
    engine.questionsFor(persona, answers).find((q) => answers[q.id] === undefined)?.id ?? null;

  return setup({
    types: {
      context: {} as QuizContext,
      events: {} as QuizEvent,
      input: {} as QuizInput,
    },
    guards: {
      hasPresetPersona: ({ context }) => context.presetPersona !== null,
      isValidOption: ({ context, event }) => {
        assertEvent(event, 'ANSWER');
        const question = applicable(context).find((q) => q.id === context.current);
        return question?.options.some((o) => o.id === event.optionId) ?? false;
      },
      answersLastQuestion: ({ context, event }) => {
        assertEvent(event, 'ANSWER');
        const answers = { ...context.answers, [context.current!]: event.optionId };
        return nextAfter(context, context.current, answers) === null;
      },
      isOnFirstQuestion: ({ context }) => applicable(context)[0]?.id === context.current,
      /** Came to the persona step from a question (Change persona), so Back returns there. */
      leftAQuestion: ({ context }) => context.persona !== null && context.current !== null,
      /** Came to the persona step from the result. */
      leftTheResult: ({ context }) => context.persona !== null && firstOpen(context.persona, context.answers) === null,
      personaAlreadyAnswered: ({ context, event }) => {
        assertEvent(event, 'CHOOSE_PERSONA');
        return firstOpen(event.persona, context.answers) === null;
      },
      isRestorable: ({ event }) => {
        assertEvent(event, 'RESTORE');
        const result = engine.evaluate(event.persona, event.answers);
        if (!result.ok) return false;
        if (event.at === 'result') return result.complete;
        return engine.questionsFor(event.persona, event.answers).some((q) => q.id === event.at);
      },
      restoresResult: ({ event }) => {
        assertEvent(event, 'RESTORE');
        return event.at === 'result';
      },
      presetsPersona: ({ event }) => {
        assertEvent(event, 'PRESET_PERSONA');
        return event.persona !== null;
      },
      presetPersonaAlreadyAnswered: ({ context, event }) => {
        assertEvent(event, 'PRESET_PERSONA');
        return event.persona !== null && firstOpen(event.persona, context.answers) === null;
      },
    },
    actions: {
      usePresetPersona: assign({ persona: ({ context }) => context.presetPersona }),
      choosePersona: assign({
        persona: ({ event }) => {
          assertEvent(event, 'CHOOSE_PERSONA');
          return event.persona;
        },
      }),
      goToFirstOpenQuestion: assign({
        current: ({ context }) => firstOpen(context.persona!, context.answers),
      }),
      goToFirstQuestion: assign({ current: ({ context }) => applicable(context)[0]?.id ?? null }),
      recordAnswer: assign({
        answers: ({ context, event }) => {
          assertEvent(event, 'ANSWER');
          return { ...context.answers, [context.current!]: event.optionId };
        },
      }),
      goToNextQuestion: assign({
        current: ({ context }) => nextAfter(context, context.current, context.answers),
      }),
      goToPreviousQuestion: assign({
        current: ({ context }) => {
          const questions = applicable(context);
          const index = questions.findIndex((q) => q.id === context.current);
          return questions[index - 1]?.id ?? null;
        },
      }),
      leaveQuestions: assign({ current: null }),
      goToLastQuestion: assign({ current: ({ context }) => applicable(context).at(-1)?.id ?? null }),
      forgetEverything: assign({
        persona: ({ context }) => context.presetPersona,
        answers: {},
        current: null,
        origin: 'fresh' as Origin,
      }),
      setPresetPersona: assign({
        presetPersona: ({ event }) => {
          assertEvent(event, 'PRESET_PERSONA');
          return event.persona;
        },
      }),
      restore: assign(({ event }) => {
        assertEvent(event, 'RESTORE');
        return {
          persona: event.persona,
          answers: { ...event.answers },
          current: event.at === 'result' ? null : event.at,
          origin: event.origin,
        };
      }),
    },
  }).createMachine({
    id: 'quiz',
    context: ({ input }) => ({
      presetPersona: input.presetPersona ?? null,
      persona: input.presetPersona ?? null,
      answers: {},
      current: null,
      origin: 'fresh',
    }),
    initial: 'intro',
    on: {
      RESTORE: [
        { guard: and(['isRestorable', 'restoresResult']), target: '.result', actions: 'restore' },
        { guard: 'isRestorable', target: '.question', actions: 'restore' },
      ],
      PRESET_PERSONA: { actions: 'setPresetPersona' },
    },
    states: {
      intro: {
        on: {
          START: [
            { guard: 'hasPresetPersona', target: 'question', actions: ['usePresetPersona', 'goToFirstQuestion'] },
            { target: 'persona' },
          ],
        },
      },
      persona: {
        on: {
          CHOOSE_PERSONA: [
            { guard: 'personaAlreadyAnswered', target: 'result', actions: 'choosePersona' },
            { target: 'question', actions: ['choosePersona', 'goToFirstOpenQuestion'] },
          ],
          BACK: [
            { guard: 'leftAQuestion', target: 'question' },
            { guard: 'leftTheResult', target: 'result' },
            { target: 'intro' },
          ],
          PRESET_PERSONA: [
            // Every question of the preset persona already answered: straight to its result.
            {
              guard: 'presetPersonaAlreadyAnswered',
              target: 'result',
              actions: ['setPresetPersona', 'usePresetPersona'],
            },
            {
              guard: 'presetsPersona',
              target: 'question',
              actions: ['setPresetPersona', 'usePresetPersona', 'goToFirstOpenQuestion'],
            },
          ],
        },
      },
      question: {
        on: {
          ANSWER: [
            { guard: and(['isValidOption', 'answersLastQuestion']), target: 'result', actions: 'recordAnswer' },
            { guard: 'isValidOption', actions: ['recordAnswer', 'goToNextQuestion'] },
          ],
          BACK: [
            { guard: and(['isOnFirstQuestion', 'hasPresetPersona']), target: 'intro' },
            { guard: 'isOnFirstQuestion', target: 'persona' },
            { actions: 'goToPreviousQuestion' },
          ],
          CHANGE_PERSONA: 'persona',
          RESTART: { target: 'intro', actions: 'forgetEverything' },
        },
      },
      result: {
        entry: 'leaveQuestions',
        on: {
          BACK: { target: 'question', actions: 'goToLastQuestion' },
          CHANGE_PERSONA: 'persona',
          RESTART: { target: 'intro', actions: 'forgetEverything' },
        },
      },
    },
  });
}

export type QuizMachine = ReturnType<typeof createQuizMachine>;
