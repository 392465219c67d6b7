import type { SnapshotFrom } from 'xstate';
import type { Bank, PersonaId } from '../../engine/types.ts';
import type { QuizEvent, QuizMachine } from '../quiz.machine.ts';

export type QuizSnapshot = SnapshotFrom<QuizMachine>;
export type Send = (event: QuizEvent) => void;
export type Screen = 'intro' | 'persona' | 'question' | 'result' | 'pending';

export interface ViewBase {
  screen: Screen;
  /** Changes exactly when the reader moves to another step: focus and announcements key on it. */
  key: string;
  /** What the status region says on arriving at this step ('' for nothing). */
  announcement: string;
}

export function personaOf(bank: Bank, id: PersonaId) {
  const persona = bank.personas.find((p) => p.id === id);
  return { id, label: persona?.label ?? id };
}
