/**
 * The widget's whole stylesheet as one string, for one constructable
 * stylesheet shared by every instance (no `<style>` elements: strict CSP).
 * One plain .css file per screen or part, in cascade order.
 *
 * Theming (set on `<ai-layer-quiz>` by the host page): see theme.css for the
 * `--alq-*` custom properties. `::part()` names:
 *   root, status, heading, subheading, intro, persona, choice, question,
 *   progress, option, error, button (also: primary, back, try), result,
 *   verdict, trial, chart, reasons, fold, source-link, disclaimer, share, notice.
 */
import host from './host.css?inline';
import theme from './theme.css?inline';
import base from './base.css?inline';
import persona from './persona.css?inline';
import question from './question.css?inline';
import result from './result.css?inline';
import chart from './chart.css?inline';
import folds from './folds.css?inline';
import table from './table.css?inline';
import share from './share.css?inline';

const css: string = [host, theme, base, persona, question, result, chart, folds, table, share].join('\n');
export default css;
