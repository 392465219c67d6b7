/**
 * Where the reader goes next, computed from the bank through the engine: the
 * question after this one, the first one still open, the other persona, and
 * what trying a different answer on the result brings in. Pure helpers for
 * the quiz machine's guards and actions.
 */
import type { Engine } from '../engine/engine.ts';
import type { Answers, OptionId, PersonaId, QuestionId } from '../engine/types.ts';

/**
 * "What if I had answered this instead?", tried from the result. The reader's
 * own answers stay as they are; the trial keeps its own copy.
 */
export interface Trial {
  /** The one answer changed, as the reader picked it from the result. */
  questionId: QuestionId;
  optionId: OptionId;
  /** The reader's answers with that one changed, plus answers given to the questions it brought in. */
  answers: Answers;
  /** A question the changed answer brings in that has no answer yet; null once the tried result can show. */
  current: QuestionId | null;
}

export function quizPaths(engine: Engine) {
  const applicable = (persona: PersonaId | null, answers: Answers) =>
    persona ? engine.questionsFor(persona, answers) : [];

  /** The first question without an answer among those that apply; null when every one has an answer. */
  const firstOpen = (persona: PersonaId | null, answers: Answers) =>
    applicable(persona, answers).find((q) => answers[q.id] === undefined)?.id ?? null;

  return {
    applicable,
    firstOpen,

    /** The question after `from` once `answers` are in; null at the end. */
    nextAfter(persona: PersonaId | null, from: QuestionId | null, answers: Answers): QuestionId | null {
      const questions = applicable(persona, answers);
      const index = from === null ? -1 : questions.findIndex((q) => q.id === from);
      return questions[index + 1]?.id ?? null;
    },

    /** The persona a reader of `persona` switches to (the bank has two); null when there is none. */
    otherPersona(persona: PersonaId | null): PersonaId | null {
      return engine.bank.personas.find((p) => p.id !== persona)?.id ?? null;
    },

    /** Whether `optionId` is another answer to a question the reader was asked. */
    canTry(persona: PersonaId | null, answers: Answers, questionId: QuestionId, optionId: OptionId): boolean {
      const question = applicable(persona, answers).find((q) => q.id === questionId);
      return answers[questionId] !== optionId && (question?.options.some((o) => o.id === optionId) ?? false);
    },

    /** The trial of one changed answer; it asks first any question that answer brings in without an answer yet. */
    trial(persona: PersonaId | null, answers: Answers, questionId: QuestionId, optionId: OptionId): Trial {
      const tried = { ...answers, [questionId]: optionId };
      return { questionId, optionId, answers: tried, current: firstOpen(persona, tried) };
    },

    /** The trial with `optionId` as the answer to its open question, moved on to the next open one. */
    answerTrial(persona: PersonaId | null, trial: Trial, optionId: OptionId): Trial {
      const answers = { ...trial.answers, [trial.current!]: optionId };
      return { ...trial, answers, current: firstOpen(persona, answers) };
    },
  };
}
