/**
 * `quiz.html`, the quiz alone on a page, as the platforms that take no script use it:
 *
 *   - framed at a fixed height by a page that runs no script at all (`script-src 'none'`, as Notion's or
 *     Google Sites' embeds are), in the sandbox platforms give embeds and in `allow-scripts` alone: the reader
 *     completes the quiz inside the frame, the page around it never scrolls, and the share link made in the
 *     frame opens `quiz.html` on the same result;
 *   - linked from a newsletter: a page of its own, with its title, description and Open Graph tags, a way
 *     back to the article, and no accessibility violation;
 *   - set up from its query string, where a hostile value is ignored with a warning.
 *
 * The page and its files come from a host of their own (another origin than the framing page), which sends
 * `Access-Control-Allow-Origin: *`, as the README asks of it for frames without `allow-same-origin`.
 */
import type { Frame } from 'playwright-core';
import { DIST, type StaticServer } from '../../src/demo/server.ts';
import { runAxe } from '../browser/axe.ts';
import { describe, expect, test } from '../browser/harness.ts';
import { PERSONA_LABEL, alternating, outcomeLabel, plannedRun, widget } from '../browser/widget.ts';
import { serveFolder } from './sites.ts';

const SANDBOXES = ['allow-scripts allow-same-origin allow-popups allow-forms', 'allow-scripts'];
const FRAME_HEIGHT = 480;
const ARTICLE = 'https://blog.example/which-layer';

let host: StaticServer;

const quizPage = (query = '') => new URL(`/embed/quiz.html${query}`, host.origin).href;

/** A page around the frame: text above and below, so it can scroll, and no script of its own. */
function framingPage(src: string, sandbox: string): string {
  const text = '<p>Text of the page around the quiz.</p>'.repeat(40);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page with an embed</title></head>
<body><main><h1>A page with an embed</h1>${text}
<iframe id="embed" src="${src}" title="Which blockchain layer fits your AI plans? A quiz" loading="lazy"
  sandbox="${sandbox}" style="display:block;width:640px;height:${FRAME_HEIGHT}px;border:0"></iframe>
${text}</main></body></html>`;
}

describe('quiz.html', () => {
  test.beforeAll(async () => {
    host = await serveFolder(DIST, '/embed/', { 'Access-Control-Allow-Origin': '*' });
  });
  test.afterAll(async () => {
    await host.close();
  });

  test.for(SANDBOXES)(
    'framed at %s under a page with script-src none: completed inside the frame, the page never scrolls, the share link reopens the result',
    async (sandbox, { site, open }) => {
      const path = site.page(
        `/embed-${sandbox.length}.html`,
        framingPage(quizPage(`?article=${encodeURIComponent(ARTICLE)}`), sandbox),
        { 'Content-Security-Policy': "script-src 'none'" },
      );
      const { page } = await open(path, { noWait: true });
      // The frame in full view, the page scrolled past its top: what a reader sees mid-article.
      await page.locator('#embed').evaluate((frame) => {
        frame.scrollIntoView({ block: 'center' });
      });
      const scrolled = await page.evaluate(() => window.scrollY);
      expect(scrolled).toBeGreaterThan(0);
      const frame: Frame = await (await page.locator('#embed').elementHandle())!.contentFrame().then((f) => f!);
      await frame.waitForFunction(() => customElements.get('ai-layer-quiz') !== undefined);
      // The page's own heading, not the frame's height, bounds it: the frame scrolls inside itself.
      const frameDocument = await frame.evaluate(() => ({
        height: window.innerHeight,
        scrollHeight: document.documentElement.scrollHeight,
      }));
      expect(frameDocument.height).toBe(FRAME_HEIGHT);

      const quiz = widget(frame);
      const run = plannedRun('builder', alternating);
      const positions: number[] = [];
      await quiz.start();
      await quiz.choosePersona(PERSONA_LABEL.builder);
      for (const question of run.questions) {
        await quiz.heading.filter({ hasText: question.prompt }).waitFor();
        positions.push(await page.evaluate(() => window.scrollY));
        const label = question.options.find((o) => o.id === run.answers[question.id])!.label;
        await quiz.choose(label);
        await quiz.continue();
      }
      await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
      positions.push(await page.evaluate(() => window.scrollY));
      expect(new Set(positions)).toEqual(new Set([scrolled]));
      // The frame did scroll, inside itself, to show each step.
      await expect(frame.evaluate(() => document.documentElement.scrollHeight)).resolves.toBeGreaterThan(FRAME_HEIGHT);

      // The link the reader shares (LinkedIn's carries it as it is).
      const shareHref = await quiz.host.getByRole('link', { name: 'LinkedIn' }).getAttribute('href');
      const link = new URL(shareHref!).searchParams.get('url')!;
      expect(new URL(link).pathname).toBe('/embed/quiz.html');
      const reopened = await open(link);
      const shared = widget(reopened.page);
      await shared.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
      await expect(shared.headingText()).resolves.toContain(outcomeLabel(run.expected));
    },
  );

  test('linked: a page of its own, with a title, a description, Open Graph tags and the way back to the article', async ({
    open,
  }) => {
    const { page } = await open(quizPage(`?persona=investor&theme=dark&article=${encodeURIComponent(ARTICLE)}`));
    await expect(page.title()).resolves.toBe('Which blockchain layer fits your AI plans?');
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    await expect(meta('meta[name="description"]')).resolves.toMatch(/layer that fits/);
    await expect(meta('meta[property="og:title"]')).resolves.toBe('Which blockchain layer fits your AI plans?');
    await expect(meta('meta[property="og:description"]')).resolves.toMatch(/layer that fits/);
    const back = page.getByRole('link', { name: 'Read the article' });
    await expect(back.getAttribute('href')).resolves.toBe(ARTICLE);
    await expect(back.getAttribute('target')).resolves.toBeNull();

    const quiz = widget(page);
    await expect(quiz.headingTag()).resolves.toBe('h1');
    await expect(quiz.host.getAttribute('theme')).resolves.toBe('dark');
    await quiz.loaded();
    expect(await runAxe(page)).toEqual([]);
    const run = plannedRun('investor', alternating);
    await quiz.complete(run, { presetPersona: true });
    expect(await runAxe(page)).toEqual([]);
  });

  test('a hostile value in the query string is ignored, with one warning each, and the quiz still runs', async ({
    open,
  }) => {
    const hostile = new URLSearchParams({
      persona: '<img src=x onerror=alert(1)>',
      theme: 'neon',
      accent: 'url(javascript:alert(1))',
      article: 'javascript:alert(1)',
    });
    const watched = await open(quizPage(`?${hostile.toString()}`));
    const quiz = widget(watched.page);
    for (const name of ['persona', 'theme', 'accent'])
      await expect(quiz.host.getAttribute(name), name).resolves.toBeNull();
    await expect(watched.page.getByRole('link', { name: 'Read the article' }).count()).resolves.toBe(0);
    const warned = watched.warnings.filter((w) => w.startsWith('[ai-layer-quiz] quiz.html ignored ?'));
    expect(warned.map((w) => /\?(\w+)=/.exec(w)![1])).toEqual(['persona', 'theme', 'accent', 'article']);
    await quiz.complete(plannedRun('builder', alternating));
  });
});
