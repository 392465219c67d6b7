/**
 * The demo's pages, rendered on the server: the blog post (the source
 * article with the widget embedded mid-article exactly as a blogger pastes
 * it) and a page that shows the snippet and sets every attribute live.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml, parseArticle, renderBlocks, slug } from './article.ts';
import { ROOT } from './server.ts';

interface Outline {
  title: string;
  sections: { heading: string }[];
}

/** Where the built script is served. */
export const SCRIPT_PATH = '/ai-layer-quiz.js';

/**
 * The snippet a blogger pastes (the README's "Embed it" shows the same):
 * the element with fallback content and reserved space, then the script.
 */
export function snippet(scriptSrc: string, attributes = '', fallbackHref = '#conclusion'): string {
  const attrs = attributes ? ` ${attributes}` : '';
  return [
    `<ai-layer-quiz${attrs} style="display:block;min-height:380px;margin:24px 0">`,
    `  <p><a href="${fallbackHref}">Not sure which layer fits you? Read the conclusion.</a></p>`,
    `  <noscript><style>ai-layer-quiz{min-height:0!important}</style></noscript>`,
    `</ai-layer-quiz>`,
    `<script src="${scriptSrc}" defer></script>`,
  ].join('\n');
}

const SITE = 'Chain &amp; Cortex';

function layout(options: {
  title: string;
  description: string;
  body: string;
  current: 'post' | 'attributes';
  head?: string;
}): string {
  const nav = (href: string, label: string, key: 'post' | 'attributes') =>
    `<a href="${href}"${options.current === key ? ' aria-current="page"' : ''}>${label}</a>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · ${SITE}</title>
<meta name="description" content="${options.description}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/blog.css">
${options.head ?? ''}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">◆</span> ${SITE}</a>
    <nav aria-label="Site">
      ${nav('/', 'Latest post', 'post')}
      ${nav('/attributes.html', 'Embed &amp; attributes', 'attributes')}
    </nav>
  </div>
</header>
<main id="main">
${options.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${SITE} is a demo blog for <code>ai-layer-quiz</code>. Educational content, not financial advice.</p>
  </div>
</footer>
</body>
</html>
`;
}

