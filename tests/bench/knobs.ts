/**
 * The bench's knobs, from the environment (defaults in brackets):
 *
 *   BENCH_LOADS [15]          cold loads per CPU rate and page
 *   BENCH_RUNS [3]            whole runs per CPU rate and page
 *   BENCH_RESTARTS [20]       restarts after the last heap run (0: none)
 *   BENCH_RATES [1,4]         CPU slowdowns (above 1: through a DevTools pipe that only throttles)
 *   BENCH_RESTART_RATES [1]   rates of the heap runs and restarts (over DevTools)
 *   BENCH_FOLD_LOADS [3]      below-the-fold loads per page (each about 10 s: Chromium writes its trace late)
 *   BENCH_FOLD_SECONDS [3]    length of the below-the-fold trace, from the browser's start
 *   BENCH_INPUT [real]        real (Xvfb + xdotool, when installed) or synthetic (in-page clicks)
 *   BENCH_COMPARE [0]         1: also time start-up over Playwright and over the throttle pipe at 1×
 */

function count(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`[bench] ${name}=${raw}: expected a whole number ≥ ${min}`);
  return value;
}

function rates(name: string, fallback: string): number[] {
  return (process.env[name] || fallback).split(',').map((r) => {
    const rate = Number(r);
    if (!(rate >= 1)) throw new Error(`[bench] ${name}: "${r}" is not a CPU slowdown factor ≥ 1`);
    return rate;
  });
}

function choice<T extends string>(name: string, values: readonly T[], fallback: T): T {
  const raw = process.env[name] || fallback;
  if (!values.includes(raw as T)) throw new Error(`[bench] ${name}=${raw}: expected one of ${values.join(', ')}`);
  return raw as T;
}

export const KNOBS = {
  loads: count('BENCH_LOADS', 15, 1),
  runs: count('BENCH_RUNS', 3, 1),
  restarts: count('BENCH_RESTARTS', 20, 0),
  rates: rates('BENCH_RATES', '1,4'),
  restartRates: rates('BENCH_RESTART_RATES', '1'),
  foldLoads: count('BENCH_FOLD_LOADS', 3, 0),
  foldSeconds: count('BENCH_FOLD_SECONDS', 3, 2),
  input: choice('BENCH_INPUT', ['real', 'synthetic'] as const, 'real'),
  compare: choice('BENCH_COMPARE', ['0', '1'] as const, '0') === '1',
};

/** Generous: a shared machine can stall a page for seconds; throttled pages take longer. */
export const timeoutFor = (rate: number) => 20_000 * rate;
