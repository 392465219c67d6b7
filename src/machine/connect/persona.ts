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
