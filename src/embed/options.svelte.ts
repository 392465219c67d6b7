import type { HeadingLevel, QuizOptions, Theme } from '../ui/options.ts';
import type { PersonaId } from '../engine/types.ts';

/**
 * The options handed to the Svelte app, one reactive field each: the element
 * writes to them when an attribute changes and the mounted app updates live.
 * (Fields rather than a deep `$state` object, which would need Svelte's
 * proxies in the question screens' code.)
 */
class ReactiveOptions implements QuizOptions {
  instanceId = $state('');
  persona = $state<PersonaId | null>(null);
  theme = $state<Theme>('auto');
  accent = $state<string | null>(null);
  headingLevel = $state<HeadingLevel>(2);
  shareUrl = $state<string | null>(null);
}

export function reactiveOptions(initial: QuizOptions): QuizOptions {
  return Object.assign(new ReactiveOptions(), initial);
}
