/**
 * Three widgets on one page, with the script included twice.
 * Each keeps its own state, progress, ids and labels; no two share an id or
 * a landmark name (axe checks the page too).
 */
import { SCRIPT, SCRIPT_TAG, blogPage } from './pages.ts';
import { runAxe } from './axe.ts';
import { describe, expect, test } from './harness.ts';
import {
  firstOption,
  lastOption,
  outcomeLabel,
  optionLabel,
  PERSONA_LABEL,
  plannedRun,
  recordEvents,
  widget,
} from './widget.ts';

const THREE = `
<ai-layer-quiz id="first"></ai-layer-quiz>
${SCRIPT_TAG}
<p>Some text between the widgets.</p>
<ai-layer-quiz id="second" theme="dark"></ai-layer-quiz>
<p>More text.</p>
<ai-layer-quiz persona="investor"></ai-layer-quiz>
<script src="${SCRIPT}?copy=2" defer></script>
`;

describe('three widgets on one page, the script included twice', () => {
  test('each runs on its own: state, events, progress and ids', async ({ site, open }) => {
    const { page, requests } = await open(site.page('/three.html', blogPage({ widget: THREE })));
    // Two copies of the script (say, the theme's and a plugin's), both loaded and run.
    expect(requests.filter((url) => new URL(url).pathname === SCRIPT)).toHaveLength(2);
    const events = await recordEvents(page);
    const first = widget(page, '#first');
    const second = widget(page, '#second');
    const third = widget(page, 'ai-layer-quiz:not([id])');

    // The first finishes as a builder while the others stay where they are.
    const builder = plannedRun('builder', firstOption);
    await first.complete(builder);
    expect(await first.headingText()).toContain(outcomeLabel(builder.expected));
    expect(await second.headingText()).toBe('Which blockchain layer fits your AI plans?');
    expect(await third.headingText()).toBe('Which blockchain layer fits your AI plans?');

    // The second starts as an investor and stops on question 2; the third (preset investor) answers differently.
    const investor = plannedRun('investor', firstOption);
    await second.start();
    await second.choosePersona(PERSONA_LABEL.investor);
    await second.choose(optionLabel(investor.questions[0]!, investor.answers[investor.questions[0]!.id]!));
    await second.continue();
    await second.heading.filter({ hasText: investor.questions[1]!.prompt }).waitFor();

    const other = plannedRun('investor', lastOption);
    await third.start();
    await third.heading.filter({ hasText: other.questions[0]!.prompt }).waitFor();
    // Same question on two widgets, different picks: each keeps its own.
    await third.choose(optionLabel(other.questions[0]!, other.answers[other.questions[0]!.id]!));
    await third.continue();
    await second.back();
    const secondPick = optionLabel(investor.questions[0]!, investor.answers[investor.questions[0]!.id]!);
    await expect(second.host.getByRole('radio', { name: secondPick, exact: true }).isChecked()).resolves.toBe(true);
    await third.answer({ ...other, questions: other.questions.slice(1) });
    expect(await third.headingText()).toContain(outcomeLabel(other.expected));

    // Events name their own widget.
    const log = await events();
    const completes = log.filter((e) => e.type === 'quiz-complete');
    expect(completes.map((e) => e.target)).toEqual(['first', 'ai-layer-quiz']);
    expect(log.filter((e) => e.target === 'second').map((e) => e.type)).toEqual(['quiz-start', 'quiz-answer']);

    // Progress is kept per widget, under its own key.
    const keys = await page.evaluate(() => Object.keys(sessionStorage).sort());
    expect(keys).toEqual(['ai-layer-quiz:alq-3', 'ai-layer-quiz:first', 'ai-layer-quiz:second']);

    // No id is used twice, inside one widget or across widgets.
    const ids = await page.evaluate(() => {
      const all: string[] = [...document.querySelectorAll('[id]')].map((el) => el.id);
      for (const host of document.querySelectorAll('ai-layer-quiz')) {
        all.push(...[...host.shadowRoot!.querySelectorAll('[id]')].map((el) => el.id));
      }
      return all;
    });
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);

    // Landmarks and labels: axe's checks across the whole page, the three widgets included.
    const violations = await runAxe(page);
    expect(violations).toEqual([]);
  });

  test('a reload brings each widget back to where it was', async ({ site, open }) => {
    const { page } = await open(site.page('/three-reload.html', blogPage({ widget: THREE })));
    const first = widget(page, '#first');
    const second = widget(page, '#second');
    const builder = plannedRun('builder', firstOption);
    await first.complete(builder);
    await second.start();
    await second.choosePersona(PERSONA_LABEL.builder);
    await second.heading.filter({ hasText: builder.questions[0]!.prompt }).waitFor();
    await second.choose(optionLabel(builder.questions[0]!, builder.answers[builder.questions[0]!.id]!));
    await second.continue();

    await page.reload();
    await page.evaluate(() => customElements.whenDefined('ai-layer-quiz'));
    await first.heading.filter({ hasText: outcomeLabel(builder.expected) }).waitFor();
    await second.heading.filter({ hasText: builder.questions[1]!.prompt }).waitFor();
    expect(await widget(page, 'ai-layer-quiz:not([id])').headingText()).toBe(
      'Which blockchain layer fits your AI plans?',
    );
  });

  test('the ES module and the classic script on one page: one definition, no error', async ({ site, open }) => {
    const html = blogPage({
      widget: `<ai-layer-quiz id="one"></ai-layer-quiz>${SCRIPT_TAG}`,
      head: '<script type="module" src="/module-user.js"></script>',
    });
    site.route('/module-user.js', {
      body: `import { defineQuizElement, TAG_NAME } from '/ai-layer-quiz.mjs';
const before = customElements.get(TAG_NAME);
const ctor = defineQuizElement();
document.documentElement.dataset.sameClass = String(!before || ctor === before);`,
      type: 'text/javascript',
    });
    const { page } = await open(site.page('/module-and-script.html', html));
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.sameClass)).toBe('true');
    const quiz = widget(page, '#one');
    await quiz.start();
    await quiz.host.getByRole('button', { name: PERSONA_LABEL.builder }).waitFor();
  });
});
