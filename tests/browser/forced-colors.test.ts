/**
 * Forced colours (Windows High Contrast and Contrast themes), light and dark,
 * checked on the pixels a reader sees: the progress fill shows how far they
 * are, the chosen answer's card is framed, buttons keep their border and
 * focus ring, each bar covers a width in proportion to its fit, and Hybrid's
 * part from the blend is hatched apart from the rest, as is its swatch in the
 * note under the chart.
 */
import type { Locator, Page } from 'playwright-core';
import { blogPage } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import { runOf } from './longest-results.ts';
import { pixelsOf, type Box, type Pixels } from './pixels.ts';
import { optionLabel, PERSONA_LABEL, widget, type Run, type Widget } from './widget.ts';
import { engine } from '../../src/engine/index.ts';
import type { PersonaId } from '../../src/engine/types.ts';

/** The first path of `persona` where the blend adds to Hybrid, and Hybrid leads or not as asked. */
function blendRun(persona: PersonaId, hybridLeads: boolean): Run {
  let found: Run | undefined;
  engine.forEachPath(persona, (answers) => {
    if (found) return;
    const result = engine.evaluate(persona, answers);
    if (!result.ok || !result.blend?.fit) return;
    if ((result.outcome === 'hybrid') === hybridLeads) found = runOf(persona, answers);
  });
  if (!found) throw new Error(`no ${persona} path with a blend where Hybrid ${hybridLeads ? 'leads' : 'trails'}`);
  return found;
}

const SCENARIOS = (['light', 'dark'] as const).flatMap((colorScheme) => [
  { name: `${colorScheme}, builder, Hybrid first`, colorScheme, run: blendRun('builder', true) },
  { name: `${colorScheme}, investor, Hybrid behind`, colorScheme, run: blendRun('investor', false) },
]);

/** Where the widget's parts are in the viewport (as in a screenshot of it). */
function boxesOf(quiz: Widget, selector: string): Promise<Box[]> {
  return quiz.host.evaluate(
    (host, selector) =>
      [...host.shadowRoot!.querySelectorAll(selector)].map((el) => {
        const { x, y, width, height } = el.getBoundingClientRect();
        return { x, y, width, height };
      }),
    selector,
  );
}

/** The viewport's pixels, once `part` is in view, and the page's Canvas colour (its top left corner). */
async function screenshotOf(page: Page, part: Locator): Promise<{ pixels: Pixels; canvas: string }> {
  await part.scrollIntoViewIfNeeded();
  const pixels = await pixelsOf(page, await page.screenshot());
  return { pixels, canvas: pixels.at(0, 0) };
}

const inset = (box: Box, by: number): Box => ({
  x: box.x + by,
  y: box.y + by,
  width: box.width - 2 * by,
  height: box.height - 2 * by,
});

