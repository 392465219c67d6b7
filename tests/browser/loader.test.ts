/**
 * The page's loader in Chromium: a widget below the fold costs the loader
 * alone until the reader scrolls near it; a share link, saved progress or an
 * early click fetch the quiz at once; the quiz takes over the loader's intro
 * without a shift or a lost focus; a quiz or result file that fails to load
 * offers "Try again"; the loader works as a module, injected by another
 * script, and from another origin.
 */
import type { Locator, Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { DIST, startServer, type StaticServer } from '../../src/demo/server.ts';
import { LOAD_FAILED } from '../../src/embed/intro-dom.ts';
import { encodeShare, shareUrlFor } from '../../src/share/index.ts';
import { SCRIPT_TAG, blogPage, routeWidget } from './pages.ts';
import { runAxe } from './axe.ts';
import { describe, expect, test, type WatchedPage } from './harness.ts';
import { PERSONA_LABEL, firstOption, optionLabel, outcomeLabel, plannedRun, widget } from './widget.ts';

const INTRO = 'Which blockchain layer fits your AI plans?';
const PERSONA_STEP = 'Are you building or investing?';
const LONG_TEXT = '<p>Layer-1 blockchains are the base networks of the ecosystem.</p>'.repeat(120);

/** A post whose widget sits far below the first screen. */
const belowTheFold = (widgetMarkup = `<ai-layer-quiz></ai-layer-quiz>\n${SCRIPT_TAG}`) =>
  blogPage({ body: `<h1>Layer-1 or Layer-2 for AI?</h1>${LONG_TEXT}\nWIDGET\n<p>The end.</p>`, widget: widgetMarkup });

/** Paths of the quiz's own files (everything under /quiz/) the page asked for. */
const quizRequests = (watched: WatchedPage) =>
  watched.requests.map((url) => new URL(url)).filter((url) => url.pathname.includes('/quiz/'));

/** Lets the page settle: its load event, then a few idle frames (the loader's idle load would have fired). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 0;
        const tick = () => (++frames >= 30 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
  await page.waitForTimeout(1500);
}

/** A browser that is never idle: only a reader's action or the viewport can ask for the quiz. */
const NEVER_IDLE = 'window.requestIdleCallback = () => 0;';

/** The shadow root's `.alq-root` markup, without Svelte's comment anchors or whitespace between tags. */
const rootMarkup = (page: Page) =>
  page
    .locator('ai-layer-quiz')
    .evaluate((el) => [...el.shadowRoot!.querySelectorAll('.alq-root')].map((root) => root.outerHTML))
    .then((roots) => roots.map((html) => html.replace(/<!--[^]*?-->/g, '').replace(/>\s+</g, '><')));

describe('a widget below the fold', () => {
  test('costs the loader alone until the reader scrolls near it, then the quiz loads', async ({ site, open }) => {
    const watched = await open(site.page('/below.html', belowTheFold()), { viewport: { width: 375, height: 740 } });
    const { page } = watched;
    await settle(page);
    expect(quizRequests(watched)).toEqual([]);
    const top = await page.locator('ai-layer-quiz').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(2 * 740);

    await page.locator('ai-layer-quiz').scrollIntoViewIfNeeded();
    const quiz = widget(page);
    await quiz.loaded();
    expect(quizRequests(watched).map((url) => url.pathname)).toContain('/quiz/index.js');
    await quiz.start();
    await quiz.heading.filter({ hasText: PERSONA_STEP }).waitFor();
  });

  test('shows the intro with its Start button before the quiz is fetched', async ({ site, open }) => {
    const watched = await open(site.page('/below-intro.html', belowTheFold()));
    const { page } = watched;
    const host = page.locator('ai-layer-quiz');
    expect(quizRequests(watched)).toEqual([]);
    expect(await host.getByRole('heading', { name: INTRO }).count()).toBe(1);
    expect(await host.getByRole('button', { name: 'Start' }).count()).toBe(1);
    expect(await host.getByRole('list', { name: 'The four recommendations' }).getByRole('listitem').count()).toBe(4);
    await host.scrollIntoViewIfNeeded();
    expect(await runAxe(page), 'axe on the loader’s intro').toEqual([]);
  });

  test('in the dark theme, the loader’s intro passes axe too', async ({ site, open }) => {
    const path = site.page(
      '/below-dark.html',
      belowTheFold(`<ai-layer-quiz theme="dark"></ai-layer-quiz>\n${SCRIPT_TAG}`),
    );
    const { page } = await open(path, { initScript: NEVER_IDLE });
    await page.locator('ai-layer-quiz').scrollIntoViewIfNeeded();
    expect(await runAxe(page), 'axe on the loader’s dark intro').toEqual([]);
  });
});

describe('the quiz loads at once', () => {
  test('for a share link to this widget, opening on the shared result', async ({ site, open }) => {
    const run = plannedRun('investor', firstOption);
    const encoded = encodeShare({ persona: run.persona, answers: run.answers });
    if (!encoded.ok) throw new Error(encoded.error.message);
    site.page('/below-share.html', belowTheFold());
    const link = shareUrlFor(`${site.origin}/below-share.html`, 'alq-1', encoded.code);
    const watched = await open(link.slice(site.origin.length), { viewport: { width: 375, height: 740 } });
    const quiz = widget(watched.page);
    await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
    expect(quizRequests(watched).map((url) => url.pathname)).toContain('/quiz/index.js');
  });

  test('for progress saved in this tab, back on the question the reader left', async ({ site, open }) => {
    site.page('/top.html', blogPage());
    site.page('/below-progress.html', belowTheFold());
    const first = await open('/top.html', { viewport: { width: 375, height: 740 } });
    const quiz = widget(first.page);
    const run = plannedRun('builder', firstOption);
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.builder);
    await quiz.choose(optionLabel(run.questions[0]!, run.answers[run.questions[0]!.id]!));
    await quiz.continue();
    await quiz.heading.filter({ hasText: run.questions[1]!.prompt }).waitFor();

    first.requests.length = 0;
    await first.page.addInitScript({ content: NEVER_IDLE });
    await first.page.goto(`${site.origin}/below-progress.html`, { waitUntil: 'load' });
    const again = widget(first.page);
    await again.loaded();
    expect(quizRequests(first).map((url) => url.pathname)).toContain('/quiz/index.js');
    const heading = await again.headingText();
    expect(heading).toBe(run.questions[1]!.prompt);
  });

  test('when the reader presses Start, even on a page that is never idle', async ({ site, open }) => {
    const script = routeWidget(site, '/slow-start', { delay: 400 });
    const page0 = site.page(
      '/early.html',
      blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz><script src="${script}" defer></script>` }),
    );
    const watched = await open(page0, { initScript: NEVER_IDLE });
    const { page } = watched;
    await settle(page);
    expect(quizRequests(watched)).toEqual([]);
    const quiz = widget(page);
    await quiz.start();
    // The reader's press is kept: the quiz opens past the intro, on the persona step.
    await quiz.heading.filter({ hasText: PERSONA_STEP }).waitFor();
  });
});

describe('the quiz taking over from the loader', () => {
  test('keeps the intro exactly as it was: same markup, no layout shift, focus still on Start', async ({
    site,
    open,
  }) => {
    const script = routeWidget(site, '/slow-takeover', { delay: 500 });
    const path = site.page(
      '/takeover.html',
      blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz><script src="${script}" defer></script>` }),
    );
    const { page } = await open(path, { viewport: { width: 375, height: 740 } });
    const before = await rootMarkup(page);
    expect(before).toHaveLength(1);
    const box = await page.locator('ai-layer-quiz').boundingBox();
    const paragraph = await page.locator('#conclusion').boundingBox();

    // Layout shifts from here on: the takeover's (the page's own, as the intro first appeared, came before).
    await page.evaluate(() => {
      const record = document.documentElement as unknown as { alqShift: number };
      record.alqShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          record.alqShift += entry.value;
      }).observe({ type: 'layout-shift' });
    });
    const quiz = widget(page);
    await page.keyboard.press('Tab');
    expect(await page.locator('ai-layer-quiz').evaluate((el) => el.shadowRoot!.activeElement?.textContent)).toBe(
      'Start',
    );
    await quiz.loaded();

    expect(await rootMarkup(page)).toEqual(before);
    expect(await page.locator('ai-layer-quiz').boundingBox()).toEqual(box);
    expect(await page.locator('#conclusion').boundingBox()).toEqual(paragraph);
    const focused = await page
      .locator('ai-layer-quiz')
      .evaluate(
        (el) =>
          el.shadowRoot!.activeElement?.closest('.alq-root') === el.shadowRoot!.querySelector('.alq-root') &&
          el.shadowRoot!.activeElement?.textContent,
      );
    expect(focused).toBe('Start');
    const shifts = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          setTimeout(() => resolve((document.documentElement as unknown as { alqShift: number }).alqShift), 300),
        ),
    );
    expect(shifts).toBe(0);
    await page.keyboard.press('Enter');
    await quiz.heading.filter({ hasText: PERSONA_STEP }).waitFor();
  });

  /** Ways a reader holds Start down, and lets go. */
  const PRESSES: {
    what: string;
    press: (page: Page, start: Locator) => Promise<void>;
    release: (page: Page) => Promise<void>;
  }[] = [
    {
      what: 'a mouse press on Start to end',
      press: async (page, start) => {
        await start.hover();
        await page.mouse.down();
      },
      release: (page) => page.mouse.up(),
    },
    {
      what: 'Space held on Start to be let go',
      press: async (page, start) => {
        await start.focus();
        await page.keyboard.down(' ');
      },
      release: (page) => page.keyboard.up(' '),
    },
  ];

  for (const [i, { what, press, release }] of PRESSES.entries()) {
    test(`waits for ${what}, so its click is not lost`, async ({ site, open }) => {
      const dir = `/press-${i}`;
      const script = routeWidget(site, dir, { delay: 300 });
      const path = site.page(
        `${dir}.html`,
        blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz><script src="${script}" defer></script>` }),
      );
      const { page } = await open(path, { initScript: NEVER_IDLE });
      const arrived = page.waitForResponse((response) => response.url().includes(`${dir}/quiz/index.js`));
      await press(page, page.locator('ai-layer-quiz').getByRole('button', { name: 'Start' }));
      // The press asked for the quiz, which arrives while Start is held: the intro stays until the press ends.
      await arrived;
      await page.waitForTimeout(500);
      expect(await rootMarkup(page)).toHaveLength(1);
      await release(page);
      await widget(page).heading.filter({ hasText: PERSONA_STEP }).waitFor();
    });
  }

  test('with a preset persona and heading level, the intro matches the quiz’s own', async ({ site, open }) => {
    const script = routeWidget(site, '/slow-preset', { delay: 300 });
    const path = site.page(
      '/takeover-preset.html',
      blogPage({
        widget: `<ai-layer-quiz persona="investor" heading-level="3" theme="dark"></ai-layer-quiz><script src="${script}" defer></script>`,
      }),
    );
    const { page } = await open(path);
    const before = await rootMarkup(page);
    await widget(page).loaded();
    expect(await rootMarkup(page)).toEqual(before);
    expect(before[0]).toContain('<h3');
  });
});

describe('a file that fails to load', () => {
  /** `/<dir>/quiz/index.js` fails on its first request, then works (a retry asks for the same URL). */
  function flakyQuiz(site: StaticServer, dir: string): string {
    const script = routeWidget(site, dir);
    let requests = 0;
    site.route(`${dir}/quiz/index.js`, () =>
      requests++ === 0
        ? { body: 'Service Unavailable', status: 503, type: 'text/plain' }
        : { body: readFileSync(`${DIST}/quiz/index.js`), type: 'text/javascript' },
    );
    return site.page(
      `${dir}.html`,
      blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz><script src="${script}" defer></script>` }),
    );
  }

  /** The failed fetch and the loader's report of it are expected: checked, then cleared. */
  function expectReportedFailure(watched: WatchedPage): void {
    expect(watched.problems.consoleErrors.some((m) => m.startsWith('[ai-layer-quiz] the quiz could not load'))).toBe(
      true,
    );
    watched.problems.consoleErrors.length = 0;
  }

  test('the quiz, after Start: a plain message and "Try again", which loads it', async ({ site, open }) => {
    const watched = await open(flakyQuiz(site, '/flaky'), { initScript: NEVER_IDLE });
    const { page } = watched;
    const quiz = widget(page);
    await quiz.start();
    const host = page.locator('ai-layer-quiz');
    await host.locator('p', { hasText: LOAD_FAILED }).waitFor();
    expect(await quiz.status.textContent()).toBe(LOAD_FAILED);
    expect(await host.getByRole('button', { name: 'Start' }).count()).toBe(0);
    expect(await runAxe(page), 'axe on the failed load').toEqual([]);
    expectReportedFailure(watched);

    await host.getByRole('button', { name: 'Try again' }).click();
    await quiz.heading.filter({ hasText: PERSONA_STEP }).waitFor();
  });

  test('the quiz, fetched ahead of the reader: Start stays, and pressing it tries again', async ({ site, open }) => {
    const watched = await open(flakyQuiz(site, '/flaky-ahead'));
    const { page } = watched;
    await settle(page);
    expect(quizRequests(watched).map((url) => url.pathname)).toContain('/flaky-ahead/quiz/index.js');
    const host = page.locator('ai-layer-quiz');
    expect(await host.locator('p', { hasText: LOAD_FAILED }).count()).toBe(0);
    expectReportedFailure(watched);

    const quiz = widget(page);
    await quiz.start();
    await quiz.heading.filter({ hasText: PERSONA_STEP }).waitFor();
  });

  test('the result: "Your result could not load" and "Try again", which shows it', async ({ site, open }) => {
    const script = routeWidget(site, '/flaky-result');
    const resultFile = readdirSync(`${DIST}/quiz`).find((name) => /^result-.*\.js$/.test(name))!;
    let broken = true;
    site.route(`/flaky-result/quiz/${resultFile}`, () =>
      broken
        ? { body: 'Service Unavailable', status: 503, type: 'text/plain' }
        : { body: readFileSync(`${DIST}/quiz/${resultFile}`), type: 'text/javascript' },
    );
    const path = site.page(
      '/flaky-result.html',
      blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz><script src="${script}" defer></script>` }),
    );
    const watched = await open(path);
    const quiz = widget(watched.page);
    const run = plannedRun('investor', firstOption);
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.investor);
    for (const question of run.questions) {
      await quiz.heading.filter({ hasText: question.prompt }).waitFor();
      await quiz.choose(optionLabel(question, run.answers[question.id]!));
      await quiz.continue();
    }
    await quiz.heading.filter({ hasText: 'Your result could not load' }).waitFor();
    expect(watched.problems.pageErrors).toEqual([]);
    expect(await runAxe(watched.page), 'axe on the failed result').toEqual([]);
    watched.problems.consoleErrors.length = 0;

    broken = false;
    await quiz.host.getByRole('button', { name: 'Try again' }).click();
    await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
  });
});

describe('where the loader finds the quiz', () => {
  /** Start works, and the quiz came from the `quiz/` folder next to the loader in `dir`, and from nowhere else. */
  async function expectQuizFrom(watched: WatchedPage, dir: string): Promise<void> {
    const quiz = widget(watched.page);
    await quiz.start();
    await quiz.heading.filter({ hasText: PERSONA_STEP }).waitFor();
    const paths = quizRequests(watched).map((url) => url.pathname);
    expect(paths).toContain(`${dir}/quiz/index.js`);
    expect(paths.every((path) => path.startsWith(`${dir}/quiz/`))).toBe(true);
  }

  test('loaded as a module (no currentScript)', async ({ site, open }) => {
    const script = routeWidget(site, '/as-module');
    const path = site.page(
      '/module.html',
      blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz><script type="module" src="${script}"></script>` }),
    );
    const watched = await open(path);
    await expectQuizFrom(watched, '/as-module');
  });

  test('added by another script, after the page has loaded', async ({ site, open }) => {
    const script = routeWidget(site, '/injected');
    site.route('/inject.js', {
      body: `addEventListener('load', () => { const s = document.createElement('script'); s.src = '${script}'; document.body.append(s); });`,
      type: 'text/javascript',
    });
    const path = site.page(
      '/injected.html',
      blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz><script src="/inject.js"></script>` }),
    );
    const watched = await open(path);
    await expectQuizFrom(watched, '/injected');
  });

  test('from another origin (a CDN that sends CORS headers): every file from there', async ({ site, open }) => {
    const cdn = await startServer();
    try {
      const script = routeWidget(cdn, '/npm/ai-layer-quiz/dist', { headers: { 'Access-Control-Allow-Origin': '*' } });
      const path = site.page(
        '/cdn.html',
        blogPage({
          widget: `<ai-layer-quiz></ai-layer-quiz><script src="${cdn.origin}${script}" defer></script>`,
        }),
      );
      const watched = await open(path);
      const quiz = widget(watched.page);
      await quiz.complete(plannedRun('builder', firstOption));
      const files = quizRequests(watched);
      expect(files.length).toBeGreaterThan(1);
      expect(files.every((url) => url.origin === cdn.origin)).toBe(true);
      expect(
        watched.requests.map((url) => new URL(url).origin).filter((o) => o !== site.origin && o !== cdn.origin),
      ).toEqual([]);
    } finally {
      await cdn.close();
    }
  });
});
