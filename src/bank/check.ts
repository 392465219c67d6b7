import { ALL_FILES, BANK_FILE, CODES_FILE, OUTCOMES_FILE, OUTLINE_FILE, QUESTION_FILES, SCHEMA_FOR } from './files.ts';
import { BankError, type BankProblem } from './problem.ts';
import { readBankFolder } from './read.ts';
import { createSchemaChecker } from './schema-check.ts';
import { assembleBank, semanticProblems, type BankFiles } from './semantic-check.ts';
import { codesProblems } from './codes-check.ts';
import type { CodeRegistry } from '../share/registry.ts';
import type { ArticleOutline, Bank } from '../engine/types.ts';

export interface CheckedBank {
  bank: Bank;
  outline: ArticleOutline;
  files: BankFiles;
}

/** Validates parsed bank files: schema first, then ids, citations, branches and reachability. */
export function checkBankFiles(
  files: Record<string, unknown>,
  schemas: Record<string, object>,
): { ok: true; value: CheckedBank } | { ok: false; problems: BankProblem[] } {
  const problems: BankProblem[] = [];
  for (const required of [BANK_FILE, OUTCOMES_FILE, OUTLINE_FILE]) {
    if (!(required in files)) problems.push({ file: required, path: '', problem: 'file is missing' });
  }
  if (!QUESTION_FILES.some((f) => f in files)) {
    problems.push({ file: QUESTION_FILES.join(' / '), path: '', problem: 'no question file found' });
  }
  const schemaCheck = createSchemaChecker(schemas);
  for (const name of ALL_FILES) {
    if (name in files) problems.push(...schemaCheck(name, SCHEMA_FOR[name]!, files[name]));
  }
  if (problems.length > 0) return { ok: false, problems };

  const typed: BankFiles = {
    bank: files[BANK_FILE] as BankFiles['bank'],
    outcomes: files[OUTCOMES_FILE] as BankFiles['outcomes'],
    outline: files[OUTLINE_FILE] as ArticleOutline,
    questions: Object.fromEntries(
      QUESTION_FILES.filter((f) => f in files).map((f) => [f, files[f]]),
    ) as BankFiles['questions'],
  };
  const semantic = semanticProblems(typed);
  if (semantic.length > 0) return { ok: false, problems: semantic };
  const bank = assembleBank(typed);
  const codes = CODES_FILE in files ? codesProblems(bank, files[CODES_FILE] as CodeRegistry) : [];
  if (codes.length > 0) return { ok: false, problems: codes };
  return { ok: true, value: { bank, outline: typed.outline, files: typed } };
}

/** Reads and validates the bank in `dir`; throws a BankError naming every problem's file, path and cause. */
export function loadBankFolder(dir: string): CheckedBank {
  const { files, schemas, problems } = readBankFolder(dir, ALL_FILES);
  if (!(CODES_FILE in files))
    problems.push({ file: CODES_FILE, path: '', problem: 'file is missing: share links need the permanent codes' });
  if (problems.length > 0) throw new BankError(problems);
  const result = checkBankFiles(files, schemas);
  if (!result.ok) throw new BankError(result.problems);
  return result.value;
}
