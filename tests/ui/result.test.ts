/**
 * The result screen as a reader uses it: the folded sections, trying another
 * answer and coming back, and citations that link to the article around the
 * widget when the page has the cited heading.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { within } from '@testing-library/svelte';
import { engine } from '../../src/engine/index.ts';
import type { Answers, Evaluation, Flip, PersonaId } from '../../src/engine/types.ts';
import { pickFlips } from '../../src/machine/quiz.connect.ts';
import { saveProgress } from '../../src/ui/progress-store.ts';
import { FakeStorage, renderQuiz } from './quiz-page.ts';

vi.setConfig({ testTimeout: 30_000 });

const labelOf = (id: string) => engine.bank.outcomes.find((o) => o.id === id)!.label;

/** The first path (each question's options in order) whose result satisfies `wanted`. */
function findPath(persona: PersonaId, wanted: (e: Evaluation) => boolean): Evaluation {
  let found: Evaluation | null = null;
  engine.forEachPath(persona, (answers) => {
    if (found) return;
    const result = engine.evaluate(persona, answers);
    if (result.ok && wanted(result)) found = result;
  });
  if (!found) throw new Error('no path fits');
  return found;
}

/** Opens the reader's own finished quiz, as saved progress brings it back. */
/** The reader's result, resumed from saved progress, once the whole of it is on screen. */
async function resultFor(evaluation: Evaluation, storage = new FakeStorage()) {
  saveProgress(storage, 'quiz', { persona: evaluation.persona, answers: evaluation.answers, at: 'result' });
  const rendered = renderQuiz({ storage });
  await rendered.quiz.settled();
  return rendered;
}

/** The reader's answers with a flip's one answer changed. */
const changed = (e: Evaluation, f: Flip): Answers => ({ ...e.answers, [f.questionId]: f.to.optionId });

/** Whether these answers leave a question that applies without an answer (a tried answer brought it in). */
const asksMore = (evaluation: Evaluation, answers: Answers) =>
  engine.questionsFor(evaluation.persona, answers).some((q) => answers[q.id] === undefined);

describe('trying another answer from the result', () => {
  test('shows the new result with that one answer changed, then Back to my result brings the reader’s own back', async () => {
    const offered = (e: Evaluation) => pickFlips(e.flips).filter((f) => !asksMore(e, changed(e, f)));
    const mine = findPath('builder', (e) => offered(e).length > 0);
    const flip = offered(mine)[0]!;
    const storage = new FakeStorage();
    const { quiz, events } = await resultFor(mine, storage);
    const saved = [...storage.items.entries()];

    const change = within(await quiz.openFold('What would change the result'));
    const item = change.getByText(new RegExp(`^If you answered “${flip.to.label}” on ${flip.topic}`)).closest('li')!;
    await quiz.user.click(within(item).getByRole('button', { name: 'Try this answer' }));
    await quiz.settled();

    const tried = engine.evaluate('builder', changed(mine, flip));
    if (!tried.ok) throw new Error(tried.message);
    expect(quiz.headingText()).toBe(`Best fit with this answer: ${labelOf(tried.outcome)}`);
    expect(quiz.heading()).toHaveFocus();
    expect(quiz.verdict()).toHaveTextContent(
      `With “${flip.to.label}” instead of “${flip.from.label}” on ${flip.topic}.`,
    );
    expect(quiz.status()).toHaveTextContent(/^Trying another answer\./);
    // Not the reader's result: nothing to share, nothing kept, nothing told to the page.
    expect(quiz.container.querySelector('[part="share"]')).toBeNull();
    expect(within(quiz.container).queryByRole('button', { name: 'Start over' })).toBeNull();
    expect([...storage.items.entries()]).toEqual(saved);
    expect(events).toEqual([]);

    await quiz.click('Back to my result');
    expect(quiz.headingText()).toBe(`Your best fit: ${labelOf(mine.outcome)}`);
    expect(quiz.heading()).toHaveFocus();
    expect(quiz.container.querySelector('[part="share"]')).not.toBeNull();
    expect([...storage.items.entries()]).toEqual(saved);
    expect(events).toEqual([]);
  });

  test('asks first the question a tried answer brings in, then shows its result', async () => {
    const offered = (e: Evaluation) => pickFlips(e.flips).filter((f) => asksMore(e, changed(e, f)));
    const mine = findPath('builder', (e) => offered(e).length > 0);
    const flip = offered(mine)[0]!;
    const { quiz, events } = await resultFor(mine);
    const change = within(await quiz.openFold('What would change the result'));
    const item = change.getByText(new RegExp(`^If you answered “${flip.to.label}” on ${flip.topic}`)).closest('li')!;
    await quiz.user.click(within(item).getByRole('button', { name: 'Try this answer' }));
    await quiz.settled();

    expect(quiz.screenName()).toBe('question');
    expect(quiz.container).toHaveTextContent('The answer you are trying brings in this question.');
    expect(within(quiz.container).queryByRole('progressbar')).toBeNull();
    const question = engine.bank.questions.find((q) => q.prompt === quiz.headingText())!;
    await quiz.answer(question.options[0]!.label);
    expect(quiz.headingText()).toMatch(/^Best fit with this answer: /);
    expect(quiz.verdict()).toHaveTextContent(`and “${question.options[0]!.label}” on ${question.topic}.`);
    expect(events).toEqual([]);

    await quiz.click('Back to my result');
    expect(quiz.headingText()).toBe(`Your best fit: ${labelOf(mine.outcome)}`);
  });
});

