/** Long tasks and layout shifts as the page sees them (PerformanceObserver, buffered from navigation). */
import type { LongTask, Shift } from './protocol.ts';

export interface Recorders {
  longTasks: LongTask[];
  shifts: Shift[];
  /** Stops recording and forgets (before the restart series, so these records don't count as heap growth). */
  stop(): void;
}

export function startRecorders(): Recorders {
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      recorders.longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
  const shifts = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      recorders.shifts.push({ start: entry.startTime, value: entry.value, recentInput: entry.hadRecentInput });
    }
  });
  const recorders: Recorders = {
    longTasks: [],
    shifts: [],
    stop() {
      tasks.disconnect();
      shifts.disconnect();
      recorders.longTasks = [];
      recorders.shifts = [];
    },
  };
  tasks.observe({ type: 'longtask', buffered: true });
  shifts.observe({ type: 'layout-shift', buffered: true });
  return recorders;
}

/** A fixed amount of arithmetic, timed: about 4× longer on a page throttled 4×. */
export function cpuIndex(): number {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 1_000_000; i++) x = (x + i * 7) % 1_000_003;
  // Kept, so the loop cannot be optimised away.
  (globalThis as { __benchSink?: number }).__benchSink = x;
  return performance.now() - started;
}
