/**
 * The targets for our widget, each next to the figure it is judged by.
 * Measured and printed, never asserted: times on a shared machine move.
 */
import { foldFigures } from './fold-figures.ts';
import { kib, median, ms, render } from './format.ts';
import type { RateResults, Results } from './results.ts';
import type { RunSample } from './runs.ts';
import { quantile } from './stats.ts';

const input = (results: Results) => (results.input.kind === 'real' ? 'real click' : 'in-page click');

interface Target {
  what: string;
  measured: number;
  show: (n: number) => string;
  limit: number;
  /** The target as text, when not "≤ limit". */
  text?: string;
}

export function targets(results: Results): Target[] {
  const list: Target[] = [];
  const fold = foldFigures(results, 'ours');
  const window = `the first ${results.iterations.foldSeconds} s`;
  if (fold) {
    list.push(
      {
        what: `reader never scrolls: ours fetched in ${window}, gzip`,
        measured: fold.gzip,
        show: kib,
        limit: 5 * 1024,
        text: '≤ 5 KiB',
      },
      {
        what: `reader never scrolls: our main-thread time in ${window} (wall)`,
        measured: fold.wall,
        show: ms,
        limit: 3,
        text: '≤ 3 ms',
      },
    );
  }
  const one = results.rates.find((r) => r.rate === 1);
  if (one) {
    const loads = one.loads.ours;
    const runs = one.runs.ours;
    const click = input(results);
    list.push(
      {
        what: 'script start → Start usable and painted, 1×: median',
        measured: median(loads.map((s) => s.scriptToInteractive)),
        show: ms,
        limit: 20,
      },
      {
        what: `Start → first question painted, ${click} as soon as the intro shows, 1×: median`,
        measured: median(runs.map((r) => r.startToFirst)),
        show: ms,
        limit: 30,
      },
      {
        what: `Continue → next question painted, ${click}, 1×: p95`,
        measured: quantile(
          runs.flatMap((r) => r.steps),
          0.95,
        ),
        show: ms,
        limit: 12,
      },
    );
  }
  const four = results.rates.find((r) => r.rate === 4);
  if (four) list.push(...stepsAtFour(four, input(results)));
  for (const r of results.rates.filter((r) => r.rate === 1 || r.rate === 4)) {
    list.push({
      what: `last Continue → verdict painted, ours / SurveyJS's thank-you, ${r.rate}×: medians`,
      measured: median(r.runs.ours.map((x) => x.toEnd)) / median(r.runs.peer.map((x) => x.toEnd)),
      show: (n) => (Number.isNaN(n) ? '–' : n.toFixed(2)),
      limit: 1,
      text: '≤ 1.00',
    });
  }
  for (const r of results.rates) {
    const tasks = [...r.loads.ours.map((s) => s.longTasks), ...r.runs.ours.map((x) => x.longTasks)];
    list.push({
      what: `long tasks in any load or run, ${r.rate}×: most in one`,
      measured: Math.max(0, ...tasks),
      show: (n) => `${n}`,
      limit: 0,
      text: 'none',
    });
  }
  const cost = results.resultCost;
  list.push(
    {
      what: 'doubled bank: the result as painted, computed in Node, doubled / real: medians',
      measured: cost.doubled.paintedMs / cost.real.paintedMs,
      show: (n) => n.toFixed(2),
      limit: 2,
    },
    {
      what: 'doubled bank: option weights the result as painted reads, doubled / real (a count)',
      measured: cost.doubled.paintedWeightReads / cost.real.paintedWeightReads,
      show: (n) => n.toFixed(2),
      limit: 2,
    },
  );
  return list;
}

/** The steps a reader of a mid-range phone (4×) should see painted within 100 ms, and their timings in a run. */
const STEPS_AT_FOUR: [string, (run: RunSample) => number | number[]][] = [
  ['Start → first question painted', (x) => x.startToFirst],
  ['Continue → next question painted', (x) => x.steps],
  ['last Continue → verdict painted', (x) => x.toEnd],
  ['Back → previous question painted', (x) => x.back ?? []],
  ['a fold opened → its content painted', (x) => x.foldOpen ?? []],
  ['Try this answer → tried result painted', (x) => x.tried ?? []],
  ['Back to my result → result painted', (x) => x.backToResult ?? []],
];

/** At 4×, every step painted within 100 ms at the median, and no long task in a run. */
function stepsAtFour(r: RateResults, click: string): Target[] {
  const runs = r.runs.ours;
  return [
    ...STEPS_AT_FOUR.map(([what, timings]) => ({
      what: `${what}, ${click}, 4×: median`,
      measured: median(runs.flatMap(timings)),
      show: ms,
      limit: 100,
    })),
    {
      what: 'long tasks during a run, 4×: most in one',
      measured: Math.max(0, ...runs.map((x) => x.longTasks)),
      show: (n) => `${n}`,
      limit: 0,
      text: 'none',
    },
  ];
}

export function formatTargets(results: Results): string {
  const rows = targets(results).map((t) => [
    t.what,
    t.show(t.measured),
    t.text ?? `≤ ${t.show(t.limit)}`,
    Number.isNaN(t.measured) ? '–' : t.measured <= t.limit ? 'met' : 'not met',
  ]);
  return render(
    [['targets (ours; measured, never asserted)', 'measured', 'target', ''], ...rows],
    ['l', 'r', 'r', 'l'],
  );
}
