/**
 * The bank's checks on questions beyond the schema: neutral answers weigh
 * nothing, every persona asks questions that exist (once each), every
 * question is asked, branches point back to an earlier question and one of
 * its options, and per-persona wording sits only on shared questions.
 */
import type { Persona, Question } from '../engine/types.ts';
import type { BankProblem } from './problem.ts';
import { BANK_FILE } from './files.ts';
import type { Located } from './semantic-check.ts';

export interface LocatedQuestion {
  question: Question;
  at: Located;
}

export function questionProblems(
  located: readonly LocatedQuestion[],
  personas: readonly Persona[],
  byId: ReadonlyMap<string, Question>,
): BankProblem[] {
  const problems: BankProblem[] = [];
  for (const { question, at } of located) {
    question.options.forEach((option, i) => {
      if (option.neutral && Object.values(option.weights).some((w) => w !== 0)) {
        problems.push({
          file: at.file,
          path: `${at.path}/options/${i}/weights`,
          problem: `neutral option "${option.id}" moves a score: a neutral answer must weigh 0 for every outcome`,
        });
      }
    });
  }

  const asked = new Set<string>();
  personas.forEach((persona, p) => {
    const seen = new Set<string>();
    persona.questions.forEach((id, i) => {
      const path = `/personas/${p}/questions/${i}`;
      if (seen.has(id)) problems.push({ file: BANK_FILE, path, problem: `${persona.id} asks "${id}" twice` });
      if (!byId.has(id))
        problems.push({ file: BANK_FILE, path, problem: `${persona.id} asks "${id}", which no question file defines` });
      seen.add(id);
      asked.add(id);
    });
  });

  for (const { question, at } of located) {
    if (!asked.has(question.id)) {
      problems.push({
        ...at,
        problem: `no persona asks "${question.id}", so no path can reach it (list it in bank.json)`,
      });
    }
    question.showIf?.forEach((condition, c) => {
      const path = `${at.path}/showIf/${c}`;
      const target = byId.get(condition.question);
      if (!target) {
        problems.push({
          file: at.file,
          path: `${path}/question`,
          problem: `branch points to question "${condition.question}", which does not exist`,
        });
        return;
      }
      for (const persona of personas) {
        const self = persona.questions.indexOf(question.id);
        if (self < 0) continue;
        const before = persona.questions.indexOf(condition.question);
        if (before < 0 || before >= self) {
          problems.push({
            file: at.file,
            path: `${path}/question`,
            problem: `branch points to "${condition.question}", which ${persona.id} does not ask before "${question.id}"`,
          });
        }
      }
      condition.anyOf.forEach((optionId, o) => {
        if (!target.options.some((opt) => opt.id === optionId)) {
          problems.push({
            file: at.file,
            path: `${path}/anyOf/${o}`,
            problem: `branch points to option "${optionId}", which question "${condition.question}" does not have`,
          });
        }
      });
    });
  }

  for (const { question, at } of located) {
    const askers = personas.filter((p) => p.questions.includes(question.id)).map((p) => p.id);
    if (question.wording && askers.length === 1) {
      problems.push({
        file: at.file,
        path: `${at.path}/wording`,
        problem: `only ${askers[0]} asks "${question.id}": write its wording as the question's own prompt and hint`,
      });
    }
  }
  return problems;
}
