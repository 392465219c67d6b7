/**
 * The measurements, one page at a time, each in a fresh browser context
 * (own process, empty cache: the server sends `no-store`), with the CPU
 * throttled through CDP when asked:
 *
 * - coldLoad: open the page, wait for the first painted frame with a usable
 *   Start button, let it settle, read the marks, long tasks and shifts.
 * - quizRun: open the page, click through a whole planned run the way a
 *   reader does (Playwright's real mouse input), time every Continue, then
 *   read the heap; optionally restart and complete the quiz 20 more times
 *   and read the heap again.
 */
import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import type { StaticServer } from '../../src/demo/server.ts';
import { PAGE, SCRIPT_START, WIDGET, type Contender } from './pages.ts';
import type { RunPlan } from './plan.ts';
import { PROBE_PRELUDE, armStep, installProbe, restartRuns, type BenchState, type StepTiming } from './probe.ts';

/** Text only the last screen shows: our result's "Start over", SurveyJS's thank-you page. */
const END_TEXT: Record<Contender, string> = { ours: 'Start over', peer: 'Thank you' };
const LONG_TASK = 50;

export interface LoadSample {
  /** From the first statement of the script to the painted frame with a usable Start button. */
  scriptToInteractive: number;
  /** From navigation start to the same frame. */
  navToInteractive: number;
  longTasks: number;
  longestTask: number;
  /** Sum over long tasks of their time beyond 50 ms (as in Total Blocking Time). */
  blocking: number;
  cls: number;
}

export interface HeapReading {
  /** JS heap in use after a full garbage collection (bytes). */
  heap: number;
  nodes: number;
  listeners: number;
}

export interface RunSample {
  plan: string;
  /** Continue → next question painted, one per question transition (ms). */
  steps: number[];
  /** Continue → next question in the DOM (before layout and paint). */
  stepsDom: number[];
  /** The last Continue → result (ours) or thank-you page (SurveyJS) painted. */
  toEnd: number;
  longTasks: number;
  longestTask: number;
  blocking: number;
  /** Layout shift over load and the whole run (shifts right after input excluded, as CLS does). */
  cls: number;
  afterRun: HeapReading;
  /** After one restart and run: warmed up (code compiled and cached), the baseline for growth. */
  afterFirstRestart?: HeapReading;
  /** After all the restarts (each followed by a complete run). */
  afterRestarts?: HeapReading;
}

interface Opened {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
}

async function openPage(browser: Browser, site: StaticServer, contender: Contender, rate: number): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript({ content: PROBE_PRELUDE });
  await page.addInitScript(installProbe, WIDGET[contender]);
  await page.goto(new URL(PAGE[contender], site.origin).href, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(() => (globalThis as unknown as { __bench: BenchState }).__bench.ready);
  return { context, page, cdp, errors };
}

async function close(opened: Opened, what: string): Promise<void> {
  await opened.context.close();
  if (opened.errors.some((e) => e.startsWith('uncaught')))
    throw new Error(`[bench] ${what}: ${opened.errors.join('; ')}`);
}

interface PageRecord {
  interactive: { seen: number; painted: number };
  scriptStart: number;
  longTasks: BenchState['longTasks'];
  shifts: BenchState['shifts'];
  now: number;
}

const readRecord = (page: Page) =>
  page.evaluate((mark): PageRecord => {
    const state = (globalThis as unknown as { __bench: BenchState }).__bench;
    return {
      interactive: state.interactive!,
      scriptStart: performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? Number.NaN,
      longTasks: state.longTasks,
      shifts: state.shifts,
      now: performance.now(),
    };
  }, SCRIPT_START);

function taskFigures(tasks: PageRecord['longTasks']) {
  return {
    longTasks: tasks.length,
    longestTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    blocking: tasks.reduce((s, t) => s + Math.max(0, t.duration - LONG_TASK), 0),
  };
}

const layoutShift = (shifts: PageRecord['shifts']) =>
  shifts.filter((s) => !s.recentInput).reduce((sum, s) => sum + s.value, 0);

