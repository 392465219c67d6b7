import { TAG_NAME } from './attributes.ts';
import type { QuizLoader } from './app-contract.ts';
import { AiLayerQuizElement, setQuizLoader } from './element.ts';

export { TAG_NAME };

/**
 * Registers `<ai-layer-quiz>` unless it is registered already (say, by a
 * second copy of the script), and returns the registered class. `loadQuiz`
 * fetches the quiz when a widget needs it. Call it in the browser; importing
 * the module registers nothing.
 */
export function defineElement(loadQuiz: QuizLoader): typeof AiLayerQuizElement {
  const existing = customElements.get(TAG_NAME) as typeof AiLayerQuizElement | undefined;
  if (existing) return existing;
  setQuizLoader(loadQuiz);
  customElements.define(TAG_NAME, AiLayerQuizElement);
  return AiLayerQuizElement;
}