describe('forced colours', () => {
  test.for(SCENARIOS.map((s) => [s.name, s] as const))('%s', async ([, { colorScheme, run }], { site, open }) => {
    const path = site.page('/forced-colours.html', blogPage());
    const { page } = await open(path, { forcedColors: 'active', colorScheme, viewport: { width: 560, height: 900 } });
    const quiz = widget(page);
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL[run.persona]);
    const [first, second, ...rest] = run.questions;
    await quiz.heading.filter({ hasText: first!.prompt }).waitFor();
    await quiz.choose(optionLabel(first!, run.answers[first!.id]!));
    await quiz.continue();
    await quiz.heading.filter({ hasText: second!.prompt }).waitFor();
    await quiz.choose(optionLabel(second!, run.answers[second!.id]!));

    // The question: the fill covers the share of the track the progress bar announces.
    const bar = quiz.host.getByRole('progressbar');
    const done = Number(await bar.getAttribute('aria-valuenow')) / Number(await bar.getAttribute('aria-valuemax'));
    expect(done).toBeGreaterThan(0);
    // The fill grows over 200 ms from the last question's share: measured once it has.
    await quiz.host.evaluate((host) => Promise.all(host.shadowRoot!.getAnimations().map((a) => a.finished)));
    let { pixels, canvas } = await screenshotOf(page, quiz.host.locator('.alq-options'));
    const [track] = await boxesOf(quiz, '.alq-progress-track');
    // Inside the track's 1 px border, past its rounded ends (4 px): the fill ends `done` of the way along.
    const inside = inset(track!, 1);
    const between = { ...inside, x: inside.x + 3, width: inside.width - 6 };
    const fillEnd = inside.x + done * inside.width;
    expect(Math.abs(pixels.inkedColumns(between, canvas) - (fillEnd - between.x))).toBeLessThanOrEqual(2);
    // The chosen card is framed inside its border (in Highlight); the others have only their border.
    const [chosen] = await boxesOf(quiz, '.alq-option:has(input:checked)');
    const others = await boxesOf(quiz, '.alq-option:not(:has(input:checked))');
    const ring = (card: Box): Box => ({ x: card.x + 2, y: card.y + card.height / 2 - 5, width: 2, height: 10 });
    expect([...pixels.colours(ring(chosen!))]).not.toContain(canvas);
    for (const other of others) expect([...pixels.colours(ring(other))]).toEqual([canvas]);

    // Continue's border, and its focus ring (3 px, 2 px off the button) once Tab reaches it.
    const next = quiz.host.getByRole('button', { name: 'Continue' });
    await page.keyboard.press('Tab');
    await expect(next.evaluate((el) => el.matches(':focus-visible'))).resolves.toBe(true);
    ({ pixels, canvas } = await screenshotOf(page, next));
    const [button] = await boxesOf(quiz, '.alq-actions .alq-button');
    const middle = button!.y + button!.height / 2;
    expect(pixels.at(button!.x + 1, middle), 'the border').not.toBe(canvas);
    expect(pixels.at(button!.x - 1, middle), 'the gap').toBe(canvas);
    expect(pixels.at(button!.x - 3.5, middle), 'the focus ring').not.toBe(canvas);

    await quiz.continue();
    await quiz.answer({ ...run, questions: rest });

    // The result: each bar inks a width in proportion to its fit; the blend's part is hatched, the rest solid.
    ({ pixels, canvas } = await screenshotOf(page, quiz.host.locator('.alq-chart')));
    const rows = await quiz.host.locator('.alq-chart tbody tr').all();
    const bars = await boxesOf(quiz, '.alq-bar');
    const blends = await boxesOf(quiz, '.alq-bar-blend');
    const solids = await boxesOf(quiz, '.alq-bar-fill:not(.alq-bar-blend)');
    expect(bars).toHaveLength(4);
    let hatched = 0;
    for (const [i, row] of rows.entries()) {
      const fit = Number(await row.locator('.alq-bar-value').textContent());
      // Inside the track by a pixel, clear of its outline's anti-aliasing.
      const inked = pixels.inkedColumns(inset(bars[i]!, 1), canvas);
      const expected = Math.max(0, (fit / 100) * bars[i]!.width - 1);
      expect(Math.abs(inked - expected), `a fit of ${fit} in ${bars[i]!.width} px`).toBeLessThanOrEqual(2);
      if (blends[i]!.width < 4) continue;
      hatched++;
      const solid = pixels.colours(inset(solids[i]!, 1));
      expect(solid.size, 'the part not from the blend is one solid colour').toBe(1);
      expect(solid.has(canvas)).toBe(false);
      expect(pixels.colours(inset(blends[i]!, 1)).size, 'the blend part is hatched').toBeGreaterThanOrEqual(2);
    }
    expect(hatched).toBe(1);
    const [swatch] = await boxesOf(quiz, '.alq-swatch');
    const legend = pixels.colours(inset(swatch!, 1));
    expect(legend.size, 'the swatch is hatched as the blend part is').toBeGreaterThanOrEqual(2);
  });
});
