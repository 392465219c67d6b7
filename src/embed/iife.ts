/**
 * The classic-script entry (`dist/ai-layer-quiz.js`): registers
 * `<ai-layer-quiz>` and nothing else. No exports, so the IIFE assigns no
 * global; a second copy of the script finds the element registered and
 * does nothing.
 */
import { devMessage } from '../errors.ts';
import { defineQuizElement } from './define.ts';

try {
  defineQuizElement();
} catch (error) {
  console.error(devMessage('could not register <ai-layer-quiz>; the fallback content stays.'), error);
}
