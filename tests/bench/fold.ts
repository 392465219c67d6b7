/**
 * The page cost of a widget below the fold: the whole article with the
 * widget screens below the first one, loaded in a fresh headless Chromium
 * and never scrolled. What the page pays for the widget before the reader
 * scrolls: the bytes of the contender's files the server sent, and the
 * main-thread time of its scripts, from a trace Chromium writes itself
 * (`--trace-startup`, no DevTools connection). Both by the load event and
 * over the whole trace window (idle time after the load included).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launch } from './browsers.ts';
import { fetchedUnder, PREFIX, type BenchSite, type Contender } from './pages.ts';
import { mainThreadTime, TRACE_CATEGORIES, type MainThreadTime } from './trace.ts';

export interface FoldSample {
  /** Body bytes sent per path under the contender's prefix, by the load event and over the window. */
  fetchedByLoad: Record<string, number>;
  fetched: Record<string, number>;
  main: MainThreadTime;
  /** Where the widget sits, in screens below the top (it must be well below the first). */
  screensDown: number;
}

export interface FoldOptions {
  /** Length of the trace, from the browser's start. */
  seconds: number;
  workDir: string;
  timeoutMs: number;
  /**
   * Work that is not timed, run once the trace window has closed while
   * Chromium takes its seconds to write the trace (it waits for every
   * process to acknowledge the end of tracing, and one never does).
   */
  whileWriting?: () => Promise<unknown>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Chromium writes the trace some seconds after its window closes; waits until it is whole. */
export async function readTrace(file: string, timeoutMs: number): Promise<{ traceEvents: never[] }> {
  const until = performance.now() + timeoutMs;
  let size = -1;
  for (;;) {
    const now = existsSync(file) ? statSync(file).size : 0;
    if (now > 0 && now === size) {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: never[] };
      } catch {
        // still being written
      }
    }
    if (performance.now() > until) throw new Error(`[bench] Chromium wrote no trace to ${file} in time`);
    size = now;
    await sleep(250);
  }
}

export async function foldLoad(site: BenchSite, contender: Contender, options: FoldOptions): Promise<FoldSample> {
  const { timeoutMs } = options;
  const { run, url } = site.open({
    contender,
    layout: 'fold',
    mode: 'fold',
    input: 'synthetic',
    settleMs: 0,
    timeoutMs,
  });
  const what = `${contender} below-the-fold load`;
  const file = join(options.workDir, `trace-${run}.json`);
  const from = site.served.length;
  const started = performance.now();
  const browser = await launch({
    url: site.launcher(run, url, { calibrate: false, timeoutMs }),
    trace: { file, categories: TRACE_CATEGORIES, seconds: options.seconds },
    timeoutMs,
  });
  let otherWork: unknown;
  try {
    const loaded = await site.inbox.next(run, timeoutMs, what);
    if (loaded.type !== 'fold') throw new Error(`[bench] ${what}: expected a fold report, got ${loaded.type}`);
    const byLoad = site.served.length;
    const windowEnd = started + options.seconds * 1000;
    await sleep(windowEnd + 250 - performance.now());
    await options.whileWriting?.().catch((error: unknown) => {
      otherWork = error;
      throw error;
    });
    const trace = await readTrace(file, timeoutMs);
    const inWindow = site.served.slice(from).filter((s) => s.at <= windowEnd);
    return {
      fetchedByLoad: Object.fromEntries(fetchedUnder(site.served.slice(from, byLoad), PREFIX[contender])),
      fetched: Object.fromEntries(fetchedUnder(inWindow, PREFIX[contender])),
      main: mainThreadTime(trace, url, `${site.origin}${PREFIX[contender]}`),
      screensDown: loaded.widgetTop / loaded.viewportHeight,
    };
  } catch (error) {
    if (error === otherWork) throw error;
    throw new Error(`${(error as Error).message}\n  Chromium said:\n${browser.log()}`, { cause: error });
  } finally {
    await browser.close();
    site.inbox.forget(run);
  }
}
