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

  test('ends on a result that names the layer, charts every score, and explains why with citations', async () => {
    const { quiz, events, evaluation } = await run();

    // The recommendation, with its one-sentence summary.
    expect(quiz.heading()).toHaveTextContent(`Your best fit: ${labelOf(evaluation.outcome)}`);
    expect(quiz.container).toHaveTextContent(evaluation.summary.text);

    // The chart's table: every layer's fit, the recommended one marked in words.
    expect(quiz.scoreRows()).toEqual(
      (['l1', 'l2', 'l3', 'hybrid'] as const).map((id) => {
        const runnerUp = id === evaluation.runnerUp && evaluation.fit[id] > 0;
        const mark = id === evaluation.outcome ? ' Recommended' : runnerUp ? ' Runner-up' : '';
        return [labelOf(id) + mark, String(evaluation.fit[id])];
      }),
    );

    // Why: the reader's own answers, strongest first, each with its reason and source.
    const items = quiz.reasons();
    expect(items.length).toBe(Math.min(3, evaluation.reasons.length));
    expect(items.length).toBeGreaterThan(0);
    items.forEach((item, i) => {
      const reason = evaluation.reasons[i]!;
      expect(item).toHaveTextContent(`You answered “${reason.answer}” to “${reason.question}”`);
      expect(item).toHaveTextContent(reason.text);
      expect(item).toHaveTextContent(
        `Source: ${reason.cite.section}${reason.cite.point ? ` — ${reason.cite.point}` : ''}`,
      );
    });

    // The runner-up, and what would flip the result.
    const change = quiz.section('What would change the result');
    if (evaluation.fit[evaluation.runnerUp] > 0) {
      expect(change).toHaveTextContent(`Runner-up: ${labelOf(evaluation.runnerUp)}`);
    }
    const flip = evaluation.flips[0];
    if (flip) {
      expect(change).toHaveTextContent(
        `If you answered “${flip.to.label}” on ${flip.topic}, ${labelOf(flip.outcome)} would lead.`,
      );
    } else {
      expect(change).toHaveTextContent('No single changed answer would alter this result');
    }

    // Advantages, challenges and the projects the article names, for the recommended layer.
    const outcome = engine.bank.outcomes.find((o) => o.id === evaluation.outcome)!;
    const advantages = quiz.section(`Advantages of ${outcome.label}`);
    for (const t of outcome.advantages) expect(advantages).toHaveTextContent(t.text);
    const challenges = quiz.section(`Challenges of ${outcome.label}`);
    for (const t of outcome.challenges) expect(challenges).toHaveTextContent(t.text);
    const projects = quiz.section('Projects the article names');
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

  test('show the sample allocation with the result’s slice marked, compliance notes, tools and the notice', async () => {
    const { quiz, outcome } = await investorResult();

    const allocation = within(quiz.section("The article's sample allocation")).getByRole('table', {
      name: 'Sample allocation',
    });
    const rows = within(allocation).getAllByRole('row').slice(1);
    const slices = engine.bank.investorGuide.allocation.slices;
    expect(rows).toHaveLength(slices.length);
    const marked = rows.filter((r) => r.textContent!.includes(`Fits ${outcome.label}`));
    const slice = slices.find((s) => s.id === outcome.investor.allocationSlice)!;
    expect(marked).toHaveLength(1);
    expect(marked[0]).toHaveTextContent(slice.label);
    expect(marked[0]).toHaveTextContent(`${slice.share}%`);

    const notes = quiz.section('Compliance and tax notes');
    for (const c of outcome.investor.compliance) expect(notes).toHaveTextContent(c.text);

    const tools = within(quiz.section('Tools for keeping an eye on your holdings')).getByRole('table', {
      name: 'Monitoring tools',
    });
    for (const t of engine.bank.investorGuide.tools.list) expect(tools).toHaveTextContent(t.name);

    expect(quiz.container).toHaveTextContent(engine.bank.investorGuide.disclaimer);
    expect(engine.bank.investorGuide.disclaimer).toMatch(/not financial advice/i);
  });

  test('are not shown to builders', async () => {
    const { quiz } = renderQuiz({ options: { persona: 'builder' } });
    await quiz.start();
    await answerAll(quiz, engine, favouring('l1'));
    expect(quiz.container).not.toHaveTextContent(engine.bank.investorGuide.disclaimer);
    expect(quiz.container.querySelectorAll('table')).toHaveLength(1);
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
