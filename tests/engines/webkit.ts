/**
 * Debian's WebKitGTK: MiniBrowser driven by WebKitWebDriver (the package
 * `webkit2gtk-driver`) through selenium-webdriver, on an Xvfb display of its
 * own, since MiniBrowser has no headless mode. The driver allows one session
 * at a time, so a fresh tab is a fresh session (about half a second).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, Key as Keys, type WebDriver, type WebElement } from 'selenium-webdriver';
import { failNoPage, VIEWPORT, type Driver, type Key } from './driver.ts';
import { startXvfb } from './xvfb.ts';

/** MiniBrowser comes with libwebkit2gtk-4.1-0, in the multiarch folder (`/usr/lib/x86_64-linux-gnu/…`). */
function findMiniBrowser(): string {
  const found = readdirSync('/usr/lib')
    .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      "[engines] The engine tests need WebKitGTK's MiniBrowser and found none in /usr/lib/*/webkit2gtk-4.1/.\n" +
        '  Install it with:  apt-get install -y webkit2gtk-driver',
    );
  }
  return found;
}

const KEYS: Record<Key, string> = { Tab: Keys.TAB, Enter: Keys.ENTER, Space: Keys.SPACE, ArrowDown: Keys.ARROW_DOWN };

const capabilities = (binary: string) => ({
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary, args: ['--automation'] },
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

/** Starts WebKitWebDriver on `display` and waits until it answers. */
async function startService(display: string) {
  const port = await freePort();
  const service = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  const failed = new Promise<never>((_, reject) =>
    service.once('error', (error) =>
      reject(
        new Error(`[engines] WebKitWebDriver did not start: ${error.message} (apt-get install -y webkit2gtk-driver)`),
      ),
    ),
  );
  const url = `http://127.0.0.1:${port}`;
  const up = async () => {
    for (let tries = 0; tries < 200; tries++) {
      if (await answers(`${url}/status`)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`[engines] WebKitWebDriver did not answer at ${url}`);
  };
  await Promise.race([up(), failed]);
  const exited = new Promise((resolve) => service.once('exit', resolve));
  return {
    url,
    async stop() {
      service.kill('SIGTERM');
      await exited;
    },
  };
}

export async function launchWebKitDriver(): Promise<Driver> {
  const browser = capabilities(findMiniBrowser());
  const x = await startXvfb({ width: 1600, height: 1200 });
  const service = await startService(x.display).catch(async (error: unknown) => {
    await x.close();
    throw error;
  });
  let session: WebDriver | undefined;
  const driver = () => session ?? failNoPage();
  return {
    async open(address) {
      await session?.quit();
      session = await new Builder().usingServer(service.url).withCapabilities(browser).build();
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
      await service.stop();
      await x.close();
    },
  };
}
