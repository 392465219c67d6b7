/**
 * Share links in a real browser: the link from quiz-complete reopens the same
 * result on a fresh page, with two widgets each keeps its own part of the
 * fragment, and tampered links only ever give a notice and a fresh quiz
 * (the harness fails a test on any console error or uncaught error).
 */
import { SCRIPT_TAG, blogPage } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import { alternating, lastOption, outcomeLabel, plannedRun, recordEvents, widget, type Widget } from './widget.ts';
import { shareUrlFor, readShareCode } from '../../src/share/index.ts';

/** The eyebrow of a result opened from someone's link. */
const SHARED = /^A shared result · /;
const UNREADABLE = 'This share link could not be read, so here is a fresh quiz.';
const INTRO = 'Which blockchain layer fits your AI plans?';

const ONE = blogPage({ widget: `<ai-layer-quiz id="quiz"></ai-layer-quiz>\n${SCRIPT_TAG}` });
const TWO = blogPage({
  widget: `<ai-layer-quiz id="first"></ai-layer-quiz>\n${SCRIPT_TAG}\n<p>Between the widgets.</p>\n<ai-layer-quiz id="second"></ai-layer-quiz>`,
});

/** The path, query and fragment of a URL, to open on the test server. */
const pathOf = (url: string) => {
  const { pathname, search, hash } = new URL(url);
  return pathname + search + hash;
};

async function reasonsOf(quiz: Widget): Promise<string[]> {
  return quiz.host.locator('[part~="reasons"] li').allTextContents();
}

async function shareUrlsOf(events: () => Promise<{ type: string; target: string; detail: unknown }[]>) {
  const log = await events();
  return Object.fromEntries(
    log.filter((e) => e.type === 'quiz-complete').map((e) => [e.target, (e.detail as { shareUrl: string }).shareUrl]),
  );
}

describe('a share link', () => {
  test('from quiz-complete opens, on a fresh page, the same result and reasons, saying it is shared', async ({
    site,
    open,
  }) => {
    const { page } = await open(site.page('/post.html', ONE));
    const events = await recordEvents(page);
    const quiz = widget(page, '#quiz');
    const run = plannedRun('builder', alternating);
    await quiz.complete(run);
    const reasons = await reasonsOf(quiz);
    const { quiz: shareUrl } = await shareUrlsOf(events);
    expect(shareUrl).toMatch(/\/post\.html#alq\.quiz=[A-Za-z0-9_-]+$/);

    const fresh = await open(pathOf(shareUrl!));
    const shared = widget(fresh.page, '#quiz');
    await shared.heading.filter({ hasText: `Their best fit: ${outcomeLabel(run.expected)}` }).waitFor();
    await shared.whole();
    expect(await reasonsOf(shared)).toEqual(reasons);
    await expect(shared.host.getByText(SHARED).isVisible()).resolves.toBe(true);

    await shared.host.getByRole('button', { name: 'Take the quiz yourself' }).click();
    await shared.heading.filter({ hasText: 'Are you building or investing?' }).waitFor();
    expect(await shared.host.getByText(SHARED).count()).toBe(0);
    expect(new URL(fresh.page.url()).hash).toBe('');
  });

  test('with two widgets on the page, each opens its own part of the fragment', async ({ site, open }) => {
    const { page } = await open(site.page('/two.html', TWO));
    const events = await recordEvents(page);
    const builder = plannedRun('builder', lastOption);
    const investor = plannedRun('investor', alternating);
    await widget(page, '#first').complete(builder);
    await widget(page, '#second').complete(investor);
    const urls = await shareUrlsOf(events);
    const firstCode = readShareCode(new URL(urls.first!).hash, 'first')!;
    const both = shareUrlFor(urls.second!, 'first', firstCode);

    const fresh = await open(pathOf(both));
    const first = widget(fresh.page, '#first');
    const second = widget(fresh.page, '#second');
    await first.heading.filter({ hasText: outcomeLabel(builder.expected) }).waitFor();
    await second.heading.filter({ hasText: outcomeLabel(investor.expected) }).waitFor();
    await expect(first.host.getByText(SHARED).isVisible()).resolves.toBe(true);
    await expect(second.host.getByText(SHARED).isVisible()).resolves.toBe(true);

    // A link for the second widget only leaves the first one on its intro.
    const onlySecond = await open(pathOf(urls.second!));
    await widget(onlySecond.page, '#second')
      .heading.filter({ hasText: outcomeLabel(investor.expected) })
      .waitFor();
    expect(await widget(onlySecond.page, '#first').headingText()).toBe(INTRO);
  });

  test.for([
    ['markup', '<img src=x onerror="document.documentElement.dataset.pwned=1">'],
    ['script text', '<script>document.documentElement.dataset.pwned=1</script>'],
    ['an svg handler', '"><svg onload="document.documentElement.dataset.pwned=1">'],
    ['a javascript: URL', 'javascript:document.documentElement.dataset.pwned=1'],
    ['random base64url', 'IxSAQIBAGQgigMI4EAfX'],
    ['a cut-off code', 'IxSAQIBAGQgig'],
    ['unicode', '😀\u202e%E0%A4%A'],
  ])('tampered with %s shows the notice and a fresh quiz, with nothing injected', async ([, code], { site, open }) => {
    site.page('/tampered.html', ONE);
    const { page } = await open(`/tampered.html#intro&alq.quiz=${code!}`);
    const quiz = widget(page, '#quiz');
    await quiz.host.getByText(UNREADABLE).waitFor();
    expect(await quiz.headingText()).toBe(INTRO);
    const injected = await page.evaluate(() => {
      const root = document.querySelector('#quiz')!.shadowRoot;
      return {
        pwned: document.documentElement.dataset.pwned ?? null,
        inPage: document.querySelectorAll('img, svg, script:not([src])').length,
        inWidget: root ? root.querySelectorAll('img, svg, script, iframe').length : -1,
      };
    });
    expect(injected).toEqual({ pwned: null, inPage: 0, inWidget: 0 });
  });
});
