/**
 * The real-browser harness: Chromium through playwright-core, a local static
 * server for test pages (each with its own response headers), and pages that
 * record every console error, uncaught error, unhandled rejection and CSP
 * violation. A test fails on any of them, and a screenshot of each open page
 * is saved when it fails.
 *
 *   test('…', async ({ site, open }) => {
 *     const page = await open(site.page('/x.html', html, { 'Content-Security-Policy': '…' }));
 *   });
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { test as base } from 'vitest';
import { demoFolders, demoRoutes } from '../../src/demo/routes.ts';
import { ROOT, startServer, type StaticServer } from '../../src/demo/server.ts';
import { launchChromium } from './chromium.ts';

export { CHROMIUM_ARGS, findChromium, launchChromium } from './chromium.ts';

export const ARTIFACTS = join(ROOT, 'tests/browser/.artifacts');

/** Recorded on every page; each kind fails the test. */
export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  unhandledRejections: string[];
  cspViolations: string[];
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: Problems;
  /** Console warnings (not failures: some tests expect exactly one). */
  warnings: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * Reports CSP violations through the console, so nothing is added to the
 * page's window (a test compares window's properties before and after the
 * widget loads). Playwright adds it before any page script, CSP or not.
 */
const CSP_REPORTER = `(() => {
  const report = (e) => console.error('[csp-violation] ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber + (e.sample ? ' sample: ' + e.sample : ''));
  document.addEventListener('securitypolicyviolation', report, true);
  addEventListener('unhandledrejection', (e) => console.error('[unhandled-rejection] ' + ((e.reason && e.reason.stack) || e.reason)));
})();`;

export interface OpenOptions extends BrowserContextOptions {
  /** Don't wait for the element to be defined (pages without the script, or that add it later). */
  noWait?: boolean;
  /** A script run in the page before any of its own (after the CSP reporter). */
  initScript?: string;
}

export interface Fixtures {
  browser: Browser;
  site: StaticServer;
  /** Opens `path` on the test server in a fresh context (own storage) and watches it. */
  open: (path: string, options?: OpenOptions) => Promise<WatchedPage>;
}

const slugOf = (name: string) =>
  name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);

function problemList(problems: Problems): string[] {
  return [
    ...problems.consoleErrors.map((m) => `console error: ${m}`),
    ...problems.pageErrors.map((m) => `uncaught error: ${m}`),
    ...problems.unhandledRejections.map((m) => `unhandled rejection: ${m}`),
    ...problems.cspViolations.map((m) => `CSP violation: ${m}`),
  ];
}

export const test = base.extend<Fixtures>({
  browser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  site: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer({ routes: demoRoutes(), folders: demoFolders });
      await use(server);
      await server.close();
    },
    { scope: 'file' },
  ],
  open: async ({ browser, site, task }, use) => {
    const opened: WatchedPage[] = [];
    await use(async (path, options = {}) => {
      const { noWait, initScript, ...contextOptions } = options;
      const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...contextOptions });
      const page = await context.newPage();
      const watched: WatchedPage = {
        page,
        context,
        problems: { consoleErrors: [], pageErrors: [], unhandledRejections: [], cspViolations: [] },
        warnings: [],
        requests: [],
      };
      opened.push(watched);
      await page.addInitScript({ content: CSP_REPORTER });
      if (initScript) await page.addInitScript({ content: initScript });
      page.on('console', (message) => {
        const where = message.location().url;
        const text = message.text() + (where && message.type() === 'error' ? ` (${where})` : '');
        if (text.startsWith('[csp-violation]')) watched.problems.cspViolations.push(text);
        else if (text.startsWith('[unhandled-rejection]')) watched.problems.unhandledRejections.push(text);
        else if (message.type() === 'error') watched.problems.consoleErrors.push(text);
        else if (message.type() === 'warning') watched.warnings.push(text);
      });
      page.on('pageerror', (error) => watched.problems.pageErrors.push(`${error.name}: ${error.message}`));
      page.on('request', (request) => watched.requests.push(request.url()));
      await page.goto(new URL(path, site.origin).href, { waitUntil: 'load' });
      if (!noWait) await page.evaluate(() => customElements.whenDefined('ai-layer-quiz'));
      return watched;
    });

    const failed = task.result?.state === 'fail';
    const problems = opened.flatMap((p) => problemList(p.problems));
    if (failed || problems.length) {
      mkdirSync(ARTIFACTS, { recursive: true });
      for (const [i, { page }] of opened.entries()) {
        const file = join(ARTIFACTS, `${slugOf(task.name)}-${i + 1}.png`);
        await page.screenshot({ path: file }).catch(() => undefined);
        const widgets = await page
          .locator('ai-layer-quiz')
          .count()
          .catch(() => 0);
        for (let w = 0; w < widgets; w++) {
          await page
            .locator('ai-layer-quiz')
            .nth(w)
            .screenshot({ path: file.replace(/\.png$/, `-widget-${w + 1}.png`), timeout: 5_000 })
            .catch(() => undefined);
        }
        console.log(`screenshots of the failed test: ${file.replace(/\.png$/, '*.png')}`);
      }
    }
    await Promise.all(opened.map((p) => p.context.close().catch(() => undefined)));
    if (problems.length) throw new Error(`The page reported problems:\n  ${problems.join('\n  ')}`);
  },
});

export { expect, describe } from 'vitest';
