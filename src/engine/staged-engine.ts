/**
 * An engine that starts with the flow alone and is completed with the
 * result part of the bank (and the scoring code) when the result chunk
 * arrives. Until then it knows which questions apply and how many there
 * are, and refuses to score: `evaluate` returns a typed error (kind
 * 'not-ready') instead of a result made of missing weights.
 */
import { devMessage } from '../errors.ts';
import { joinBank, type FlowBank, type ResultPart } from './bank-parts.ts';
import type { Engine } from './engine.ts';
import { questionPaths } from './paths.ts';
import type { Bank } from './types.ts';

export interface StagedEngine extends Engine {
  /** The result part has arrived: the engine scores like any other. */
  readonly ready: boolean;
  /** `create` is the engine's own constructor, which comes with the result chunk. */
  complete(result: ResultPart, create: (bank: Bank) => Engine): void;
}

const NOT_READY = 'the result part of the bank has not arrived yet';

export function stagedEngine(flow: FlowBank): StagedEngine {
  // The flow has every question, option and branch: enough for the questions that apply and their count.
  const bank = flow as unknown as Bank;
  const paths = questionPaths(bank);
  let full: Engine | null = null;
  return {
    // The paths are the same before and after (the result part adds no question, option or branch); the questions
    // themselves come whole, weights and reasons included, once the result part is here.
    ...paths,
    questionsFor: (persona, answers) => (full ?? paths).questionsFor(persona, answers),
    get bank() {
      return full?.bank ?? bank;
    },
    get ready() {
      return full !== null;
    },
    complete(result, create) {
      full ??= create(joinBank(flow, result));
    },
    evaluate: (persona, answers) =>
      full?.evaluate(persona, answers) ?? {
        ok: false,
        kind: 'not-ready',
        id: String(persona),
        message: devMessage(NOT_READY),
      },
    decisionFor: (persona, answers) => {
      if (!full) throw new Error(devMessage(NOT_READY));
      return full.decisionFor(persona, answers);
    },
  };
}
