/**
 * Eleventy's plugin (`ai-layer-quiz/eleventy`): `eleventyConfig.addPlugin(aiLayerQuiz)` copies the loader and
 * its quiz/ folder into the site's output (`ai-layer-quiz/` by default), and adds the `aiLayerQuiz`
 * shortcode, which writes the element and its script. The shortcode takes one object of settings, the
 * element's attributes and the fallback (`{% aiLayerQuiz quiz %}` with `quiz` in the post's front matter, in
 * Liquid and Nunjucks alike; Nunjucks also takes them as keyword arguments). The script's address is
 * relative to the page, so it holds under any `pathPrefix`, with or without the HTML base plugin.
 */
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The element's attributes, and what readers without JavaScript see. */
export interface QuizSettings {
  persona?: string;
  theme?: string;
  accent?: string;
  'heading-level'?: string | number;
  'share-url'?: string;
  id?: string;
  'fallback-text'?: string;
  'fallback-link'?: string;
}

export interface PluginOptions {
  /** Where the files go in the site's output. Default `ai-layer-quiz`. */
  folder?: string;
}

/** The part of Eleventy's configuration API the plugin uses. */
export interface EleventyConfigLike {
  addPassthroughCopy(copy: Record<string, string>): unknown;
  addShortcode(
    name: string,
    shortcode: (this: { page?: { url?: unknown } }, settings?: QuizSettings) => string,
  ): unknown;
}

const ATTRIBUTES = ['persona', 'theme', 'accent', 'heading-level', 'share-url', 'id'] as const;
const FALLBACK_TEXT = 'Which blockchain layer fits your AI plans? The quiz needs JavaScript.';

/** The package's dist/ folder: this file is dist/eleventy/plugin.mjs. */
const DIST = dirname(dirname(fileURLToPath(import.meta.url)));

const escapeHtml = (value: unknown) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** `target` (a path from the site's root) relative to the page at `pageUrl`. */
function fromPage(pageUrl: unknown, target: string): string {
  const url = typeof pageUrl === 'string' && pageUrl.startsWith('/') ? pageUrl : '/';
  const folder = url.endsWith('/') ? url : posix.dirname(url);
  return posix.relative(folder, target) || '.';
}

function quizHtml(settings: QuizSettings, scriptSrc: string): string {
  const attributes = ATTRIBUTES.filter((name) => settings[name] !== undefined && settings[name] !== '')
    .map((name) => ` ${name}="${escapeHtml(settings[name])}"`)
    .join('');
  const text = escapeHtml(settings['fallback-text'] || FALLBACK_TEXT);
  const link = settings['fallback-link'];
  const fallback = link ? `<a href="${escapeHtml(link)}">${text}</a>` : text;
  return `<ai-layer-quiz${attributes} style="display:block;min-height:380px;margin:24px 0">
  <p>${fallback}</p>
  <noscript><style>ai-layer-quiz { min-height: 0 !important; }</style></noscript>
</ai-layer-quiz>
<script src="${escapeHtml(scriptSrc)}" defer></script>`;
}

export default function aiLayerQuiz(eleventyConfig: EleventyConfigLike, options: PluginOptions = {}): void {
  const folder = (options.folder ?? 'ai-layer-quiz').replace(/^\/+|\/+$/g, '');
  eleventyConfig.addPassthroughCopy({
    [join(DIST, 'ai-layer-quiz.js')]: `${folder}/ai-layer-quiz.js`,
    [join(DIST, 'quiz')]: `${folder}/quiz`,
  });
  eleventyConfig.addShortcode('aiLayerQuiz', function (settings = {}) {
    return quizHtml(settings, fromPage(this.page?.url, `/${folder}/ai-layer-quiz.js`));
  });
}
