/**
 * `npm run bench`: builds dist/, bundles the SurveyJS peer page, then
 * measures both pages in the same run, alternating between them so a busy
 * moment on a shared machine falls on both, and prints the table; the same
 * figures go to `.bench/bench-<time>.json` and `.bench/latest.json`
 * (git-ignored). Knobs: knobs.ts; phases: phases.ts.
 *
 * Start-up, clicks and the page below the fold are timed in fresh Chromium
 * processes with no DevTools connection; only the heap and DOM counters are
 * read over DevTools.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../browser/chromium.ts';
import { measureDecode } from './decode-speed.ts';
import { KNOBS } from './knobs.ts';
import { foldAndDevTools, timedPhases } from './phases.ts';
import { answersOf, checkPlansInSurveyJs, planRuns } from './plan.ts';
import { buildSite } from './site-build.ts';
import { measureResultCost } from './result-cost.ts';
import type { Results } from './results.ts';
import { both, log } from './rounds.ts';
import { sizesOf } from './sizes.ts';
import { formatResults } from './table.ts';
import { realInputMissing, startRealInput, type RealInput } from './xvfb.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, '.bench');

function chromiumVersion(): string {
  const text = execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return /\d+(\.\d+)+/.exec(text)?.[0] ?? text.trim();
}

function write(results: Results): void {
  mkdirSync(OUT, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const file = join(OUT, `bench-${results.date.replace(/:/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(OUT, 'latest.json'), json);
  console.log(`\n${formatResults(results)}`);
  log(`figures written to ${file.slice(ROOT.length)} and .bench/latest.json`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAverage = loadavg();
  const workDir = mkdtempSync(join(tmpdir(), 'ai-layer-quiz-bench-'));
  let real: RealInput | undefined;
  try {
    const { site, dirs, bank, survey } = await buildSite(workDir);
    const plans = planRuns(bank, KNOBS.runs);
    checkPlansInSurveyJs(survey, plans);

    const missing = KNOBS.input === 'real' ? realInputMissing() : 'BENCH_INPUT=synthetic';
    if (missing) log(`clicks are made in the page (element.click()), not real input: ${missing}`);
    else real = await startRealInput();

    try {
      const bench = { site, plans, real, workDir };
      const { rates, inRuns } = await timedPhases(bench);
      const { fold, heap, comparison } = await foldAndDevTools(bench);
      write({
        date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        environment: {
          chromium: chromiumVersion(),
          node: process.versions.node,
          cpus: cpus().length,
          loadAverage,
          loadAverageEnd: loadavg(),
        },
        input: real ? { kind: 'real' } : { kind: 'synthetic', why: missing },
        iterations: {
          loads: KNOBS.loads,
          runs: KNOBS.runs,
          restarts: KNOBS.restarts,
          rates: KNOBS.rates,
          restartRates: KNOBS.restartRates,
          foldLoads: KNOBS.foldLoads,
          foldSeconds: KNOBS.foldSeconds,
          questionSteps: both((c) => rates[0]?.runs[c].reduce((s, r) => s + r.steps.length, 0) ?? 0),
        },
        ...sizesOf(dirs, inRuns, fold, bank),
        fold,
        rates,
        heap,
        ...(comparison ? { comparison } : {}),
        shareDecode: measureDecode(bank),
        resultCost: measureResultCost(
          bank,
          plans.map((plan) => ({ persona: plan.persona, answers: answersOf(plan) })),
        ),
        seconds: (Date.now() - started) / 1000,
      });
    } finally {
      await site.close();
    }
  } finally {
    await real?.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
