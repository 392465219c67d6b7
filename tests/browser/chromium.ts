/**
 * Debian's Chromium through playwright-core, for the browser tests and the
 * benchmark alike (no test-runner imports here, so plain scripts can use it).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Chromium's path: `CHROME_PATH`, else the usual places; a clear message when there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`[ai-layer-quiz] CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `[ai-layer-quiz] The browser tests need Chromium and found none (looked at ${CANDIDATES.join(', ')}).\n` +
        '  Install it with:  apt-get install -y chromium\n' +
        '  or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** playwright-core's launch() gives every browser a fresh temporary profile (user-data-dir) and removes it on close. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}
