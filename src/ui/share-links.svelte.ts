/**
 * One widget's share links, for its session: the source that writes and
 * reads them (it comes with the result chunk), the link for a result, what
 * the result's share controls need, and a link opened from the page's
 * fragment, with the notice that goes with it.
 */
import { untrack } from 'svelte';
import type { Engine, Evaluation } from '../engine/index.ts';
import { connect, type ResultView } from '../machine/quiz.connect.ts';
import type { createQuizMachine, QuizEvent } from '../machine/quiz.machine.ts';
import type { ShareMethod, ShareSource } from '../share/connect.ts';
import type { ActorBridge } from './actor.svelte.ts';
import type { QuizHost, QuizOptions } from './options.ts';
import type { ResultLoader } from './result-loader.svelte.ts';

/** The notice about a share link, and the step it belongs to: it goes when the reader moves on. */
export interface LinkNotice {
  kind: 'shared' | 'unreadable';
  outdated: string | null;
  key: string;
}

export interface ShareLinksSetup {
  options: QuizOptions;
  host: QuizHost;
  engine: Engine;
  results: ResultLoader;
  /** The quiz's actor: an opened link restores its answers straight into it. */
  quiz: ActorBridge<ReturnType<typeof createQuizMachine>>;
  /** The session's send, for the view a restored link leads to. */
  send: (event: QuizEvent) => void;
}

export class ShareLinks {
  notice: LinkNotice | null = $state.raw(null);
  readonly source: ShareSource | null;
  readonly #setup: ShareLinksSetup;

  constructor(setup: ShareLinksSetup) {
    this.#setup = setup;
    const { results, engine, options } = setup;
    this.source = $derived(results.chunk?.shareSourceFor(engine.bank, options.instanceId) ?? null);
  }

  #lastUrl: { evaluation: Evaluation; source: ShareSource; base: string; url: string | null } | null = null;

  /** The link for `evaluation`, made on the `share-url` attribute, else the page; null before the chunk is here. */
  urlFor = (evaluation: Evaluation): string | null => {
    const chunk = this.#setup.results.chunk;
    const source = this.source;
    const base = this.#setup.options.shareUrl ?? location.href;
    if (!chunk || !source) return null;
    // A result asks twice (the page's event, the share controls): the link is encoded once.
    const last = this.#lastUrl;
    if (last?.evaluation === evaluation && last.source === source && last.base === base) return last.url;
    const url = chunk.resultShareUrl(source, base, evaluation.persona, evaluation.answers);
    this.#lastUrl = { evaluation, source, base, url };
    return url;
  };

  /** What the result's share controls need, or null when there is no link to share. */
  controlsFor = (result: ResultView) => {
    const url = this.urlFor(result.evaluation);
    if (!url) return null;
    const { persona, outcome } = result;
    return {
      url,
      outcomeLabel: outcome.label,
      onshare: (method: ShareMethod) =>
        this.#setup.host.emit('quiz-share', { method, shareUrl: url, persona: persona.id, outcome: outcome.id }),
    };
  };

  /** Opens `hash`'s share link for this widget, if it has one; `onlyReadable` ignores a link that cannot be read. */
  open(hash: string, onlyReadable: boolean): boolean {
    const { results, quiz, engine, send } = this.#setup;
    const chunk = results.chunk;
    const source = untrack(() => this.source);
    if (!chunk || !source) return false;
    const incoming = chunk.incomingShare(source, hash);
    if (incoming.kind === 'none' || (onlyReadable && incoming.kind !== 'shared')) return false;
    if (incoming.kind === 'shared') quiz.send(incoming.restore);
    const outdated = incoming.kind === 'shared' ? chunk.outdatedNoticeFor(engine.bank, incoming) : null;
    const key = connect(quiz.snapshot, send, engine, chunk.resultView).key;
    this.notice = { kind: incoming.kind, outdated, key };
    return true;
  }
}
