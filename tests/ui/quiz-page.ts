/**
 * Page objects for the quiz as a reader sees it: find things by role and
 * label, act with user-event. Tests read like sentences:
 * `await quiz.start(); await quiz.chooseRole("I'm building"); await quiz.answer('Full control')`.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/ui/App.svelte';
import { engine as defaultEngine } from '../../src/engine/index.ts';
import * as resultChunk from '../../src/ui/result/chunk.ts';
import type { Engine } from '../../src/engine/engine.ts';
import type { Option, OutcomeId, Question } from '../../src/engine/types.ts';
import { DEFAULT_OPTIONS, type QuizHost, type QuizOptions } from '../../src/ui/options.ts';
import { pageListeners } from '../../src/embed/host.ts';

export interface EmittedEvent {
  name: string;
  detail: Record<string, unknown>;
}

/** A sessionStorage stand-in that outlives a widget, so a remount sees what the last one saved. */
export class FakeStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Storage that throws on every call, like Safari's private mode or a full quota. */
export const throwingStorage: QuizHost['storage'] = {
  getItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem() {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

export interface RenderQuizOptions {
  options?: Partial<QuizOptions>;
  storage?: QuizHost['storage'];
  engine?: Engine;
}

export function renderQuiz({ options = {}, storage = new FakeStorage(), engine }: RenderQuizOptions = {}) {
  const events: EmittedEvent[] = [];
  const host: QuizHost = {
    emit: (name, detail) => events.push({ name, detail }),
    storage,
    listen: pageListeners().listen,
  };
  const fullOptions: QuizOptions = { instanceId: 'quiz', ...DEFAULT_OPTIONS, ...options };
  // The result chunk is here from the start, as when the quiz module preloads it (tests of its loading pass their own).
  const props = { options: fullOptions, host, engine: engine ?? defaultEngine, preloaded: resultChunk };
  const rendered = render(App, { props });
  const quiz = new QuizPage(rendered.container);
  return { quiz, events, storage, host, unmount: rendered.unmount, container: rendered.container };
}

export class QuizPage {
  readonly user = userEvent.setup();
  constructor(readonly container: HTMLElement) {}

  private get view() {
    return within(this.container);
  }

  /** The heading of the step on screen (the widget's top level, h2 by default). */
  heading(level = 2): HTMLElement {
    const headings = this.view.getAllByRole('heading', { level });
    if (headings.length !== 1) throw new Error(`expected one level-${level} heading, found ${headings.length}`);
    return headings[0]!;
  }

  headingText(level = 2): string {
    return this.heading(level).textContent?.trim() ?? '';
  }

  status(): HTMLElement {
    return this.view.getByRole('status');
  }

  button(name: string | RegExp): HTMLElement {
    return this.view.getByRole('button', { name });
  }

  async click(name: string | RegExp) {
    await this.settled();
    await this.user.click(this.button(name));
    await this.settled();
  }

  /** A result paints its verdict first and the rest a frame later (after-verdict.ts): waits for the whole of it. */
  async settled() {
    await waitFor(() => {
      const result = this.container.querySelector('[part="result"]');
      if (result && !result.querySelector('.alq-folds')) throw new Error('the result is still coming');
    });
  }

  async start() {
    await this.click('Start');
  }

  /** Picks "I'm building" or "I'm investing" on the persona step. */
  async chooseRole(label: string) {
    await this.click(label);
  }

  /** The radio group of the question on screen. */
  group(): HTMLElement {
    return this.view.getByRole('radiogroup');
  }

  /** The answer labelled `label` (by its `<label>`, as a reader clicks it). */
  radio(label: string): HTMLInputElement {
    return within(this.group()).getByLabelText(label, { selector: 'input[type="radio"]' }) as HTMLInputElement;
  }

  checkedLabel(): string | null {
    const checked = within(this.group())
      .getAllByRole('radio')
      .find((r) => (r as HTMLInputElement).checked);
    return checked ? (this.container.querySelector(`label[for="${checked.id}"]`)?.textContent ?? null) : null;
  }

  async choose(label: string) {
    await this.user.click(this.radio(label));
  }

  async continue() {
    await this.click('Continue');
  }

  async answer(label: string) {
    await this.choose(label);
    await this.continue();
  }

  async back() {
    await this.click('Back');
  }

  /** "Switch to investing" or "Switch to building": straight to the other persona. */
  async changePersona() {
    await this.click(/^Switch to (building|investing)$/);
  }

  async startOver() {
    await this.click('Start over');
  }

  /** "Question 3 of 8" */
  progressText(): string {
    return this.view.getByText(/^Question \d+ of \d+$/, { selector: 'p' }).textContent ?? '';
  }

  progressBar(): HTMLElement {
    return this.view.getByRole('progressbar', { name: 'Progress' });
  }

  scoreTable(): HTMLElement {
    return this.view.getByRole('table', { name: 'Fit by layer, out of 100' });
  }

  /** Rows of the score table, best first, as [layer, fit] the way a screen reader reads them. */
  scoreRows(): [string, string][] {
    return within(this.scoreTable())
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const header = within(row).getByRole('rowheader').textContent!.replace(/\s+/g, ' ').trim();
        const cell = within(row).getByRole('cell').textContent!.replace(/\s+/g, ' ').trim();
        return [header, cell];
      });
  }

  /** The verdict card's "Why …" list items. */
  reasons(): HTMLElement[] {
    const list = this.view.queryByRole('list', { name: /^Why / });
    return list ? within(list).getAllByRole('listitem') : [];
  }

  /** The verdict card: the layer, why, the chart and the top reasons. */
  verdict(): HTMLElement {
    return this.container.querySelector<HTMLElement>('[part="verdict"]')!;
  }

  /** A folded section of the result, by the text of its summary. */
  fold(title: string): HTMLDetailsElement {
    const summary = [...this.container.querySelectorAll('summary')].find((s) => s.textContent?.trim() === title);
    if (!summary) throw new Error(`no folded section "${title}"`);
    return summary.parentElement as HTMLDetailsElement;
  }

  /** Opens a folded section as a reader does, by a click on its summary; returns it. */
  async openFold(title: string): Promise<HTMLDetailsElement> {
    await this.settled();
    const fold = this.fold(title);
    if (!fold.open) await this.user.click(fold.querySelector('summary')!);
    return fold;
  }

  /** Which screen shows, told by what only that screen has (a cheap look, not an assertion). */
  screenName(): 'intro' | 'persona' | 'question' | 'result' {
    const has = (text: string) =>
      [...this.container.querySelectorAll('button')].some((b) => b.textContent?.trim() === text);
    if (this.container.querySelector('fieldset')) return 'question';
    if (has('Start')) return 'intro';
    if (this.container.querySelector('[part="result"]')) return 'result';
    if (this.container.querySelector('[part="choice"] button')) return 'persona';
    throw new Error('no known screen is showing');
  }
}

