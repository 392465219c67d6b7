import type { Answers, Bank, Persona, PersonaId, Question, QuestionId } from './types.ts';

export function findPersona(bank: Bank, id: string): Persona | undefined {
  return bank.personas.find((p) => p.id === id);
}

export function questionIndex(bank: Bank): Map<QuestionId, Question> {
  return new Map(bank.questions.map((q) => [q.id, q]));
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
    if (!question) continue;
    const visible = (question.showIf ?? []).every((c) => {
      const answer = answers[c.question];
      return shownIds.has(c.question) && answer !== undefined && c.anyOf.includes(answer);
    });
    if (visible) {
      shown.push(question);
      shownIds.add(id);
    }
  }
  return shown;
}

/**
 * Walks every distinct way through a persona's questions, calling `visit`
 * with the complete answers of each path. Returns the number of paths.
 * With `branchOn`, only those questions are answered (the others are left
 * open), which is enough to know which questions a path shows when
 * `branchOn` holds every question a `showIf` names.
 */
export function forEachPath(
  bank: Bank,
  byId: ReadonlyMap<QuestionId, Question>,
  persona: PersonaId,
  visit: (answers: Answers) => void,
  branchOn?: ReadonlySet<QuestionId>,
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
    const visible =
      question !== undefined &&
      (question.showIf ?? []).every((c) => shownIds.has(c.question) && c.anyOf.includes(answers[c.question] ?? ''));
    if (!question || !visible || (branchOn && !branchOn.has(question.id))) {
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
