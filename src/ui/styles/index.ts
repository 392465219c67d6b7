/**
 * The widget's whole stylesheet as one string, for one constructable
 * stylesheet shared by every instance (no `<style>` elements: strict CSP).
 *
 * Theming (set on `<ai-layer-quiz>` by the host page): the `--alq-*` custom
 * properties and the `::part()` names are documented as `@cssprop` and
 * `@csspart` on the element class (src/embed/element.ts), which feeds
 * custom-elements.json; a test keeps them equal to what the styles and the
 * components really have.
 */
import host from './host.css?inline';
import theme from './theme.css?inline';
import widget from './widget.css?inline';
import share from './share.css?inline';

const css: string = [host, theme, widget, share].join('\n');
export default css;
