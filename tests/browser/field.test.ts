/**
 * The widget in the field, in Chromium: requests that fail once or twice, a
 * widget taken off the page and put back (by hand, and by Turbo Drive's
 * permanent elements) at every moment of a quiz, pages whose scripts patch
 * built-ins (Prototype.js, MooTools, enumerable properties on the
 * prototypes), a frame sandboxed without `allow-forms`, a `<base href>` on
 * another origin, and storage that throws or is missing. Each reaches a
 * result, or on a page where the quiz cannot run, says so plainly; the
 * harness fails any test on a page error or an unhandled rejection.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { blogPostPage } from '../../src/demo/pages.ts';
import { DIST, ROOT } from '../../src/demo/server.ts';
import { COULD_NOT_START, LOAD_FAILED } from '../../src/embed/intro-dom.ts';
import { blogPage, routeWidget } from './pages.ts';
import { describe, expect, test, type WatchedPage } from './harness.ts';
import { PERSONA_LABEL, alternating, firstOption, optionLabel, outcomeLabel, plannedRun, widget } from './widget.ts';
import type { StaticServer } from '../../src/demo/server.ts';

const PERSONA_STEP = 'Are you building or investing?';
/** A browser that is never idle: the quiz is fetched when the reader presses Start. */
const NEVER_IDLE = 'window.requestIdleCallback = () => 0;';
const RESULT_FILE = readdirSync(`${DIST}/quiz`).find((name) => /^result-.*\.js$/.test(name))!;
const FIXTURES = `${ROOT}/tests/fixtures/old-libraries`;

/** The widget's files under `dir`, each answering after `delay` ms; `broken` (a file name) answers 503 until repaired. */
function serveWidget(site: StaticServer, dir: string, options: { broken?: string; delay?: number } = {}) {
  const script = routeWidget(site, dir, { delay: options.delay ?? 0 });
  let broken = options.broken !== undefined;
  if (options.broken) {
    const file = options.broken;
    site.route(`${dir}/quiz/${file}`, () =>
      broken
        ? { body: 'Service Unavailable', status: 503, type: 'text/plain' }
        : { body: readFileSync(`${DIST}/quiz/${file}`), type: 'text/javascript' },
    );
  }
  return { script, repair: () => (broken = false) };
}

