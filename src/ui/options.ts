import type { Answers, OutcomeId, PersonaId, Scores } from '../engine/types.ts';

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

/**
 * `detail` of each event the element dispatches: the published types come
 * from here, and `QuizHost.emit` only accepts these shapes.
 */
export type QuizEventDetailMap = {
  /** The reader pressed Start. `persona` is null until chosen (unless preset). */
  'quiz-start': { persona: PersonaId | null };
  /** The reader answered a question and went on. */
  'quiz-answer': { questionId: string; optionId: string; persona: PersonaId | null };
  /** The reader reached a result. */
  'quiz-complete': {
    persona: PersonaId;
    answers: Answers;
    outcome: OutcomeId;
    /** 0–100 per outcome: what the result's chart shows. */
    fit: Scores;
    /** Raw points (may be negative). */
    scores: Scores;
    bankVersion: number;
    /** A link that reopens this result (null when share links are not available for this bank). */
    shareUrl: string | null;
  };
  /**
   * The reader shared the result: copied its link, used the device's share sheet (`native`), or a share link.
   * `method` is spelled out rather than taken from src/share (whose types reach the machine's and XState's):
   * the compiler still checks that every method the share controls report is listed here.
   */
  'quiz-share': {
    method: 'copy' | 'native' | 'x' | 'linkedin' | 'reddit' | 'email';
    shareUrl: string;
    persona: PersonaId;
    outcome: OutcomeId;
  };
};

export type QuizEventName = keyof QuizEventDetailMap;

/** The page around the widget, as the UI may use it. The embed provides it; tests provide fakes. */
export interface QuizHost {
  /** Dispatches a bubbling, composed CustomEvent on the element. */
  emit<N extends QuizEventName>(name: N, detail: QuizEventDetailMap[N]): void;
  /** sessionStorage when it can be used, else null. Every call may still throw (quota, privacy mode). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Listens to `type` on window while the widget is on the page; returns a function that stops listening. */
  listen(type: 'hashchange', listener: () => void): () => void;
}

export const DEFAULT_OPTIONS: Omit<QuizOptions, 'instanceId'> = {
  persona: null,
  theme: 'auto',
  accent: null,
  headingLevel: 2,
  shareUrl: null,
};
