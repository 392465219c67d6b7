/**
 * The result screen in Chromium, on the demo blog post (the article around
 * the widget): a phone screen is the unit of length, no word is ever split,
 * the folded sections work by keyboard, citations link into the article and
 * back, and a changed answer can be tried and left.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from './harness.ts';
import { longestResults, runOf } from './longest-results.ts';
import { alternating, plannedRun, recordEvents, widget, type Run, type Widget } from './widget.ts';
import { engine } from '../../src/engine/index.ts';
import type { PersonaId } from '../../src/engine/types.ts';
import { pickFlips } from '../../src/machine/quiz.connect.ts';

const PERSONAS: PersonaId[] = ['builder', 'investor'];

/** A plain run and the sampled paths with the most to say in the verdict card: the budget holds for them all. */
const runsOf = (persona: PersonaId): [string, Run][] => [
  ['a plain path', plannedRun(persona, alternating)],
  ...longestResults(persona, 1).map((run): [string, Run] => ['its longest verdict', run]),
];

/** Where the verdict's parts sit in the viewport, what has focus, and the widget's height. */
function layout(quiz: Widget) {
  return quiz.host.evaluate((host) => {
    const root = host.shadowRoot!;
    const box = (selector: string) => {
      const r = root.querySelector(selector)!.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
    };
    return {
      height: Math.round(host.getBoundingClientRect().height),
      focused: root.activeElement?.hasAttribute('data-alq-focus') ?? false,
      heading: box('[data-alq-focus]'),
      chart: box('[part~="chart"]'),
      firstReason: box('[data-alq-reveal]'),
      open: root.querySelectorAll('details[open]').length,
      // What a reader sees with the sections folded (closed <details> show only their summary).
      words: (root.querySelector<HTMLElement>('.alq-root')!.innerText.match(/\S+/g) ?? []).length,
    };
  });
}

describe('height budgets, with the sections folded', () => {
  for (const persona of PERSONAS) {
    for (const [what, run] of runsOf(persona)) {
      test(`${persona}, ${what}: at 375×800 the verdict, chart and first reason are on screen on arrival; at most 1,100 px tall`, async ({
        open,
      }) => {
        const { page } = await open('/', { viewport: { width: 375, height: 800 } });
        const quiz = widget(page);
        await quiz.complete(run);
        const at = await layout(quiz);
        console.log(`${persona} ${what} at 375×800: ${at.height} px, ${at.words} words`);
        expect(at.focused).toBe(true);
        expect(at.open).toBe(0);
        expect(at.heading.top).toBeGreaterThanOrEqual(0);
        expect(at.chart.bottom).toBeLessThanOrEqual(800);
        expect(at.firstReason.bottom).toBeLessThanOrEqual(800);
        expect(at.height).toBeLessThanOrEqual(1100);
      });

      test(`${persona}, ${what}: at 1280×900 at most 800 px tall`, async ({ open }) => {
        const { page } = await open('/', { viewport: { width: 1280, height: 900 } });
        const quiz = widget(page);
        await quiz.complete(run);
        const at = await layout(quiz);
        console.log(`${persona} ${what} at 1280×900: ${at.height} px, ${at.words} words`);
        expect(at.open).toBe(0);
        expect(at.height).toBeLessThanOrEqual(800);
      });
    }
  }
});

/** Words of the result's text split across lines where they must not be, and elements sticking out sideways. */
function brokenWords(page: Page) {
  return page.locator('ai-layer-quiz').evaluate((host) => {
    const root = host.shadowRoot!.querySelector('.alq-root')!;
    const split: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // In tables and pills a word never breaks; in running text it may break only after a hyphen, as print does.
      const strict = node.parentElement!.closest('th, td, caption, .alq-badge') !== null;
      const lines = (start: number, end: number) => {
        range.setStart(node, start);
        range.setEnd(node, end);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      };
      for (const match of text.matchAll(/\S+/g)) {
        if (lines(match.index, match.index + match[0].length) <= 1) continue;
        const parts = strict ? [] : [...match[0].matchAll(/[^-]+-?/g)];
        if (strict || parts.some((p) => lines(match.index + p.index, match.index + p.index + p[0].length) > 1)) {
          split.push(`${match[0]} in ${node.parentElement!.localName}.${node.parentElement!.className}`);
        }
      }
    }
    const edge = root.getBoundingClientRect().right + 0.5;
    const wide = [...root.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > edge && el.getClientRects().length > 0)
      .map((el) => `${el.localName}.${el.className}`);
    return { split, wide, scrolls: root.scrollWidth > root.clientWidth };
  });
}

describe('no word is ever split, and nothing overflows sideways', () => {
  for (const width of [320, 375, 1280]) {
    for (const persona of PERSONAS) {
      test(`${persona} at ${width} px, every section open`, async ({ open }) => {
        const { page } = await open('/', { viewport: { width, height: 900 } });
        const quiz = widget(page);
        await quiz.complete(longestResults(persona, 1)[0]!);
        for (const summary of await quiz.host.locator('summary').all()) await summary.click();
        expect(await brokenWords(page)).toEqual({ split: [], wide: [], scrolls: false });
      });
    }
  }
});