/** The blog post: the article, with the widget after the section comparing the layers. */
export function blogPostPage(scriptSrc = SCRIPT_PATH): string {
  const outline = JSON.parse(readFileSync(join(ROOT, 'questions/article-outline.json'), 'utf8')) as Outline;
  const text = readFileSync(join(ROOT, 'questions/source-article.txt'), 'utf8');
  const blocks = parseArticle(
    text,
    outline.sections.map((s) => s.heading),
  );
  const conclusion = outline.sections.at(-1)!.heading;
  const insertAt = blocks.findIndex((b) => b.kind === 'h2' && b.text.startsWith('Advantages of Layer-1'));
  const [intro, rest] = insertAt > 0 ? [blocks.slice(0, insertAt), blocks.slice(insertAt)] : [blocks, []];
  const lede = intro[0]?.kind === 'p' ? intro.shift() : undefined;
  const widget = `
<section class="quiz-break" aria-label="Quiz: which layer fits you?">
<p class="quiz-intro">Not sure which layer fits what you are building or buying? Answer a few questions and get a recommendation with the reasons from this article.</p>
${snippet(scriptSrc, '', `#${slug(conclusion)}`)}
</section>
`;
  const minutes = Math.round(text.split(/\s+/).length / 230);
  const body = `
<article class="post">
  <header class="post-header wrap">
    <p class="kicker">Infrastructure · Explainer</p>
    <h1>${escapeHtml(outline.title.replace(/^./, (c) => c.toUpperCase()))}</h1>
    <p class="byline">By <span class="author">Dana Whitfield</span> · <time datetime="2025-03-14">March 14, 2025</time> · ${minutes} min read</p>
    ${lede?.kind === 'p' ? `<p class="lede">${escapeHtml(lede.text)}</p>` : ''}
  </header>
  <div class="post-body wrap">
${renderBlocks(intro)}
${widget}
${renderBlocks(rest)}
  </div>
</article>`;
  return layout({
    title: escapeHtml(outline.title),
    description:
      'Layer-1 or Layer-2 for AI on blockchains: the differences, the trade-offs, and a quiz that recommends one for you.',
    body,
    current: 'post',
  });
}

/** The attributes page: the snippet, a live widget, controls for every attribute, and the events it sends. */
export function attributesPage(scriptSrc = SCRIPT_PATH): string {
  const body = `
<div class="wrap page">
  <h1>Embed <code>&lt;ai-layer-quiz&gt;</code></h1>
  <p class="lede">Paste the snippet where the quiz should appear. Every attribute below is optional; change one and the widget on this page updates live, and the snippet shows what to paste.</p>

  <div class="playground">
    <form class="controls" id="controls" aria-label="Attributes">
      <fieldset>
        <legend><code>persona</code></legend>
        <label><input type="radio" name="persona" value="" checked> not set (the reader chooses)</label>
        <label><input type="radio" name="persona" value="builder"> builder</label>
        <label><input type="radio" name="persona" value="investor"> investor</label>
      </fieldset>
      <fieldset>
        <legend><code>theme</code></legend>
        <label><input type="radio" name="theme" value="" checked> not set (auto)</label>
        <label><input type="radio" name="theme" value="light"> light</label>
        <label><input type="radio" name="theme" value="dark"> dark</label>
        <label><input type="radio" name="theme" value="auto"> auto</label>
      </fieldset>
      <div class="field">
        <label for="accent"><code>accent</code> (any CSS colour)</label>
        <div class="inline">
          <input type="color" id="accent-picker" value="#1d5fc6" aria-label="Pick an accent colour">
          <input type="text" id="accent" name="accent" placeholder="#1d5fc6, teal, oklch(…)" autocomplete="off" spellcheck="false">
        </div>
      </div>
      <div class="field">
        <label for="heading-level"><code>heading-level</code></label>
        <select id="heading-level" name="heading-level">
          <option value="">not set (2)</option>
          <option>1</option><option>2</option><option>3</option><option>4</option><option>5</option><option>6</option>
        </select>
      </div>
      <div class="field">
        <label for="share-url"><code>share-url</code> (absolute URL)</label>
        <input type="url" id="share-url" name="share-url" placeholder="https://your.blog/post" autocomplete="off">
      </div>
      <div class="field">
        <label for="id"><code>id</code></label>
        <input type="text" id="id" name="id" value="live-quiz" autocomplete="off" spellcheck="false">
      </div>
      <p class="hint">An invalid value is ignored, with one <code>[ai-layer-quiz]</code> warning in the browser console. Try <code>accent</code> = <code>nonsense</code>.</p>
      <div class="buttons">
        <button type="button" id="readd">Remove and add the element again</button>
        <button type="button" id="another">Add a second widget</button>
      </div>
    </form>

    <div class="preview">
      <h2>The snippet</h2>
      <pre class="snippet"><code id="snippet">${escapeHtml(snippet('/path/to/ai-layer-quiz.js', 'id="live-quiz"'))}</code></pre>
      <h2>The widget</h2>
      <div id="stage">
        <ai-layer-quiz id="live-quiz" style="display:block;min-height:380px;margin:24px 0">
          <p>The quiz loads here when JavaScript runs.</p>
        </ai-layer-quiz>
      </div>
      <div id="more"></div>
      <h2>Events</h2>
      <p>Each <code>quiz-*</code> event bubbles out of the element, so one listener on <code>document</code> can forward them to analytics.</p>
      <ol id="events" class="events" aria-live="polite"></ol>
    </div>
  </div>
</div>
<script src="${scriptSrc}" defer></script>
<script src="/attributes.js" type="module"></script>`;
  return layout({
    title: 'Embed and attributes',
    description: 'The ai-layer-quiz snippet and its attributes, live.',
    body,
    current: 'attributes',
    head: '<link rel="stylesheet" href="/playground.css">',
  });
}
