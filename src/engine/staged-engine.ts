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
import { applicableQuestions, countPaths, forEachPath, questionIndex, wordedIndex } from './paths.ts';
import type { Bank, PersonaId } from './types.ts';

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
  const byId = questionIndex(bank);
  const worded = new Map(bank.personas.map((p) => [p.id, wordedIndex(bank, p.id)]));
  let full: Engine | null = null;
  const scoring = (): Engine => {
    if (!full) throw new Error(devMessage(NOT_READY));
    return full;
  };
  return {
    get bank() {
      return full?.bank ?? bank;
    },
    get ready() {
      return full !== null;
    },
    complete(result, create) {
      full ??= create(joinBank(flow, result));
    },
    questionsFor: (persona, answers) =>
      full?.questionsFor(persona, answers) ?? applicableQuestions(bank, worded.get(persona) ?? byId, persona, answers),
    questionCount: (persona: PersonaId) => {
      const { min, max } = countPaths(bank, byId, persona);
      return { min, max };
    },
    countPaths: (persona) => countPaths(bank, byId, persona),
    forEachPath: (persona, visit) => forEachPath(bank, byId, persona, visit),
    evaluate: (persona, answers) =>
      full?.evaluate(persona, answers) ?? {
        ok: false,
        kind: 'not-ready',
        id: String(persona),
        message: devMessage(NOT_READY),
      },
    decisionFor: (persona, answers) => scoring().decisionFor(persona, answers),
  };
}