describe('the folded sections', () => {
  test('open and close from the keyboard: Tab to a summary, Enter opens it, Space closes it', async ({ open }) => {
    const { page } = await open('/', { viewport: { width: 375, height: 800 } });
    const quiz = widget(page);
    await quiz.complete(plannedRun('investor', alternating));
    const summary = quiz.host.locator('summary', { hasText: 'Allocation, tax and tools' });
    const fold = quiz.host.locator('details', {
      has: page.locator('summary', { hasText: 'Allocation, tax and tools' }),
    });
    const table = fold.getByRole('table', { name: 'Monitoring tools' });
    for (let i = 0; i < 40 && !(await summary.evaluate((el) => el.matches(':focus'))); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(summary.evaluate((el) => el.matches(':focus-visible'))).resolves.toBe(true);
    await expect(table.isVisible()).resolves.toBe(false);
    await page.keyboard.press('Enter');
    await table.waitFor();
    await expect(fold.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
    await page.keyboard.press('Space');
    await table.waitFor({ state: 'hidden' });
    await expect(fold.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
  });
});

describe('citations on the demo blog post', () => {
  test('link to the cited heading of the article, land on it, and Back returns to the result as it was', async ({
    open,
  }) => {
    const { page } = await open('/', { viewport: { width: 1280, height: 900 } });
    const quiz = widget(page);
    await quiz.complete(plannedRun('builder', alternating));
    const heading = await quiz.headingText();
    const link = quiz.host.locator('[part~="verdict"] [part~="source-link"]').first();
    const { hash: href, origin, pathname } = new URL((await link.getAttribute('href'))!);
    const cited = ((await link.textContent()) ?? '').split(' — ');
    expect(href).toMatch(/^#[\w-]+$/);
    expect(origin + pathname).toBe(page.url().split('#')[0]);

    await link.click();
    await page.waitForFunction((h) => location.hash === h, href);
    const target = await page.evaluate(
      (id) => {
        const el = document.getElementById(id)!;
        return { tag: el.localName, text: el.textContent!.trim(), top: Math.round(el.getBoundingClientRect().top) };
      },
      decodeURIComponent(href.slice(1)),
    );
    expect(target.tag).toMatch(/^h[1-6]$/);
    // The point's own heading when the article has one under the section, else the section's.
    expect([cited[0], cited[1]]).toContain(target.text);
    expect(Math.abs(target.top)).toBeLessThanOrEqual(2);
    // A hash that is not this widget's share link leaves the quiz alone.
    expect(await quiz.headingText()).toBe(heading);

    await page.goBack();
    await page.waitForFunction(() => location.hash === '');
    expect(await quiz.headingText()).toBe(heading);
    const back = await link.evaluate((el) => el.getBoundingClientRect().top);
    expect(back).toBeGreaterThanOrEqual(0);
    expect(back).toBeLessThanOrEqual(900);
  });
});

describe('trying a changed answer', () => {
  test('shows that result, tells the page nothing, keeps nothing, and one click returns to the reader’s own', async ({
    open,
  }) => {
    const { page } = await open('/', { viewport: { width: 375, height: 800 } });
    const events = await recordEvents(page);
    const quiz = widget(page);
    let mine: Run | null = null;
    engine.forEachPath('builder', (answers) => {
      const result = mine ? null : engine.evaluate('builder', answers);
      if (result?.ok && pickFlips(result.flips).length > 0) mine = runOf('builder', answers);
    });
    await quiz.complete(mine!);
    const heard = (await events()).length;
    const saved = await page.evaluate(() => JSON.stringify(sessionStorage));

    await quiz.host.locator('summary', { hasText: 'What would change the result' }).click();
    await quiz.host.getByRole('button', { name: 'Try this answer' }).first().click();
    const tried = quiz.heading.filter({ hasText: 'Best fit with this answer' });
    const question = quiz.host.getByRole('radiogroup');
    await question.or(tried).first().waitFor();
    if (await question.isVisible()) {
      await quiz.host.getByRole('radio').first().check();
      await quiz.continue();
    }
    await tried.waitFor();
    await quiz.whole();
    await expect(quiz.host.getByText(/^With “/).isVisible()).resolves.toBe(true);
    expect(await quiz.host.locator('[part~="share"]').count()).toBe(0);

    await quiz.host.getByRole('button', { name: 'Back to my result' }).click();
    await quiz.heading.filter({ hasText: 'Your best fit' }).waitFor();
    await quiz.whole();
    expect((await layout(quiz)).focused).toBe(true);
    expect((await events()).length).toBe(heard);
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toBe(saved);
  });
});
