import { describe, expect, test, vi } from 'vitest';
import { within } from '@testing-library/svelte';
import { engine } from '../../src/engine/index.ts';
import type { Answers, Evaluation, PersonaId } from '../../src/engine/types.ts';
import { answerAll, favouring, renderQuiz } from './quiz-page.ts';

// Whole runs through the real bank: many clicks each.
vi.setConfig({ testTimeout: 30_000 });

const labelOf = (id: string) => engine.bank.outcomes.find((o) => o.id === id)!.label;

/** What the engine makes of the answers whose labels the reader clicked. */
function evaluationOf(persona: PersonaId, answers: Answers): Evaluation {
  const result = engine.evaluate(persona, answers);
  if (!result.ok) throw new Error(result.message);
  return result;
}

function answersFromEvents(events: { name: string; detail: Record<string, unknown> }[]): Answers {
  return Object.fromEntries(
    events
      .filter((e) => e.name === 'quiz-answer')
      .map((e) => [e.detail.questionId as string, e.detail.optionId as string]),
  );
}

describe.each([
  ['builder', "I'm building", 'l2'],
  ['investor', "I'm investing", 'l1'],
] as const)('a complete run as a %s', (persona, role, leaning) => {
  async function run() {
    const page = renderQuiz();
    await page.quiz.start();
    await page.quiz.chooseRole(role);
    await answerAll(page.quiz, engine, favouring(leaning));
    const evaluation = evaluationOf(persona, answersFromEvents(page.events));
    return { ...page, evaluation };
  }

  test('ends on a verdict that names the layer, says why, charts every fit and gives the top reasons with sources', async () => {
    const { quiz, events, evaluation } = await run();

    // The verdict card: the layer, one sentence of why made of the reader's answers.
    expect(quiz.heading()).toHaveTextContent(`Your best fit: ${labelOf(evaluation.outcome)}`);
    const verdict = quiz.verdict();
    for (const reason of evaluation.reasons.slice(0, 2)) {
      const topic = engine.bank.questions.find((q) => q.id === reason.questionId)!.topic;
      expect(verdict).toHaveTextContent(topic);
    }

    // The chart's table, best first: every layer's fit, the recommended one marked in words, never negative.
    expect(quiz.scoreRows()).toEqual(
      evaluation.ranking.map((id) => {
        const runnerUp = id === evaluation.runnerUp && evaluation.fit[id] > 0;
        const mark = id === evaluation.outcome ? ' Best fit' : runnerUp ? ' Runner-up' : '';
        const blend = evaluation.blend?.into === id && evaluation.blend.fit > 0;
        return [
          labelOf(id) + mark,
          `${evaluation.fit[id]}${blend ? `, ${evaluation.blend!.fit} of it from the blend` : ''}`,
        ];
      }),
    );
    expect(quiz.verdict().textContent).not.toMatch(/(^|\s)[−-]\d|\b1 points\b/);

    // The top reasons: the reader's own answers, strongest first, each with its reason and source.
    const items = quiz.reasons();
    expect(items.length).toBe(Math.min(2, evaluation.reasons.length));
    expect(items.length).toBeGreaterThan(0);
    items.forEach((item, i) => {
      const reason = evaluation.reasons[i]!;
      expect(item).toHaveTextContent(`“${reason.answer}”: ${reason.text}`);
    });
    const sources = evaluation.reasons
      .slice(0, 2)
      .map((r) => `Source: ${r.cite.section}${r.cite.point ? ` — ${r.cite.point}` : ''}`);
    expect(items.at(-1)).toHaveTextContent(sources.at(-1)!);

    // Everything else is folded, one click away.
    const folds = [...quiz.container.querySelectorAll('details')];
    expect(folds.map((d) => d.open)).toEqual(folds.map(() => false));
    const change = await quiz.openFold('What would change the result');
    const flip = evaluation.flips[0];
    if (flip) {
      expect(change).toHaveTextContent(
        `If you answered “${flip.to.label}” on ${flip.topic}, ${labelOf(flip.outcome)} would lead.`,
      );
    } else {
      expect(change).toHaveTextContent('No single changed answer would alter this result');
    }

    // Advantages and challenges as two labelled lists, and the projects the article names.
    const outcome = engine.bank.outcomes.find((o) => o.id === evaluation.outcome)!;
    const notes = within(await quiz.openFold('Advantages, challenges, projects'));
    expect(notes.getByText(evaluation.summary.text)).toBeInTheDocument();
    const advantages = notes.getByRole('list', { name: 'Advantages' });
    for (const t of outcome.advantages) expect(advantages).toHaveTextContent(t.text);
    const challenges = notes.getByRole('list', { name: 'Challenges' });
    for (const t of outcome.challenges) expect(challenges).toHaveTextContent(t.text);
    const projects = notes.getByRole('list', { name: 'Projects the article names' });
    for (const e of outcome.examples) expect(projects).toHaveTextContent(e.name);

    // The page heard: quiz-start, one quiz-answer per answer, quiz-complete with the result.
    expect(events[0]).toEqual({ name: 'quiz-start', detail: { persona: null } });
    const answers = events.filter((e) => e.name === 'quiz-answer');
    expect(answers.length).toBe(Object.keys(evaluation.answers).length);
    expect(answers.every((e) => e.detail.persona === persona)).toBe(true);
    const complete = events.at(-1)!;
    expect(complete.name).toBe('quiz-complete');
    const { shareUrl, ...detail } = complete.detail;
    expect(detail).toEqual({
      persona,
      answers: evaluation.answers,
      outcome: evaluation.outcome,
      fit: evaluation.fit,
      scores: evaluation.scores,
      bankVersion: engine.bank.version,
    });
    // The share link itself is the share feature's to test; here only that the detail carries one.
    expect('shareUrl' in complete.detail && (shareUrl === null || typeof shareUrl === 'string')).toBe(true);
  });
});

