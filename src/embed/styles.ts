/**
 * The widget's CSS, attached to each shadow root as constructable
 * stylesheets shared by every instance: no `<style>` element, so a strict
 * `style-src 'self'` policy has nothing to block. The page's loader brings
 * the first screen's sheet; the quiz adds the question screens' sheet, and
 * the result chunk the result's, each adopted after the ones before it.
 * A browser without constructable stylesheets (before 2023) keeps the
 * blog's fallback content instead of an unstyled quiz.
 */
import { devMessage } from '../errors.ts';

const sheets = new Map<string, CSSStyleSheet>();

export function adoptStyles(root: ShadowRoot, css: string): void {
  if (!('adoptedStyleSheets' in root)) throw new Error(devMessage('this browser has no constructable stylesheets'));
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
