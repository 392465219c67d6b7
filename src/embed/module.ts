/**
 * The ES module entry (`dist/ai-layer-quiz.mjs`) for bundler users: nothing
 * happens on import; call `defineQuizElement()` to register the element.
 * The engine API comes along for custom UIs and server-side use.
 */
export { defineQuizElement, TAG_NAME } from './element.ts';
export * from '../engine/index.ts';
