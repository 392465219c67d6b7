/**
 * The element's properties, as a framework sets them: each mirrors its
 * attribute both ways, before and after the element upgrades, and what is
 * set shows in the quiz. `persona` set on a running quiz switches the reader
 * as their own "Change persona" does.
 */
import type { Page } from 'playwright-core';
import { evaluate, questionsFor } from '../../src/engine/index.ts';
import type { Answers, PersonaId } from '../../src/engine/types.ts';
import { blogPage, SCRIPT, SCRIPT_TAG } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import { PERSONA_LABEL, firstOption, optionLabel, outcomeLabel, plannedRun, widget, type Widget } from './widget.ts';

type Properties = Partial<Record<'persona' | 'theme' | 'accent' | 'headingLevel' | 'shareUrl', unknown>>;

/** Reads the five properties and their attributes off the element. */
function readBack(page: Page, selector = 'ai-layer-quiz') {
  return page.locator(selector).evaluate((el) => {
    const quiz = el as HTMLElementTagNameMap['ai-layer-quiz'];
    return {
      properties: {
        persona: quiz.persona,
        theme: quiz.theme,
        accent: quiz.accent,
        headingLevel: quiz.headingLevel,
        shareUrl: quiz.shareUrl,
      },
      attributes: Object.fromEntries(
        ['persona', 'theme', 'accent', 'heading-level', 'share-url'].map((name) => [name, el.getAttribute(name)]),
      ),
    };
  });
}

const setProperties = (page: Page, values: Properties, selector = 'ai-layer-quiz') =>
  page.locator(selector).evaluate((el, v) => Object.assign(el, v), values);

const SET = {
  persona: 'investor',
  theme: 'dark',
  accent: '#0b6e4f',
  headingLevel: 4,
  shareUrl: 'https://blog.example/ai-layers',
} as const;

const DEFAULTS = { persona: null, theme: 'auto', accent: null, headingLevel: 2, shareUrl: null };
const NO_ATTRIBUTES = { persona: null, theme: null, accent: null, 'heading-level': null, 'share-url': null };

/** What the reader sees of SET: dark theme, an h4, and the investor's first question straight after Start. */
async function expectSetShows(quiz: Widget): Promise<void> {
  await expect.poll(() => quiz.root.getAttribute('data-theme')).toBe('dark');
  expect(await quiz.headingTag()).toBe('h4');
  await quiz.start();
  await quiz.heading.filter({ hasText: questionsFor('investor', {})[0]!.prompt }).waitFor();
}

describe('after the upgrade', () => {
  test('setting each property sets its attribute, and null removes it', async ({ site, open }) => {
    const { page } = await open(site.page('/props-after.html', blogPage()));
    expect(await readBack(page)).toEqual({ properties: DEFAULTS, attributes: NO_ATTRIBUTES });
    await setProperties(page, SET);
    expect(await readBack(page)).toEqual({
      properties: SET,
      attributes: {
        persona: 'investor',
        theme: 'dark',
        accent: '#0b6e4f',
        'heading-level': '4',
        'share-url': 'https://blog.example/ai-layers',
      },
    });
    await expectSetShows(widget(page));
    await setProperties(page, { persona: null, theme: null, accent: undefined, headingLevel: null, shareUrl: null });
    expect(await readBack(page)).toEqual({ properties: DEFAULTS, attributes: NO_ATTRIBUTES });
  });

  test('setting each attribute changes what its property reads; an invalid one reads as the default', async ({
    site,
    open,
  }) => {
    const watched = await open(site.page('/attrs-after.html', blogPage()));
    const { page } = watched;
    await page.locator('ai-layer-quiz').evaluate((el) => {
      el.setAttribute('persona', 'Builder');
      el.setAttribute('theme', 'light');
      el.setAttribute('accent', 'teal');
      el.setAttribute('heading-level', '5');
      el.setAttribute('share-url', 'https://blog.example/post?ref=x');
    });
    expect((await readBack(page)).properties).toEqual({
      persona: 'builder',
      theme: 'light',
      accent: 'teal',
      headingLevel: 5,
      shareUrl: 'https://blog.example/post?ref=x',
    });
    expect(await widget(page).headingTag()).toBe('h5');
    await page.locator('ai-layer-quiz').evaluate((el) => {
      el.setAttribute('theme', 'neon');
      el.setAttribute('heading-level', '9');
    });
    expect((await readBack(page)).properties).toMatchObject({ theme: 'auto', headingLevel: 2 });
    expect(watched.warnings.filter((w) => w.startsWith('[ai-layer-quiz] ignored'))).toHaveLength(2);
  });
});

