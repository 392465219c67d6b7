/**
 * The first screen as plain DOM, for the page's loader: shown before the
 * quiz has loaded, it is the quiz's own intro (src/ui/IntroStep.svelte) in
 * the same words (connect/intro-text.ts), elements and classes, so the quiz
 * takes over without a change on screen. A Chromium test compares the two.
 * Also the plain messages the loader may show there: loading, and a quiz
 * that could not load, with "Try again".
 */
import type { IntroFacts } from '../machine/connect/intro-text.ts';
import { introText } from '../machine/connect/intro-text.ts';
import type { QuizOptions } from '../ui/options.ts';

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export interface IntroDom {
  /** `.alq-root`: what the quiz's own root replaces. */
  root: HTMLElement;
  start: HTMLButtonElement;
  status: HTMLElement;
  actions: HTMLElement;
}

export function buildIntro(facts: IntroFacts, options: QuizOptions): IntroDom {
  const text = introText(facts, options.persona);
  const heading = el(`h${options.headingLevel}`, {
    class: 'alq-title',
    part: 'heading',
    tabindex: '-1',
    'data-alq-focus': '',
  });
  heading.textContent = text.heading;
  const layers = el(
    'ul',
    { class: 'alq-layers', 'aria-label': text.layersLabel },
    ...text.layers.map((layer) => el('li', {}, el('strong', {}, layer.label), ' ', el('span', {}, layer.tagline))),
  );
  const start = el(
    'button',
    { type: 'button', class: 'alq-button alq-primary', part: 'button primary' },
    text.startLabel,
  );
  const actions = el('div', { class: 'alq-actions' }, start, el('p', { class: 'alq-meta' }, text.length));
  const status = el('div', { role: 'status', class: 'alq-visually-hidden', part: 'status' });
  const section = el(
    'section',
    { class: 'alq-step alq-intro', part: 'intro' },
    heading,
    el('p', {}, text.lead),
    layers,
    actions,
  );
  const root = el('div', { class: 'alq-root', part: 'root', 'data-theme': options.theme }, status, section);
  return { root, start, status, actions };
}

export const LOAD_FAILED = 'The quiz could not load. Check your connection and try again.';
export const TRY_AGAIN = 'Try again';
export const LOADING = 'Loading the quiz…';

/** A failure's message where Start was, said through the status region too. */
function showFailure(intro: IntroDom, message: string, ...after: Node[]): void {
  intro.actions.replaceChildren(el('p', { class: 'alq-error', part: 'error' }, message), ...after);
  intro.status.textContent = message;
}

/** Puts the failure message and a "Try again" button where Start was; returns the button. */
export function showLoadFailure(intro: IntroDom): HTMLButtonElement {
  const retry = el('button', { type: 'button', class: 'alq-button alq-primary', part: 'button primary' }, TRY_AGAIN);
  showFailure(intro, LOAD_FAILED, retry);
  return retry;
}

export const COULD_NOT_START = 'The quiz could not start on this page.';

/** The intro alone, saying so where Start was, then the blog's fallback content (through a slot). */
export function showStartFailure(root: ShadowRoot, intro: IntroDom): void {
  showFailure(intro, COULD_NOT_START);
  root.replaceChildren(intro.root, document.createElement('slot'));
}
