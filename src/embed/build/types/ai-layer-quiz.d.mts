// `ai-layer-quiz`: the element module. Hand-written (the element wraps a
// Svelte app that tsc cannot read); the build type-checks a consumer of it.
import type { Answers, OutcomeId, PersonaId, Scores } from './types/engine/index.js';

export * from './types/engine/index.js';

/** The element's tag name. */
export declare const TAG_NAME: 'ai-layer-quiz';

/**
 * Registers `<ai-layer-quiz>` (once: later calls, or a copy of the classic
 * script on the same page, find it registered) and returns its class.
 * Importing this module registers nothing; call this in the browser.
 */
export declare function defineQuizElement(): CustomElementConstructor;

/** `detail` of each event the element dispatches (bubbling, composed). */
export interface QuizEventDetailMap {
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
    /** A link that reopens this result (null while share links are not available). */
    shareUrl: string | null;
  };
  /** The reader shared the result: copied the link, used the device's share sheet, or a share link. */
  'quiz-share': {
    method: 'copy' | 'native' | 'x' | 'linkedin' | 'reddit' | 'email';
    shareUrl: string;
    persona: PersonaId;
    outcome: OutcomeId;
  };
}

export type QuizEventName = keyof QuizEventDetailMap;

/** An event dispatched by `<ai-layer-quiz>`. */
export type QuizEvent<N extends QuizEventName = QuizEventName> = CustomEvent<QuizEventDetailMap[N]>;

/** `<ai-layer-quiz>` as the DOM sees it. Its attributes are its whole API. */
export interface AiLayerQuizElement extends HTMLElement {
  addEventListener<N extends QuizEventName>(
    type: N,
    listener: (this: AiLayerQuizElement, event: QuizEvent<N>) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: AiLayerQuizElement, event: HTMLElementEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<N extends QuizEventName>(
    type: N,
    listener: (this: AiLayerQuizElement, event: QuizEvent<N>) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: AiLayerQuizElement, event: HTMLElementEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-layer-quiz': AiLayerQuizElement;
  }
}
