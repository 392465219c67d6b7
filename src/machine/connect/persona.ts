import type { Bank, PersonaId } from '../../engine/types.ts';
import type { QuizSnapshot, Send, ViewBase } from './base.ts';

export interface PersonaChoice {
  id: PersonaId;
  label: string;
  hint: string;
  /** The persona the reader had before choosing to change it. */
  current: boolean;
}

export interface PersonaView extends ViewBase {
  screen: 'persona';
  choices: PersonaChoice[];
  choose(persona: PersonaId): void;
  back(): void;
}

export function personaView(snapshot: QuizSnapshot, send: Send, bank: Bank): PersonaView {
  return {
    screen: 'persona',
    key: 'persona',
    announcement: '',
    choices: bank.personas.map((p) => ({
      id: p.id,
      label: p.label,
      hint: p.hint,
      current: p.id === snapshot.context.persona,
    })),
    choose: (persona) => send({ type: 'CHOOSE_PERSONA', persona }),
    back: () => send({ type: 'BACK' }),
  };
}

/** The switch offered on questions and results: straight to the other persona's questions (or its result). */
export interface SwitchView {
  /** "Switch to investing" */
  label: string;
  go(): void;
}

const SWITCH_LABEL: Record<PersonaId, string> = {
  builder: 'Switch to building',
  investor: 'Switch to investing',
};

export function switchView(snapshot: QuizSnapshot, send: Send, bank: Bank): SwitchView | null {
  const other = bank.personas.find((p) => p.id !== snapshot.context.persona);
  return other ? { label: SWITCH_LABEL[other.id], go: () => send({ type: 'CHANGE_PERSONA' }) } : null;
}
