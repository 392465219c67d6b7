/**
 * What only a DevTools connection can read, through Playwright (CDP): the JS
 * heap after two forced garbage collections, DOM node and listener counters,
 * after a run and after restarts. Each page in a fresh browser context (its
 * own renderer, empty cache). The quiz is clicked through by the page script
 * itself (in-page clicks): no timing is taken from these pages.
 *
 * Also a cold load over Playwright, with the same page script: only to show
 * what the connection costs next to the same load without one.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { VIEWPORT } from './browsers.ts';
import { coldLoadPage, loadSample, type LoadSample } from './loads.ts';
import type { BenchSite, Contender } from './pages.ts';
import type { HeapControl, PagePlan, Report } from './page/protocol.ts';

export interface HeapReading {
  /** JS heap in use after a full garbage collection (bytes). */
  heap: number;
  nodes: number;
  listeners: number;
}

export interface HeapSample {
  plan: string;
  afterRun: HeapReading;
  /** After one restart and run: warmed up (code compiled and cached), the baseline for growth. */
  afterFirstRestart?: HeapReading;
  /** After all the restarts (each followed by a complete run). */
  afterRestarts?: HeapReading;
}

interface Opened {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

async function open(browser: Browser, url: string, rate: number): Promise<Opened> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return { page, cdp, close: () => context.close() };
}

async function expect<T extends Report['type']>(
  site: BenchSite,
  run: string,
  type: T,
  timeoutMs: number,
  what: string,
): Promise<Extract<Report, { type: T }>> {
  const report = await site.inbox.next(run, timeoutMs, what);
  if (report.type !== type) throw new Error(`[bench] ${what}: expected a ${type} report, got ${report.type}`);
  return report as Extract<Report, { type: T }>;
}

export async function playwrightColdLoad(
  browser: Browser,
  site: BenchSite,
  contender: Contender,
  rate: number,
  timeoutMs: number,
): Promise<LoadSample> {
  const { run, url } = coldLoadPage(site, contender, timeoutMs);
  const opened = await open(browser, url, rate);
  try {
    return loadSample(await expect(site, run, 'load', timeoutMs, `${contender} cold load over Playwright`));
  } finally {
    await opened.close();
    site.inbox.forget(run);
  }
}

async function heapReading(cdp: CDPSession): Promise<HeapReading> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners };
}

export interface HeapOptions {
  label: string;
  rate: number;
  /** Restart and complete the quiz this many times after the first run (0: don't). */
  restarts: number;
  timeoutMs: number;
}

export async function heapRun(
  browser: Browser,
  site: BenchSite,
  contender: Contender,
  plan: PagePlan,
  options: HeapOptions,
): Promise<HeapSample> {
  const { timeoutMs } = options;
  const { run, url } = site.open({
    contender,
    layout: 'post',
    mode: 'heap',
    input: 'synthetic',
    plan,
    settleMs: 0,
    timeoutMs,
  });
  const what = `${contender} heap run (${options.label})`;
  const { page, cdp, close } = await open(browser, url, options.rate);
  try {
    await expect(site, run, 'run', timeoutMs * 4, what);
    const afterRun = await heapReading(cdp);
    if (options.restarts === 0) return { plan: options.label, afterRun };
    const restart = (times: number) =>
      page.evaluate((n) => (globalThis as unknown as { __bench: HeapControl }).__bench.restart(n), times);
    await restart(1);
    const afterFirstRestart = await heapReading(cdp);
    await restart(options.restarts - 1);
    const afterRestarts = await heapReading(cdp);
    site.inbox.check(run, what);
    return { plan: options.label, afterRun, afterFirstRestart, afterRestarts };
  } finally {
    await close();
    site.inbox.forget(run);
  }
}
