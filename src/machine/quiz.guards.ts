/**
 * The quiz machine's named guards: plain predicates over its context and the
 * event, computed from the bank through the engine.
 */
import { assertEvent } from 'xstate';
import type { Engine } from '../engine/engine.ts';
import type { QuizContext, QuizEvent } from './quiz.events.ts';
import { quizPaths } from './quiz.paths.ts';

interface Args {
  context: QuizContext;
  event: QuizEvent;
}

export function quizGuards(engine: Engine) {
  const paths = quizPaths(engine);
  const onScreen = (context: QuizContext) =>
    paths.applicable(context.persona, context.answers).find((q) => q.id === context.current);
  const trialQuestion = (context: QuizContext) =>
    context.trial &&
    paths.applicable(context.persona, context.trial.answers).find((q) => q.id === context.trial!.current);

  return {
    hasPresetPersona: ({ context }: Args) => context.presetPersona !== null,
    isValidOption: ({ context, event }: Args) => {
      assertEvent(event, 'ANSWER');
      return onScreen(context)?.options.some((o) => o.id === event.optionId) ?? false;
    },
    answersLastQuestion: ({ context, event }: Args) => {
      assertEvent(event, 'ANSWER');
      const answers = { ...context.answers, [context.current!]: event.optionId };
      return paths.nextAfter(context.persona, context.current, answers) === null;
    },
    isOnFirstQuestion: ({ context }: Args) =>
      paths.applicable(context.persona, context.answers)[0]?.id === context.current,
    /** Came to the persona step from a question (Back from the first one), so Back returns there. */
    leftAQuestion: ({ context }: Args) => context.persona !== null && context.current !== null,
    personaAlreadyAnswered: ({ context, event }: Args) => {
      assertEvent(event, 'CHOOSE_PERSONA');
      return paths.firstOpen(event.persona, context.answers) === null;
    },
    hasOtherPersona: ({ context }: Args) => paths.otherPersona(context.persona) !== null,
    otherPersonaAnswered: ({ context }: Args) => {
      const other = paths.otherPersona(context.persona);
      return other !== null && paths.firstOpen(other, context.answers) === null;
    },
    canTry: ({ context, event }: Args) => {
      assertEvent(event, 'TRY_ANSWER');
      return paths.canTry(context.persona, context.answers, event.questionId, event.optionId);
    },
    /** The answer tried brings in a question that has no answer yet. */
    trialAsks: ({ context, event }: Args) => {
      assertEvent(event, 'TRY_ANSWER');
      return paths.trial(context.persona, context.answers, event.questionId, event.optionId).current !== null;
    },
    isValidTrialOption: ({ context, event }: Args) => {
      assertEvent(event, 'ANSWER');
      return trialQuestion(context)?.options.some((o) => o.id === event.optionId) ?? false;
    },
    answersLastTrialQuestion: ({ context, event }: Args) => {
      assertEvent(event, 'ANSWER');
      return paths.answerTrial(context.persona, context.trial!, event.optionId).current === null;
    },
    isRestorable: ({ event }: Args) => {
      assertEvent(event, 'RESTORE');
      const result = engine.evaluate(event.persona, event.answers);
      if (!result.ok) return false;
      if (event.at === 'result') return result.complete;
      return engine.questionsFor(event.persona, event.answers).some((q) => q.id === event.at);
    },
    restoresResult: ({ event }: Args) => {
      assertEvent(event, 'RESTORE');
      return event.at === 'result';
    },
    presetsPersona: ({ event }: Args) => {
      assertEvent(event, 'PRESET_PERSONA');
      return event.persona !== null;
    },
    presetPersonaAlreadyAnswered: ({ context, event }: Args) => {
      assertEvent(event, 'PRESET_PERSONA');
      return event.persona !== null && paths.firstOpen(event.persona, context.answers) === null;
    },
  };
}
