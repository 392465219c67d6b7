/**
 * The bench's figures as plain-text tables (the same figures go to the JSON
 * file): bytes, where our bytes go, then per CPU rate the timings, long
 * tasks, layout shift and heap, ours next to SurveyJS with the ratio.
 */
import type { DecodeSpeed } from './decode-speed.ts';
import type { Bytes } from './bytes.ts';
import type { LoadSample, RunSample } from './measure.ts';
import type { Contender } from './pages.ts';
import type { Split } from './source-map-split.ts';
import { quantile, summarize } from './stats.ts';

export interface RateResults {
  rate: number;
  loads: Record<Contender, LoadSample[]>;
  runs: Record<Contender, RunSample[]>;
}

export interface Results {
  date: string;
  environment: { chromium: string; node: string; cpus: number; loadAverage: number[] };
  iterations: {
    loads: number;
    runs: number;
    restarts: number;
    rates: number[];
    restartRates: number[];
    questionSteps: Record<Contender, number>;
  };
  bytes: { ours: Bytes; peer: { js: Bytes; css: Bytes; total: Bytes } };
  split: Split;
  rates: RateResults[];
  /** Reading a share link, in Node (ours only: the peer has no share links). */
  shareDecode: DecodeSpeed;
  seconds: number;
}

const KIB = 1024;
const kib = (n: number) => `${(n / KIB).toFixed(1)} KiB`;
const mb = (n: number) => `${(n / KIB / KIB).toFixed(2)} MB`;
const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n)} ms`);
const cls = (n: number) => n.toFixed(3);
const signedKib = (n: number) => (Number.isNaN(n) ? '–' : `${n >= 0 ? '+' : '−'}${(Math.abs(n) / KIB).toFixed(1)} KiB`);

/** ours / peer, when both are positive numbers (a ratio of zeros or of signed growth says nothing). */
function ratio(ours: number, peer: number): string {
  if (!(ours > 0) || !(peer > 0)) return '–';
  const r = ours / peer;
  return r < 0.1 ? r.toFixed(3) : r.toFixed(2);
}

function render(rows: string[][], aligns: ('l' | 'r')[]): string {
  const widths = aligns.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, c) => (aligns[c] === 'l' ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

interface Row {
  label: string;
  ours: number;
  peer: number;
  show: (n: number, side: Contender) => string;
  /** Leave the ratio out (signed values, or not like for like). */
  noRatio?: boolean;
}

const spread = (values: number[]) => {
  const s = summarize(values);
  return { value: s.median, text: `${ms(s.median)} [${ms(s.p25)}–${ms(s.p75)}]` };
};
const median = (values: number[]) => quantile(values, 0.5);
const count = (n: number) => `${n}`;

function rateRows(r: RateResults, restarts: number): Row[] {
  const loads = (c: Contender) => r.loads[c];
  const runs = (c: Contender) => r.runs[c];
  const steps = (c: Contender) => runs(c).flatMap((x) => x.steps);
  const restarted = (c: Contender) => runs(c).find((x) => x.afterRestarts);

  /** A row from one figure per page. */
  const row = (label: string, figure: (c: Contender) => number, show: Row['show'], noRatio = false): Row => ({
    label,
    ours: figure('ours'),
    peer: figure('peer'),
    show,
    noRatio,
  });
  /** Median and interquartile range over the cold loads. */
  const overLoads = (label: string, pick: (s: LoadSample) => number): Row => {
    const text = { ours: spread(loads('ours').map(pick)), peer: spread(loads('peer').map(pick)) };
    return row(
      label,
      (c) => text[c].value,
      (_n, side) => text[side].text,
    );
  };

  const rows: Row[] = [
    overLoads('script start → Start usable, painted: median [IQR]', (s) => s.scriptToInteractive),
    overLoads('navigation → Start usable, painted: median [IQR]', (s) => s.navToInteractive),
    row('long tasks during load: median count', (c) => median(loads(c).map((s) => s.longTasks)), count, true),
    row('longest task during load: median', (c) => median(loads(c).map((s) => s.longestTask)), ms),
    row('blocking time during load (TBT): median', (c) => median(loads(c).map((s) => s.blocking)), ms),
    row('layout shift during load: max', (c) => Math.max(...loads(c).map((s) => s.cls)), cls),
    row('Continue → next question painted: p50', (c) => quantile(steps(c), 0.5), ms),
    row('Continue → next question painted: p95', (c) => quantile(steps(c), 0.95), ms),
    row(
      'last Continue → result painted (SurveyJS: thank-you): median',
      (c) => median(runs(c).map((x) => x.toEnd)),
      ms,
      true,
    ),
    row('long tasks during a run: median count', (c) => median(runs(c).map((x) => x.longTasks)), count, true),
    row('blocking time during a run: median', (c) => median(runs(c).map((x) => x.blocking)), ms),
    row('layout shift, load + run (CLS): max', (c) => Math.max(...runs(c).map((x) => x.cls)), cls),
    row('JS heap after a complete run: median', (c) => median(runs(c).map((x) => x.afterRun.heap)), mb),
  ];
  if (!restarted('ours') || !restarted('peer')) return rows;

  /** Growth per restart between the first restart (warm) and the last: what a leak would show. */
  const growth = (c: Contender) => {
    const run = restarted(c)!;
    return restarts > 1 ? (run.afterRestarts!.heap - run.afterFirstRestart!.heap) / (restarts - 1) : Number.NaN;
  };
  const counters = (label: string, key: 'nodes' | 'listeners') => {
    const text = (c: Contender) => `${restarted(c)!.afterRun[key]} → ${restarted(c)!.afterRestarts![key]}`;
    return row(
      label,
      (c) => restarted(c)!.afterRun[key],
      (_n, side) => text(side),
      true,
    );
  };
  return [
    ...rows,
    row(`JS heap after ${restarts} restarts (each with a run)`, (c) => restarted(c)!.afterRestarts!.heap, mb),
    row(`heap growth per restart, restarts 1 → ${restarts}`, growth, signedKib, true),
    counters(`DOM nodes: after a run → after ${restarts} restarts`, 'nodes'),
    counters(`event listeners: after a run → after ${restarts} restarts`, 'listeners'),
  ];
}

export function formatResults(results: Results): string {
  const out: string[] = [];
  const { iterations: it, environment: env } = results;
  out.push(
    `ai-layer-quiz bench · ${results.date} · Chromium ${env.chromium} · Node ${env.node} · ${env.cpus} CPUs (load ${env.loadAverage.map((l) => l.toFixed(1)).join(' ')}) · ${results.seconds.toFixed(0)} s`,
    `iterations per CPU rate and page: ${it.loads} cold loads, ${it.runs} whole runs (${it.questionSteps.ours} / ${it.questionSteps.peer} question steps);` +
      ` at CPU ${it.restartRates.map((r) => `${r}×`).join(', ') || '–'}: ${it.restarts} restarts after the last run`,
    '',
  );

  const { ours, peer } = results.bytes;
  out.push(
    render(
      [
        ['bytes', 'ai-layer-quiz.js', 'SurveyJS JS + CSS', '(JS / CSS)', 'ours / peer'],
        ...(['raw', 'gzip', 'brotli'] as const).map((k) => [
          k,
          kib(ours[k]),
          kib(peer.total[k]),
          `(${kib(peer.js[k])} / ${kib(peer.css[k])})`,
          ratio(ours[k], peer.total[k]),
        ]),
      ],
      ['l', 'r', 'r', 'r', 'r'],
    ),
    '',
  );

  const split = results.split;
  out.push(
    render(
      [
        ['where our bytes go (source map)', 'raw', 'share', 'gzip alone', 'brotli alone'],
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
    '',
  );

  for (const r of results.rates) {
    const rows = rateRows(r, results.iterations.restarts);
    out.push(
      render(
        [
          [
            `CPU ${r.rate}×${r.rate === 1 ? ' (no throttling)' : ' throttled'}`,
            'ai-layer-quiz',
            'SurveyJS',
            'ours / peer',
          ],
          ...rows.map((row) => [
            row.label,
            row.show(row.ours, 'ours'),
            row.show(row.peer, 'peer'),
            row.noRatio ? '–' : ratio(row.ours, row.peer),
          ]),
        ],
        ['l', 'r', 'r', 'r'],
      ),
      '',
    );
  }
  const d = results.shareDecode;
  out.push(
    `share link decode (Node, median of ${d.batches} batches over ${d.links} released links): ` +
      `${d.validMicros.toFixed(1)} µs valid, ${d.tamperedMicros.toFixed(1)} µs tampered (refused)`,
  );
  return out.join('\n');
}
