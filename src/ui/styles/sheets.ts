/**
 * The widget's styles as three stylesheets, one per part that loads on its
 * own: the first screen's (with the loader), the question screens' (with the
 * quiz), the result's (with the result chunk). Plain .css files, in cascade
 * order; each sheet is adopted after the ones before it.
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
import intro from './intro.css?inline';

export const introSheet: string = [host, theme, base, intro].join('\n');