const sourceLinks = (within: HTMLElement) => [...within.querySelectorAll<HTMLAnchorElement>('.alq-source a')];

describe('citations', () => {
  afterEach(() => document.querySelectorAll('[data-test-article]').forEach((el) => el.remove()));

  /** Puts headings on the page around the widget, as the article it sits in would. */
  function article(...headings: { text: string; id?: string }[]) {
    const wrap = document.createElement('article');
    wrap.dataset.testArticle = '';
    for (const h of headings) {
      const el = document.createElement('h2');
      el.textContent = h.text;
      if (h.id) el.id = h.id;
      wrap.append(el);
    }
    document.body.prepend(wrap);
  }

  test('link to the section’s heading on the page around the widget, when it has an id', async () => {
    const mine = findPath('builder', () => true);
    const cite = mine.reasons[0]!.cite;
    article({ text: cite.section, id: 'the-section' });
    const { quiz } = await resultFor(mine);
    const link = within(quiz.verdict())
      .getAllByRole('link')
      .find((a) => a.textContent!.startsWith(cite.section))!;
    expect(link).toHaveAttribute('href', `${location.href.split('#')[0]}#the-section`);
    expect(link.closest('.alq-source')).toHaveTextContent(`Source: ${cite.section}`);
  });

  test('stay plain text where the page has no such heading, or it has no id', async () => {
    const mine = findPath('builder', () => true);
    article({ text: mine.reasons[0]!.cite.section });
    const { quiz } = await resultFor(mine);
    expect(sourceLinks(quiz.verdict())).toEqual([]);
    expect(quiz.verdict()).toHaveTextContent(`Source: ${mine.reasons[0]!.cite.section}`);
  });

  test('never count the widget’s own headings, and change nothing on the page', async () => {
    const mine = findPath('builder', () => true);
    article({ text: 'Unrelated heading', id: 'unrelated' });
    const before = document.querySelector('[data-test-article]')!.outerHTML;
    const { quiz } = await resultFor(mine);
    await quiz.openFold('Advantages, challenges, projects');
    expect(sourceLinks(quiz.container)).toEqual([]);
    expect(document.querySelector('[data-test-article]')!.outerHTML).toBe(before);
  });
});
