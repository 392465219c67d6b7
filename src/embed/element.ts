/**
 * `<ai-layer-quiz>`: our own custom element, in the page's loader.
 *
 * - An open shadow root without a `<slot>`: the blog's fallback content
 *   inside the element shows until the element upgrades, then is hidden.
 * - It shows the first screen at once, as plain DOM, and fetches the quiz
 *   when it is needed; the quiz then mounts over the intro (quiz-mount.ts).
 * - Constructable stylesheets shared by every instance (styles.ts).
 * - Attributes are parsed once when they change (so an invalid value warns
 *   once) into options the quiz reads live; the properties mirror them
 *   (src/embed/properties.ts).
 * - Nothing throws into the host page (guarded.ts): a failure is logged once and the
 *   fallback content is shown again.
 *
 * The class lives at module level, where the Custom Elements Manifest
 * analyzer reads its JSDoc into custom-elements.json. Where there is no DOM
 * (server rendering) it extends a stand-in, so importing this module never
 * throws; only `defineQuizElement()` (define.ts) registers it.
 */
import type { PersonaId } from '../engine/types.ts';
import {
  DEFAULT_OPTIONS,
  type HeadingLevel,
  type QuizEventDetailMap,
  type QuizEventName,
  type QuizOptions,
  type Theme,
} from '../ui/options.ts';
import { ATTRIBUTES, browserEnvironment, isAttributeName, parseAttribute, type AttributeName } from './attributes.ts';
import { guarded } from './guarded.ts';
import { claimId, releaseId } from './instance-ids.ts';
import {
  PROPERTY_OF,
  attributeText,
  isReflectedAttribute,
  takeOverEarlyProperties,
  type PropertyValue,
} from './properties.ts';
import { QuizMount } from './quiz-mount.ts';

export { setQuizLoader } from './quiz-mount.ts';

