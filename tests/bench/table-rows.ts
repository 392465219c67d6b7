/**
 * The rows of the tables per CPU rate (timings, long tasks, layout shift)
 * and over DevTools (heap and counters), ours next to SurveyJS.
 */
import { cls, countRow, max, mb, median, ms, row, signedKib, spreadRow, type Row } from './format.ts';
import type { Contender } from './pages.ts';
import type { HeapResults, RateResults, Results } from './results.ts';
import { both } from './rounds.ts';
import { quantile } from './stats.ts';

export function how(results: Results, r: RateResults): string {
  const connection =
    r.connection === 'none'
      ? 'no DevTools connection'
      : 'throttled through a DevTools pipe that only throttles (no Runtime domain)';
  const clicks =
    results.input.kind === 'real'
      ? 'real clicks (headful Chromium on Xvfb, xdotool; each checked trusted and on target)'
      : `in-page element.click() (${results.input.why})`;
  return `CPU ${r.rate}× · ${connection} · a fresh Chromium per load and run · ${clicks}`;
}

type ResultStep = 'back' | 'foldOpen' | 'tried' | 'backToResult';

export function rateRows(r: RateResults, input: string): Row[] {
  const loads = (c: Contender) => r.loads[c];
  const runs = (c: Contender) => r.runs[c];
  const steps = (c: Contender) => runs(c).flatMap((x) => x.steps);
  /** The timings of a step, from the runs that made it. */
  const made = (c: Contender, step: ResultStep) => runs(c).flatMap((x) => x[step] ?? []);
  /** Ours: says so when some runs could not make the step (no answer to try). */
  const ofRuns = (step: ResultStep) => {
    const n = made('ours', step).length;
    return n < runs('ours').length ? ` (${n} of ${runs('ours').length} runs)` : '';
  };
  return [
    spreadRow('script start → Start usable, painted: median [IQR]', (c) => loads(c).map((s) => s.scriptToInteractive)),
    spreadRow('navigation → Start usable, painted: median [IQR]', (c) => loads(c).map((s) => s.navToInteractive)),
    countRow('long tasks during load: median count (most)', (c) => loads(c).map((s) => s.longTasks)),
    row('longest task during load: median', (c) => median(loads(c).map((s) => s.longestTask)), ms),
    row('blocking time during load (TBT): median', (c) => median(loads(c).map((s) => s.blocking)), ms),
    row('layout shift during load: max', (c) => max(loads(c).map((s) => s.cls)), cls),
    spreadRow(`Start → first question painted, ${input} once painted: median [IQR]`, (c) =>
      runs(c).map((x) => x.startToFirst),
    ),
    row(
      '  (the click came after the Start frame: median)',
      (c) => median(runs(c).map((x) => x.startClickLag)),
      ms,
      true,
    ),
    row(`Continue → next question painted, ${input}: p50`, (c) => quantile(steps(c), 0.5), ms),
    row(`Continue → next question painted, ${input}: p95`, (c) => quantile(steps(c), 0.95), ms),
    row(
      'last Continue → verdict painted (SurveyJS: thank-you): median',
      (c) => median(runs(c).map((x) => x.toEnd)),
      ms,
    ),
    row(
      '  → the whole result painted (ours): median',
      (c) => median(runs(c).flatMap((x) => x.toWhole ?? [])),
      ms,
      true,
    ),
    row(`Back → previous question painted, ${input}: median`, (c) => median(made(c, 'back')), ms),
    row(
      `a fold opened → its content painted, ${input}: median${ofRuns('foldOpen')}`,
      (c) => median(made(c, 'foldOpen')),
      ms,
    ),
    row(
      `Try this answer → tried result painted, ${input}: median${ofRuns('tried')}`,
      (c) => median(made(c, 'tried')),
      ms,
    ),
    row(
      `Back to my result → result painted, ${input}: median${ofRuns('backToResult')}`,
      (c) => median(made(c, 'backToResult')),
      ms,
    ),
    countRow('long tasks during a run: median count (most)', (c) => runs(c).map((x) => x.longTasks)),
    row('blocking time during a run: median', (c) => median(runs(c).map((x) => x.blocking)), ms),
    row('layout shift, load + run (CLS): max', (c) => max(runs(c).map((x) => x.cls)), cls),
    row('CPU check (a fixed loop, after the load): median', (c) => median(loads(c).map((s) => s.cpuIndex)), ms),
  ];
}

export function heapRows(h: HeapResults, restarts: number): Row[] {
  const samples = (c: Contender) => h.samples[c];
  const restarted = (c: Contender) => samples(c).find((x) => x.afterRestarts);
  const rows = [
    row(
      'JS heap after a complete run (over DevTools): median',
      (c) => median(samples(c).map((x) => x.afterRun.heap)),
      mb,
    ),
  ];
  if (!restarted('ours') || !restarted('peer')) return rows;
  /** Growth per restart between the first restart (warm) and the last: what a leak would show. */
  const growth = (c: Contender) => {
    const run = restarted(c)!;
    return restarts > 1 ? (run.afterRestarts!.heap - run.afterFirstRestart!.heap) / (restarts - 1) : Number.NaN;
  };
  const counters = (label: string, key: 'nodes' | 'listeners'): Row => ({
    label,
    ...both((c) => ({
      value: restarted(c)!.afterRun[key],
      text: `${restarted(c)!.afterRun[key]} → ${restarted(c)!.afterRestarts![key]}`,
    })),
    noRatio: true,
  });
  return [
    ...rows,
    row(
      `JS heap after ${restarts} restarts, each with a run (over DevTools)`,
      (c) => restarted(c)!.afterRestarts!.heap,
      mb,
    ),
    row(`heap growth per restart, restarts 1 → ${restarts} (over DevTools)`, growth, signedKib, true),
    counters(`DOM nodes: after a run → after ${restarts} restarts (over DevTools)`, 'nodes'),
    counters(`event listeners: after a run → after ${restarts} restarts (over DevTools)`, 'listeners'),
  ];
}
