import { describe, expect, test, vi } from 'vitest';
import { engine } from '../../src/engine/index.ts';
import type { Question } from '../../src/engine/types.ts';
import type { QuizHost } from '../../src/ui/options.ts';
import { storageKey } from '../../src/ui/progress-store.ts';
import {
  answerAll,
  FakeStorage,
  favouring,
  questionReading,
  renderQuiz,
  throwingStorage,
  type QuizPage,
} from './quiz-page.ts';

vi.setConfig({ testTimeout: 30_000 });

const questionOnScreen = (quiz: QuizPage): Question => questionReading(engine, quiz.headingText())!;

/** Answers `count` questions with each question's last option; returns the labels chosen. */
async function answerSome(quiz: QuizPage, count: number): Promise<string[]> {
  const chosen: string[] = [];
  for (let i = 0; i < count; i++) {
    const label = questionOnScreen(quiz).options.at(-1)!.label;
    chosen.push(label);
    await quiz.answer(label);
  }
  return chosen;
}

async function asBuilder(storage: QuizHost['storage'] = new FakeStorage()) {
  const page = renderQuiz({ storage });
  await page.quiz.start();
  await page.quiz.chooseRole("I'm building");
  return page;
}

describe('Back', () => {
  test('keeps the answers given, shown selected again', async () => {
    const { quiz } = await asBuilder();
    const [first, second] = await answerSome(quiz, 2);
    await quiz.back();
    expect(quiz.checkedLabel()).toBe(second);
    await quiz.back();
    expect(quiz.checkedLabel()).toBe(first);
    expect(quiz.progressText()).toMatch(/^Question 1 of/);
  });

  test('from the result returns to the last question with its answer', async () => {
    const { quiz } = await asBuilder();
    const chosen = await answerAll(quiz, engine, favouring('l2'));
    await quiz.back();
    expect(quiz.checkedLabel()).toBe(chosen.at(-1));
  });
});

describe('switching persona', () => {
  const shared = () => {
    const [builder, investor] = engine.bank.personas;
    return builder!.questions.filter((id) => investor!.questions.includes(id));
  };

  test('keeps the answers to questions both personas are asked', async () => {
    expect(shared().length).toBeGreaterThan(0);
    const { quiz } = await asBuilder();
    const given = new Map<string, string>();
    // Answer as a builder until every shared question has an answer.
    while (shared().some((id) => !given.has(id))) {
      const question = questionOnScreen(quiz);
      const label = question.options.at(-1)!.label;
      given.set(question.id, label);
      await quiz.answer(label);
    }
    await quiz.click('Switch to investing');
    // As an investor, every shared question comes up already answered the same way.
    const seen: string[] = [];
    while (quiz.screenName() === 'question') {
      const question = questionOnScreen(quiz);
      if (given.has(question.id)) {
        seen.push(question.id);
        expect(quiz.checkedLabel()).toBe(given.get(question.id));
        await quiz.continue();
      } else {
        await quiz.answer(question.options[0]!.label);
      }
    }
    expect(seen.sort()).toEqual(shared().sort());
    expect(quiz.headingText()).toMatch(/^Your best fit/);
  });
});

describe('on the first question', () => {
  test('Back returns to the persona step, while the switch goes straight to the other persona’s questions', async () => {
    const { quiz } = await asBuilder();
    const first = quiz.headingText();
    await quiz.click('Switch to investing');
    expect(quiz.screenName()).toBe('question');
    expect(quiz.headingText()).toBe(engine.questionsFor('investor', {})[0]!.prompt);
    expect(quiz.button('Switch to building')).toBeInTheDocument();
    await quiz.click('Switch to building');
    expect(quiz.headingText()).toBe(first);
    await quiz.back();
    expect(quiz.headingText()).toBe('Are you building or investing?');
    expect(quiz.button("I'm building")).toHaveAttribute('aria-current', 'true');
  });
});

describe('a reload', () => {
  test('restores the question the reader was on, with earlier answers, without moving focus', async () => {
    const storage = new FakeStorage();
    const first = await asBuilder(storage);
    const chosen = await answerSome(first.quiz, 3);
    const onScreen = first.quiz.headingText();
    first.unmount();

    const { quiz } = renderQuiz({ storage });
    expect(quiz.headingText()).toBe(onScreen);
    expect(quiz.progressText()).toMatch(/^Question 4 of/);
    expect(document.body).toHaveFocus();
    expect(quiz.status()).toHaveTextContent(/^$/);
    await quiz.back();
    expect(quiz.checkedLabel()).toBe(chosen[2]);
  });

  test('restores a finished quiz to its result, without telling the page again', async () => {
    const storage = new FakeStorage();
    const first = await asBuilder(storage);
    await answerAll(first.quiz, engine, favouring('l1'));
    const result = first.quiz.headingText();
    first.unmount();

    const second = renderQuiz({ storage });
    expect(second.quiz.headingText()).toBe(result);
    expect(second.events).toEqual([]);
  });

  test('after Start over begins fresh', async () => {
    const storage = new FakeStorage();
    const first = await asBuilder(storage);
    await answerAll(first.quiz, engine, favouring('l3'));
    await first.quiz.startOver();
    expect(storage.items.size).toBe(0);
    first.unmount();

    const { quiz } = renderQuiz({ storage });
    expect(quiz.screenName()).toBe('intro');
  });

  test('keeps each widget’s progress to itself', async () => {
    const storage = new FakeStorage();
    const first = await asBuilder(storage);
    await answerSome(first.quiz, 2);
    first.unmount();
    expect([...storage.items.keys()]).toEqual([storageKey('quiz')]);

    const other = renderQuiz({ storage, options: { instanceId: 'other' } });
    expect(other.quiz.screenName()).toBe('intro');
  });

  test('ignores saved progress that is damaged or no longer fits the questions, and forgets it', () => {
    for (const saved of [
      '{not json',
      JSON.stringify({ persona: 'builder', answers: { 'no-such-question': 'x' }, at: 'result' }),
      JSON.stringify({ persona: 'hacker', answers: {}, at: 'result' }),
      JSON.stringify({ persona: 'builder', answers: [], at: 'b-workload' }),
    ]) {
      const storage = new FakeStorage();
      storage.setItem(storageKey('quiz'), saved);
      const { quiz, unmount } = renderQuiz({ storage });
      expect(quiz.screenName()).toBe('intro');
      expect(storage.items.size).toBe(0);
      unmount();
    }
  });
});

describe('storage that fails', () => {
  test.each([
    ['throws on every call', throwingStorage],
    ['is missing', null],
  ])('when it %s, a whole run still works', async (_, storage) => {
    const page = renderQuiz({ storage });
    await page.quiz.start();
    await page.quiz.chooseRole("I'm investing");
    await answerAll(page.quiz, engine, favouring('hybrid'));
    expect(page.quiz.headingText()).toMatch(/^Your best fit: /);
    await page.quiz.startOver();
    expect(page.quiz.screenName()).toBe('intro');
    expect(page.events.map((e) => e.name)).toContain('quiz-complete');
  });
});
