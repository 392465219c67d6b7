import { describe, expect, test, vi } from 'vitest';
import { within } from '@testing-library/svelte';
import { engine } from '../../src/engine/index.ts';
import { accentFor } from '../../src/ui/theme/accent.ts';
import { answerAll, favouring, renderQuiz } from './quiz-page.ts';

vi.setConfig({ testTimeout: 30_000 });

const builderQuestions = () => engine.questionsFor('builder', {});
const firstPrompt = () => builderQuestions()[0]!.prompt;
const firstOption = (index = 0) => builderQuestions()[0]!.options[index]!;

async function atFirstQuestion(options = {}) {
  const page = renderQuiz({ options });
  await page.quiz.start();
  await page.quiz.chooseRole("I'm building");
  return page;
}

describe('focus', () => {
  test('stays where it is on first load', () => {
    renderQuiz();
    expect(document.body).toHaveFocus();
  });

  test('moves to the new step’s heading after Start, a persona choice, Continue and Back', async () => {
    const { quiz } = renderQuiz();
    await quiz.start();
    expect(quiz.heading()).toHaveFocus();
    expect(quiz.heading()).toHaveTextContent('Are you building or investing?');

    await quiz.chooseRole("I'm building");
    expect(quiz.heading()).toHaveFocus();
    expect(quiz.heading()).toHaveTextContent(firstPrompt());

    await quiz.answer(firstOption().label);
    expect(quiz.heading()).toHaveFocus();
    expect(quiz.heading()).not.toHaveTextContent(firstPrompt());

    await quiz.back();
    expect(quiz.heading()).toHaveFocus();
    expect(quiz.heading()).toHaveTextContent(firstPrompt());
  });

  test('moves to the result’s heading when the last answer is given, and to the intro’s after Start over', async () => {
    const { quiz } = await atFirstQuestion();
    await answerAll(quiz, engine, favouring('l1'));
    expect(quiz.heading()).toHaveFocus();
    expect(quiz.heading()).toHaveTextContent(/^Your best fit: /);
    await quiz.startOver();
    expect(quiz.heading()).toHaveFocus();
    expect(quiz.heading()).toHaveTextContent('Which blockchain layer fits your AI plans?');
  });

  test('the heading can take focus but is not in the Tab order', async () => {
    const { quiz } = await atFirstQuestion();
    expect(quiz.heading()).toHaveAttribute('tabindex', '-1');
  });
});

describe('the status region', () => {
  test('exists, empty, from the first render', () => {
    const { quiz } = renderQuiz();
    expect(quiz.status()).toBeInTheDocument();
    expect(quiz.status()).toHaveTextContent(/^$/);
  });

  test('announces the question number on each step and the result at the end', async () => {
    const { quiz } = await atFirstQuestion();
    expect(quiz.status()).toHaveTextContent(/^Question 1 of \d+$/);
    await quiz.answer(firstOption().label);
    expect(quiz.status()).toHaveTextContent(/^Question 2 of \d+$/);
    await answerAll(quiz, engine, favouring('l2'));
    expect(quiz.status()).toHaveTextContent(/^Your result is ready\. Your best fit: [\w-]+\.$/);
  });
});

