import type { QuizOptions } from '../ui/options.ts';

/**
 * The options handed to the Svelte app, as deep reactive state: the element
 * writes to it when an attribute changes and the mounted app updates live.
 */
export function reactiveOptions(initial: QuizOptions): QuizOptions {
  const options = $state(initial);
  return options;
}