/** HTMLElement in a browser; a stand-in class where there is none, so the class below can be declared anywhere. */
const Base = typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * An interactive decision guide: a few questions for readers who build AI
 * products on a blockchain or invest in AI infrastructure tokens, then a
 * recommendation (Layer-1, Layer-2, Layer-3 or hybrid) with reasons cited
 * from the source article and a link that reopens the result.
 *
 * @tagname ai-layer-quiz
 * @summary A decision-guide quiz that recommends a blockchain layer for AI, with cited reasons.
 *
 * @attr {string} id - Tells widgets apart in progress keys, share links and events: letters, digits, `-`, `_` (up to 64). Default: `alq-1`, `alq-2`, … by position on the page.
 *
 * @fires {QuizEvent<'quiz-start'>} quiz-start - The reader pressed Start. `detail`: `{ persona }` (null until chosen, unless preset).
 * @fires {QuizEvent<'quiz-answer'>} quiz-answer - The reader answered a question and went on. `detail`: `{ questionId, optionId, persona }`.
 * @fires {QuizEvent<'quiz-complete'>} quiz-complete - The reader reached a result. `detail`: `{ persona, answers, outcome, scores, bankVersion, shareUrl }`.
 * @fires {QuizEvent<'quiz-share'>} quiz-share - The reader copied or shared the result's link. `detail`: `{ method, shareUrl, persona, outcome }`.
 *
 * @cssprop [--alq-accent=#1d5fc6] - Accent colour of buttons, selection and focus rings (dark theme: #8ab4ff); needs 3:1 against the background. Unlike the `accent` attribute, it is used as it is, unchecked.
 * @cssprop [--alq-accent-text=#ffffff] - Text on the accent colour (dark theme: #0b1220); needs 4.5:1 against it.
 * @cssprop [--alq-background=#ffffff] - The widget's background (dark theme: #16181d).
 * @cssprop [--alq-text=#1b1e24] - Body text (dark theme: #eceef2); needs 4.5:1 against the background.
 * @cssprop [--alq-muted=#4b5261] - Secondary text such as hints and sources (dark theme: #b6bcc8); needs 4.5:1 against the background.
 * @cssprop [--alq-border=#767d8c] - Control borders (dark theme: #8a92a3); needs 3:1 against the background.
 * @cssprop [--alq-radius=8px] - Corner radius of the card, buttons and answers.
 * @cssprop [--alq-font=system-ui] - Font family (default: the system's interface font).
 * @cssprop [--alq-font-size=16px] - Base font size, in px (never rem, which follows the host page).
 *
 * @csspart root - The widget's card: background, border, padding.
 * @csspart status - The visually hidden live region that announces each step.
 * @csspart heading - The top heading of each screen.
 * @csspart subheading - Headings below the top heading.
 * @csspart intro - The first screen, with Start.
 * @csspart persona - The "building or investing?" screen.
 * @csspart choice - Each persona on that screen.
 * @csspart question - The question screen (a form).
 * @csspart progress - "Question 2 of 8" and its bar.
 * @csspart option - Each answer of a question.
 * @csspart error - The message shown when Continue is pressed without an answer.
 * @csspart button - Every button.
 * @csspart primary - The main action of a screen (Start, Continue, Start over), besides `button`.
 * @csspart back - The Back buttons, besides `button`.
 * @csspart result - The result screen.
 * @csspart chart - The table of scores by layer, with bars.
 * @csspart reasons - The reasons behind the recommendation.
 * @csspart verdict - The result's first card: the layer, why, the chart and the top reasons.
 * @csspart disclaimer - The "not financial advice" notice in an investor's verdict.
 * @csspart fold - Each folded section under the verdict (a `<details>`).
 * @csspart source-link - A citation that links to its section of the article on the page.
 * @csspart try - The button that tries a changed answer, besides `button`.
 * @csspart trial - The note above a result with one answer changed, and its way back.
 * @csspart share - The share controls of a result.
 * @csspart notice - The notice above a shared result, or about a link that could not be read.
 */
export class AiLayerQuizElement extends Base {
  static get observedAttributes(): AttributeName[] {
    return [...ATTRIBUTES];
  }

  readonly #options: QuizOptions = { instanceId: '', ...DEFAULT_OPTIONS };
  /** The valid `id` attribute, if any. */
  #requestedId: string | null = null;
  #root: ShadowRoot | null = null;
  /** The intro, then the quiz, once connected. */
  #mount: QuizMount | null = null;

  constructor() {
    super();
    guarded('attach the shadow root', () => {
      this.#root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    });
  }

  /**
   * `builder` or `investor`: skips the "building or investing?" step. Set on a running quiz, it applies as the
   * reader's own switch does: answers to shared questions are kept. Null lets the reader choose.
   * @attr persona
   * @reflect
   */
  get persona(): PersonaId | null {
    return this.#options.persona;
  }
  set persona(value: PersonaId | null | undefined) {
    this.#reflect('persona', value);
  }

  /**
   * `light`, `dark`, or `auto` (follows the reader's colour scheme).
   * @attr theme
   * @reflect
   */
  get theme(): Theme {
    return this.#options.theme;
  }
  set theme(value: Theme | null | undefined) {
    this.#reflect('theme', value);
  }

  /**
   * A CSS colour for buttons, selection and focus rings. Its hue is kept; its lightness is adjusted in each theme
   * until it stands out 3:1 from the background, with black or white text on it. Null: the default blue.
   * @attr accent
   * @reflect
   */
  get accent(): string | null {
    return this.#options.accent;
  }
  set accent(value: string | null | undefined) {
    this.#reflect('accent', value);
  }

  /**
   * `1` to `6`: the level of the quiz's top heading, to fit the post's outline (its sub-headings follow). Default 2.
   * @attr heading-level
   * @reflect
   */
  get headingLevel(): HeadingLevel {
    return this.#options.headingLevel;
  }
  set headingLevel(value: HeadingLevel | null | undefined) {
    this.#reflect('heading-level', value);
  }

  /**
   * An absolute `http(s)` URL: the page that share links open. Null: the page's own URL.
   * @attr share-url
   * @reflect
   */
  get shareUrl(): string | null {
    return this.#options.shareUrl;
  }
  set shareUrl(value: string | null | undefined) {
    this.#reflect('share-url', value);
  }

  connectedCallback(): void {
    guarded(
      'start the quiz',
      () => {
        takeOverEarlyProperties(this);
        if (!this.#root) return;
        const kept = this.#options.instanceId;
        this.#options.instanceId = claimId(this, this.#requestedId, kept);
        if (!this.#mount) {
          this.#mount = new QuizMount(this, this.#root, this.#options);
          this.#mount.show();
          return;
        }
        // Put back on the page, after a move or any delay: the quiz goes on as it was.
        if (this.#options.instanceId !== kept) this.#mount.update();
        this.#mount.resume();
      },
      () => this.#showFallback(),
    );
  }

  /** Off the page, for a moment or for good: the quiz stays as it is, and stops hearing the page. */
  disconnectedCallback(): void {
    releaseId(this.#options.instanceId);
    this.#mount?.pause();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    guarded(`apply the ${name} attribute`, () => {
      if (!isAttributeName(name)) return;
      const parsed = parseAttribute(name, value, browserEnvironment);
      if (parsed.warning) console.warn(parsed.warning);
      if (isReflectedAttribute(parsed.name)) {
        (this.#options as unknown as Record<string, unknown>)[PROPERTY_OF[parsed.name]] = parsed.value;
      } else {
        this.#requestedId = parsed.value as string | null;
        if (!this.#mount || !this.isConnected) return;
        releaseId(this.#options.instanceId);
        this.#options.instanceId = claimId(this, this.#requestedId);
      }
      this.#mount?.update();
    });
  }

  #reflect(attribute: AttributeName, value: PropertyValue): void {
    const text = attributeText(value);
    if (text === null) this.removeAttribute(attribute);
    else this.setAttribute(attribute, text);
  }

  /** After a failure: the blog's own fallback content, through a slot. */
  #showFallback(): void {
    const root = this.#root;
    if (!root) return;
    root.replaceChildren(document.createElement('slot'));
  }
}

/** An event dispatched by `<ai-layer-quiz>`: bubbling and composed, so one listener on `document` hears every quiz. */
export type QuizEvent<N extends QuizEventName = QuizEventName> = CustomEvent<QuizEventDetailMap[N]>;

declare global {
  interface HTMLElementTagNameMap {
    'ai-layer-quiz': AiLayerQuizElement;
  }
  interface GlobalEventHandlersEventMap {
    'quiz-start': QuizEvent<'quiz-start'>;
    'quiz-answer': QuizEvent<'quiz-answer'>;
    'quiz-complete': QuizEvent<'quiz-complete'>;
    'quiz-share': QuizEvent<'quiz-share'>;
  }
}