export { screen };

/**
 * Answers every question on screen until the result shows, the way a reader
 * would: read the question, pick an answer by its label, Continue. `pick`
 * chooses among the options of the question the heading shows.
 */
export async function answerAll(
  quiz: QuizPage,
  engine: Engine,
  pick: (question: Question) => Option,
): Promise<string[]> {
  const chosen: string[] = [];
  for (let guard = 0; quiz.screenName() === 'question'; guard++) {
    if (guard > 50) throw new Error('the quiz never ended');
    const prompt = quiz.headingText();
    const question = questionReading(engine, prompt);
    if (!question) throw new Error(`no question in the bank reads "${prompt}"`);
    const option = pick(question);
    chosen.push(option.label);
    await quiz.answer(option.label);
  }
  return chosen;
}

/** The bank's question that reads `prompt` for some persona (its own prompt, or a persona's wording of it). */
export function questionReading(engine: Engine, prompt: string): Question | undefined {
  return engine.bank.questions.find(
    (q) => q.prompt === prompt || Object.values(q.wording ?? {}).some((w) => w?.prompt === prompt),
  );
}

/** The option that pulls hardest toward `outcome`. */
export const favouring = (outcome: OutcomeId) => (question: Question) =>
  question.options.reduce((best, o) => (o.weights[outcome] - best.weights[outcome] > 0 ? o : best));
