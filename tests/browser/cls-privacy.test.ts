/**
 * The README's snippet, as a blogger pastes it: the layout shift it causes
 * stays under 0.01 (phone and desktop, fast and slow script), and a whole
 * quiz makes no request besides the page and the script, sets no cookie
 * and stores nothing but its progress key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, DIST } from '../../src/demo/server.ts';
import { SCRIPT, blogPage, routeWidget } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import { firstOption, plannedRun, widget } from './widget.ts';

/** The first html block of the README's "Embed it" section, with the script served from this test's server. */
function readmeSnippet(scriptSrc: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embed it'));
  const block = /```html\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md: no ```html block under "## Embed it"');
  const snippet = block[1]!;
  if (!/<script src="[^"]+" defer><\/script>/.test(snippet)) throw new Error('README snippet: no deferred script tag');
  return snippet.replace(/<script src="[^"]+"/, `<script src="${scriptSrc}"`);
}

const PARAGRAPH =
  '<p>Layer-2 platforms are built on top of existing Layer-1 blockchains. They do not reinvent the wheel, they just make it spin faster, and for AI that means cheaper transactions, faster time to market and easier integration.</p>';

/** A post with the widget near the top, inside the first screen, and text after it that would move if it shifted. */
function postWith(snippet: string): string {
  return blogPage({
    body: `<h1>Which layer for AI?</h1>${PARAGRAPH}\nWIDGET\n${PARAGRAPH.repeat(12)}`,
    widget: snippet,
  });
}

/** Cumulative layout shift without recent input, from the buffered entries. */
function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

describe('the README snippet', () => {
  const cases = [
    { name: 'phone (320px), script at once', width: 320, delay: 0 },
    { name: 'phone (375px), slow script', width: 375, delay: 600 },
    { name: 'desktop (1280px), slow script', width: 1280, delay: 600 },
  ];

  test.for(cases.map((c) => [c.name, c] as const))(
    '%s: layout shift under 0.01',
    async ([, { width, delay }], { site, open }) => {
      const script = routeWidget(site, `/slow-${delay}`, { delay });
      const path = site.page(`/cls-${width}-${delay}.html`, postWith(readmeSnippet(script)));
      const { page } = await open(path, { viewport: { width, height: 740 } });
      const quiz = widget(page);
      await quiz.heading.waitFor();
      // The widget is on the first screen, where a shift would count.
      const top = await page.locator('ai-layer-quiz').evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(740);
      const cls = await cumulativeLayoutShift(page);
      console.log(`CLS at ${width}px, script delayed ${delay} ms: ${cls.toFixed(4)}`);
      expect(cls).toBeLessThan(0.01);
    },
  );

  test('without the reserved height the same page does shift (so the measurement can see it)', async ({
    site,
    open,
  }) => {
    const script = routeWidget(site, '/slow-control', { delay: 600 });
    const snippet = readmeSnippet(script).replace(/ style="[^"]*"/, '');
    const { page } = await open(site.page('/cls-control.html', postWith(snippet)), {
      viewport: { width: 375, height: 740 },
    });
    await widget(page).heading.waitFor();
    expect(await cumulativeLayoutShift(page)).toBeGreaterThan(0.01);
  });
});

describe('privacy', () => {
  test('a whole quiz: no request but the page and the script, no cookie, no storage but the progress key', async ({
    site,
    open,
  }) => {
    const path = site.page('/privacy.html', postWith(readmeSnippet(SCRIPT)));
    const watched = await open(path);
    const { page, context } = watched;
    const quiz = widget(page);
    const run = plannedRun('builder', firstOption);
    await quiz.complete(run);

    const storage = await page.evaluate(async () => ({
      session: Object.keys(sessionStorage),
      local: Object.keys(localStorage),
      cookie: document.cookie,
      databases: (await indexedDB.databases()).map((db) => db.name),
      caches: await caches.keys(),
    }));
    expect(storage).toEqual({ session: ['ai-layer-quiz:alq-1'], local: [], cookie: '', databases: [], caches: [] });
    expect(await context.cookies()).toEqual([]);

    await quiz.startOver();
    await quiz.heading.filter({ hasText: 'Which blockchain layer fits your AI plans?' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    // The browser asks for a favicon by itself; everything else is the page, the script and the quiz's files
    // from the folder next to it (each once: the quiz, and the result chunk fetched while the reader answers).
    const requested = watched.requests.map((url) => new URL(url).pathname).filter((p) => p !== '/favicon.ico');
    const shipped = readdirSync(join(DIST, 'quiz')).filter((name) => name.endsWith('.js'));
    expect(requested.slice(0, 3)).toEqual([path, SCRIPT, '/quiz/index.js']);
    expect(requested.slice(3).every((p) => shipped.includes(p.replace('/quiz/', '')))).toBe(true);
    expect(new Set(requested).size).toBe(requested.length);
  });
});
