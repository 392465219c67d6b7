/** A plain blog page, the demo's own post, and the attributes page. */
import { blogPage } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import {
  alternating,
  firstOption,
  lastOption,
  outcomeLabel,
  PERSONA_LABEL,
  plannedRun,
  recordEvents,
  widget,
} from './widget.ts';

describe('a plain blog-like page', () => {
  test('a builder clicks through to the result the engine computes, and the page hears every step', async ({
    site,
    open,
  }) => {
    const { page } = await open(site.page('/plain.html', blogPage()));
    const events = await recordEvents(page);
    const quiz = widget(page);
    const run = plannedRun('builder', firstOption);

    await expect(quiz.headingText()).resolves.toBe('Which blockchain layer fits your AI plans?');
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.builder);
    await quiz.answer(run);

    expect(await quiz.headingText()).toContain(outcomeLabel(run.expected));
    const log = await events();
    expect(log.map((e) => e.type)).toEqual(['quiz-start', ...run.questions.map(() => 'quiz-answer'), 'quiz-complete']);
    expect(log.every((e) => e.target === 'ai-layer-quiz')).toBe(true);
    expect(log.at(-1)!.detail).toMatchObject({ persona: 'builder', answers: run.answers, outcome: run.expected });
  });

  test('an investor clicks through to the result, with the investor notes', async ({ site, open }) => {
    const { page } = await open(site.page('/plain-investor.html', blogPage()));
    const quiz = widget(page);
    const run = plannedRun('investor', lastOption);
    await quiz.complete(run);
    expect(await quiz.headingText()).toContain(outcomeLabel(run.expected));
    await expect(
      quiz.host
        .getByText(/not financial advice/i)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
  });

  test('Back keeps answers, Start over begins again', async ({ site, open }) => {
    const { page } = await open(site.page('/plain-back.html', blogPage()));
    const quiz = widget(page);
    const run = plannedRun('builder', alternating);
    const [first, second] = run.questions;
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.builder);
    await quiz.choose(first!.options.find((o) => o.id === run.answers[first!.id])!.label);
    await quiz.continue();
    await quiz.heading.filter({ hasText: second!.prompt }).waitFor();
    await quiz.back();
    await quiz.heading.filter({ hasText: first!.prompt }).waitFor();
    const chosen = first!.options.find((o) => o.id === run.answers[first!.id])!.label;
    await expect(quiz.host.getByRole('radio', { name: chosen, exact: true }).isChecked()).resolves.toBe(true);
    await quiz.continue();
    await quiz.answer({ ...run, questions: run.questions.slice(1) });
    await quiz.startOver();
    await quiz.heading.filter({ hasText: 'Which blockchain layer fits your AI plans?' }).waitFor();
  });
});

describe('the demo site', () => {
  test('the blog post embeds the built script mid-article, and the quiz works there', async ({ site, open }) => {
    const { page, requests } = await open('/');
    expect(await page.locator('script[src="/ai-layer-quiz.js"][defer]').count()).toBe(1);
    // Mid-article: headings of the post come before and after the widget.
    const around = await page.locator('ai-layer-quiz').evaluate((el) => {
      const headings = [...document.querySelectorAll('article h2')];
      const before = headings.filter((h) => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).length;
      return { before, after: headings.length - before };
    });
    expect(around.before).toBeGreaterThan(1);
    expect(around.after).toBeGreaterThan(1);
    expect(await page.locator('article table').count()).toBeGreaterThanOrEqual(3);

    const quiz = widget(page);
    const run = plannedRun('investor', firstOption);
    await quiz.complete(run);
    expect(await quiz.headingText()).toContain(outcomeLabel(run.expected));
    expect(requests.every((url) => url.startsWith(site.origin))).toBe(true);
  });

  test('the attributes page sets attributes on the live widget', async ({ open }) => {
    const { page } = await open('/attributes.html');
    const quiz = widget(page, '#live-quiz');
    await page.getByRole('radio', { name: 'dark' }).check();
    await expect.poll(() => quiz.root.getAttribute('data-theme')).toBe('dark');
    await page.getByLabel('heading-level').selectOption('4');
    await expect.poll(() => quiz.headingTag()).toBe('h4');
    await page.getByRole('radio', { name: 'investor' }).check();
    await expect.poll(() => page.locator('#live-quiz').getAttribute('persona')).toBe('investor');
    await expect(page.locator('#snippet').textContent()).resolves.toContain('persona="investor"');
    await quiz.start();
    // Preset persona: straight to the first investor question.
    const run = plannedRun('investor', firstOption);
    await quiz.heading.filter({ hasText: run.questions[0]!.prompt }).waitFor();

    await page.getByRole('button', { name: 'Add a second widget' }).click();
    await expect(
      page.locator('#more ai-layer-quiz').getByRole('button', { name: 'Start', exact: true }).isVisible(),
    ).resolves.toBe(true);
  });
});
