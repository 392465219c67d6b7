import result from './result.css?inline';
import chart from './chart.css?inline';
import folds from './folds.css?inline';
import table from './table.css?inline';
import share from './share.css?inline';

/** The result screen's styles (see sheets.ts). */
export const resultSheet: string = [result, chart, folds, table, share].join('\n');
