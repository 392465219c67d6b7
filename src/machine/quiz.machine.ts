import { and, assertEvent, assign, setup } from 'xstate';
import type { Engine } from '../engine/engine.ts';
import type { Origin, QuizContext, QuizEvent, QuizInput } from './quiz.events.ts';
import { quizGuards } from './quiz.guards.ts';
import { quizPaths } from './quiz.paths.ts';

export type { Origin, QuizContext, QuizEvent, QuizInput } from './quiz.events.ts';
export type { Trial } from './quiz.paths.ts';

/**
 * The reader's way through the quiz, built from the bank through `engine`:
 * intro → persona → one question at a time → result, and from the result,
 * trying another answer (`trying`) and back. The machine owns where the
 * reader is; scores and progress are derived from context by the engine.
 */
export function createQuizMachine(engine: Engine) {
  const paths = quizPaths(engine);
  return setup({
    types: {
      context: {} as QuizContext,
      events: {} as QuizEvent,
      input: {} as QuizInput,
    },
    guards: quizGuards(engine),
    actions: {
      usePresetPersona: assign({ persona: ({ context }) => context.presetPersona }),
      choosePersona: assign({
        persona: ({ event }) => {
          assertEvent(event, 'CHOOSE_PERSONA');
          return event.persona;
        },
      }),
      switchPersona: assign({ persona: ({ context }) => paths.otherPersona(context.persona) }),
      goToFirstOpenQuestion: assign({
        current: ({ context }) => paths.firstOpen(context.persona, context.answers),
      }),
      goToFirstQuestion: assign({
        current: ({ context }) => paths.applicable(context.persona, context.answers)[0]?.id ?? null,
      }),
      recordAnswer: assign({
        answers: ({ context, event }) => {
          assertEvent(event, 'ANSWER');
          return { ...context.answers, [context.current!]: event.optionId };
        },
      }),
      goToNextQuestion: assign({
        current: ({ context }) => paths.nextAfter(context.persona, context.current, context.answers),
      }),
      goToPreviousQuestion: assign({
        current: ({ context }) => {
          const questions = paths.applicable(context.persona, context.answers);
          const index = questions.findIndex((q) => q.id === context.current);
          return questions[index - 1]?.id ?? null;
        },
      }),
      leaveQuestions: assign({ current: null }),
      goToLastQuestion: assign({
        current: ({ context }) => paths.applicable(context.persona, context.answers).at(-1)?.id ?? null,
      }),
      startTrial: assign({
        trial: ({ context, event }) => {
          assertEvent(event, 'TRY_ANSWER');
          return paths.trial(context.persona, context.answers, event.questionId, event.optionId);
        },
      }),
      recordTrialAnswer: assign({
        trial: ({ context, event }) => {
          assertEvent(event, 'ANSWER');
          return paths.answerTrial(context.persona, context.trial!, event.optionId);
        },
      }),
      endTrial: assign({ trial: null }),
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
      trial: null,
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
          BACK: [{ guard: 'leftAQuestion', target: 'question' }, { target: 'intro' }],
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
          CHANGE_PERSONA: [
            { guard: 'otherPersonaAnswered', target: 'result', actions: 'switchPersona' },
            { guard: 'hasOtherPersona', actions: ['switchPersona', 'goToFirstOpenQuestion'] },
          ],
          RESTART: { target: 'intro', actions: 'forgetEverything' },
        },
      },
      result: {
        entry: 'leaveQuestions',
        on: {
          BACK: { target: 'question', actions: 'goToLastQuestion' },
          CHANGE_PERSONA: [
            { guard: 'otherPersonaAnswered', target: 'result', reenter: true, actions: 'switchPersona' },
            { guard: 'hasOtherPersona', target: 'question', actions: ['switchPersona', 'goToFirstOpenQuestion'] },
          ],
          RESTART: { target: 'intro', actions: 'forgetEverything' },
          TRY_ANSWER: [
            { guard: and(['canTry', 'trialAsks']), target: 'trying.question', actions: 'startTrial' },
            { guard: 'canTry', target: 'trying.result', actions: 'startTrial' },
          ],
        },
      },
      // A result with one answer changed: nothing here touches the reader's answers, saves progress or tells the page.
      trying: {
        exit: 'endTrial',
        on: {
          BACK_TO_MINE: 'result',
          TRY_ANSWER: [
            { guard: and(['canTry', 'trialAsks']), target: '.question', actions: 'startTrial' },
            { guard: 'canTry', target: '.result', actions: 'startTrial' },
          ],
        },
        initial: 'result',
        states: {
          question: {
            on: {
              ANSWER: [
                {
                  guard: and(['isValidTrialOption', 'answersLastTrialQuestion']),
                  target: 'result',
                  actions: 'recordTrialAnswer',
                },
                { guard: 'isValidTrialOption', actions: 'recordTrialAnswer' },
              ],
            },
          },
          result: {},
        },
      },
    },
  });
}

export type QuizMachine = ReturnType<typeof createQuizMachine>;
