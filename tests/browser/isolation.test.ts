/**
 * The loading matrix: the widget adds nothing to window and
 * throws nothing into the page, loads however the script is included,
 * applies attribute changes live, warns once about an invalid value, and
 * leaves the blog's fallback content to readers without JavaScript.
 */
import { SCRIPT, SCRIPT_TAG, blogPage } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import { firstOption, optionLabel, outcomeLabel, PERSONA_LABEL, plannedRun, widget } from './widget.ts';

const FALLBACK = '<p><a href="#conclusion">Not sure which layer fits you? Read the conclusion.</a></p>';

describe('the page around the widget', () => {
  test('no property is added to window, nothing uncaught, no console error, through a whole run', async ({
    site,
    open,
  }) => {
    const html = blogPage({ widget: `<ai-layer-quiz>${FALLBACK}</ai-layer-quiz>` });
    const { page } = await open(site.page('/no-globals.html', html), { noWait: true });
    const windowKeys = () => page.evaluate(() => Object.getOwnPropertyNames(window).sort());
    const before = await windowKeys();

    await page.addScriptTag({ url: SCRIPT });
    await page.evaluate(() => customElements.whenDefined('ai-layer-quiz'));
    const quiz = widget(page);
    const run = plannedRun('builder', firstOption);
    await quiz.complete(run);
    await quiz.startOver();

    const after = await windowKeys();
    expect(after.filter((key) => !before.includes(key))).toEqual([]);
    expect(before.filter((key) => !after.includes(key))).toEqual([]);
  });

  test('the fallback content shows without JavaScript and is hidden once the element upgrades', async ({
    site,
    open,
  }) => {
    const path = site.page(
      '/fallback.html',
      blogPage({ widget: `<ai-layer-quiz>${FALLBACK}</ai-layer-quiz>${SCRIPT_TAG}` }),
    );
    const withoutJs = await open(path, { javaScriptEnabled: false, noWait: true });
    await expect(withoutJs.page.getByRole('link', { name: /Read the conclusion/ }).isVisible()).resolves.toBe(true);

    const withJs = await open(path);
    const quiz = widget(withJs.page);
    await quiz.heading.waitFor();
    await expect(withJs.page.getByRole('link', { name: /Read the conclusion/ }).isVisible()).resolves.toBe(false);
  });

  test('a failure inside the element becomes one [ai-layer-quiz] console error, never an exception in the page', async ({
    site,
    open,
  }) => {
    // The page already gave the element a closed shadow root: the widget cannot attach its own.
    site.route('/closed-root.js', {
      body: `document.querySelector('ai-layer-quiz').attachShadow({ mode: 'closed' });`,
      type: 'text/javascript',
    });
    const html = blogPage({
      widget: `<ai-layer-quiz>${FALLBACK}</ai-layer-quiz><script src="/closed-root.js"></script>${SCRIPT_TAG}`,
    });
    const watched = await open(site.page('/closed-root.html', html));
    await watched.page.waitForTimeout(200);
    expect(watched.problems.pageErrors).toEqual([]);
    expect(watched.problems.consoleErrors).toHaveLength(1);
    expect(watched.problems.consoleErrors[0]).toMatch(/^\[ai-layer-quiz\] could not attach the shadow root/);
    watched.problems.consoleErrors.length = 0; // expected: not a failure of this test
  });
});

describe('connecting and disconnecting', () => {
  test('moved, or removed and added again later, the widget keeps going where it was', async ({ site, open }) => {
    const html = blogPage({
      widget: `<div id="here"><ai-layer-quiz id="mover"></ai-layer-quiz></div><div id="there"></div>${SCRIPT_TAG}`,
    });
    const { page } = await open(site.page('/reconnect.html', html));
    const quiz = widget(page, '#mover');
    const run = plannedRun('builder', firstOption);
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.builder);
    await quiz.heading.filter({ hasText: run.questions[0]!.prompt }).waitFor();

    // A move (out and back in within one task) keeps the running quiz where it was.
    await page.evaluate(() => document.querySelector('#there')!.append(document.querySelector('#mover')!));
    await page.waitForTimeout(50);
    expect(await quiz.headingText()).toBe(run.questions[0]!.prompt);

    // Off the page for a while: the quiz stays as it was (one root, no remount), and goes on when it is back.
    const roots = await page.evaluate(async () => {
      const element = document.querySelector('#mover')!;
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const count = element.shadowRoot!.querySelectorAll('.alq-root').length;
      document.querySelector('#here')!.append(element);
      return count;
    });
    expect(roots).toBe(1);
    expect(await quiz.headingText()).toBe(run.questions[0]!.prompt);
  });
});

const INJECT_LATER = `
setTimeout(() => {
  const script = document.createElement('script');
  script.src = '${SCRIPT}';
  document.head.append(script);
}, 300);`;

const ADD_AFTER_LOAD = `
addEventListener('load', () => setTimeout(() => {
  const quiz = document.createElement('ai-layer-quiz');
  quiz.id = 'late';
  document.querySelector('main').append(quiz);
}, 300));`;