describe('before the upgrade', () => {
  test('properties set before the script loads are taken over, and win over the attributes', async ({ site, open }) => {
    const html = blogPage({ widget: '<ai-layer-quiz theme="light" heading-level="3"></ai-layer-quiz>' });
    const { page } = await open(site.page('/props-before.html', html), { noWait: true });
    await setProperties(page, SET);
    await page.addScriptTag({ url: SCRIPT });
    await page.evaluate(() => customElements.whenDefined('ai-layer-quiz'));
    const { properties, attributes } = await readBack(page);
    expect(properties).toEqual(SET);
    expect(attributes).toMatchObject({ theme: 'dark', 'heading-level': '4', persona: 'investor' });
    // Taken over, not left as plain own properties hiding the element's accessors.
    expect(await page.locator('ai-layer-quiz').evaluate((el) => Object.keys(el))).toEqual([]);
    await expectSetShows(widget(page));
  });

  test('attributes set before the script loads give the properties their values', async ({ site, open }) => {
    const html = blogPage({ widget: `<ai-layer-quiz persona="investor" accent="#0b6e4f"></ai-layer-quiz>` });
    const { page } = await open(site.page('/attrs-before.html', html), { noWait: true });
    await page.addScriptTag({ url: SCRIPT });
    await page.evaluate(() => customElements.whenDefined('ai-layer-quiz'));
    expect((await readBack(page)).properties).toEqual({ ...DEFAULTS, persona: 'investor', accent: '#0b6e4f' });
  });

  test('properties set on a created element before it is added (as frameworks do) apply when it is', async ({
    site,
    open,
  }) => {
    const { page } = await open(
      site.page('/props-created.html', blogPage({ widget: `<div id="slot"></div>${SCRIPT_TAG}` })),
    );
    await page.evaluate((values) => {
      const quiz = Object.assign(document.createElement('ai-layer-quiz'), values);
      quiz.id = 'created';
      document.querySelector('#slot')!.append(quiz);
    }, SET);
    expect((await readBack(page, '#created')).properties).toEqual(SET);
    await expectSetShows(widget(page, '#created'));
  });
});

describe('persona, set on a running quiz', () => {
  const builder = plannedRun('builder', firstOption);
  /** Where the engine says a reader with `answers` lands as `persona`: the first unanswered question's prompt. */
  const firstOpenPrompt = (persona: PersonaId, answers: Answers) =>
    questionsFor(persona, answers).find((q) => answers[q.id] === undefined)?.prompt;

  async function answerFirst(quiz: Widget, count: number): Promise<Answers> {
    const answers: Record<string, string> = {};
    for (const question of builder.questions.slice(0, count)) {
      await quiz.heading.filter({ hasText: question.prompt }).waitFor();
      await quiz.choose(optionLabel(question, builder.answers[question.id]!));
      await quiz.continue();
      answers[question.id] = builder.answers[question.id]!;
    }
    return answers;
  }

  test("switches the reader as their own switch does: to the new persona's first open question, answers kept", async ({
    site,
    open,
  }) => {
    const { page } = await open(site.page('/persona-live.html', blogPage()));
    const quiz = widget(page);
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.builder);
    const answers = await answerFirst(quiz, 3);

    await setProperties(page, { persona: 'investor' });
    const investorPrompt = firstOpenPrompt('investor', answers)!;
    await quiz.heading.filter({ hasText: investorPrompt }).waitFor();
    expect(await page.locator('ai-layer-quiz').getAttribute('persona')).toBe('investor');

    // Back to builder: the answers given as a builder are still there.
    await setProperties(page, { persona: 'builder' });
    await quiz.heading.filter({ hasText: firstOpenPrompt('builder', answers)! }).waitFor();
    expect(firstOpenPrompt('builder', answers)).toBe(builder.questions[3]!.prompt);
  });

  test('the shared answers count for the new persona, and a persona already answered shows its result', async ({
    site,
    open,
  }) => {
    const { page } = await open(site.page('/persona-result.html', blogPage()));
    const quiz = widget(page);
    await quiz.complete(builder);
    const setAttribute = (value: string) =>
      page.locator('ai-layer-quiz').evaluate((el, v) => el.setAttribute('persona', v), value);

    await setAttribute('investor');
    await quiz.heading.filter({ hasText: firstOpenPrompt('investor', builder.answers)! }).waitFor();
    // On through the investor's questions: a shared one comes with the builder's answer already selected.
    const answers: Record<string, string> = { ...builder.answers };
    const preselected: string[] = [];
    for (;;) {
      const prompt = await quiz.headingText();
      const question = questionsFor('investor', answers).find((q) => q.prompt === prompt);
      if (!question) break;
      if (answers[question.id] !== undefined) {
        const radio = quiz.host.getByRole('radio', { name: optionLabel(question, answers[question.id]!), exact: true });
        expect(await radio.isChecked()).toBe(true);
        preselected.push(question.id);
      } else {
        answers[question.id] = firstOption(question, 0);
        await quiz.choose(optionLabel(question, answers[question.id]!));
      }
      await quiz.continue();
      await expect.poll(() => quiz.headingText()).not.toBe(prompt);
    }
    expect(preselected.length).toBeGreaterThan(0);
    expect(preselected.every((id) => builder.answers[id] !== undefined)).toBe(true);
    const investorResult = evaluate('investor', answers);
    if (!investorResult.ok) throw new Error(investorResult.message);
    await quiz.heading.filter({ hasText: outcomeLabel(investorResult.outcome) }).waitFor();

    await setAttribute('builder');
    await quiz.heading.filter({ hasText: outcomeLabel(builder.expected) }).waitFor();
  });

  test('cleared, it takes nothing away: the reader stays where they are and may choose again', async ({
    site,
    open,
  }) => {
    const html = blogPage({ widget: `<ai-layer-quiz persona="builder"></ai-layer-quiz>\n${SCRIPT_TAG}` });
    const { page } = await open(site.page('/persona-cleared.html', html));
    const quiz = widget(page);
    await quiz.start();
    await answerFirst(quiz, 2);
    const prompt = await quiz.headingText();
    await setProperties(page, { persona: null });
    expect(await page.locator('ai-layer-quiz').getAttribute('persona')).toBeNull();
    expect(await quiz.headingText()).toBe(prompt);
    // The reader's own switch still works, and no preset holds them to building.
    await quiz.changePersona();
    await quiz.host.getByRole('button', { name: 'Switch to building', exact: true }).waitFor();
  });
});
