import { TAG_NAME } from './attributes.ts';
import { AiLayerQuizElement } from './element.ts';

export { TAG_NAME };

/**
 * Registers `<ai-layer-quiz>` unless it is registered already (say, by a
 * second copy of the script), and returns the registered class. Call it in
 * the browser; importing the module registers nothing.
 */
export function defineQuizElement(): typeof AiLayerQuizElement {
  const existing = customElements.get(TAG_NAME) as typeof AiLayerQuizElement | undefined;
  if (existing) return existing;
  customElements.define(TAG_NAME, AiLayerQuizElement);
  return AiLayerQuizElement;
}
