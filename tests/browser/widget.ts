/**
 * Page objects: a widget on a page, driven the way a reader drives it, by
 * roles and visible labels (Playwright's locators pierce open shadow roots).
 *
 *   const quiz = widget(page, '#first');
 *   await quiz.start();
 *   await quiz.choosePersona("I'm building");
 *   await quiz.choose('Full control');
 *   await quiz.continue();
 */
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { evaluate, questionsFor, bank } from '../../src/engine/index.ts';
import type { Answers, OutcomeId, PersonaId, Question } from '../../src/engine/types.ts';

export const PERSONA_LABEL: Record<PersonaId, string> = Object.fromEntries(
  bank.personas.map((p) => [p.id, p.label]),
) as Record<PersonaId, string>;

export function outcomeLabel(id: OutcomeId): string {
  return bank.outcomes.find((o) => o.id === id)!.label;
}

/** Which option a reader picks for a question. */
export type Picker = (question: Question, index: number) => string;

export const firstOption: Picker = (q) => q.options[0]!.id;
/** The last answer that counts (a question's neutral answer comes last, and is not this). */
export const lastOption: Picker = (q) => q.options.filter((o) => !o.neutral).at(-1)!.id;
/** Varies along the way, so runs cover more than one corner of the bank. */
export const alternating: Picker = (q, i) => q.options[i % q.options.length]!.id;

export interface Run {
  persona: PersonaId;
  answers: Answers;
  /** What the engine says these answers give. */
  expected: OutcomeId;
  questions: Question[];
}

/** The questions a reader meets, in order, when picking with `pick` (branching included). */
export function plannedRun(persona: PersonaId, pick: Picker): Run {
  const answers: Record<string, string> = {};
  const asked: Question[] = [];
  for (;;) {
    const next = questionsFor(persona, answers).find((q) => answers[q.id] === undefined);
    if (!next) break;
    answers[next.id] = pick(next, asked.length);
    asked.push(next);
  }
  const result = evaluate(persona, answers);
  if (!result.ok) throw new Error(result.message);
  return { persona, answers, expected: result.outcome, questions: asked };
}

export function optionLabel(question: Question, optionId: string): string {
  return question.options.find((o) => o.id === optionId)!.label;
}

/** The widget matching `selector` in `page` (or a frame), or `within` a frame of it (`page.frameLocator('iframe')`). */
export function widget<P extends Page | Frame = Page>(
  page: P,
  selector = 'ai-layer-quiz',
  within: P | FrameLocator = page,
) {
  const host: Locator = within.locator(selector);
  const button = (name: string) => host.getByRole('button', { name, exact: true });

  const quiz = {
    host,
    page,
    /** The current step's heading (the one focus moves to). */
    heading: host.locator('[data-alq-focus]'),
    status: host.getByRole('status'),
    root: host.locator('[part~="root"]'),

    start: () => button('Start').click(),
    /**
     * Waits until the quiz has taken over from the loader's first screen: one root in the shadow root, and the
     * question screens' stylesheet adopted after the first screen's.
     */
    loaded: () =>
      host.evaluate(
        (el) =>
          new Promise<void>((resolve) => {
            const done = () =>
              el.shadowRoot!.querySelectorAll('.alq-root').length === 1 &&
              el.shadowRoot!.adoptedStyleSheets.length >= 2;
            const check = () => (done() ? resolve() : requestAnimationFrame(check));
            check();
          }),
      ),
    /** On the persona step: "I'm building" or "I'm investing". */
    choosePersona: (label: string) => host.getByRole('button', { name: label }).click(),
    /** Picks an option as a reader does: a click on its label (the whole option card is the label's click area). */
    async choose(label: string): Promise<void> {
      const radio = host.getByRole('radio', { name: label, exact: true });
      const id = await radio.getAttribute('id');
      await host.locator(`label[for="${id}"]`).click();
      if (!(await radio.isChecked())) throw new Error(`clicking "${label}" did not select it`);
    },
    continue: () => button('Continue').click(),
    back: () => button('Back').click(),
    startOver: () => button('Start over').click(),
    /** "Switch to investing" or "Switch to building": straight to the other persona. */
    changePersona: () => host.getByRole('button', { name: /^Switch to (building|investing)$/ }).click(),

    async headingText(): Promise<string> {
      return ((await quiz.heading.textContent()) ?? '').trim();
    },

    /** Answers every question of `run` (already past the persona step), ending on the result. */
    async answer(run: Run): Promise<void> {
      for (const question of run.questions) {
        await quiz.heading.filter({ hasText: question.prompt }).waitFor();
        await quiz.choose(optionLabel(question, run.answers[question.id]!));
        await quiz.continue();
      }
      await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
      await quiz.whole();
    },

    /** Waits for the whole result: its reasons, share controls and folded sections come a frame after the verdict. */
    whole: () => host.locator('.alq-folds').waitFor(),

    /** From the intro to the result: Start, persona (unless preset), every question. */
    async complete(run: Run, options: { presetPersona?: boolean } = {}): Promise<void> {
      await quiz.start();
      if (!options.presetPersona) await quiz.choosePersona(PERSONA_LABEL[run.persona]);
      await quiz.answer(run);
    },

    /** The tag name of the step heading (h1…h6). */
    async headingTag(): Promise<string> {
      return quiz.heading.evaluate((el) => el.tagName.toLowerCase());
    },
  };
  return quiz;
}

export type Widget = ReturnType<typeof widget<Page>>;

/** Collects the `quiz-*` events dispatched on the page (listeners on document: they bubble and are composed). */
export async function recordEvents(
  page: Page,
): Promise<() => Promise<{ type: string; target: string; detail: unknown }[]>> {
  await page.evaluate(() => {
    const log: { type: string; target: string; detail: unknown }[] = [];
    for (const type of ['quiz-start', 'quiz-answer', 'quiz-complete', 'quiz-share']) {
      document.addEventListener(type, (event) => {
        const target = event.target as Element;
        log.push({ type, target: target.id || target.localName, detail: (event as CustomEvent).detail });
      });
    }
    // Kept on the document element's dataset-free expando: no window property is added.
    (document.documentElement as unknown as { alqEvents: typeof log }).alqEvents = log;
  });
  return () =>
    page.evaluate(
      () =>
        (document.documentElement as unknown as { alqEvents: { type: string; target: string; detail: unknown }[] })
          .alqEvents,
    );
}
