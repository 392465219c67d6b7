/**
 * The README's analytics snippet, run verbatim on a blog page: it forwards
 * each quiz event, with the quiz's id, to Google Tag Manager's dataLayer.
 */
import { blogPage, SCRIPT_TAG } from '../browser/pages.ts';
import { describe, expect, test } from '../browser/harness.ts';
import { PERSONA_LABEL, firstOption, optionLabel, plannedRun, widget } from '../browser/widget.ts';
import { codeSnippets } from './readme.ts';

const snippet = codeSnippets().find((s) => s.section === 'Events' && s.ext === 'js')!;

describe("the README's analytics snippet", () => {
  test('forwards quiz-start and quiz-answer to dataLayer, naming the quiz', async ({ site, open }) => {
    expect(snippet.code).toContain('dataLayer');
    site.route('/analytics.js', { body: snippet.code, type: 'text/javascript' });
    const widgetHtml = `<ai-layer-quiz id="layers-quiz"></ai-layer-quiz>\n${SCRIPT_TAG}\n<script src="/analytics.js"></script>`;
    const { page } = await open(site.page('/analytics.html', blogPage({ widget: widgetHtml })));
    const quiz = widget(page, '#layers-quiz');
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.builder);
    const [question] = plannedRun('builder', firstOption).questions;
    await quiz.choose(optionLabel(question!, question!.options[0]!.id));
    await quiz.continue();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { dataLayer?: unknown[] }).dataLayer?.length ?? 0))
      .toBe(2);
    const layer = await page.evaluate(() => (window as unknown as { dataLayer: Record<string, unknown>[] }).dataLayer);
    expect(layer[0]).toEqual({ event: 'quiz-start', quiz: 'layers-quiz', persona: null });
    expect(layer[1]).toEqual({
      event: 'quiz-answer',
      quiz: 'layers-quiz',
      questionId: question!.id,
      optionId: question!.options[0]!.id,
      persona: 'builder',
    });
  });
});
