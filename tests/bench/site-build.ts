/**
 * Everything a bench page needs, built afresh: dist/ (copied, so another
 * build of dist/ during the bench changes nothing), the SurveyJS page for
 * the same bank, the page script, and the site that serves them.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPageScript } from './page-script.ts';
import { startBenchSite } from './pages.ts';
import { buildPeer } from './peer-build.ts';
import { loadBank, toSurveyJs } from './plan.ts';
import { log } from './rounds.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function buildSite(workDir: string) {
  log('building dist/ (npm run build)…');
  const { buildAll } = await import('../../src/embed/build/build.ts');
  await buildAll();
  const dirs = { ours: join(workDir, 'ours'), peer: join(workDir, 'peer') };
  cpSync(join(ROOT, 'dist'), dirs.ours, { recursive: true });
  const bank = loadBank();
  const survey = toSurveyJs(bank);
  log('bundling the SurveyJS page and the page script…');
  await buildPeer(survey, dirs.peer);
  const site = await startBenchSite({ oursDir: dirs.ours, peerDir: dirs.peer, pageScript: await buildPageScript() });
  return { site, dirs, bank, survey };
}
