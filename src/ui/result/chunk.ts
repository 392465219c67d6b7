/**
 * The result chunk: everything a result needs and the question screens do
 * not, fetched while the reader answers. The result screen and its connect
 * layer, the result's styles, the bank's result part (weights, reasons,
 * outcomes), and share links (the code, the registry, the controls).
 */
import resultPart from 'virtual:ai-layer-quiz/bank-result';

export { resultPart };
export { createEngine } from '../../engine/engine.ts';
export { default as ResultStep } from './ResultStep.svelte';
export { default as ShareControls } from '../ShareControls.svelte';
export { resultView } from '../../machine/connect/result.ts';
export { resultSheet } from '../styles/result-sheet.ts';
export { shareSourceFor } from '../../share/default-registry.ts';
export { incomingShare, outdatedNoticeFor, resultShareUrl } from '../../share/connect.ts';

export type ResultChunk = typeof import('./chunk.ts');
