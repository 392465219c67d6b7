/** Drives the quiz machine over the mini bank and returns the connect layer's view of where it ends. */
import { expect, vi } from 'vitest';
import { createActor } from 'xstate';
import { miniEngine } from '../fixtures/mini-bank.ts';
import type { PersonaId } from '../../src/engine/types.ts';
import { resultView } from '../../src/machine/connect/result.ts';
import { connect, type QuizView, type ResultView } from '../../src/machine/quiz.connect.ts';
import { createQuizMachine, type QuizEvent } from '../../src/machine/quiz.machine.ts';

const machine = createQuizMachine(miniEngine);

/** Runs `events` through a fresh quiz and returns the view of where it ends, plus what the view's actions send. */
export function viewAfter(events: QuizEvent[], presetPersona: PersonaId | null = null) {
  const actor = createActor(machine, { input: { presetPersona } }).start();
  for (const event of events) actor.send(event);
  const send = vi.fn<(event: QuizEvent) => void>();
  const view = connect(actor.getSnapshot(), send, miniEngine, resultView);
  return { view, send, snapshot: actor.getSnapshot() };
}

export function as<S extends QuizView['screen']>(view: QuizView, screen: S) {
  expect(view.screen).toBe(screen);
  return view as Extract<QuizView, { screen: S }>;
}

export const answering = (persona: PersonaId, ...optionIds: string[]): QuizEvent[] => [
  { type: 'START' },
  { type: 'CHOOSE_PERSONA', persona },
  ...optionIds.map((optionId): QuizEvent => ({ type: 'ANSWER', optionId })),
];

export const resultAfter = (events: QuizEvent[]) => as(viewAfter(events).view, 'result') as ResultView;

export const resultOf = (persona: PersonaId, ...optionIds: string[]) => resultAfter(answering(persona, ...optionIds));
