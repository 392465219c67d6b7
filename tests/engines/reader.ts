/**
 * A reader at a widget, in any engine: what they click and press, and what
 * they see (the step's heading, where focus is, an open fold). Only the
 * driver differs between engines; every question is asked from inside the
 * page, through the widget's shadow root.
 *
 *   const quiz = reader(driver, origin);
 *   await quiz.open();
 *   await quiz.start();
 *   await quiz.see('Are you building or investing?');
 */
import { outcomeLabel, optionLabel, PERSONA_LABEL, type Run } from '../browser/widget.ts';
import type { Driver, Key } from './driver.ts';
import { POST_PATH, watched, type Watched } from './page.ts';

/** An element in the widget: the first matching `css` whose text, spaces folded, is `text`. */
interface Target {
  css: string;
  text?: string;
}

/** Runs in the page. */
function find({ css, text }: Target): Element | null {
  const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const all = document.querySelector('ai-layer-quiz')?.shadowRoot?.querySelectorAll(css) ?? [];
  return [...all].find((el) => text === undefined || fold(el.textContent) === text) ?? null;
}

export interface Focus {
  inWidget: boolean;
  tag: string;
  type: string | null;
  /** A control's label, else the element's text. */
  text: string;
  checked: boolean;
  /** Whether a focus ring shows: a visible outline. */
  ring: boolean;
}

export interface Screen {
  heading: string;
  eyebrow: string;
  focus: Focus;
}

/** Runs in the page: what the reader sees now. */
function screen(): Screen {
  const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const root = document.querySelector('ai-layer-quiz')?.shadowRoot;
  let el = document.activeElement;
  let inWidget = false;
  while (el?.shadowRoot?.activeElement) {
    inWidget ||= el.localName === 'ai-layer-quiz';
    el = el.shadowRoot.activeElement;
  }
  const input = el instanceof HTMLInputElement ? el : null;
  const style = el ? getComputedStyle(el) : null;
  return {
    heading: fold(root?.querySelector('[data-alq-focus]')?.textContent),
    eyebrow: fold(root?.querySelector('.alq-eyebrow')?.textContent),
    focus: {
      inWidget,
      tag: el?.localName ?? '',
      type: input?.type ?? null,
      text: fold(input?.labels?.[0]?.textContent ?? el?.textContent),
      checked: input?.checked ?? false,
      ring: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    },
  };
}

/** Runs in the page: whether the fold under `summary` is open, and whether what it holds shows; null while there is none. */
function foldState(summary: string): { open: boolean; shown: boolean } | null {
  const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const all = document.querySelector('ai-layer-quiz')!.shadowRoot!.querySelectorAll('details');
  const details = [...all].find((d) => fold(d.querySelector('summary')?.textContent) === summary);
  if (!details) return null;
  const content = details.querySelector('summary')!.nextElementSibling!;
  return { open: details.open, shown: content.checkVisibility() && content.getBoundingClientRect().height > 0 };
}

/** Runs in the page: whether the quiz has taken over from the loader's first screen (whose Start it replaces). */
function loaded(): boolean {
  const root = document.querySelector('ai-layer-quiz')?.shadowRoot;
  return root?.querySelectorAll('.alq-root').length === 1 && root.adoptedStyleSheets.length >= 2;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads until `done` says so (20 s at most), and gives the last reading; fails with what `why` makes of it. */
async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, why: (last: T) => string): Promise<T> {
  let last = await read();
  for (let waited = 0; !done(last); waited += 100) {
    if (waited >= 20_000) throw new Error(`[engines] ${why(last)}`);
    await sleep(100);
    last = await read();
  }
  return last;
}