describe('investor notes', () => {
  async function investorResult() {
    const page = renderQuiz({ options: { persona: 'investor' } });
    await page.quiz.start();
    await answerAll(page.quiz, engine, favouring('l2'));
    const evaluation = evaluationOf('investor', answersFromEvents(page.events));
    return { ...page, evaluation, outcome: engine.bank.outcomes.find((o) => o.id === evaluation.outcome)! };
  }

  test('give the not-advice notice in the verdict card, and fold the allocation, the compliance notes and the tools', async () => {
    const { quiz, outcome } = await investorResult();
    expect(quiz.verdict()).toHaveTextContent(engine.bank.investorGuide.disclaimer);
    expect(engine.bank.investorGuide.disclaimer).toMatch(/not financial advice/i);

    const fold = within(await quiz.openFold('Allocation, tax and tools'));
    const allocation = fold.getByRole('table', { name: 'Sample allocation' });
    const rows = within(allocation).getAllByRole('row').slice(1);
    const slices = engine.bank.investorGuide.allocation.slices;
    expect(rows).toHaveLength(slices.length);
    const marked = rows.filter((r) => r.textContent!.includes(`Fits ${outcome.label}`));
    const slice = slices.find((s) => s.id === outcome.investor.allocationSlice);
    expect(marked).toHaveLength(slice ? 1 : 0);
    if (slice) expect(marked[0]).toHaveTextContent(`${slice.label}`);
    if (slice) expect(marked[0]).toHaveTextContent(`${slice.share}%`);

    const notes = fold.getByRole('list', { name: 'Compliance and tax notes' });
    for (const c of outcome.investor.compliance) expect(notes).toHaveTextContent(c.text);

    const tools = fold.getByRole('table', { name: 'Monitoring tools' });
    for (const t of engine.bank.investorGuide.tools.list) expect(tools).toHaveTextContent(t.name);
  });

  test('are not shown to builders', async () => {
    const { quiz } = renderQuiz({ options: { persona: 'builder' } });
    await quiz.start();
    await answerAll(quiz, engine, favouring('l1'));
    expect(quiz.container).not.toHaveTextContent(engine.bank.investorGuide.disclaimer);
    expect(quiz.container.querySelectorAll('table')).toHaveLength(1);
    expect(() => quiz.fold('Allocation, tax and tools')).toThrow();
  });
});

test('a whole quiz works with the keyboard alone', async () => {
  const { quiz } = renderQuiz();
  const { user } = quiz;
  await user.tab();
  expect(quiz.button('Start')).toHaveFocus();
  await user.keyboard('{Enter}');
  await user.tab();
  expect(quiz.button("I'm building")).toHaveFocus();
  await user.keyboard(' ');
  while (quiz.screenName() === 'question') {
    expect(quiz.heading()).toHaveFocus();
    await user.tab(); // into the radio group
    expect(document.activeElement).toHaveAttribute('type', 'radio');
    await user.keyboard('{ArrowDown}');
    expect(quiz.checkedLabel()).not.toBeNull();
    await user.tab(); // to Continue
    expect(quiz.button('Continue')).toHaveFocus();
    await user.keyboard('{Enter}');
  }
  expect(quiz.heading()).toHaveFocus();
  expect(quiz.headingText()).toMatch(/^Your best fit: /);
});
