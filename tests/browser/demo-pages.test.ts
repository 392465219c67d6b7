/**
 * The demo site on a phone, and the attributes page's accent controls: the
 * colour picker follows what is typed, and the README's own accent keeps its
 * colour under the dark theme.
 */
import { accentFor, contrast, parseColour, THEME_COLOURS } from '../../src/ui/theme/accent.ts';
import { toOklch } from '../../src/ui/theme/oklch.ts';
import { describe, expect, test } from './harness.ts';
import { widget } from './widget.ts';

const PAGES = ['/', '/attributes.html'];

describe('the demo pages on a phone', () => {
  for (const width of [320, 375]) {
    test(`no page scrolls sideways at ${width} px`, async ({ open }) => {
      for (const path of PAGES) {
        const { page } = await open(path, { viewport: { width, height: 740 }, isMobile: true, hasTouch: true });
        await widget(page).host.first().getByRole('button', { name: 'Start', exact: true }).waitFor();
        const sizes = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(sizes.clientWidth, path).toBe(width);
        expect(sizes.scrollWidth, path).toBeLessThanOrEqual(sizes.clientWidth);
      }
    });
  }
});

describe('the accent on the attributes page', () => {
  test('the colour picker follows the text field, whatever CSS colour is typed', async ({ open }) => {
    const { page } = await open('/attributes.html');
    const text = page.getByRole('textbox', { name: 'accent (any CSS colour)' });
    const picker = page.getByLabel('Pick an accent colour');
    for (const [typed, shown] of [
      ['#0b6e4f', '#0b6e4f'],
      ['teal', '#008080'],
      ['rgb(176 0 32)', '#b00020'],
      ['nonsense', '#1d5fc6'],
      ['', '#1d5fc6'],
    ]) {
      await text.fill(typed!);
      await expect.poll(() => picker.inputValue(), { message: typed }).toBe(shown);
    }
    await picker.fill('#663399');
    await expect.poll(() => text.inputValue()).toBe('#663399');
    await expect.poll(() => page.locator('#live-quiz').getAttribute('accent')).toBe('#663399');
  });

  test("the README's #0b6e4f stays green under the dark theme, standing out 3:1", async ({ open }) => {
    const { page } = await open('/attributes.html');
    const quiz = widget(page, '#live-quiz');
    await page.getByRole('textbox', { name: 'accent (any CSS colour)' }).fill('#0b6e4f');
    await page.getByRole('radio', { name: 'dark' }).check();
    await expect.poll(() => quiz.root.getAttribute('data-theme')).toBe('dark');
    const used = await quiz.root.evaluate((el) => getComputedStyle(el).getPropertyValue('--_accent').trim());
    expect(used).toBe(accentFor('#0b6e4f', 'dark').accent);
    expect(used).not.toBe(THEME_COLOURS.dark.accent);
    const [asked, shown] = [toOklch(parseColour('#0b6e4f')!), toOklch(parseColour(used)!)];
    expect(Math.abs(asked.h - shown.h)).toBeLessThan(1);
    expect(contrast(parseColour(used)!, parseColour(THEME_COLOURS.dark.background)!)).toBeGreaterThanOrEqual(3);
    // The Start button is drawn in it.
    const start = quiz.host.getByRole('button', { name: 'Start', exact: true });
    expect(await start.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgbText(used));
  });
});

function rgbText(hex: string): string {
  const [r, g, b] = parseColour(hex)!;
  return `rgb(${r}, ${g}, ${b})`;
}
