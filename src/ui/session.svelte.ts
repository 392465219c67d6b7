/**
 * One widget's running quiz: the machine, what the page hears and what is
 * kept of the reader's progress, share links in and out, the status region,
 * where focus goes when the step changes, and the page's fragment. App.svelte
 * only renders it. Made during the component's initialisation, so its
 * effects and listeners live as long as the component.
 *
 * Share links are share-links.svelte.ts's. The result chunk (result screen,
 * its text, share links) comes separately
 * (result-loader.svelte.ts): fetched as soon as the reader starts, and waited
 * for on a "Loading your result" screen in the rare case it is still on its
 * way when the last answer is given.
 */
import { onMount, untrack } from 'svelte';
import type { Engine } from '../engine/index.ts';
import type { StagedEngine } from '../engine/staged-engine.ts';
import { connect, type QuizView } from '../machine/quiz.connect.ts';
import { createQuizMachine, type QuizEvent } from '../machine/quiz.machine.ts';
import { isOwnFragment, urlWithoutShare } from '../share/fragment.ts';
import { createActorBridge } from './actor.svelte.ts';
import { completeDetail, hostEventsFor, progressFor } from './host-events.ts';
import type { QuizHost, QuizOptions } from './options.ts';
import { pendingView, type PendingView } from './pending.ts';
import { clearProgress, loadProgress, saveProgress } from './progress-store.ts';
import type { ResultChunk } from './result/chunk.ts';
import { ResultLoader } from './result-loader.svelte.ts';
import { revealStep, scrollToTop } from './reveal.ts';
import { ShareLinks } from './share-links.svelte.ts';

const isStaged = (engine: Engine): engine is StagedEngine => 'complete' in engine;

export interface SessionSetup {
  options: QuizOptions;
  host: QuizHost;
  engine: Engine;
  /** Fetches the result chunk; `preloaded` when it is here already. */
  loadResult: () => Promise<ResultChunk>;
  preloaded?: ResultChunk | undefined;
  /** The reader pressed Start on the loader's intro: start once mounted. */
  startNow?: boolean | undefined;
}

export class QuizSession {
  readonly engine: Engine;
  readonly results: ResultLoader;
  readonly #quiz;
  readonly #options: QuizOptions;
  readonly #host: QuizHost;
  readonly links: ShareLinks;
  status = $state.raw({ message: '', count: 0 });
  /** A result was reached before the chunk arrived: the page hears of it once it has. */
  #completeLater = false;
  readonly view: QuizView | PendingView;