describe('Continue with no answer chosen', () => {
  test('stays on the question and says, visibly and aloud, to choose an answer', async () => {
    const { quiz } = await atFirstQuestion();
    await quiz.continue();
    expect(quiz.heading()).toHaveTextContent(firstPrompt());
    expect(quiz.status()).toHaveTextContent('Choose an answer to continue.');
    expect(within(quiz.group()).getByText('Choose an answer to continue.')).toBeVisible();
  });

  test('marks the group invalid and describes it with the message', async () => {
    const { quiz } = await atFirstQuestion();
    expect(quiz.group()).not.toHaveAttribute('aria-invalid');
    await quiz.continue();
    expect(quiz.group()).toHaveAttribute('aria-invalid', 'true');
    expect(quiz.group()).toHaveAccessibleDescription(expect.stringContaining('Choose an answer to continue.'));
    expect(quiz.group()).toHaveAccessibleErrorMessage('Choose an answer to continue.');
  });

  test('announces the message again when Continue is pressed again', async () => {
    const { quiz } = await atFirstQuestion();
    await quiz.continue();
    const first = quiz.status().textContent;
    await quiz.continue();
    expect(quiz.status().textContent).not.toBe(first);
    expect(quiz.status()).toHaveTextContent('Choose an answer to continue.');
  });

  test('clears the message once an answer is chosen', async () => {
    const { quiz } = await atFirstQuestion();
    await quiz.continue();
    await quiz.choose(firstOption().label);
    expect(quiz.group()).not.toHaveAttribute('aria-invalid');
    expect(within(quiz.group()).queryByText('Choose an answer to continue.')).toBeNull();
  });
});

describe('a question', () => {
  test('is a radio group named by its question, each answer a radio described by its hint', async () => {
    const { quiz } = await atFirstQuestion();
    const question = builderQuestions()[0]!;
    const group = quiz.container.querySelector('fieldset')!;
    expect(within(quiz.container).getByRole('radiogroup', { name: question.prompt })).toBe(group);
    for (const option of question.options) {
      expect(quiz.radio(option.label)).toHaveAccessibleDescription(option.hint);
    }
  });

  test('choosing an answer does not move on by itself', async () => {
    const { quiz } = await atFirstQuestion();
    await quiz.choose(firstOption(1).label);
    expect(quiz.radio(firstOption(1).label)).toBeChecked();
    expect(quiz.heading()).toHaveTextContent(firstPrompt());
  });

  test('shows progress as text and as a labelled progress bar', async () => {
    const { quiz } = await atFirstQuestion();
    await quiz.answer(firstOption().label);
    const [, number, total] = /^Question (\d+) of (\d+)$/.exec(quiz.progressText())!;
    expect(number).toBe('2');
    const bar = quiz.progressBar();
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuemax', total);
    expect(bar).toHaveAttribute('aria-valuetext', `1 of ${total} answered`);
  });
});

describe('headings', () => {
  test('start at level 2 by default, with sections one level below', async () => {
    const { quiz } = await atFirstQuestion();
    await answerAll(quiz, engine, favouring('l3'));
    expect(quiz.heading(2)).toHaveTextContent(/^Your best fit/);
    expect(within(quiz.container).getByRole('heading', { level: 3, name: /^Why / })).toBeInTheDocument();
  });

  test('follow the heading level the blog sets', () => {
    const { quiz } = renderQuiz({ options: { headingLevel: 4 } });
    expect(quiz.heading(4)).toHaveTextContent('Which blockchain layer fits your AI plans?');
    expect(within(quiz.container).queryAllByRole('heading', { level: 2 })).toEqual([]);
  });
});

describe('theme and accent', () => {
  const root = (container: HTMLElement) => container.querySelector<HTMLElement>('[part="root"]')!;

  test('the theme option reaches the root', () => {
    const { container } = renderQuiz({ options: { theme: 'dark' } });
    expect(root(container)).toHaveAttribute('data-theme', 'dark');
  });

  test('a readable accent is used in both themes, with text colours derived for it', () => {
    const { container } = renderQuiz({ options: { accent: '#b00020' } });
    const style = root(container).style;
    expect(style.getPropertyValue('--_accent-light')).toBe('#b00020');
    expect(style.getPropertyValue('--_on-accent-light')).toBe('#ffffff');
    // Dark red on the dark background is below 3:1: the dark theme lightens it, keeping its hue.
    expect(style.getPropertyValue('--_accent-dark')).toBe(accentFor('#b00020', 'dark').accent);
    expect(style.getPropertyValue('--_accent-dark')).not.toBe('#8ab4ff');
  });

  test('no accent set leaves the stylesheet’s defaults alone', () => {
    const { container } = renderQuiz();
    expect(root(container).style.getPropertyValue('--_accent-light')).toBe('');
  });
});
