/**
 * The targets for our widget, each next to the figure it is judged by.
 * Measured and printed, never asserted: times on a shared machine move.
 */
import { foldFigures } from './fold-figures.ts';
import { kib, median, ms, render } from './format.ts';
import type { Results } from './results.ts';
import { quantile } from './stats.ts';

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
    const input = results.input.kind === 'real' ? 'real click' : 'in-page click';
    list.push(
      {
        what: 'script start → Start usable and painted, 1×: median',
        measured: median(loads.map((s) => s.scriptToInteractive)),
        show: ms,
        limit: 20,
      },
      {
        what: `Start → first question painted, ${input} as soon as the intro shows, 1×: median`,
        measured: median(runs.map((r) => r.startToFirst)),
        show: ms,
        limit: 30,
      },
      {
        what: `Continue → next question painted, ${input}, 1×: p95`,
        measured: quantile(
          runs.flatMap((r) => r.steps),
          0.95,
        ),
        show: ms,
        limit: 12,
      },
    );
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
  return list;
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
