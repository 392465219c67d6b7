/**
 * The classic-script entry (`dist/ai-layer-quiz.js`), the page's loader:
 * registers `<ai-layer-quiz>`, which shows its first screen at once and
 * fetches the quiz (`quiz/index.js` next to this file) when it is needed.
 * No exports, so the IIFE assigns no global; a second copy of the script
 * finds the element registered and does nothing.
 */
import { devMessage } from '../errors.ts';
import type { QuizModule } from './app-contract.ts';
import { defineElement } from './define.ts';
import { loaderUrl, quizUrl } from './script-url.ts';

// Read while this script runs: later, currentScript names another script or none.
const loader = loaderUrl();

try {
  defineElement(() => {
    if (!loader) return Promise.reject(new Error(devMessage('no script named ai-layer-quiz.js found')));
    return import(/* @vite-ignore */ quizUrl(loader)) as Promise<QuizModule>;
  });
} catch (error) {
  console.error(devMessage('could not register <ai-layer-quiz>; the fallback content stays.'), error);
}
