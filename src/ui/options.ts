import type { PersonaId } from '../engine/types.ts';

export type Theme = 'light' | 'dark' | 'auto';
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** What the blog owner sets on `<ai-layer-quiz>`, already validated by the embed. */
export interface QuizOptions {
  /** Distinguishes widgets on one page: progress keys, share links, element ids. */
  instanceId: string;
  /** Preselected persona: skips the persona step. */
  persona: PersonaId | null;
  theme: Theme;
  /** A CSS colour the embed has checked parses; the UI derives readable text on it. */
  accent: string | null;
  /** Level of the widget's top heading, to fit the host article's outline (default 2). */
  headingLevel: HeadingLevel;
  /** Base URL for share links; null means the page URL. */
  shareUrl: string | null;
}

export type QuizEventName = 'quiz-start' | 'quiz-answer' | 'quiz-complete' | 'quiz-share';

/** The page around the widget, as the UI may use it. The embed provides it; tests provide fakes. */
export interface QuizHost {
  /** Dispatches a bubbling, composed CustomEvent on the element. */
  emit(name: QuizEventName, detail: Record<string, unknown>): void;
  /** sessionStorage when it can be used, else null. Every call may still throw (quota, privacy mode). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

export const DEFAULT_OPTIONS: Omit<QuizOptions, 'instanceId'> = {
  persona: null,
  theme: 'auto',
  accent: null,
  headingLevel: 2,
  shareUrl: null,
};
