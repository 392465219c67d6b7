import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, type StaticServer } from '../../src/demo/server.ts';
/** HTML for test pages: small blog-like pages around the widget. */

export const SCRIPT = '/ai-layer-quiz.js';
export const SCRIPT_TAG = `<script src="${SCRIPT}" defer></script>`;

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
export const STRICT_CSP_TRUSTED_TYPES = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;

export interface PageParts {
  /** Inside <head> (after the stylesheet link). */
  head?: string;
  /** The article's content; `WIDGET` marks where the widget goes (default: after the first paragraph). */
  body?: string;
  /** Markup for the widget and its script. */
  widget?: string;
  title?: string;
  /** A stylesheet URL for the page (served by the test). */
  stylesheet?: string;
}

/** Enough text around the widget to look like a post, and to shift if the widget shifts. */
export const ARTICLE = `
<h1>Layer-1 or Layer-2 for AI?</h1>
<p>Layer-1 blockchains are the base networks, self-contained ecosystems with their own native tokens, security models and consensus.</p>
WIDGET
<h2>Advantages of Layer-2</h2>
<p>If Layer-1 is about building from scratch, Layer-2 is like launching a startup on cloud infrastructure: faster, cheaper and scalable.</p>
<ul><li>Cheaper transactions</li><li>Faster time to market</li></ul>
<p id="conclusion">Both have a role in the future of decentralized intelligence.</p>
`;

export function blogPage(parts: PageParts = {}): string {
  const widget = parts.widget ?? `<ai-layer-quiz></ai-layer-quiz>\n${SCRIPT_TAG}`;
  const body = (parts.body ?? ARTICLE).replace('WIDGET', widget);
  const stylesheet = parts.stylesheet ? `<link rel="stylesheet" href="${parts.stylesheet}">` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title ?? 'A blog post'}</title>
${stylesheet}
${parts.head ?? ''}
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

/** The host page CSS from the issue: it must change nothing inside the widget. */
export const HOSTILE_CSS = `
* { all: unset; }
button { display: none; }
html { font-size: 30px; }
* { box-sizing: content-box; }
div { display: flex; }
p, span, label, h1, h2, h3, legend { color: red !important; font-family: "Comic Sans MS", fantasy !important; letter-spacing: 3px; }
input { display: none !important; }
section, article, form, fieldset { padding: 40px !important; margin: 40px !important; }
`;

/** A typical blog theme's CSS: it too must not reach in. */
export const BLOG_CSS = `
body { font: 18px/1.7 Georgia, serif; color: #222; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2 { font-family: system-ui, sans-serif; }
`;

/**
 * Serves the widget's files under `dir` (the loader, and the quiz folder next to it), each with `delay` ms
 * before it answers and `headers`, as a blog or a CDN would from a folder of its own.
 */
export function routeWidget(
  site: StaticServer,
  dir: string,
  options: { delay?: number; headers?: Record<string, string> } = {},
): string {
  const files = ['ai-layer-quiz.js', ...readdirSync(join(DIST, 'quiz')).map((name) => `quiz/${name}`)];
  for (const file of files) {
    site.route(`${dir}/${file}`, () => ({
      body: readFileSync(join(DIST, file)),
      type: file.endsWith('.map') ? 'application/json' : 'text/javascript',
      ...(options.delay ? { delay: options.delay } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
    }));
  }
  return `${dir}/ai-layer-quiz.js`;
}
