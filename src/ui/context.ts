import { createContext } from 'svelte';
import type { Citation } from '../engine/types.ts';
import type { HeadingLevel } from './options.ts';

/** What every component of one widget shares: its heading level, its status region, and the page around it. */
export interface UiContext {
  readonly headingLevel: HeadingLevel;
  /** Says `message` through the widget's status region (repeating a message announces it again). */
  announce(message: string): void;
  /** A link to the cited section on the page around the widget, when the page has it as a heading with an id. */
  sourceHref(cite: Citation): string | null;
}

export const [getUi, setUi] = createContext<UiContext>();
