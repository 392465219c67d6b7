/**
 * Bundles the page script (page/main.ts) into one classic script, kept in
 * memory: every bench page inlines it at the top of its <head>.
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import type { PageConfig } from './page/protocol.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./page/main.ts', import.meta.url));

export async function buildPageScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'BenchPage', fileName: () => 'page.js' },
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('[bench] the page script bundle is empty');
  return chunk.code;
}

/** The inline <script> for a page: its config, then the page script (`</script` escaped). */
export function pageScriptTag(script: string, config: PageConfig): string {
  const body = `var __benchConfig = ${JSON.stringify(config)};\n${script}`;
  return `<script>${body.replace(/<\/script/gi, '<\\/script')}</script>`;
}
