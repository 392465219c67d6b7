/** What the quiz machine keeps and what it hears: its context, input and events. */
import type { Answers, OptionId, PersonaId, QuestionId } from '../engine/types.ts';
import type { Trial } from './quiz.paths.ts';

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
  /** Another answer tried from the result, while in `trying`; never written into `answers`. */
  trial: Trial | null;
}

export interface QuizInput {
  presetPersona?: PersonaId | null;
}

export type QuizEvent =
  | { type: 'START' }
  | { type: 'CHOOSE_PERSONA'; persona: PersonaId }
  /** Switches to the other persona, keeping every answer: its first open question, or its result. */
  | { type: 'CHANGE_PERSONA' }
  | { type: 'ANSWER'; optionId: OptionId }
  | { type: 'BACK' }
  | { type: 'RESTART' }
  /** From a result: shows the result with one answer changed (asking first any question it brings in). */
  | { type: 'TRY_ANSWER'; questionId: QuestionId; optionId: OptionId }
  /** From a tried result: back to the reader's own. */
  | { type: 'BACK_TO_MINE' }
  | { type: 'PRESET_PERSONA'; persona: PersonaId | null }
  | {
      type: 'RESTORE';
      persona: PersonaId;
      answers: Answers;
      /** A question id to resume at, or 'result'. */
      at: QuestionId | 'result';
      origin: Exclude<Origin, 'fresh'>;
    };
