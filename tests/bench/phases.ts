/**
 * The bench's phases, in order:
 *
 * 1. at each CPU rate, cold loads then whole runs, with no DevTools
 *    connection (above 1×: the throttle pipe only);
 * 2. the page below the fold, and the heap runs over DevTools (Playwright),
 *    run while Chromium writes each trace (untimed work in its idle wait);
 * 3. with BENCH_COMPARE=1, the same cold load three ways.
 */
import { launchChromium } from '../browser/chromium.ts';
import { foldLoad } from './fold.ts';
import { KNOBS, timeoutFor } from './knobs.ts';
import { coldLoad, type LoadSample } from './loads.ts';
import { heapRun, playwrightColdLoad, type HeapSample } from './over-devtools.ts';
import { CONTENDERS, fetchedUnder, PREFIX, type BenchSite, type Contender } from './pages.ts';
import { pagePlan, planLabel, type RunPlan } from './plan.ts';
import type { Comparison, HeapResults, RateResults, Results } from './results.ts';
import { both, inTurn, progress, rounds } from './rounds.ts';
import { quizRun, type RunSample } from './runs.ts';
import type { RealInput } from './xvfb.ts';

export interface Bench {
  site: BenchSite;
  plans: RunPlan[];
  real: RealInput | undefined;
  workDir: string;
}

export async function timedPhases({ site, plans, real }: Bench) {
  const rates: RateResults[] = [];
  /** Every file of each contender a complete run fetched (URL paths). */
  const inRuns = both(() => new Set<string>());
  for (const rate of KNOBS.rates) {
    const timeoutMs = timeoutFor(rate);
    const connection = rate === 1 ? 'none' : 'throttle';
    const loads = await rounds(`CPU ${rate}×: cold loads`, KNOBS.loads, (c) =>
      coldLoad(site, c, { rate, connection, timeoutMs }),
    );
    const from = site.served.length;
    const runs = await rounds<RunSample>(`CPU ${rate}×: whole runs`, plans.length, (c, i) =>
      quizRun(site, c, pagePlan(plans[i]!, c), { label: planLabel(plans[i]!), rate, real, timeoutMs }),
    );
    for (const c of CONTENDERS)
      for (const path of fetchedUnder(site.served.slice(from), PREFIX[c]).keys()) inRuns[c].add(path);
    rates.push({ rate, connection, loads, runs });
  }
  return { rates, inRuns };
}

export async function foldAndDevTools({ site, plans, workDir }: Bench) {
  const browser = await launchChromium();
  try {
    const heap: HeapResults[] = [];
    const jobs: (() => Promise<void>)[] = [];
    for (const rate of KNOBS.restartRates) {
      const samples = both((): HeapSample[] => []);
      heap.push({ rate, samples });
      plans.forEach((plan, i) => {
        const restarts = i === plans.length - 1 ? KNOBS.restarts : 0;
        const options = { label: planLabel(plan), rate, restarts, timeoutMs: timeoutFor(rate) };
        for (const c of inTurn(i))
          jobs.push(async () => void samples[c].push(await heapRun(browser, site, c, pagePlan(plan, c), options)));
      });
    }
    const total = jobs.length;
    const fold: Results['fold'] = await rounds(
      'below the fold (heap runs over DevTools while Chromium writes each trace)',
      KNOBS.foldLoads,
      (c) =>
        foldLoad(site, c, {
          seconds: KNOBS.foldSeconds,
          workDir,
          timeoutMs: timeoutFor(1),
          whileWriting: async () => jobs.shift()?.(),
        }),
    );
    while (jobs.length) {
      await jobs.shift()!();
      progress(`heap over DevTools: the remaining runs ${total - jobs.length}/${total}`, !jobs.length);
    }

    let comparison: Comparison | undefined;
    if (KNOBS.compare) {
      const timeoutMs = timeoutFor(1);
      const three = await rounds('comparison: no DevTools, throttle pipe, Playwright', KNOBS.loads, async (c) => ({
        none: await coldLoad(site, c, { rate: 1, connection: 'none', timeoutMs }),
        throttle: await coldLoad(site, c, { rate: 1, connection: 'throttle', timeoutMs }),
        playwright: await playwrightColdLoad(browser, site, c, 1, timeoutMs),
      }));
      const pick = (way: keyof Comparison) => both((c: Contender): LoadSample[] => three[c].map((t) => t[way]));
      comparison = { none: pick('none'), throttle: pick('throttle'), playwright: pick('playwright') };
    }
    return { fold, heap, comparison };
  } finally {
    await browser.close().catch(() => undefined);
  }
}
