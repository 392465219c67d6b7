/**
 * `npm run bench:profile`: where the time of one step goes, with no DevTools
 * connection for anything timed. One whole run of our widget (in-page
 * clicks, CPU throttled through the pipe that only throttles), in a
 * Chromium that writes its own trace (`--trace-startup`, V8's sampling
 * profiler included). For the last Continue → verdict painted, as the page
 * timed it, prints the main thread's time by kind of work (script, style,
 * layout, paint…) and the sampled script time by source file and function.
 *
 * Knobs: PROFILE_RATE [4] (CPU slowdown), PROFILE_RUNS [3] (runs, summed),
 * PROFILE_SECONDS [14] (trace length, from the browser's start), PROFILE_KEEP
 * (keep the traces and built files, and say where).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browsers.ts';
import { readTrace } from './fold.ts';
import { pagePlan, planRuns } from './plan.ts';
import { buildSite } from './site-build.ts';
import { addWindow, emptyProfile, printProfile, TRACE_PROFILE_CATEGORIES } from './trace-profile.ts';

const number = (name: string, fallback: number) => Number(process.env[name] || fallback);
const RATE = number('PROFILE_RATE', 4);
const RUNS = number('PROFILE_RUNS', 3);
const SECONDS = number('PROFILE_SECONDS', 14);

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'ai-layer-quiz-profile-'));
  try {
    const { site, dirs, bank } = await buildSite(workDir);
    const oursDir = dirs.ours;
    const profile = emptyProfile();
    const timeoutMs = 20_000 * RATE;
    try {
      for (const [i, plan] of planRuns(bank, RUNS).entries()) {
        const { run, url } = site.open({
          contender: 'ours',
          layout: 'post',
          mode: 'run',
          input: 'synthetic',
          plan: pagePlan(plan, 'ours'),
          settleMs: 0,
          timeoutMs,
        });
        const file = join(workDir, `trace-${i}.json`);
        const browser = await launch({
          url: site.launcher(run, url, { calibrate: false, timeoutMs }),
          ...(RATE !== 1 ? { throttle: RATE } : {}),
          trace: { file, categories: TRACE_PROFILE_CATEGORIES, seconds: SECONDS },
          timeoutMs,
        });
        try {
          const report = await site.inbox.next(run, timeoutMs * 4, `profile run ${i + 1}`);
          if (report.type !== 'run') throw new Error(`[bench] profile: expected a run report, got ${report.type}`);
          const trace = await readTrace(file, timeoutMs * 2);
          addWindow(profile, trace, url, report.end, oursDir, `${site.origin}/ours/`);
          console.log(
            `run ${i + 1}: last Continue → verdict painted ${(report.end.paint - report.end.click).toFixed(1)} ms`,
          );
        } finally {
          await browser.close();
          site.inbox.forget(run);
        }
      }
    } finally {
      await site.close();
    }
    console.log(`\nCPU ${RATE}×, ${RUNS} runs summed: last Continue → verdict painted`);
    printProfile(profile);
  } finally {
    if (process.env.PROFILE_KEEP) console.log(`traces kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
