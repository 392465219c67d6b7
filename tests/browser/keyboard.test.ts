/**
 * A whole quiz by keyboard alone: Tab to move, arrows within the radio
 * group, Space and Enter to act. No mouse, no programmatic focus. Focus
 * must land on each new step's heading and stay inside the widget.
 */
import type { Page } from 'playwright-core';
import { blogPage, SCRIPT_TAG } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import { alternating, outcomeLabel, PERSONA_LABEL, plannedRun, widget } from './widget.ts';

interface Focused {
  inWidget: boolean;
  /** Whether it shows a focus ring (a visible outline). */
  ring: boolean;
  tag: string;
  type: string | null;
  text: string;
  checked: boolean;
  value: string | null;
}

/** The element that has focus, looking through the widget's shadow root. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let inWidget = false;
    while (el?.shadowRoot?.activeElement) {
      inWidget ||= el.localName === 'ai-layer-quiz';
      el = el.shadowRoot.activeElement;
    }
    const input = el instanceof HTMLInputElement ? el : null;
    const label = input?.labels?.[0]?.textContent ?? null;
    const style = el ? getComputedStyle(el) : null;
    return {
      inWidget,
      ring: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      tag: el?.localName ?? '',
      type: input?.type ?? null,
      text: (label ?? el?.textContent ?? '').trim().replace(/\s+/g, ' '),
      checked: input?.checked ?? false,
      value: input?.value ?? null,
    };
  });
}

/** Presses Tab until `wanted` has focus (at most `max` times); fails with what had focus instead. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 15): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (wanted(now)) return;
    seen.push(`${now.tag}${now.type ? `[${now.type}]` : ''} "${now.text.slice(0, 40)}"`);
  }
  throw new Error(`Tab never reached ${what}; focus went: ${seen.join(' → ')}`);
}

const isButton = (name: string) => (f: Focused) => f.inWidget && f.tag === 'button' && f.text.startsWith(name);

describe('keyboard only', () => {
  test.for(['builder', 'investor'] as const)(
    '%s: the whole quiz with Tab, arrows, Space and Enter',
    async (persona, { site, open }) => {
      const html = blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz>${SCRIPT_TAG}` });
      const { page } = await open(site.page(`/keyboard-${persona}.html`, html));
      const quiz = widget(page);
      const run = plannedRun(persona, alternating);

      await tabTo(page, isButton('Start'), 'the Start button');
      await page.keyboard.press('Enter');
      await quiz.heading.filter({ hasText: /building or investing/ }).waitFor();
      expect((await focused(page)).tag).toMatch(/^h[1-6]$/);

      await tabTo(page, isButton(PERSONA_LABEL[persona]), PERSONA_LABEL[persona]);
      await page.keyboard.press(persona === 'builder' ? 'Enter' : 'Space');

      for (const question of run.questions) {
        await quiz.heading.filter({ hasText: question.prompt }).waitFor();
        // Focus moved to the question's heading.
        const onHeading = await focused(page);
        expect(
          onHeading.inWidget && /^h[1-6]$/.test(onHeading.tag),
          `focus on the heading of "${question.prompt}"`,
        ).toBe(true);
        expect(onHeading.text).toBe(question.prompt);

        // Tab enters the radio group; arrows move the choice; Space selects the first option.
        await tabTo(page, (f) => f.inWidget && f.type === 'radio', 'the answers');
        const target = question.options.findIndex((o) => o.id === run.answers[question.id]);
        if (target === 0) await page.keyboard.press('Space');
        for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
        const chosen = await focused(page);
        expect(chosen.checked).toBe(true);
        expect(chosen.value).toBe(run.answers[question.id]);

        await tabTo(page, isButton('Continue'), 'Continue');
        await page.keyboard.press('Enter');
      }

      await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
      expect((await focused(page)).text).toContain(outcomeLabel(run.expected));

      // And back to the start, still by keyboard.
      await tabTo(page, isButton('Start over'), 'Start over', 60);
      await page.keyboard.press('Enter');
      await quiz.heading.filter({ hasText: 'Which blockchain layer fits your AI plans?' }).waitFor();
    },
  );

  test('Continue with nothing chosen says so, and the keyboard user can go on', async ({ site, open }) => {
    const { page } = await open(
      site.page(
        '/keyboard-empty.html',
        blogPage({ widget: `<ai-layer-quiz persona="builder"></ai-layer-quiz>${SCRIPT_TAG}` }),
      ),
    );
    const quiz = widget(page);
    await tabTo(page, isButton('Start'), 'the Start button');
    await page.keyboard.press('Enter');
    const run = plannedRun('builder', alternating);
    await quiz.heading.filter({ hasText: run.questions[0]!.prompt }).waitFor();
    await tabTo(page, isButton('Continue'), 'Continue');
    await page.keyboard.press('Enter');
    await expect.poll(() => quiz.status.textContent()).toContain('Choose an answer');
    await page.keyboard.press('Shift+Tab');
    const back = await focused(page);
    expect(back.type).toBe('radio');
    await page.keyboard.press('Space');
    await tabTo(page, isButton('Continue'), 'Continue');
    await page.keyboard.press('Enter');
    await quiz.heading.filter({ hasText: run.questions[1]!.prompt }).waitFor();
  });

  test('an answer reached by arrow keys shows a focus ring, and one then picked with the mouse shows none', async ({
    site,
    open,
  }) => {
    const { page } = await open(
      site.page(
        '/keyboard-ring.html',
        blogPage({ widget: `<ai-layer-quiz persona="builder"></ai-layer-quiz>${SCRIPT_TAG}` }),
      ),
    );
    const quiz = widget(page);
    const first = plannedRun('builder', alternating).questions[0]!;
    await quiz.start();
    await quiz.heading.filter({ hasText: first.prompt }).waitFor();
    await tabTo(page, (f) => f.inWidget && f.type === 'radio', 'the answers');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ type: 'radio', value: first.options[1]!.id, ring: true });
    await quiz.choose(first.options[2]!.label);
    expect(await focused(page)).toMatchObject({ type: 'radio', value: first.options[2]!.id, ring: false });
  });
});
