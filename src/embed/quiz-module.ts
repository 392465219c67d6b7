/**
 * The quiz (`dist/quiz/index.js`, or a chunk of the ES module build): the
 * Svelte app, the machine and the question flow of the bank. The result
 * chunk comes on its own, fetched as soon as the reader starts; it is
 * fetched first when the widget opens on a result or saved progress.
 */
import flow from 'virtual:ai-layer-quiz/bank-flow';
import { flushSync, mount } from 'svelte';
import { stagedEngine } from '../engine/staged-engine.ts';
import App from '../ui/App.svelte';
import type { QuizOptions } from '../ui/options.ts';
import type { ResultChunk } from '../ui/result/chunk.ts';
import { flowSheet } from '../ui/styles/flow-sheet.ts';
import type { MountIntent, QuizHandle } from './app-contract.ts';
import { reactiveOptions } from './options.svelte.ts';
import { focusKeeper } from './focus-keeper.ts';
import { createHost, pageListeners } from './host.ts';
import { opensOnMore } from './load-policy.ts';
import { adoptStyles } from './styles.ts';

let chunk: Promise<ResultChunk> | null = null;

/** The result chunk, fetched once per page (every widget shares it); a failed fetch is tried again next time. */
function loadResult(): Promise<ResultChunk> {
  chunk ??= import('../ui/result/chunk.ts').catch((error: unknown) => {
    chunk = null;
    throw error;
  });
  return chunk;
}

export async function mountQuiz(
  element: HTMLElement,
  root: ShadowRoot,
  initial: QuizOptions,
  intent: MountIntent,
): Promise<QuizHandle> {
  const listeners = pageListeners();
  const focus = focusKeeper(root);
  const host = createHost(element, listeners.listen);
  const preloaded = opensOnMore(initial, location.hash) ? await loadResult() : undefined;
  adoptStyles(root, flowSheet);
  if (preloaded) adoptStyles(root, preloaded.resultSheet);
  const options = reactiveOptions({ ...initial });
  const engine = stagedEngine(flow);
  mount(App, {
    target: root,
    props: {
      options,
      host,
      engine,
      preloaded,
      startNow: intent.start,
      loadResult: () =>
        loadResult().then((module) => {
          adoptStyles(root, module.resultSheet);
          return module;
        }),
    },
  });
  flushSync();
  // The loader's intro is still there, above the quiz's own root: focus moves to the quiz's Start, without the
  // scroll that Start's place for this one moment would cause.
  if (intent.focusStart && !intent.start) {
    const roots = root.querySelectorAll('.alq-root');
    roots[roots.length - 1]?.querySelector<HTMLButtonElement>('.alq-intro button')?.focus({ preventScroll: true });
  }
  return {
    update(next) {
      Object.assign(options, next);
    },
    pause() {
      focus.keep();
      listeners.pause();
    },
    resume() {
      listeners.resume();
      focus.restore();
    },
  };
}
