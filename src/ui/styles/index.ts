/** The whole stylesheet, the three sheets of sheets.ts in their order (for tests that read it as one). */
import { introSheet } from './sheets.ts';
import { flowSheet } from './flow-sheet.ts';
import { resultSheet } from './result-sheet.ts';

const css: string = [introSheet, flowSheet, resultSheet].join('\n');
export default css;
