/**
 * What blog platforms need besides the loader, built into dist/:
 *
 *   quiz.html, quiz-page.js, quiz-page.css   the quiz alone on a page, to frame or to link to (src/platforms/standalone)
 *   hugo/layouts/shortcodes/ai-layer-quiz.html   Hugo's shortcode
 *   jekyll/_includes/ai-layer-quiz.html          Jekyll's include
 *   eleventy/plugin.mjs, plugin.d.mts            Eleventy's plugin (`ai-layer-quiz/eleventy`), TypeScript stripped
 *
 * The page's title and description are the quiz's own first words (intro-text.ts), so they cannot drift.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { build, type InlineConfig } from 'vite';
import { INTRO_WORDS } from '../../machine/connect/intro-text.ts';

const TEMPLATES = ['hugo', 'jekyll'] as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `quiz-page.js`: a classic script (it runs before the loader, in document order), nothing global. */
async function buildPageScript(common: InlineConfig, source: string, dist: string): Promise<void> {
  await build({
    ...common,
    build: {
      outDir: dist,
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      lib: {
        entry: join(source, 'page.ts'),
        formats: ['iife'],
        name: 'AiLayerQuizPageUnused',
        fileName: () => 'quiz-page.js',
      },
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });
}

function writePage(source: string, dist: string): void {
  const words: Record<string, string> = { heading: INTRO_WORDS.heading, lead: INTRO_WORDS.lead };
  const html = readFileSync(join(source, 'quiz.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key: string) =>
    escapeHtml(words[key]!),
  );
  writeFileSync(join(dist, 'quiz.html'), html);
  cpSync(join(source, 'page.css'), join(dist, 'quiz-page.css'));
}

/** The plugin runs in the blogger's Node as it is: one module, its types beside it. */
function writeEleventyPlugin(source: string, dist: string): void {
  const code = readFileSync(join(source, 'plugin.ts'), 'utf8');
  const compilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext };
  const types = ts.transpileDeclaration(code, { compilerOptions, reportDiagnostics: true });
  if (types.diagnostics?.length)
    throw new Error(
      `[ai-layer-quiz] build: eleventy/plugin.ts: ${ts.flattenDiagnosticMessageText(types.diagnostics[0]!.messageText, ' ')}`,
    );
  mkdirSync(join(dist, 'eleventy'), { recursive: true });
  writeFileSync(join(dist, 'eleventy/plugin.mjs'), ts.transpileModule(code, { compilerOptions }).outputText);
  writeFileSync(join(dist, 'eleventy/plugin.d.mts'), types.outputText);
}

export async function buildPlatforms(root: string, dist: string, common: InlineConfig): Promise<void> {
  const platforms = join(root, 'src/platforms');
  await buildPageScript(common, join(platforms, 'standalone'), dist);
  writePage(join(platforms, 'standalone'), dist);
  for (const name of TEMPLATES) cpSync(join(platforms, name), join(dist, name), { recursive: true });
  writeEleventyPlugin(join(platforms, 'eleventy'), dist);
}