const LOADING: [string, { widget?: string; head?: string; routes?: Record<string, string> }][] = [
  [
    'a blocking script before the element',
    { head: `<script src="${SCRIPT}"></script>`, widget: '<ai-layer-quiz></ai-layer-quiz>' },
  ],
  [
    'a blocking script after the element',
    { widget: `<ai-layer-quiz></ai-layer-quiz><script src="${SCRIPT}"></script>` },
  ],
  ['an async script', { head: `<script src="${SCRIPT}" async></script>`, widget: '<ai-layer-quiz></ai-layer-quiz>' }],
  [
    'a deferred script in the head',
    { head: `<script src="${SCRIPT}" defer></script>`, widget: '<ai-layer-quiz></ai-layer-quiz>' },
  ],
  [
    'a script injected later by another script',
    {
      head: '<script src="/inject-later.js"></script>',
      widget: '<ai-layer-quiz></ai-layer-quiz>',
      routes: { '/inject-later.js': INJECT_LATER },
    },
  ],
  [
    'an element added after load',
    {
      head: `<script src="${SCRIPT}" defer></script><script src="/add-after-load.js"></script>`,
      widget: '',
      routes: { '/add-after-load.js': ADD_AFTER_LOAD },
    },
  ],
];

describe('however the script is included', () => {
  test.for(LOADING)('%s: the widget starts and nothing goes wrong', async ([name, parts], { site, open }) => {
    for (const [path, body] of Object.entries(parts.routes ?? {})) site.route(path, { body, type: 'text/javascript' });
    const path = site.page(
      `/load-${name.replace(/\W+/g, '-')}.html`,
      blogPage({ head: parts.head ?? '', widget: parts.widget ?? '' }),
    );
    const { page } = await open(path, { noWait: true });
    const quiz = widget(page);
    await quiz.start();
    await quiz.host.getByRole('button', { name: PERSONA_LABEL.investor }).waitFor();
    expect(await page.locator('ai-layer-quiz').count()).toBe(1);
  });
});

describe('attributes', () => {
  test('changes apply live: theme, accent, heading level, persona, id', async ({ site, open }) => {
    const { page } = await open(
      site.page(
        '/live.html',
        blogPage({ widget: `<ai-layer-quiz id="live">${FALLBACK}</ai-layer-quiz>${SCRIPT_TAG}` }),
      ),
    );
    // Not '#live': the test renames it.
    const quiz = widget(page);
    const element = page.locator('ai-layer-quiz');
    const set = (name: string, value: string) =>
      element.evaluate((el, [n, v]) => el.setAttribute(n!, v!), [name, value]);
    const rootBackground = () => quiz.root.evaluate((el) => getComputedStyle(el).backgroundColor);
    // On the running quiz (the loader's own first screen follows attributes too: see the loader's tests).
    await quiz.loaded();
    const startBackground = () =>
      quiz.host
        .getByRole('button', { name: 'Start', exact: true })
        .evaluate((el) => getComputedStyle(el).backgroundColor);

    const lightBackground = await rootBackground();
    await set('theme', 'dark');
    await expect.poll(rootBackground).not.toBe(lightBackground);
    await set('theme', 'light');
    await expect.poll(rootBackground).toBe(lightBackground);

    await set('accent', '#0b6e4f');
    await expect.poll(startBackground).toBe('rgb(11, 110, 79)');

    expect(await quiz.headingTag()).toBe('h2');
    await set('heading-level', '4');
    await expect.poll(() => quiz.headingTag()).toBe('h4');

    await set('persona', 'investor');
    await set('id', 'renamed');
    await quiz.start();
    const run = plannedRun('investor', firstOption);
    const [first] = run.questions;
    await quiz.heading.filter({ hasText: first!.prompt }).waitFor();
    await quiz.choose(optionLabel(first!, run.answers[first!.id]!));
    await quiz.continue();
    await quiz.heading.filter({ hasText: run.questions[1]!.prompt }).waitFor();
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['ai-layer-quiz:renamed']);
  });

  test('an invalid value is ignored with exactly one warning naming the attribute and the accepted values', async ({
    site,
    open,
  }) => {
    const html = blogPage({
      widget: `<ai-layer-quiz theme="purple" heading-level="3">${FALLBACK}</ai-layer-quiz>${SCRIPT_TAG}`,
    });
    const watched = await open(site.page('/invalid.html', html));
    const quiz = widget(watched.page);
    await quiz.heading.waitFor();
    await watched.page.waitForTimeout(100);
    expect(watched.warnings).toHaveLength(1);
    expect(watched.warnings[0]).toMatch(/^\[ai-layer-quiz\] .*theme="purple".*"light", "dark" or "auto"/);
    // Ignored: the default (auto) applies; the valid attribute still does.
    expect(await quiz.root.getAttribute('data-theme')).toBe('auto');
    expect(await quiz.headingTag()).toBe('h3');

    await watched.page.locator('ai-layer-quiz').evaluate((el) => el.setAttribute('accent', 'nonsense'));
    await watched.page.locator('ai-layer-quiz').evaluate((el) => el.setAttribute('share-url', 'javascript:alert(1)'));
    await expect.poll(() => watched.warnings.length).toBe(3);
    expect(watched.warnings[1]).toMatch(/^\[ai-layer-quiz\] .*accent="nonsense".*CSS colour/);
    expect(watched.warnings[2]).toMatch(/^\[ai-layer-quiz\] .*share-url="javascript:alert\(1\)".*http/);

    const run = plannedRun('builder', firstOption);
    await quiz.complete(run);
    expect(await quiz.headingText()).toContain(outcomeLabel(run.expected));
    expect(watched.warnings).toHaveLength(3);
  });
});
