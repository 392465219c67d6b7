/**
 * The bench's figures as plain-text tables (the same figures go to the JSON
 * file), each section saying how its figures were taken: bytes, where our
 * bytes go, the page below the fold, per CPU rate the timings, long tasks
 * and layout shift, the heap over DevTools, then the targets.
 */
import { foldFigures } from './fold-figures.ts';
import {
  cls,
  figure,
  kib,
  max,
  mb,
  median,
  ms,
  ratio,
  render,
  sideBySide,
  signedKib,
  spread,
  type Row,
} from './format.ts';
import type { Contender } from './pages.ts';
import type { HeapResults, RateResults, Results } from './results.ts';
import { quantile } from './stats.ts';
import { formatTargets } from './targets.ts';

const both = <T>(make: (c: Contender) => T) => ({ ours: make('ours'), peer: make('peer') });
const row = (label: string, value: (c: Contender) => number, show: (n: number) => string, noRatio = false): Row => ({
  label,
  ...both((c) => figure(value(c), show)),
  noRatio,
});
const spreadRow = (label: string, values: (c: Contender) => number[]): Row => ({
  label,
  ...both((c) => spread(values(c))),
});
/** Median count and, in brackets, the most in one load or run. */
const countRow = (label: string, counts: (c: Contender) => number[]): Row => ({
  label,
  ...both((c) => ({ value: median(counts(c)), text: `${median(counts(c))} (${max(counts(c))})` })),
  noRatio: true,
});

function how(results: Results, r: RateResults): string {
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

function rateRows(r: RateResults, input: string): Row[] {
  const loads = (c: Contender) => r.loads[c];
  const runs = (c: Contender) => r.runs[c];
  const steps = (c: Contender) => runs(c).flatMap((x) => x.steps);
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
      'last Continue → result painted (SurveyJS: thank-you): median',
      (c) => median(runs(c).map((x) => x.toEnd)),
      ms,
      true,
    ),
    countRow('long tasks during a run: median count (most)', (c) => runs(c).map((x) => x.longTasks)),
    row('blocking time during a run: median', (c) => median(runs(c).map((x) => x.blocking)), ms),
    row('layout shift, load + run (CLS): max', (c) => max(runs(c).map((x) => x.cls)), cls),
    row('CPU check (a fixed loop, after the load): median', (c) => median(loads(c).map((s) => s.cpuIndex)), ms),
  ];
}

