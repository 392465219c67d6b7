/**
 * What one widget's shadow root shows: the loader's intro until the quiz
 * arrives, then the quiz. It fetches the quiz when the load policy says so
 * (load-policy.ts), keeps a Start pressed before the quiz arrived, and offers
 * "Try again" when the fetch fails after the reader asked for it. Any other
 * failure says the quiz could not start here, and shows the fallback content.
 *
 * Taken off the page, the widget keeps its shadow root and its quiz as they
 * are (the screen, an answer picked and not yet sent) and only stops hearing
 * the page: window listeners, observers, the load policy. Put back, after any
 * delay, it hears the page again, and the quiz puts focus back where it was. A widget
 * never put back holds nothing the page keeps alive, and is collected.
 */
import introFacts from 'virtual:ai-layer-quiz/intro';
import { devMessage } from '../errors.ts';
import type { QuizOptions } from '../ui/options.ts';
import { introSheet } from '../ui/styles/sheets.ts';
import type { QuizHandle, QuizLoader } from './app-contract.ts';
import { buildIntro, LOADING, showLoadFailure, showStartFailure, type IntroDom } from './intro-dom.ts';
import { needsQuizAtOnce, watchForLoad } from './load-policy.ts';
import { adoptStyles } from './styles.ts';

let quizLoader: QuizLoader | null = null;

/** How this build fetches the quiz: a file next to the loader, or a chunk a bundler made (define.ts sets it). */
export function setQuizLoader(loader: QuizLoader): void {
  quizLoader = loader;
}

/** How browsers word a module whose request failed (Chromium and Firefox, then WebKit), unlike an error thrown by its code. */
const FAILED_FETCH = /imported module|script failed/;

export class QuizMount {
  readonly #element: HTMLElement;
  readonly #root: ShadowRoot;
  /** The element's options, read live. */
  readonly #options: QuizOptions;
  #intro: IntroDom | null = null;
  #quiz: QuizHandle | null = null;
  #loading = false;
  /** The reader pressed Start before the quiz arrived. */
  #startPressed = false;
  /** Off the page: nothing listens to it. */
  #paused = false;
  #stopWatching: (() => void) | null = null;
  constructor(element: HTMLElement, root: ShadowRoot, options: QuizOptions) {
    this.#element = element;
    this.#root = root;
    this.#options = options;
  }

  /** Shows the intro, and fetches the quiz at once or when the time comes. */
  show(): void {
    adoptStyles(this.#root, introSheet);
    this.#showIntro();
    this.#watch();
  }

  /** Taken off the page: stop hearing it, keep everything else. */
  pause(): void {
    this.#paused = true;
    this.#unwatch();
    this.#quiz?.pause();
  }

  /** Back on the page: hear it again (the quiz gives focus back). */
  resume(): void {
    this.#paused = false;
    if (this.#quiz) this.#quiz.resume();
    else this.#watch();
  }

  /** The options changed: the quiz applies them, or the intro shows them. */
  update(): void {
    if (this.#quiz) this.#quiz.update({ ...this.#options });
    else if (this.#intro) this.#showIntro();
  }

  /** Until the quiz is here: the load policy, and a share link opened for this widget. */
  #watch(): void {
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

  #unwatch(): void {
    this.#stopWatching?.();
    this.#stopWatching = null;
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

  /**
   * Fetches the quiz and mounts it over the intro. A failed request, after Start, says so there with "Try again";
   * any other failure (the quiz's code failing on this page) says the quiz could not start, and shows the fallback.
   */
  #load(): void {
    if (this.#loading || this.#quiz || !quizLoader) return;
    this.#loading = true;
    const root = this.#root;
    const load = quizLoader;
    void (async () => {
      let fetched = false;
      try {
        const quiz = await load();
        fetched = true;
        // A press that began on the intro's Start and ended on the quiz's would click neither (the browser clicks
        // only where a press began): wait until it is over, and its click has run (at most 5 s, should a browser
        // leave :active set).
        for (let wait = 0; wait < 100 && root.querySelector(':active'); wait++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const intro = this.#intro;
        const intent = { start: this.#startPressed, focusStart: intro !== null && root.activeElement === intro.start };
        const handle = await quiz.mountQuiz(this.#element, root, { ...this.#options }, intent);
        // In the same task as the quiz's own first render: no frame shows both, or neither.
        this.#intro?.root.remove();
        this.#intro = null;
        this.#quiz = handle;
        this.#unwatch();
        if (this.#paused) handle.pause();
      } catch (error) {
        this.#fail(error, fetched || !FAILED_FETCH.test(String(error)));
      } finally {
        this.#loading = false;
      }
    })();
  }

  /** The intro is still there: the quiz replaces it only once mounted. */
  #fail(error: unknown, notTheNetwork: boolean): void {
    const intro = this.#intro!;
    console.error(
      devMessage(notTheNetwork ? 'the quiz could not start on this page:' : 'the quiz could not load'),
      error,
    );
    if (notTheNetwork) {
      this.#unwatch();
      showStartFailure(this.#root, intro);
      return;
    }
    // Fetched ahead of the reader: Start stays, and a press tries again.
    if (!this.#startPressed) return;
    showLoadFailure(intro).addEventListener('click', () => {
      this.#showIntro();
      this.#startPressed = true;
      this.#load();
    });
  }
}