  /** `root` gives the widget's root element once mounted, for focus and scrolling. */
  constructor(setup: SessionSetup, root: () => HTMLElement | undefined) {
    const { options, host } = setup;
    const openedWith = typeof location === 'undefined' ? '' : location.hash;
    this.#options = options;
    this.#host = host;
    // Fixed for the widget's life: a new engine means a new widget.
    this.engine = setup.engine;
    this.results = new ResultLoader(setup.loadResult, setup.preloaded, (chunk) => this.#arrived(chunk));
    this.#quiz = createActorBridge(createQuizMachine(this.engine), { presetPersona: untrack(() => options.persona) });
    this.#quiz.start();
    this.links = new ShareLinks({
      options,
      host,
      engine: this.engine,
      results: this.results,
      quiz: this.#quiz,
      send: this.send,
    });
    this.view = $derived.by(() => {
      const snapshot = this.#quiz.snapshot;
      const chunk = this.results.chunk;
      const needsResult = snapshot.matches('result') || snapshot.matches({ trying: 'result' });
      if (needsResult && !chunk) return pendingView(this.results.failed, () => this.results.load());
      return connect(snapshot, this.send, this.engine, chunk?.resultView);
    });
    // Saved progress and share links need the result chunk, which the quiz module then preloads.
    untrack(() => {
      if (!setup.preloaded) return;
      this.#resume();
      this.links.open(openedWith, false);
    });
    $effect(() => {
      if (this.links.notice && this.view.key !== this.links.notice.key) this.links.notice = null;
    });
    // On each step change (never on first load): announce the step, then move focus to its heading.
    let shownKey = untrack(() => this.view.key);
    $effect(() => {
      const { key, announcement } = this.view;
      if (key === shownKey) return;
      shownKey = key;
      if (announcement) this.announce(announcement);
      const element = root();
      if (element) revealStep(element);
    });
    // Scroll to the widget only when the fragment is this widget's. A link opened on the same page changes only the
    // hash; any other fragment (a citation's heading, the page's own anchors) leaves the quiz alone.
    onMount(() => {
      if (isOwnFragment(openedWith, options.instanceId)) scrollToTop(root());
      if (setup.startNow) this.send({ type: 'START' });
      const onHash = () => {
        const hash = location.hash;
        if (!isOwnFragment(hash, options.instanceId)) return;
        // A chunk that fails to load is the pending screen's to report, never the page's.
        this.results.load().then(
          () => this.links.open(hash, true) && scrollToTop(root()),
          () => undefined,
        );
      };
      return host.listen('hashchange', onHash);
    });
    // The embed may change the preset persona while the widget lives. Another persona than the reader's
    // applies as the reader's own switch does: shared answers are kept.
    $effect(() => {
      const persona = options.persona;
      untrack(() => {
        const { context } = this.#quiz.snapshot;
        if (context.presetPersona === persona) return;
        const switches = persona !== null && context.persona !== null && context.persona !== persona;
        if (switches && this.#quiz.snapshot.can({ type: 'CHANGE_PERSONA' })) this.send({ type: 'CHANGE_PERSONA' });
        this.send({ type: 'PRESET_PERSONA', persona });
      });
    });
  }

  /** The result chunk is here: the engine can score, and a result reached while it was on its way is announced. */
  #arrived(chunk: ResultChunk) {
    if (isStaged(this.engine)) this.engine.complete(chunk.resultPart, chunk.createEngine);
    if (!this.#completeLater) return;
    this.#completeLater = false;
    const { context } = this.#quiz.snapshot;
    const evaluation = context.persona ? this.engine.evaluate(context.persona, context.answers) : null;
    if (!this.#quiz.snapshot.matches('result') || !evaluation?.ok) return;
    this.#host.emit(
      'quiz-complete',
      completeDetail(evaluation, this.engine.bank.version, this.links.urlFor(evaluation)),
    );
  }

  /** Resumes saved progress before the first render, so nothing moves or speaks on load; forgets what cannot be resumed. */
  #resume() {
    const { storage } = this.#host;
    const { instanceId, persona } = this.#options;
    const saved = loadProgress(storage, instanceId);
    if (saved && (!persona || saved.persona === persona))
      this.#quiz.send({ type: 'RESTORE', ...saved, origin: 'saved' });
    if (this.#quiz.snapshot.context.origin !== 'saved') clearProgress(storage, instanceId);
  }

  /** From a shared result: a fresh quiz of the reader's own, with the link taken out of the address. */
  takeQuizYourself = () => {
    this.send({ type: 'RESTART' });
    this.send({ type: 'START' });
    try {
      history.replaceState(history.state, '', urlWithoutShare(location.href, this.#options.instanceId));
    } catch {
      // A sandboxed frame may refuse; the address then keeps the link, which is harmless.
    }
  };

  /** Every reader action goes through here: the machine moves, then the page hears about it and progress is kept. */
  send = (event: QuizEvent) => {
    const prev = this.#quiz.snapshot;
    this.#quiz.send(event);
    const next = this.#quiz.snapshot;
    if (next === prev) return;
    // Past the intro the result will be wanted: fetch it while the reader answers.
    if (!next.matches('intro')) void this.results.load().catch(() => undefined);
    const { storage } = this.#host;
    const { instanceId } = this.#options;
    for (const { name, detail } of hostEventsFor(prev, event, next, this.engine, this.links.urlFor)) {
      this.#host.emit(name, detail);
    }
    if (next.matches('result') && !prev.matches('result') && !this.results.chunk) this.#completeLater = true;
    const progress = progressFor(event, next);
    if (progress === 'clear') clearProgress(storage, instanceId);
    else if (progress !== 'keep') saveProgress(storage, instanceId, progress);
  };

  /** Says `message` through the status region (a repeated message is announced again). */
  announce = (message: string) => {
    this.status = { message, count: this.status.count + 1 };
  };

  stop() {
    this.#quiz.stop();
  }
}
