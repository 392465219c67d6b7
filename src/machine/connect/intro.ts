import type { Engine } from '../../engine/engine.ts';
import type { PersonaId } from '../../engine/types.ts';
import type { QuizSnapshot, Send, ViewBase } from './base.ts';

/** Reading time per question, for the intro's estimate. */
export const SECONDS_PER_QUESTION = 15;

export interface IntroView extends ViewBase {
  screen: 'intro';
  questions: { min: number; max: number };
  minutes: number;
  /** "7–9 questions, about 2 minutes" */
  lengthText: string;
  start(): void;
}

/** Fewest and most questions a reader can be asked, over every path of the given personas. */
export function questionRange(engine: Engine, personas: readonly PersonaId[]): { min: number; max: number } {
  const counts = personas.map((persona) => engine.questionCount(persona));
  return counts.length === 0
    ? { min: 0, max: 0 }
    : { min: Math.min(...counts.map((c) => c.min)), max: Math.max(...counts.map((c) => c.max)) };
}

export function introView(snapshot: QuizSnapshot, send: Send, engine: Engine): IntroView {
  const preset = snapshot.context.presetPersona;
  const personas = preset ? [preset] : engine.bank.personas.map((p) => p.id);
  const questions = questionRange(engine, personas);
  const minutes = Math.max(1, Math.round((questions.max * SECONDS_PER_QUESTION) / 60));
  const count = questions.min === questions.max ? `${questions.max}` : `${questions.min}–${questions.max}`;
  return {
    screen: 'intro',
    key: 'intro',
    announcement: '',
    questions,
    minutes,
    lengthText: `${count} questions, about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
    start: () => send({ type: 'START' }),
  };
}
