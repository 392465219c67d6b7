/**
 * The bench's figures as plain-text tables (the same figures go to the JSON
 * file), each section saying how its figures were taken: bytes, where our
 * bytes go, the page below the fold, per CPU rate the timings, long tasks
 * and layout shift, the heap over DevTools, then the targets.
 */
import { foldFigures } from './fold-figures.ts';
import { kib, ms, ratio, render, row, sideBySide, spreadRow } from './format.ts';
import type { Contender } from './pages.ts';
import type { BankCost } from './result-cost.ts';
import type { Results } from './results.ts';
import { both } from './rounds.ts';
import { heapRows, how, rateRows } from './table-rows.ts';
import { formatTargets } from './targets.ts';

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

/** Below a millisecond, in µs. */
const fine = (n: number) => (n < 1 ? `${Math.round(n * 1000)} µs` : ms(n));

function resultCostSection(results: Results): string[] {
  const { real, doubled, answerSets, batches } = results.resultCost;
  const line = (label: string, show: (n: number) => string, pick: (b: BankCost) => number) => [
    label,
    show(pick(real)),
    show(pick(doubled)),
    ratio(pick(doubled), pick(real)),
  ];
  const count = (n: number) => `${Math.round(n)}`;
  return [
    `the result computed in Node (ours): the result view as its verdict paints (answers scored and explained), ` +
      `then with its flips (every single changed answer scored, as when "What would change the result" is made), ` +
      `each on an engine that has computed nothing yet · median of ${batches} batches over the runs' ` +
      `${answerSets} answer sets · the doubled bank asks every question twice, each with its options twice, ` +
      `answered the same`,
    render(
      [
        ['the result as the bank doubles', 'real bank', 'doubled bank', 'doubled / real'],
        [
          'questions answered (options per question)',
          `${real.questions.toFixed(1)} (${real.options.toFixed(1)})`,
          `${doubled.questions.toFixed(1)} (${doubled.options.toFixed(1)})`,
          ratio(doubled.questions, real.questions),
        ],
        line('the result as painted: median', fine, (b) => b.paintedMs),
        line('  whole scorings (a count)', count, (b) => b.paintedScorings),
        line('  option weights read (a count)', count, (b) => b.paintedWeightReads),
        line('with its flips: median', fine, (b) => b.resultMs),
        line('  whole scorings (a count)', count, (b) => b.scorings),
        line('  option weights read (a count)', count, (b) => b.weightReads),
        [
          'answers one could change (questions × other options)',
          count(real.questions * (real.options - 1)),
          count(doubled.questions * (doubled.options - 1)),
          ratio(doubled.questions * (doubled.options - 1), real.questions * (real.options - 1)),
        ],
      ],
      ['l', 'r', 'r', 'r'],
    ),
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
    ...resultCostSection(results),
    '',
    formatTargets(results),
  );
  return out.join('\n');
}
