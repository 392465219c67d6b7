/**
 * The public engine API: pure TypeScript, no DOM. Bound to the default
 * question bank, which is validated when it is built.
 */
import defaultBank from 'virtual:ai-layer-quiz/bank';
import { createEngine } from './engine.ts';

export type * from './types.ts';
export { OUTCOME_IDS, PERSONA_IDS } from './types.ts';
export { createEngine, type Engine } from './engine.ts';

export const engine = createEngine(defaultBank);
export const bank = engine.bank;
export const questionsFor = engine.questionsFor;
export const evaluate = engine.evaluate;