export async function coldLoad(
  browser: Browser,
  site: StaticServer,
  contender: Contender,
  rate: number,
): Promise<LoadSample> {
  const opened = await openPage(browser, site, contender, rate);
  // Late shifts and tasks right after the first screen still belong to the load.
  await opened.page.waitForTimeout(200);
  const record = await readRecord(opened.page);
  await close(opened, `${contender} cold load`);
  const painted = record.interactive.painted;
  return {
    scriptToInteractive: painted - record.scriptStart,
    navToInteractive: painted,
    ...taskFigures(record.longTasks.filter((t) => t.start < painted)),
    cls: layoutShift(record.shifts),
  };
}

/** How a reader clicks through each page (Playwright locators pierce our open shadow root). */
function driver(page: Page, contender: Contender) {
  const scope: Locator = page.locator(WIDGET[contender].host);
  const button = (name: string) => scope.getByRole('button', { name, exact: true });
  const choose = (label: string) => scope.getByText(label, { exact: true }).click();
  return {
    scope,
    start: () => button('Start').click(),
    async persona(label: string) {
      if (contender === 'ours') return button(label).click();
      await choose(label);
      await button('Continue').click();
    },
    choose,
    continue: () => button('Continue').click(),
  };
}

async function heapReading(cdp: CDPSession): Promise<HeapReading> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners };
}

export interface RunOptions {
  rate: number;
  /** Restart and complete the quiz this many times after the measured run (0: don't). */
  restarts: number;
}

export async function quizRun(
  browser: Browser,
  site: StaticServer,
  contender: Contender,
  plan: RunPlan,
  options: RunOptions,
): Promise<RunSample> {
  const opened = await openPage(browser, site, contender, options.rate);
  const { page, cdp } = opened;
  const widget = WIDGET[contender];
  const timeoutMs = 15_000 * options.rate;
  try {
    const quiz = driver(page, contender);
    const runStart = await page.evaluate(() => performance.now());
    await quiz.start();
    await quiz.persona(plan.personaLabel);
    await quiz.scope.getByText(plan.steps[0]!.prompt, { exact: true }).waitFor({ timeout: timeoutMs });

    const timings: StepTiming[] = [];
    for (const [i, step] of plan.steps.entries()) {
      await quiz.choose(step.option);
      const expected = plan.steps[i + 1]?.prompt ?? END_TEXT[contender];
      await page.evaluate(armStep, { widget, expected, timeoutMs });
      await quiz.continue();
      timings.push(await page.evaluate(() => (globalThis as unknown as { __bench: BenchState }).__bench.step!));
    }
    const record = await readRecord(page);
    const during = record.longTasks.filter((t) => t.start >= runStart);
    const afterRun = await heapReading(cdp);

    let afterFirstRestart: HeapReading | undefined;
    let afterRestarts: HeapReading | undefined;
    const restart = (times: number) =>
      page.evaluate(restartRuns, {
        widget,
        persona: plan.personaLabel,
        personaIsQuestion: contender === 'peer',
        steps: plan.steps.map((s) => ({ prompt: s.prompt, option: s.option })),
        end: END_TEXT[contender],
        times,
        timeoutMs,
      });
    if (options.restarts > 0) {
      await restart(1);
      afterFirstRestart = await heapReading(cdp);
      await restart(options.restarts - 1);
      afterRestarts = await heapReading(cdp);
    }

    const questionSteps = timings.slice(0, -1);
    const last = timings.at(-1)!;
    return {
      plan: `${plan.persona}, ${plan.picker}`,
      steps: questionSteps.map((t) => t.paint - t.click),
      stepsDom: questionSteps.map((t) => t.dom - t.click),
      toEnd: last.paint - last.click,
      ...taskFigures(during),
      cls: layoutShift(record.shifts),
      afterRun,
      ...(afterFirstRestart && afterRestarts ? { afterFirstRestart, afterRestarts } : {}),
    };
  } finally {
    await close(opened, `${contender} run (${plan.persona}, ${plan.picker})`);
  }
}
