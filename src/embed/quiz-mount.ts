/**
 * What one widget's shadow root shows: the loader's intro until the quiz
 * arrives, then the quiz. It fetches the quiz when the load policy says so
 * (load-policy.ts), keeps a Start pressed before the quiz arrived, offers
 * "Try again" when the fetch fails after the reader asked for it, and mounts
 * nothing once the widget has left the page.
 */
import introFacts from 'virtual:ai-layer-quiz/intro';
import { devMessage } from '../errors.ts';
import type { QuizOptions } from '../ui/options.ts';
import { introSheet } from '../ui/styles/sheets.ts';
import type { QuizHandle, QuizLoader } from './app-contract.ts';
import { buildIntro, LOADING, showLoadFailure, type IntroDom } from './intro-dom.ts';
import { needsQuizAtOnce, watchForLoad } from './load-policy.ts';
import { adoptStyles } from './styles.ts';

let quizLoader: QuizLoader | null = null;

/** How this build fetches the quiz: a file next to the loader, or a chunk a bundler made (define.ts sets it). */
export function setQuizLoader(loader: QuizLoader): void {
  quizLoader = loader;
}

export class QuizMount {
  readonly #element: HTMLElement;
  readonly #root: ShadowRoot;
  /** The element's options, read live. */
  readonly #options: QuizOptions;
  #intro: IntroDom | null = null;
  #quiz: QuizHandle | null = null;
  #loading = false;
  #attempt = 0;
  /** The reader pressed Start before the quiz arrived. */
  #startPressed = false;
  /** Bumped by `close()`, so a load that finishes late mounts nothing. */
  #life = 0;
  #stopWatching: (() => void) | null = null;
  constructor(element: HTMLElement, root: ShadowRoot, options: QuizOptions) {
    this.#element = element;
    this.#root = root;
    this.#options = options;
  }

  /** Showing the intro or the quiz. */
  get open(): boolean {
    return this.#quiz !== null || this.#intro !== null;
  }

  /** Shows the intro, and fetches the quiz at once or when the time comes. */
  show(): void {
    adoptStyles(this.#root, introSheet);
    this.#showIntro();
    const onHash = () => needsQuizAtOnce(this.#options, location.hash) && this.#load();
    window.addEventListener('hashchange', onHash);
    const stopPolicy = needsQuizAtOnce(this.#options, location.hash)
      ? (this.#load(), () => {})
      : watchForLoad(this.#element, () => this.#load());
    this.#stopWatching = () => {
      stopPolicy();
      window.removeEventListener('hashchange', onHash);
    };
  }

  /** The options changed: the quiz applies them, or the intro shows them. */
  update(): void {
    if (this.#quiz) this.#quiz.update({ ...this.#options });
    else if (this.#intro) this.#showIntro();
  }

  /** The widget left the page: stop watching, and take down what is shown. */
  close(): void {
    this.#life += 1;
    this.#stopWatching?.();
    this.#stopWatching = null;
    const quiz = this.#quiz;
    this.#quiz = null;
    this.#intro?.root.remove();
    this.#intro = null;
    this.#loading = false;
    this.#startPressed = false;
    quiz?.destroy();
  }

  /** The loader's first screen (again, when an option it shows changed before the quiz arrived). */
  #showIntro(): void {
    const root = this.#root;
    const old = this.#intro;
    const hadFocus = old !== null && root.activeElement === old.start;
    const intro = buildIntro(introFacts, this.#options);
    intro.start.addEventListener('click', () => {
      this.#startPressed = true;
      intro.status.textContent = LOADING;
      this.#load();
    });
    if (old) old.root.replaceWith(intro.root);
    else root.append(intro.root);
    this.#intro = intro;
    if (hadFocus) intro.start.focus();
  }

  /** Fetches the quiz and mounts it over the intro; on failure after Start, says so there with "Try again". */
  #load(): void {
    if (this.#loading || this.#quiz || !quizLoader) return;
    this.#loading = true;
    this.#attempt += 1;
    const life = this.#life;
    const root = this.#root;
    const load = quizLoader;
    void (async () => {
      try {
        const quiz = await load(this.#attempt);
        // A press that began on the intro's Start and ended on the quiz's would click neither (the browser clicks
        // only where a press began): wait until it is over, and its click has run (at most 5 s, should a browser
        // leave :active set).
        for (let wait = 0; wait < 100 && root.querySelector(':active'); wait++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        if (life !== this.#life) return;
        const intro = this.#intro;
        const intent = { start: this.#startPressed, focusStart: intro !== null && root.activeElement === intro.start };
        const handle = await quiz.mountQuiz(this.#element, root, { ...this.#options }, intent);
        if (life !== this.#life) {
          handle.destroy();
          return;
        }
        // In the same task as the quiz's own first render: no frame shows both, or neither.
        this.#intro?.root.remove();
        this.#intro = null;
        this.#quiz = handle;
        this.#stopWatching?.();
        this.#stopWatching = null;
      } catch (error) {
        if (life !== this.#life) return;
        console.error(devMessage('the quiz could not load'), error);
        const intro = this.#intro;
        // Fetched ahead of the reader: Start stays, and a press tries again.
        if (!intro || !this.#startPressed) return;
        const retry = showLoadFailure(intro);
        retry.addEventListener('click', () => {
          this.#showIntro();
          this.#startPressed = true;
          this.#load();
        });
      } finally {
        if (life === this.#life) this.#loading = false;
      }
    })();
  }
}
