/**
 * `npm run bench`: builds dist/, bundles the SurveyJS peer page, then in
 * headless Chromium measures both pages in the same run and prints the
 * table; the same figures go to `.bench/bench-<time>.json` and
 * `.bench/latest.json` (git-ignored).
 *
 * Iterations (per CPU rate and page), overridable for a quick look:
 *   BENCH_LOADS=15 BENCH_RUNS=3 BENCH_RESTARTS=20 BENCH_RATES=1,4 BENCH_RESTART_RATES=1 npm run bench
 * Loads and runs alternate between the two pages, so a busy moment on a
 * shared machine falls on both.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileBytes, sumBytes } from './bytes.ts';
import { launchChromium } from '../browser/chromium.ts';
import { coldLoad, quizRun, type LoadSample, type RunSample } from './measure.ts';
import { CONTENDERS, startBenchSite, type Contender } from './pages.ts';
import { buildPeer } from './peer-build.ts';
import { checkPlansInSurveyJs, loadBank, planRuns, toSurveyJs } from './plan.ts';
import { splitBySource, stringsIn } from './source-map-split.ts';
import { formatResults, type RateResults, type Results } from './table.ts';
import { measureDecode } from './decode-speed.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, '.bench');

function count(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`[bench] ${name}=${raw}: expected a whole number ≥ ${min}`);
  return value;
}

const LOADS = count('BENCH_LOADS', 15, 1);
const RUNS = count('BENCH_RUNS', 3, 1);
const RESTARTS = count('BENCH_RESTARTS', 20, 0);
function rates(name: string, fallback: string): number[] {
  return (process.env[name] || fallback).split(',').map((r) => {
    const rate = Number(r);
    if (!(rate >= 1)) throw new Error(`[bench] ${name}: "${r}" is not a CPU slowdown factor ≥ 1`);
    return rate;
  });
}
const RATES = rates('BENCH_RATES', '1,4');
/**
 * The restart series (for leaks) runs at these rates only: the heap does not
 * depend on CPU speed, and SurveyJS's 20 restarts at 4× alone take about a minute.
 */
const RESTART_RATES = rates('BENCH_RESTART_RATES', '1');

const log = (message: string) => console.log(`[bench] ${message}`);
/** A progress line: rewritten in place on a terminal, printed once when done elsewhere (CI logs). */
const progress = (message: string, done: boolean) => {
  if (process.stdout.isTTY) process.stdout.write(`\r[bench] ${message}${done ? '\n' : ''}`);
  else if (done) log(message);
};
const secondsSince = (start: number) => ((Date.now() - start) / 1000).toFixed(0);
const both = <T>(make: (c: Contender) => T) => ({ ours: make('ours'), peer: make('peer') });

async function main(): Promise<void> {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'ai-layer-quiz-bench-'));
  try {
    log('building dist/ (npm run build)…');
    const { buildAll, OUTPUTS } = await import('../../src/embed/build/build.ts');
    await buildAll();
    // A copy, so another build of dist/ during the bench changes nothing here.
    const ours = join(work, 'ai-layer-quiz.js');
    copyFileSync(OUTPUTS.iife, ours);
    copyFileSync(`${OUTPUTS.iife}.map`, `${ours}.map`);

    const bank = loadBank();
    const split = splitBySource(readFileSync(ours, 'utf8'), JSON.parse(readFileSync(`${ours}.map`, 'utf8')), {
      bankStrings: stringsIn(bank),
      top: 20,
    });

    const survey = toSurveyJs(bank);
    const plans = planRuns(bank, RUNS);
    checkPlansInSurveyJs(survey, plans);
    log('bundling the SurveyJS page…');
    const peer = await buildPeer(survey, join(work, 'peer'));
    const peerJs = fileBytes(peer.js);
    const peerCss = fileBytes(peer.css);

    const site = await startBenchSite({ ours, peerJs: peer.js, peerCss: peer.css });
    const browser = await launchChromium();
    const chromium = browser.version();
    const loadAverage = loadavg();
    const rates: RateResults[] = [];
    try {
      for (const rate of RATES) {
        let phase = Date.now();
        const loads = both((): LoadSample[] => []);
        const runs = both((): RunSample[] => []);
        for (let i = 0; i < LOADS; i++) {
          for (const c of i % 2 ? [...CONTENDERS].reverse() : CONTENDERS)
            loads[c].push(await coldLoad(browser, site, c, rate));
          progress(`CPU ${rate}×: cold loads ${i + 1}/${LOADS} (${secondsSince(phase)} s)`, i === LOADS - 1);
        }
        phase = Date.now();
        for (const [i, plan] of plans.entries()) {
          const restarts = i === plans.length - 1 && RESTART_RATES.includes(rate) ? RESTARTS : 0;
          for (const c of i % 2 ? [...CONTENDERS].reverse() : CONTENDERS) {
            runs[c].push(await quizRun(browser, site, c, plan, { rate, restarts }));
          }
          const then = restarts ? `, the last followed by ${restarts} restarts` : '';
          progress(
            `CPU ${rate}×: whole runs ${i + 1}/${plans.length}${then} (${secondsSince(phase)} s)`,
            i === plans.length - 1,
          );
        }
        rates.push({ rate, loads, runs });
      }
    } finally {
      await browser.close().catch(() => undefined);
      await site.close();
    }

    const results: Results = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      environment: {
        chromium,
        node: process.versions.node,
        cpus: cpus().length,
        loadAverage,
      },
      iterations: {
        loads: LOADS,
        runs: RUNS,
        restarts: RESTARTS,
        rates: RATES,
        restartRates: RESTART_RATES.filter((r) => RATES.includes(r)),
        questionSteps: both((c) => rates[0]?.runs[c].reduce((s, r) => s + r.steps.length, 0) ?? 0),
      },
      bytes: { ours: fileBytes(ours), peer: { js: peerJs, css: peerCss, total: sumBytes([peerJs, peerCss]) } },
      split,
      rates,
      shareDecode: measureDecode(loadBank()),
      seconds: (Date.now() - started) / 1000,
    };
    mkdirSync(OUT, { recursive: true });
    const json = `${JSON.stringify(results, null, 2)}\n`;
    const file = join(OUT, `bench-${results.date.replace(/:/g, '-')}.json`);
    writeFileSync(file, json);
    writeFileSync(join(OUT, 'latest.json'), json);
    console.log(`\n${formatResults(results)}`);
    log(`figures written to ${file.slice(ROOT.length)} and .bench/latest.json`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