export function reader(driver: Driver, origin: string) {
  /** Problems of pages already left (a reload or a new tab forgets the page's own record). */
  const earlier: string[] = [];
  let opened = false;
  const record = (): Promise<Watched> => driver.run(watched, null);
  const leave = async () => void (opened && earlier.push(...(await record()).problems));
  /** Clicks `target` once it is there: a result's second part comes a frame after its verdict. */
  const click = (target: Target) =>
    poll(
      () =>
        driver.click(find, target).then(
          () => true,
          (error: unknown) => {
            if (String(error).includes('nothing to click')) return false;
            throw error;
          },
        ),
      Boolean,
      () => `nothing to click for ${JSON.stringify(target)}`,
    );
  const ready = () =>
    poll(
      () => driver.run(loaded, null),
      Boolean,
      () => 'the quiz never took over from its first screen',
    );

  const quiz = {
    screen: () => driver.run(screen, null),
    /** The fold under `summary`, once the result has it. */
    fold: async (summary: string) =>
      (await poll(
        () => driver.run(foldState, summary),
        (state) => state !== null,
        () => `no fold "${summary}"`,
      ))!,

    /** Waits until the step's heading is `heading` (or matches it), then tells what the reader sees. */
    see: (heading: string | RegExp): Promise<Screen> =>
      poll(
        quiz.screen,
        (now) => (typeof heading === 'string' ? now.heading === heading : heading.test(now.heading)),
        (now) => `the heading never became ${String(heading)}; it is "${now.heading}"`,
      ),

    /** The post, in a new tab (its own session storage), at `path`. */
    async open(path = POST_PATH): Promise<void> {
      await leave();
      await driver.open(new URL(path, origin).href);
      opened = true;
      await ready();
    },
    async reload(): Promise<void> {
      await leave();
      await driver.reload();
      await ready();
    },

    start: () => click({ css: 'button', text: 'Start' }),
    choosePersona: (label: string) => click({ css: 'button', text: label }),
    /** A click on the option's label, as a reader picks it (the whole card is the label's click area). */
    async choose(label: string): Promise<void> {
      await click({ css: '.alq-option label', text: label });
      const checked = await driver.run((text) => {
        const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
        const root = document.querySelector('ai-layer-quiz')!.shadowRoot!;
        const label = [...root.querySelectorAll('.alq-option label')].find((l) => fold(l.textContent) === text);
        return (root.getElementById(label?.getAttribute('for') ?? '') as HTMLInputElement | null)?.checked ?? false;
      }, label);
      if (!checked) throw new Error(`[engines] clicking "${label}" did not select it`);
    },
    continue: () => click({ css: 'button', text: 'Continue' }),
    button: (text: string) => click({ css: 'button', text }),
    summary: (text: string) => click({ css: 'summary', text }),
    press: (key: Key) => driver.press(key),

    /** Presses Tab until focus is where `wanted` says (at most `max` times); fails with where it went instead. */
    async tabTo(wanted: (focus: Focus) => boolean, what: string, max = 20): Promise<Focus> {
      const seen: string[] = [];
      for (let i = 0; i < max; i++) {
        await driver.press('Tab');
        const { focus } = await quiz.screen();
        if (wanted(focus)) return focus;
        seen.push(`${focus.tag}${focus.type ? `[${focus.type}]` : ''} "${focus.text.slice(0, 40)}"`);
      }
      throw new Error(`[engines] Tab never reached ${what}; focus went: ${seen.join(' → ')}`);
    },

    /** Answers `run`'s questions by clicks, from the one on screen, ending on its result. */
    async answer(run: Run, from = 0): Promise<Screen> {
      for (const question of run.questions.slice(from)) {
        await quiz.see(question.prompt);
        await quiz.choose(optionLabel(question, run.answers[question.id]!));
        await quiz.continue();
      }
      return quiz.see(`Your best fit: ${outcomeLabel(run.expected)}`);
    },
    /** From the intro to `run`'s result, by clicks. */
    async complete(run: Run): Promise<Screen> {
      await quiz.start();
      await quiz.choosePersona(PERSONA_LABEL[run.persona]);
      return quiz.answer(run);
    },

    shareUrls: async () => (await record()).shareUrls,
    /** Every error, rejection and console error of every page this reader opened. */
    problems: async () => [...earlier, ...(await record()).problems],
  };
  return quiz;
}

export type Reader = ReturnType<typeof reader>;
