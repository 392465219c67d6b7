/**
 * Bundles the peer page (peer-entry.ts: survey-core + survey-js-ui + its
 * CSS + our bank as SurveyJS JSON) with Vite into a temporary folder, minified
 * like our build, so its bytes compare with ours: one JS file and one CSS file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import type { SurveyJson } from './surveyjs-bank.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./peer-entry.ts', import.meta.url));

const ID = 'virtual:bench/survey-json';

function surveyJsonModule(survey: SurveyJson): Plugin {
  return {
    name: 'bench:survey-json',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(survey)};` : undefined),
  };
}

export interface PeerFiles {
  js: string;
  css: string;
}

export async function buildPeer(survey: SurveyJson, outDir: string): Promise<PeerFiles> {
  await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [surveyJsonModule(survey)],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      lib: {
        entry: ENTRY,
        formats: ['iife'],
        name: 'BenchPeer',
        fileName: () => 'peer.js',
        cssFileName: 'peer',
      },
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });
  const files = { js: join(outDir, 'peer.js'), css: join(outDir, 'peer.css') };
  for (const file of Object.values(files)) {
    if (!existsSync(file)) throw new Error(`[bench] the peer build did not write ${file}`);
  }
  return files;
}
