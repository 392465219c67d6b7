/**
 * What the element (in the page's loader) and the quiz (loaded when needed)
 * agree on. The loader knows the element, the intro and when to load; the
 * quiz module mounts the Svelte app over the intro.
 */
import type { QuizOptions } from '../ui/options.ts';

export interface MountIntent {
  /** The reader pressed Start before the quiz arrived: start at once. */
  start: boolean;
  /** Start had focus: the quiz's Start gets it. */
  focusStart: boolean;
}

/** A mounted quiz, as its element drives it. */
export interface QuizHandle {
  /** The element's options changed (an attribute or property). */
  update(options: QuizOptions): void;
  /** The element left the page: stop hearing the page (window listeners), keep the quiz as it is. */
  pause(): void;
  /** The element is back on the page: focus goes back where it was inside the widget. */
  resume(): void;
}

export interface QuizModule {
  /**
   * Mounts the quiz into `element`'s shadow root `root`, next to the intro the loader shows, and
   * resolves once it is on screen; the element then takes its intro away in
   * the same task, so no frame shows both or neither.
   */
  mountQuiz(element: HTMLElement, root: ShadowRoot, options: QuizOptions, intent: MountIntent): Promise<QuizHandle>;
}

/** Imports the quiz module: always the same URL, so every widget, remount and retry shares one instance of it. */
export type QuizLoader = () => Promise<QuizModule>;