/** How often the page asked for each of the quiz's files (by name, query and all). */
function fetchedFiles(watched: WatchedPage): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const url of watched.requests) {
    const { pathname, search } = new URL(url);
    const name = pathname.includes('/quiz/') ? pathname.replace(/^.*\/quiz\//, '') + search : null;
    if (name) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** Takes the widget off the page and puts it back where it was, at once. */
const moveWidget = (page: Page) =>
  page.locator('ai-layer-quiz').evaluate((el) => {
    const [parent, next] = [el.parentNode!, el.nextSibling];
    el.remove();
    parent.insertBefore(el, next);
  });

describe('a request that fails, once or twice', () => {
  const CASES = [
    { file: 'index.js', times: 1 },
    { file: 'index.js', times: 2 },
    { file: RESULT_FILE, times: 1 },
    { file: RESULT_FILE, times: 2 },
  ];
  for (const [i, { file, times }] of CASES.entries()) {
    const what = file === 'index.js' ? 'the quiz file' : 'the result file';
    test(`${what}, ${times === 1 ? 'once' : 'twice'}: "Try again" leads to a result, with one copy of the quiz`, async ({
      site,
      open,
    }) => {
      const dir = `/fails-${i}`;
      const { script, repair } = serveWidget(site, dir, { broken: file });
      const path = site.page(
        `${dir}.html`,
        blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz><script src="${script}" defer></script>` }),
      );
      const watched = await open(path, { initScript: NEVER_IDLE });
      const quiz = widget(watched.page);
      const run = plannedRun('investor', firstOption);
      const tryAgain = quiz.host.getByRole('button', { name: 'Try again' });
      const failure =
        file === 'index.js'
          ? quiz.host.locator('p', { hasText: LOAD_FAILED })
          : quiz.heading.filter({ hasText: 'Your result could not load' });
      /** The reader meets the failure `times` times (the widget moved on the page after each), then it loads. */
      const failAndRetry = async () => {
        for (let n = 1; n <= times; n++) {
          await failure.waitFor();
          await moveWidget(watched.page);
          if (n === times) repair();
          await tryAgain.click();
        }
      };
      await quiz.start();
      if (file === 'index.js') await failAndRetry();
      await quiz.heading.filter({ hasText: PERSONA_STEP }).waitFor();
      await quiz.choosePersona(PERSONA_LABEL.investor);
      for (const question of run.questions) {
        await quiz.heading.filter({ hasText: question.prompt }).waitFor();
        await quiz.choose(optionLabel(question, run.answers[question.id]!));
        await quiz.continue();
      }
      if (file !== 'index.js') await failAndRetry();
      await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
      // One URL for the quiz file, whatever failed: the result file imports that one, and no second copy loads.
      const files = fetchedFiles(watched);
      expect(Object.keys(files).sort()).toEqual(['index.js', RESULT_FILE].sort());
      expect(files['index.js']).toBe(file === 'index.js' ? times + 1 : 1);
      // Each failed request: the browser's own line; a failed quiz file, one of the loader's too.
      const errors = watched.problems.consoleErrors.splice(0);
      const ours = errors.filter((m) => m.startsWith('[ai-layer-quiz] the quiz could not load'));
      expect(ours.length).toBe(file === 'index.js' ? times : 0);
      expect(errors.filter((m) => !ours.includes(m)).every((m) => m.startsWith('Failed to load resource'))).toBe(true);
    });
  }
});

/** A script that runs first, from the page's head, as the old library or the page's own code would. */
const oldLibrary = (name: string) => `<script src="/old-libraries/${name}"></script>`;
const inline = (code: string) => `<script>${code}</script>`;

/** Pages whose scripts change what the widget finds: each loaded before the widget, as a theme would. */
const PAGES: { page: string; head?: string; initScript?: string }[] = [
  { page: 'Prototype.js 1.7.3', head: oldLibrary('prototype-1.7.3.js') },
  { page: 'MooTools Core 1.5.2', head: oldLibrary('mootools-core-1.5.2.js') },
  { page: 'MooTools Core 1.6.0, compat build', head: oldLibrary('mootools-core-1.6.0-compat.js') },
  { page: 'an enumerable property on Object.prototype', head: inline('Object.prototype.pageHelper = function () {};') },
  { page: 'an enumerable property on Array.prototype', head: inline('Array.prototype.pageHelper = function () {};') },
  {
    page: 'a sessionStorage that throws',
    initScript: `Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`,
  },
  { page: 'no sessionStorage', initScript: `Object.defineProperty(window, 'sessionStorage', { value: undefined });` },
];

describe('pages that patch built-ins, or have no storage', () => {
  for (const [i, { page: name, head, initScript }] of PAGES.entries()) {
    test(`${name}: a full quiz to its result, a tried answer and back`, async ({ site, open }) => {
      for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.js'))) {
        site.route(`/old-libraries/${file}`, () => ({
          body: readFileSync(`${FIXTURES}/${file}`),
          type: 'text/javascript',
        }));
      }
      const path = site.page(`/patched-${i}.html`, blogPage({ head }));
      const { page } = await open(path, initScript ? { initScript } : {});
      const quiz = widget(page);
      const run = plannedRun('builder', alternating);
      await quiz.complete(run);
      await quiz.host.locator('summary', { hasText: 'What would change the result' }).click();
      await quiz.host.getByRole('button', { name: 'Try this answer' }).first().click();
      const back = quiz.host.getByRole('button', { name: 'Back to my result' });
      const question = quiz.host.getByRole('radiogroup');
      await question.or(back).first().waitFor();
      if (await question.isVisible()) {
        await quiz.host.getByRole('radio').first().check();
        await quiz.continue();
      }
      await back.click();
      await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
    });
  }
});

/** Ways a widget leaves the page and comes back `delay` ms later. */
const WAYS: {
  way: string;
  page: (site: StaticServer, dir: string) => string;
  move: (page: Page, delay: number) => Promise<void>;
}[] = [
  {
    way: 'remove() and append()',
    page: (site, dir) => {
      const { script } = serveWidget(site, dir, { delay: 700 });
      return site.page(
        `${dir}.html`,
        blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz><script src="${script}" defer></script>` }),
      );
    },
    move: (page, delay) =>
      page.locator('ai-layer-quiz').evaluate(async (el, ms) => {
        const [parent, next] = [el.parentNode!, el.nextSibling];
        el.remove();
        await new Promise((resolve) => setTimeout(resolve, ms));
        parent.insertBefore(el, next);
      }, delay),
  },
  {
    // Turbo Drive keeps a `data-turbo-permanent` element across visits: it takes it out of the old body and puts it
    // into the new one once that is rendered (here `delay` ms later, a slow render).
    way: 'Turbo Drive, visiting another page',
    page: (site, dir) => {
      const { script } = serveWidget(site, dir, { delay: 700 });
      site.route('/turbo.js', () => ({
        body: readFileSync(`${ROOT}/node_modules/@hotwired/turbo/dist/turbo.es2017-esm.js`),
        type: 'text/javascript',
      }));
      const head = `<script type="module" src="/turbo.js"></script><script src="${script}" defer></script>
<script>addEventListener('turbo:before-render', (event) => {
  const ms = Number(document.documentElement.dataset.delay);
  event.detail.render = async (current, next) => { await new Promise((r) => setTimeout(r, ms)); current.replaceWith(next); };
});
addEventListener('turbo:load', () => { const d = document.documentElement.dataset; d.visits = String(Number(d.visits ?? 0) + 1); });</script>`;
      const widgetHtml = '<ai-layer-quiz id="quiz" data-turbo-permanent></ai-layer-quiz>';
      site.page(`${dir}-b.html`, blogPage({ head, widget: widgetHtml, title: 'Page B' }));
      return site.page(`${dir}-a.html`, blogPage({ head, widget: widgetHtml, title: 'Page A' }));
    },
    move: async (page, delay) => {
      const next = page.url().endsWith('-a.html')
        ? page.url().replace(/-a\.html$/, '-b.html')
        : page.url().replace(/-b\.html$/, '-a.html');
      const visits = await page.evaluate(
        ([url, ms]) => {
          const data = document.documentElement.dataset;
          data.delay = String(ms);
          (window as unknown as { Turbo: { visit(url: string): void } }).Turbo.visit(url as string);
          return Number(data.visits);
        },
        [next, delay] as const,
      );
      // Rendered: the page's title is the other page's, and Turbo says it has loaded it.
      await page.waitForFunction((n) => Number(document.documentElement.dataset.visits) > n, visits);
      expect(page.url()).toBe(next);
    },
  },
];

/** What the widget shows and where focus is inside it: the step's heading, the checked answer, open folds. */
const screenOf = (page: Page) =>
  page.locator('ai-layer-quiz').evaluate((el) => {
    const root = el.shadowRoot!;
    const focused = root.activeElement;
    return {
      heading: root.querySelector('[data-alq-focus]')?.textContent?.trim(),
      checked: root.querySelector<HTMLInputElement>('input:checked')?.id ?? null,
      open: [...root.querySelectorAll('details[open] summary')].map((s) => s.textContent?.trim()),
      focus: focused ? `${focused.localName}#${focused.id}:${focused.textContent?.trim().slice(0, 30)}` : null,
    };
  });

describe('a widget taken off the page and put back', () => {
  for (const { way, page: makePage, move } of WAYS) {
    for (const delay of [0, 1000]) {
      test(`by ${way}, ${delay} ms later, at every moment: the same screen, answer and focus, one load`, async ({
        site,
        open,
      }) => {
        const dir = `/moved-${WAYS.findIndex((w) => w.way === way)}-${delay}`;
        const watched = await open(makePage(site, dir), { initScript: NEVER_IDLE });
        const { page } = watched;
        const quiz = widget(page);
        const run = plannedRun('builder', alternating);
        /** Moves the widget, then expects the screen exactly as it was. */
        const moved = async () => {
          const before = await screenOf(page);
          await move(page, delay);
          expect(await screenOf(page)).toEqual(before);
        };

        // While the quiz file is on its way (Start pressed): it arrives once, and opens on the persona step.
        await quiz.start();
        await move(page, delay);
        await quiz.heading.filter({ hasText: PERSONA_STEP }).waitFor();
        await quiz.choosePersona(PERSONA_LABEL.builder);
        const last = run.questions.length - 1;
        for (const [n, question] of run.questions.entries()) {
          await quiz.heading.filter({ hasText: question.prompt }).waitFor();
          await quiz.choose(optionLabel(question, run.answers[question.id]!));
          // Mid-question with an answer picked and not sent, and on the last question.
          if (n === 1 || n === last) await moved();
          await quiz.continue();
        }
        await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
        // On the result, a fold open (and focused).
        await quiz.host.locator('summary', { hasText: 'What would change the result' }).click();
        await moved();
        // On a tried answer.
        await quiz.host.getByRole('button', { name: 'Try this answer' }).first().click();
        const back = quiz.host.getByRole('button', { name: 'Back to my result' });
        const question = quiz.host.getByRole('radiogroup');
        await question.or(back).first().waitFor();
        await moved();
        if (await question.isVisible()) {
          await quiz.host.getByRole('radio').first().check();
          await quiz.continue();
        }
        await back.click();
        await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
        expect(fetchedFiles(watched)).toEqual({ 'index.js': 1, [RESULT_FILE]: 1 });
      });
    }
  }
});

describe('framed and based elsewhere', () => {
  test('in a frame sandboxed with allow-scripts only: Continue by click and by Enter, to a result', async ({
    site,
    open,
  }) => {
    // The frame's origin is null: the widget's files come with CORS headers, as the README asks of a host.
    const script = routeWidget(site, '/framed', { headers: { 'Access-Control-Allow-Origin': '*' } });
    site.page(
      '/framed-post.html',
      blogPage({ widget: `<ai-layer-quiz></ai-layer-quiz><script src="${script}" defer></script>` }),
    );
    const path = site.page(
      '/sandboxed.html',
      blogPage({
        widget: '<iframe sandbox="allow-scripts" src="/framed-post.html" style="width:100%;height:700px"></iframe>',
      }),
    );
    const { page } = await open(path, { noWait: true });
    const frame: Frame = await (await page.locator('iframe').elementHandle())!.contentFrame().then((f) => f!);
    const quiz = widget(frame);
    const run = plannedRun('builder', firstOption);
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.builder);
    for (const [n, question] of run.questions.entries()) {
      await quiz.heading.filter({ hasText: question.prompt }).waitFor();
      await quiz.choose(optionLabel(question, run.answers[question.id]!));
      if (n % 2 === 0) await quiz.continue();
      else await page.keyboard.press('Enter');
    }
    await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
  });

  test('under <base href> on a CDN: a citation lands on its heading in this post, and Back returns', async ({
    site,
    open,
  }) => {
    const post = blogPostPage()
      .replace('<head>', '<head><base href="https://cdn.example.com/">')
      .replace(/(src|href)="\//g, `$1="${site.origin}/`);
    const { page } = await open(site.page('/based.html', post), { viewport: { width: 1280, height: 900 } });
    const quiz = widget(page);
    await quiz.complete(plannedRun('builder', alternating));
    const result = await quiz.headingText();
    const link = quiz.host.locator('[part~="verdict"] [part~="source-link"]').first();
    const { hash } = new URL((await link.getAttribute('href'))!);
    await link.click();
    await page.waitForFunction((h) => location.hash === h, hash);
    expect(new URL(page.url()).pathname).toBe('/based.html');
    const top = await page.evaluate(
      (id) => document.getElementById(id)!.getBoundingClientRect().top,
      decodeURIComponent(hash.slice(1)),
    );
    expect(Math.abs(top)).toBeLessThanOrEqual(2);
    await page.goBack();
    await page.waitForFunction(() => location.hash === '');
    expect(await quiz.headingText()).toBe(result);
  });
});

describe('a page the quiz cannot run on', () => {
  /** Pages that took away what the quiz needs: nothing the network did. */
  const HOPELESS = [
    {
      page: 'WeakMap deleted (the quiz file fails as it runs)',
      initScript: 'delete window.WeakMap;',
      cause: /WeakMap/,
    },
    {
      page: 'Node#firstChild broken (the quiz fails as it mounts)',
      initScript: 'Object.defineProperty(Node.prototype, "firstChild", { get() { return null; } });',
      cause: /cloneNode/,
    },
  ];
  for (const [i, { page: name, initScript, cause }] of HOPELESS.entries()) {
    test(`${name}: says so plainly, shows the fallback content, logs one error naming the cause`, async ({
      site,
      open,
    }) => {
      const fallback = '<p><a href="#conclusion">Not sure which layer fits you? Read the conclusion.</a></p>';
      const path = site.page(
        `/hopeless-${i}.html`,
        blogPage({
          widget: `<ai-layer-quiz>${fallback}</ai-layer-quiz><script src="/ai-layer-quiz.js" defer></script>`,
        }),
      );
      const watched = await open(path, { initScript: `${NEVER_IDLE} ${initScript}` });
      const quiz = widget(watched.page);
      await quiz.start();
      await quiz.host.locator('p', { hasText: COULD_NOT_START }).waitFor();
      expect(await quiz.status.textContent()).toBe(COULD_NOT_START);
      expect(await quiz.host.getByText(LOAD_FAILED).count()).toBe(0);
      await expect(quiz.host.getByRole('link', { name: /Read the conclusion/ }).isVisible()).resolves.toBe(true);
      const errors = watched.problems.consoleErrors.splice(0);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^\[ai-layer-quiz\] the quiz could not start on this page: /);
      expect(errors[0]).toMatch(cause);
    });
  }
});

describe('a widget removed for good', () => {
  test('leaves nothing on window: the page keeps no listener of it', async ({ site, open }) => {
    const { page } = await open(site.page('/removed.html', blogPage()));
    const quiz = widget(page);
    await quiz.complete(plannedRun('investor', firstOption));
    const cdp = await page.context().newCDPSession(page);
    const windowListeners = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return listeners.map((l) => l.type).sort();
    };
    // The page has no hashchange listener of its own: the one there is the quiz's (share links opened later).
    expect(await windowListeners()).toContain('hashchange');
    await page.locator('ai-layer-quiz').evaluate((el) => el.remove());
    expect(await windowListeners()).not.toContain('hashchange');
  });
});
