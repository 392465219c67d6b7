/**
 * Cold loads: a fresh Chromium process per load (headless, empty profile,
 * nothing cached: the server sends `no-store`) that opens a blank page,
 * settles, then opens the measured page; the page measures itself and posts
 * its figures, then the process is killed. At 1× there is no
 * DevTools connection at all; above 1× the only one is the throttle pipe.
 */
import { launch } from './browsers.ts';
import type { Contender, BenchSite } from './pages.ts';
import type { LoadReport, LongTask, Shift } from './page/protocol.ts';

export const LONG_TASK = 50;

/** How a figure was taken: no DevTools at all, a pipe that only throttles, or Playwright (Runtime domain on). */
export type Connection = 'none' | 'throttle' | 'playwright';

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
  /** The page's CPU speed check (ms of a fixed loop): shows the throttling took. */
  cpuIndex: number;
}

export function taskFigures(tasks: readonly LongTask[]) {
  return {
    longTasks: tasks.length,
    longestTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    blocking: tasks.reduce((s, t) => s + Math.max(0, t.duration - LONG_TASK), 0),
  };
}

/** Layout shifts without recent input, added up (as CLS counts them, in one window). */
export const layoutShift = (shifts: readonly Shift[]) =>
  shifts.filter((s) => !s.recentInput).reduce((sum, s) => sum + s.value, 0);

export function loadSample(report: LoadReport): LoadSample {
  const painted = report.interactive.painted;
  return {
    scriptToInteractive: painted - report.scriptStart,
    navToInteractive: painted,
    ...taskFigures(report.longTasks.filter((t) => t.start < painted)),
    cls: layoutShift(report.shifts),
    cpuIndex: report.cpuIndex,
  };
}

export interface LoadOptions {
  rate: number;
  /** 'throttle' at rate 1 checks what the throttle pipe itself costs. */
  connection: Exclude<Connection, 'playwright'>;
  timeoutMs: number;
}

/** The page of one cold load: the blog post, reporting once Start is usable and painted. */
export function coldLoadPage(site: BenchSite, contender: Contender, timeoutMs: number) {
  return site.open({ contender, layout: 'post', mode: 'load', input: 'synthetic', settleMs: 200, timeoutMs });
}

export async function coldLoad(site: BenchSite, contender: Contender, options: LoadOptions): Promise<LoadSample> {
  const { run, url } = coldLoadPage(site, contender, options.timeoutMs);
  const what = `${contender} cold load (CPU ${options.rate}×)`;
  if (options.rate !== 1 && options.connection === 'none')
    throw new Error(`[bench] ${what}: throttling needs a connection`);
  const browser = await launch({
    url: site.launcher(run, url, { calibrate: false, timeoutMs: options.timeoutMs }),
    ...(options.connection === 'throttle' ? { throttle: options.rate } : {}),
    timeoutMs: options.timeoutMs,
  });
  try {
    const report = await site.inbox.next(run, options.timeoutMs, what);
    if (report.type !== 'load') throw new Error(`[bench] ${what}: expected a load report, got ${report.type}`);
    return loadSample(report);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n  Chromium said:\n${browser.log()}`, { cause: error });
  } finally {
    await browser.close();
    site.inbox.forget(run);
  }
}
