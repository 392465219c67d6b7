/**
 * A host page whose CSS attacks everything (`* { all: unset }`,
 * `button { display: none }`, `html { font-size: 30px }`, content-box
 * everywhere, `div { display: flex }`, and more). The widget must look and
 * work exactly as on a plain page: the computed styles and sizes of its key
 * parts are compared, screen by screen.
 */
import type { Page } from 'playwright-core';
import type { StaticServer } from '../../src/demo/server.ts';
import { BLOG_CSS, HOSTILE_CSS, SCRIPT_TAG, blogPage } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import { alternating, optionLabel, outcomeLabel, PERSONA_LABEL, plannedRun, widget } from './widget.ts';

const PROPERTIES = [
  'display',
  'position',
  'visibility',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'color',
  'background-color',
  'box-sizing',
  'padding-top',
  'padding-left',
  'margin-top',
  'margin-bottom',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-radius',
  'white-space',
  'cursor',
];

/** Computed styles and sizes of the widget's parts (everything with a `part`, plus headings, text, radios and labels). */
function snapshot(page: Page) {
  return page.locator('ai-layer-quiz').evaluate(async (host, properties) => {
    const root = host.shadowRoot!;
    await Promise.all(root.getAnimations().map((a) => a.finished));
    const parts = [...root.querySelectorAll('[part], h1, h2, h3, h4, h5, h6, p, legend, label, input, li')];
    return parts.map((el, i) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const name = `${i}:${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`;
      return {
        name,
        width: Math.round(box.width),
        height: Math.round(box.height),
        ...Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)])),
      };
    });
  }, PROPERTIES);
}

async function openBoth(site: StaticServer, open: (p: string) => Promise<{ page: Page }>) {
  site.route('/hostile.css', { body: HOSTILE_CSS, type: 'text/css' });
  site.route('/theme.css', { body: BLOG_CSS, type: 'text/css' });
  // The same width for the element on both pages (the blog's to set), so text wraps the same.
  const widget = `<ai-layer-quiz style="width: 600px"></ai-layer-quiz>${SCRIPT_TAG}`;
  const plain = await open(site.page('/reference.html', blogPage({ stylesheet: '/theme.css', widget })));
  const hostile = await open(site.page('/hostile.html', blogPage({ stylesheet: '/hostile.css', widget })));
  return { plain: plain.page, hostile: hostile.page };
}

describe('hostile host CSS', () => {
  test('the host page really is hostile (so the comparison means something)', async ({ site, open }) => {
    const { hostile } = await openBoth(site, open);
    const page = await hostile.evaluate(() => ({
      rootFontSize: getComputedStyle(document.documentElement).fontSize,
      paragraphDisplay: getComputedStyle(document.querySelector('p')!).display,
    }));
    expect(page).toEqual({ rootFontSize: '30px', paragraphDisplay: 'inline' });
  });

  test('every screen looks the same as on a plain page, and the quiz works to a result', async ({ site, open }) => {
    const { plain, hostile } = await openBoth(site, open);
    const run = plannedRun('builder', alternating);
    const quizzes = [widget(plain), widget(hostile)];

    const compare = async (screen: string) => {
      const [a, b] = [await snapshot(plain), await snapshot(hostile)];
      expect(a.length, `${screen}: parts found`).toBeGreaterThan(3);
      expect(b, `${screen}: computed styles under hostile CSS`).toEqual(a);
    };

    await compare('intro');
    for (const quiz of quizzes) await quiz.start();
    await compare('persona');
    for (const quiz of quizzes) await quiz.choosePersona(PERSONA_LABEL.builder);
    const [first] = run.questions;
    for (const quiz of quizzes) await quiz.heading.filter({ hasText: first!.prompt }).waitFor();
    await compare('first question');
    for (const quiz of quizzes) await quiz.choose(optionLabel(first!, run.answers[first!.id]!));
    await compare('first question, answered');
    for (const quiz of quizzes) {
      await quiz.continue();
      await quiz.answer({ ...run, questions: run.questions.slice(1) });
    }
    for (const quiz of quizzes) expect(await quiz.headingText()).toContain(outcomeLabel(run.expected));
    await compare('result');
  });
});
