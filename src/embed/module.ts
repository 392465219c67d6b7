/**
 * The ES module entry (`dist/ai-layer-quiz.mjs`) for bundler users: nothing
 * happens on import; call `defineQuizElement()` to register the element.
 * The quiz itself is a chunk of its own, fetched when a widget needs it, as
 * the script tag's loader does. The engine API comes along for custom UIs
 * and server-side use.
 */
import { defineElement } from './define.ts';
import type { AiLayerQuizElement } from './element.ts';

export { TAG_NAME } from './define.ts';
export { AiLayerQuizElement, type QuizEvent } from './element.ts';
export type { QuizEventDetailMap, QuizEventName, Theme, HeadingLevel } from '../ui/options.ts';
export * from '../engine/index.ts';

/**
 * Registers `<ai-layer-quiz>` unless it is registered already (say, by the
 * script tag's copy), and returns the registered class.
 */
export function defineQuizElement(): typeof AiLayerQuizElement {
  return defineElement(() => import('./quiz-module.ts'));
}
