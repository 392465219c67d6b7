/**
 * Debian's WebKitGTK: MiniBrowser driven by WebKitWebDriver (the package
 * `webkit2gtk-driver`) through selenium-webdriver, on an Xvfb display of its
 * own, since MiniBrowser has no headless mode. The driver allows one session
 * at a time, so a fresh tab is a fresh session (about half a second).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, Key as Keys, type WebDriver, type WebElement } from 'selenium-webdriver';
import { failNoPage, VIEWPORT, type Driver, type Key } from './driver.ts';
import { startXvfb } from './xvfb.ts';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const KEYS: Record<Key, string> = { Tab: Keys.TAB, Enter: Keys.ENTER, Space: Keys.SPACE, ArrowDown: Keys.ARROW_DOWN };

const CAPABILITIES = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

async function untilUp(url: string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (
      await fetch(`${url}/status`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`[engines] WebKitWebDriver did not answer at ${url}`);
}

export async function launchWebKitDriver(): Promise<Driver> {
  if (!existsSync(MINIBROWSER)) {
    throw new Error(
      `[engines] The engine tests need WebKitGTK's MiniBrowser (${MINIBROWSER}).\n` +
        '  Install it with:  apt-get install -y webkit2gtk-driver',
    );
  }
  const x = await startXvfb({ width: 1600, height: 1200 });
  const port = await freePort();
  const service = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: x.display },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await untilUp(url);
  let session: WebDriver | undefined;
  const driver = () => session ?? failNoPage();
  return {
    async open(address) {
      await session?.quit();
      session = await new Builder().usingServer(url).withCapabilities(CAPABILITIES).build();
      await session.manage().window().setRect(VIEWPORT);
      await session.get(address);
    },
    reload: () => driver().navigate().refresh(),
    run: (fn, arg) => driver().executeScript(fn, arg),
    async click(find, arg) {
      const element = await driver().executeScript<WebElement | null>(find, arg);
      if (!element) throw new Error(`[engines] nothing to click for ${JSON.stringify(arg)}`);
      await element.click();
    },
    press: (key) => driver().actions().sendKeys(KEYS[key]).perform(),
    async close() {
      await session?.quit();
      const exited = new Promise((resolve) => service.once('exit', resolve));
      service.kill('SIGTERM');
      await exited;
      await x.close();
    },
  };
}
