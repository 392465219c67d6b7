/**
 * One widget's running quiz: the machine, what the page hears and what is
 * kept of the reader's progress, share links in and out, the status region,
 * where focus goes when the step changes, and the page's fragment. App.svelte
 * only renders it. Made during the component's initialisation, so its
 * effects and listeners live as long as the component.
 */
import { onMount, untrack } from 'svelte';
import { engine as defaultEngine, type Engine, type Evaluation } from '../engine/index.ts';
import { connect, type QuizView } from '../machine/quiz.connect.ts';
import { createQuizMachine, type QuizEvent } from '../machine/quiz.machine.ts';
import { isOwnFragment } from '../share/fragment.ts';
import { shareSourceFor } from '../share/index.ts';
import {
  incomingShare,
  outdatedNoticeFor,
  resultShareUrl,
  urlWithoutShare,
  type ShareSource,
} from '../share/connect.ts';
import { createActorBridge } from './actor.svelte.ts';
import { hostEventsFor, progressFor } from './host-events.ts';
import type { QuizHost, QuizOptions } from './options.ts';
import { clearProgress, loadProgress, saveProgress } from './progress-store.ts';
import { revealStep } from './reveal.ts';

/** The notice about a share link, and the step it belongs to: it goes when the reader moves on. */
export interface LinkNotice {
  kind: 'shared' | 'unreadable';
  outdated: string | null;
  key: string;
}

export class QuizSession {
  readonly engine: Engine;
  readonly shareSource: ShareSource;
  readonly #quiz;
  readonly #options: QuizOptions;
  readonly #host: QuizHost;
  notice: LinkNotice | null = $state(null);
  status = $state({ message: '', count: 0 });
  readonly view: QuizView = $derived.by(() => connect(this.#quiz.snapshot, this.send, this.engine));

  /** `root` gives the widget's root element once mounted, for focus and scrolling. */
  constructor(options: QuizOptions, host: QuizHost, engine: Engine | undefined, root: () => HTMLElement | undefined) {
    const openedWith = typeof location === 'undefined' ? '' : location.hash;
    this.#options = options;
    this.#host = host;
    // Fixed for the widget's life: a new engine means a new widget.
    this.engine = engine ?? defaultEngine;
    this.#quiz = createActorBridge(createQuizMachine(this.engine), { presetPersona: untrack(() => options.persona) });
    this.#quiz.start();
    this.shareSource = untrack(() => shareSourceFor(this.engine.bank, options.instanceId));
    untrack(() => {
      this.#resume();
      this.openShareLink(openedWith, false);
    });
    $effect(() => {
      if (this.notice && this.view.key !== this.notice.key) this.notice = null;
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
      if (isOwnFragment(openedWith, options.instanceId)) root()?.scrollIntoView?.({ block: 'start' });
      const onHashChange = () => {
        if (this.openShareLink(location.hash, true)) root()?.scrollIntoView?.({ block: 'start' });
      };
      window.addEventListener('hashchange', onHashChange);
      return () => window.removeEventListener('hashchange', onHashChange);
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

  /** Resumes saved progress before the first render, so nothing moves or speaks on load; forgets what cannot be resumed. */
  #resume() {
    const { storage } = this.#host;
    const { instanceId, persona } = this.#options;
    const saved = loadProgress(storage, instanceId);
    if (saved && (!persona || saved.persona === persona))
      this.#quiz.send({ type: 'RESTORE', ...saved, origin: 'saved' });
    if (this.#quiz.snapshot.context.origin !== 'saved') clearProgress(storage, instanceId);
  }

  /** The base share links are made on: the `share-url` attribute, else the page. */
  shareBase = () => this.#options.shareUrl ?? location.href;

  shareUrlFor = (evaluation: Evaluation) =>
    resultShareUrl(this.shareSource, this.shareBase(), evaluation.persona, evaluation.answers);

  /** Opens `hash`'s share link for this widget, if it has one; `onlyReadable` ignores a link that cannot be read. */
  openShareLink(hash: string, onlyReadable: boolean): boolean {
    const incoming = incomingShare(this.shareSource, hash);
    if (incoming.kind === 'none' || (onlyReadable && incoming.kind !== 'shared')) return false;
    if (incoming.kind === 'shared') this.#quiz.send(incoming.restore);
    const outdated = incoming.kind === 'shared' ? outdatedNoticeFor(this.engine.bank, incoming) : null;
    this.notice = { kind: incoming.kind, outdated, key: connect(this.#quiz.snapshot, this.send, this.engine).key };
    return true;
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
    const { storage } = this.#host;
    const { instanceId } = this.#options;
    for (const { name, detail } of hostEventsFor(prev, event, next, this.engine, this.shareUrlFor)) {
      this.#host.emit(name, detail);
    }
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
