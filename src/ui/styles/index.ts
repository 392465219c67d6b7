/**
 * The widget's whole stylesheet as one string, for one constructable
 * stylesheet shared by every instance (no `<style>` elements: strict CSP).
 * One plain .css file per screen or part, in cascade order.
 *
 * Theming (set on `<ai-layer-quiz>` by the host page): the `--alq-*` custom
 * properties and the `::part()` names are documented as `@cssprop` and
 * `@csspart` on the element class (src/embed/element.ts), which feeds
 * custom-elements.json; a test keeps them equal to what the styles and the
 * components really have.
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
