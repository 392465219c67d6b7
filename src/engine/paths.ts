import type { Answers, Bank, Persona, PersonaId, Question, QuestionId } from './types.ts';

export function findPersona(bank: Bank, id: string): Persona | undefined {
  return bank.personas.find((p) => p.id === id);
}

export function questionIndex(bank: Bank): Map<QuestionId, Question> {
  return new Map(bank.questions.map((q) => [q.id, q]));
}

/** A question as `persona` reads it: that persona's wording applied, no other persona's wording left in. */
export function wordedFor(question: Question, persona: PersonaId): Question {
  if (!question.wording) return question;
  const { wording, ...plain } = question;
  const own = wording[persona];
  return { ...plain, ...(own?.prompt ? { prompt: own.prompt } : {}), ...(own?.hint ? { hint: own.hint } : {}) };
}

/** The bank's questions by id, each worded for `persona`. */
export function wordedIndex(bank: Bank, persona: PersonaId): Map<QuestionId, Question> {
  return new Map(bank.questions.map((q) => [q.id, wordedFor(q, persona)]));
}

/** The questions whose answers decide whether another question is shown. */
export function branchQuestions(bank: Bank): Set<QuestionId> {
  return new Set(bank.questions.flatMap((q) => q.showIf ?? []).map((c) => c.question));
}

/** Whether `question` is shown, given which questions were shown before it and their answers. */
export function isShown(question: Question, shown: ReadonlySet<QuestionId>, answers: Answers): boolean {
  return (question.showIf ?? []).every((c) => {
    const answer = answers[c.question];
    return shown.has(c.question) && answer !== undefined && c.anyOf.includes(answer);
  });
}

/**
 * The questions that apply to `persona`, in order, given the answers so far.
 * A condition only counts an answer to a question that itself applies, so
 * answers left over from a branch the reader backed out of change nothing.
 */
export function applicableQuestions(
  bank: Bank,
  byId: ReadonlyMap<QuestionId, Question>,
  persona: PersonaId,
  answers: Answers,
): Question[] {
  const shown: Question[] = [];
  const shownIds = new Set<QuestionId>();
  for (const id of findPersona(bank, persona)?.questions ?? []) {
    const question = byId.get(id);
    if (question && isShown(question, shownIds, answers)) {
      shown.push(question);
      shownIds.add(id);
    }
  }
  return shown;
}

/**
 * Walks every distinct way through a persona's questions, calling `visit`
 * with the complete answers of each path. Returns the number of paths.
 * Lists every path: to count them, or to score them all, `countPaths` and
 * `forEachDecision` are far cheaper.
 */
export function forEachPath(
  bank: Bank,
  byId: ReadonlyMap<QuestionId, Question>,
  persona: PersonaId,
  visit: (answers: Answers) => void,
): number {
  const order = findPersona(bank, persona)?.questions ?? [];
  let count = 0;
  const answers: Record<QuestionId, string> = {};
  const shownIds = new Set<QuestionId>();

  const walk = (index: number): void => {
    if (index === order.length) {
      count += 1;
      visit({ ...answers });
      return;
    }
    const question = byId.get(order[index]!);
    if (!question || !isShown(question, shownIds, answers)) {
      walk(index + 1);
      return;
    }
    shownIds.add(question.id);
    for (const option of question.options) {
      answers[question.id] = option.id;
      walk(index + 1);
    }
    delete answers[question.id];
    shownIds.delete(question.id);
  };

  walk(0);
  return count;
}

export interface PathCount {
  /** Distinct answer paths. */
  paths: number;
  /** How many paths show each of the persona's questions. */
  shown: Record<QuestionId, number>;
  /** The fewest and most questions a path asks. */
  min: number;
  max: number;
}

/**
 * Counts a persona's paths without listing them: only answers that open or
 * close a branch are walked one by one; every other question multiplies the
 * count by its number of options.
 */
export function countPaths(bank: Bank, byId: ReadonlyMap<QuestionId, Question>, persona: PersonaId): PathCount {
  const order = findPersona(bank, persona)?.questions ?? [];
  const branching = branchQuestions(bank);
  const count: PathCount = { paths: 0, shown: Object.fromEntries(order.map((id) => [id, 0])), min: Infinity, max: 0 };
  const answers: Record<QuestionId, string> = {};
  const shownIds = new Set<QuestionId>();

  const walk = (index: number, ways: number): void => {
    if (index === order.length) {
      count.paths += ways;
      for (const id of shownIds) count.shown[id]! += ways;
      count.min = Math.min(count.min, shownIds.size);
      count.max = Math.max(count.max, shownIds.size);
      return;
    }
    const question = byId.get(order[index]!);
    if (!question || !isShown(question, shownIds, answers)) {
      walk(index + 1, ways);
      return;
    }
    shownIds.add(question.id);
    if (!branching.has(question.id)) walk(index + 1, ways * question.options.length);
    else {
      for (const option of question.options) {
        answers[question.id] = option.id;
        walk(index + 1, ways);
      }
      delete answers[question.id];
    }
    shownIds.delete(question.id);
  };

  walk(0, 1);
  if (count.paths === 0) count.min = 0;
  return count;
}

/** What an engine knows from the questions alone: which apply, and the paths through them. */
export interface QuestionPaths {
  /** The questions that apply, in order, given the answers so far, worded for `persona` (empty for an unknown persona). */
  questionsFor(persona: PersonaId, answers: Answers): Question[];
  /** Calls `visit` with the answers of every distinct path through the persona's questions; returns the count. */
  forEachPath(persona: PersonaId, visit: (answers: Answers) => void): number;
  /** How many paths there are and how many show each question, counted without listing them. */
  countPaths(persona: PersonaId): PathCount;
  /** The fewest and most questions a reader of `persona` can be asked. */
  questionCount(persona: PersonaId): { min: number; max: number };
}

export function questionPaths(bank: Bank): QuestionPaths {
  const byId = questionIndex(bank);
  const worded = new Map(bank.personas.map((p) => [p.id, wordedIndex(bank, p.id)]));
  return {
    questionsFor: (persona, answers) => applicableQuestions(bank, worded.get(persona) ?? byId, persona, answers),
    forEachPath: (persona, visit) => forEachPath(bank, byId, persona, visit),
    countPaths: (persona) => countPaths(bank, byId, persona),
    questionCount: (persona) => {
      const { min, max } = countPaths(bank, byId, persona);
      return { min, max };
    },
  };
}
