/**
 * Checks `questions/codes.json`, the append-only registry of the numeric
 * codes share links carry, against the bank: everything the bank has has a
 * code, no code is used twice in its scope, and whatever left the bank is
 * marked retired rather than deleted. (That no released code was dropped or
 * renumbered is checked by tests against a snapshot of released codes.)
 */
import type { Bank } from '../engine/types.ts';
import type { CodeEntry, CodeRegistry } from '../share/registry.ts';
import type { BankProblem } from './problem.ts';
import { CODES_FILE } from './files.ts';

interface Scope {
  /** "persona", "question", 'option of "b-speed"'… */
  what: string;
  /** JSON Pointer of the registry array. */
  path: string;
  entries: readonly CodeEntry[];
  /** The ids the bank has in this scope. */
  inBank: readonly string[];
}

const problem = (path: string, text: string): BankProblem => ({ file: CODES_FILE, path, problem: text });

function scopeProblems({ what, path, entries, inBank }: Scope): BankProblem[] {
  const problems: BankProblem[] = [];
  const firstCode = new Map<number, number>();
  const firstId = new Map<string, number>();
  entries.forEach((entry, i) => {
    const codeAt = firstCode.get(entry.code);
    if (codeAt === undefined) firstCode.set(entry.code, i);
    else {
      problems.push(
        problem(
          `${path}/${i}/code`,
          `${what} code ${entry.code} of "${entry.id}" is already used by "${entries[codeAt]!.id}" (${path}/${codeAt}): a code is never reused, take the next unused one`,
        ),
      );
    }
    const idAt = firstId.get(entry.id);
    if (idAt === undefined) firstId.set(entry.id, i);
    else problems.push(problem(`${path}/${i}/id`, `${what} "${entry.id}" is listed twice (first at ${path}/${idAt})`));
  });

  const bankIds = new Set(inBank);
  const nextCode = entries.reduce((max, e) => Math.max(max, e.code), -1) + 1;
  for (const id of inBank) {
    const at = firstId.get(id);
    if (at === undefined) {
      problems.push(
        problem(
          path,
          `${what} "${id}" has no code: append { "id": "${id}", "code": ${nextCode} } (the next unused code)`,
        ),
      );
    } else if (entries[at]!.retired) {
      problems.push(
        problem(
          `${path}/${at}/retired`,
          `${what} "${id}" is marked retired, yet the bank has it: a retired id stays retired, give the new one a new id`,
        ),
      );
    }
  }
  entries.forEach((entry, i) => {
    if (!entry.retired && !bankIds.has(entry.id) && firstId.get(entry.id) === i) {
      problems.push(
        problem(
          `${path}/${i}`,
          `${what} "${entry.id}" is no longer in the bank: mark it "retired": true (never delete an entry, so its code is never reused)`,
        ),
      );
    }
  });
  return problems;
}

export function codesProblems(bank: Bank, registry: CodeRegistry): BankProblem[] {
  const problems: BankProblem[] = [];

  const { versions } = registry;
  versions.forEach((version, i) => {
    if (i > 0 && version <= versions[i - 1]!) {
      problems.push(
        problem(
          `/versions/${i}`,
          `version ${version} comes after ${versions[i - 1]}: list released versions oldest first`,
        ),
      );
    }
  });
  if (versions.at(-1) !== bank.version) {
    problems.push(
      problem(
        '/versions',
        `the bank is version ${bank.version}, but the last released version listed is ${versions.at(-1)}: append ${bank.version} (never remove a version, old links name it)`,
      ),
    );
  }

  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  problems.push(
    ...scopeProblems({
      what: 'persona',
      path: '/personas',
      entries: registry.personas,
      inBank: bank.personas.map((p) => p.id),
    }),
    ...scopeProblems({
      what: 'outcome',
      path: '/outcomes',
      entries: registry.outcomes,
      inBank: bank.outcomes.map((o) => o.id),
    }),
    ...scopeProblems({
      what: 'question',
      path: '/questions',
      entries: registry.questions,
      inBank: [...questions.keys()],
    }),
  );
  registry.questions.forEach((entry, i) => {
    const question = questions.get(entry.id);
    // A retired question's options are retired with it.
    if (entry.retired || !question) return;
    problems.push(
      ...scopeProblems({
        what: `option of "${entry.id}"`,
        path: `/questions/${i}/options`,
        entries: entry.options,
        inBank: question.options.map((o) => o.id),
      }),
    );
  });
  return problems;
}
