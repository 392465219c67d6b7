/**
 * A synthetic bank twice the size of the real one, for the result's cost as
 * the work grows: every question asked twice (a copy after the persona's
 * own questions, with its branches pointing at the copies) and every
 * question with its options twice (copies with their own ids and labels,
 * the same weights and reasons). A reader of it answers twice the questions,
 * each with twice the options; branches open on an option or its copy.
 */
import type { Answers, Bank, Option, Question, ShowCondition } from '../../src/engine/types.ts';

const COPY = '-b';
const copyId = (id: string) => `${id}${COPY}`;

function doubledOptions(options: readonly Option[]): Option[] {
  return [...options, ...options.map((o) => ({ ...o, id: copyId(o.id), label: `${o.label} (again)` }))];
}

function doubledCondition(condition: ShowCondition, question: string): ShowCondition {
  return { question, anyOf: [...condition.anyOf, ...condition.anyOf.map(copyId)] };
}

function doubledQuestion(question: Question): Question {
  return {
    ...question,
    options: doubledOptions(question.options),
    ...(question.showIf ? { showIf: question.showIf.map((c) => doubledCondition(c, c.question)) } : {}),
  };
}

function questionCopy(question: Question): Question {
  const doubled = doubledQuestion(question);
  return {
    ...doubled,
    id: copyId(question.id),
    topic: `${question.topic} (again)`,
    prompt: `${question.prompt} (again)`,
    ...(question.showIf ? { showIf: question.showIf.map((c) => doubledCondition(c, copyId(c.question))) } : {}),
  };
}

export function doubledBank(bank: Bank): Bank {
  return {
    ...bank,
    personas: bank.personas.map((p) => ({ ...p, questions: [...p.questions, ...p.questions.map(copyId)] })),
    questions: [...bank.questions.map(doubledQuestion), ...bank.questions.map(questionCopy)],
  };
}

/** The same answers on the doubled bank: each copy of a question answered as the question itself. */
export function doubledAnswers(answers: Answers): Answers {
  return { ...answers, ...Object.fromEntries(Object.entries(answers).map(([q, o]) => [copyId(q), o])) };
}