function heapRows(h: HeapResults, restarts: number): Row[] {
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

function bytesSection(results: Results): string[] {
  const { ours, peer } = results.bytes;
  const files = (c: Contender) => results.bytes[c].files.map((f) => f.path.split('/').pop()).join(' + ');
  const lines = [
    render(
      [
        ['bytes a complete run fetched', files('ours'), files('peer'), 'ours / peer'],
        ...(['raw', 'gzip', 'brotli'] as const).map((k) => [
          k,
          kib(ours.total[k]),
          kib(peer.total[k]),
          ratio(ours.total[k], peer.total[k]),
        ]),
      ],
      ['l', 'r', 'r', 'r'],
    ),
  ];
  if (ours.files.length > 1)
    lines.push(
      `  ours per file, gzip: ${ours.files.map((f) => `${f.path.split('/').pop()} ${kib(f.bytes.gzip)}`).join(', ')}`,
    );
  const split = results.split;
  lines.push(
    '',
    render(
      [
        ['where our bytes go (source maps)', 'raw', 'share', 'gzip alone', 'brotli alone'],
        ...split.parts
          .filter((p) => p.raw > 0)
          .map((p) => [p.label, kib(p.raw), `${(p.share * 100).toFixed(1)} %`, kib(p.gzipAlone), kib(p.brotliAlone)]),
      ],
      ['l', 'r', 'r', 'r', 'r'],
    ),
    `  heaviest sources: ${split.topSources
      .slice(0, 8)
      .map((s) => `${s.source.replace(/^node_modules\//, '').replace(/ \(.*\)$/, '')} ${kib(s.bytes)}`)
      .join(', ')}`,
  );
  if (split.files.length > 1)
    lines.push(`  per file (raw): ${split.files.map((f) => `${f.name} ${kib(f.total)}`).join(', ')}`);
  return lines;
}

function foldSection(results: Results): string[] {
  const fold = both((c) => foldFigures(results, c));
  if (!fold.ours || !fold.peer) return [];
  const f = { ours: fold.ours, peer: fold.peer };
  const window = `in the first ${results.iterations.foldSeconds} s`;
  const bytes = (n: number, raw: number) => `${kib(n)} (${kib(raw)})`;
  return [
    `below the fold · the whole article, the widget ${f.ours.screensDown.toFixed(1)} screens down, never scrolled · ` +
      `a fresh headless Chromium per load, no DevTools; main-thread time from a trace Chromium writes itself · ` +
      `median of ${results.iterations.foldLoads}`,
    sideBySide('what the page pays before the reader scrolls', [
      {
        label: 'files fetched by the load event: gzip (raw)',
        ...both((c) => ({ value: f[c].gzipByLoad, text: bytes(f[c].gzipByLoad, f[c].rawByLoad) })),
      },
      {
        label: `files fetched ${window}: gzip (raw)`,
        ...both((c) => ({ value: f[c].gzip, text: bytes(f[c].gzip, f[c].raw) })),
      },
      row('main-thread time of its scripts by the load event: wall', (c) => f[c].wallByLoad, ms),
      {
        label: `main-thread time of its scripts ${window}: wall (CPU)`,
        ...both((c) => ({ value: f[c].wall, text: `${ms(f[c].wall)} (${ms(f[c].cpu)})` })),
      },
    ]),
    `  fetched: ${(['ours', 'peer'] as const).map((c) => f[c].files.join(', ')).join(' · ')}`,
  ];
}

function comparisonSection(results: Results): string[] {
  const comparison = results.comparison;
  if (!comparison) return [];
  const ways = [
    ['no DevTools connection', comparison.none],
    ['a DevTools pipe that only throttles, at rate 1', comparison.throttle],
    ['over Playwright (CDP, Runtime domain on)', comparison.playwright],
  ] as const;
  return [
    sideBySide(
      'script start → Start usable, painted, 1×, three ways: median [IQR]',
      ways.map(([label, samples]) => spreadRow(label, (c) => samples[c].map((s) => s.scriptToInteractive))),
    ),
    '',
  ];
}

export function formatResults(results: Results): string {
  const { iterations: it, environment: env } = results;
  const load = (l: number[]) => l.map((n) => n.toFixed(1)).join(' ');
  const out: string[] = [
    `ai-layer-quiz bench · ${results.date} · Chromium ${env.chromium} · Node ${env.node} · ${env.cpus} CPUs ` +
      `(load ${load(env.loadAverage)} at the start, ${load(env.loadAverageEnd)} at the end) · ${results.seconds.toFixed(0)} s`,
    `per CPU rate and page: ${it.loads} cold loads, ${it.runs} whole runs (${it.questionSteps.ours} / ${it.questionSteps.peer} question steps); ` +
      `below the fold: ${it.foldLoads} loads; heap over DevTools at ${it.restartRates.map((r) => `${r}×`).join(', ')}: ` +
      `${it.runs} runs, ${it.restarts} restarts after the last`,
    '',
    ...bytesSection(results),
    '',
    ...foldSection(results),
    '',
  ];
  const input = results.input.kind === 'real' ? 'real click' : 'in-page click';
  for (const r of results.rates) out.push(how(results, r), sideBySide(`CPU ${r.rate}×`, rateRows(r, input)), '');
  for (const h of results.heap) {
    out.push(
      `over DevTools (Playwright, CDP) · CPU ${h.rate}× · in-page clicks · heap after two forced garbage collections`,
      sideBySide('heap and counters', heapRows(h, it.restarts)),
      '',
    );
  }
  out.push(...comparisonSection(results));
  const d = results.shareDecode;
  out.push(
    `share link decode (Node, median of ${d.batches} batches over ${d.links} released links): ` +
      `${d.validMicros.toFixed(1)} µs valid, ${d.tamperedMicros.toFixed(1)} µs tampered (refused)`,
    '',
    formatTargets(results),
  );
  return out.join('\n');
}
