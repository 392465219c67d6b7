/**
 * The ES module entry (`dist/ai-layer-quiz.mjs`) for bundler users: nothing
 * happens on import; call `defineQuizElement()` to register the element.
 * The engine API comes along for custom UIs and server-side use.
 */
export { defineQuizElement, TAG_NAME } from './define.ts';
export { AiLayerQuizElement, type QuizEvent } from './element.ts';
export type { QuizEventDetailMap, QuizEventName, Theme, HeadingLevel } from '../ui/options.ts';
export * from '../engine/index.ts';
