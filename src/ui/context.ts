import { createContext } from 'svelte';
import type { HeadingLevel } from './options.ts';

/** What every component of one widget shares: its heading level and its status region. */
export interface UiContext {
  readonly headingLevel: HeadingLevel;
  /** Says `message` through the widget's status region (repeating a message announces it again). */
  announce(message: string): void;
}

export const [getUi, setUi] = createContext<UiContext>();
