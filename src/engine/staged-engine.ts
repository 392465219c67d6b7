/**
 * An engine that starts with the flow alone and is completed with the
 * result part when it arrives. Until then it knows which questions apply and
 * how many there are, and refuses to score: `evaluate` returns a typed error
 * (kind 'not-ready') instead of a result made of missing weights.
 */
import { devMessage } from '../errors.ts';
import { joinBank, type FlowBank, type ResultPart } from './bank-parts.ts';
import { createEngine, type Engine } from './engine.ts';
import type { Bank } from './types.ts';

export interface StagedEngine extends Engine {
  /** The result part has arrived: the engine scores like any other. */
  readonly ready: boolean;
  complete(result: ResultPart): void;
}

export function stagedEngine(flow: FlowBank): StagedEngine {
  // The flow has every question, option and branch: enough for the questions that apply and their count.
  let current = createEngine(flow as unknown as Bank);
  let ready = false;
  const scoring = <T>(run: () => T): T => {
    if (!ready) throw new Error(devMessage('the result part of the bank has not arrived yet'));
    return run();
  };
  return {
    get bank() {
      return current.bank;
    },
    get ready() {
      return ready;
    },
    complete(result) {
      if (ready) return;
      current = createEngine(joinBank(flow, result));
      ready = true;
    },
    questionsFor: (persona, answers) => current.questionsFor(persona, answers),
    questionCount: (persona) => current.questionCount(persona),
    countPaths: (persona) => current.countPaths(persona),
    forEachPath: (persona, visit) => current.forEachPath(persona, visit),
    evaluate: (persona, answers) =>
      ready
        ? current.evaluate(persona, answers)
        : {
            ok: false,
            kind: 'not-ready',
            id: String(persona),
            message: devMessage('the result part of the bank has not arrived yet'),
          },
    decisionFor: (persona, answers) => scoring(() => current.decisionFor(persona, answers)),
  };
}
