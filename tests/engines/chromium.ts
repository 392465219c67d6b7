/** Chromium through playwright-core, as the browser suite drives it: the reference the other engines match. */
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { failNoPage, plain, VIEWPORT, type Driver, type Key } from './driver.ts';

const KEYS: Record<Key, string> = { Tab: 'Tab', Enter: 'Enter', Space: 'Space', ArrowDown: 'ArrowDown' };

export async function launchChromiumDriver(): Promise<Driver> {
  const browser = await launchChromium();
  let context: BrowserContext | undefined;
  let tab: Page | undefined;
  const page = () => tab ?? failNoPage();
  return {
    async open(url) {
      await context?.close();
      context = await browser.newContext({ viewport: VIEWPORT });
      tab = await context.newPage();
      await tab.goto(url, { waitUntil: 'load' });
    },
    reload: async () => void (await page().reload({ waitUntil: 'load' })),
    run: (fn, arg) => page().evaluate(plain(fn), arg),
    async click(find, arg) {
      const element = (await page().evaluateHandle(plain(find), arg)).asElement();
      if (!element) throw new Error(`[engines] nothing to click for ${JSON.stringify(arg)}`);
      await element.click();
    },
    press: (key) => page().keyboard.press(KEYS[key]),
    close: () => browser.close(),
  };
}
