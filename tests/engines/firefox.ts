/**
 * Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, headless.
 * Space is pressed as ' ': BiDi's key names have no 'Space'.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { failNoPage, plain, VIEWPORT, type Driver, type Key } from './driver.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const KEYS = { Tab: 'Tab', Enter: 'Enter', Space: ' ', ArrowDown: 'ArrowDown' } as const satisfies Record<Key, string>;

export async function launchFirefoxDriver(): Promise<Driver> {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `[engines] The engine tests need Firefox ESR and found none at ${FIREFOX}.\n` +
        '  Install it with:  apt-get install -y firefox-esr\n  or point FIREFOX_PATH at a Firefox binary.',
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    timeout: 60_000,
  });
  let tab: Page | undefined;
  const page = () => tab ?? failNoPage();
  return {
    async open(url) {
      const previous = tab;
      tab = await browser.newPage();
      await previous?.close();
      await tab.setViewport(VIEWPORT);
      await tab.goto(url, { waitUntil: 'load' });
    },
    reload: async () => void (await page().reload({ waitUntil: 'load' })),
    run: (fn, arg) => page().evaluate(plain(fn), arg),
    async click(find, arg) {
      const element = (await page().evaluateHandle(plain(find), arg)).asElement() as ElementHandle<Element> | null;
      if (!element) throw new Error(`[engines] nothing to click for ${JSON.stringify(arg)}`);
      await element.click();
    },
    press: (key) => page().keyboard.press(KEYS[key]),
    close: () => browser.close(),
  };
}
