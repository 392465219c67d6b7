/**
 * The widget's whole stylesheet as one string, for one constructable
 * stylesheet shared by every instance (no `<style>` elements: strict CSP).
 *
 * Theming (set on `<ai-layer-quiz>` by the host page): see theme.css for the
 * `--alq-*` custom properties. `::part()` names:
 *   root, status, heading, subheading, intro, persona, choice, question,
 *   progress, option, error, button (also: primary, back), result, chart,
 *   reasons, investor, disclaimer, share, notice.
 */
import host from './host.css?inline';
import theme from './theme.css?inline';
import widget from './widget.css?inline';
import share from './share.css?inline';

const css: string = [host, theme, widget, share].join('\n');
export default css;
