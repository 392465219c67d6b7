import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBankFiles, loadBankFolder } from '../../src/bank/check.ts';
import { codesProblems } from '../../src/bank/codes-check.ts';
import { ALL_FILES } from '../../src/bank/files.ts';
import { BankError } from '../../src/bank/problem.ts';
import { readBankFolder } from '../../src/bank/read.ts';
import type { CodeRegistry } from '../../src/share/registry.ts';
import { bank, clone, questionEntry, registry, registryCopy } from './support.ts';

const questionsDir = fileURLToPath(new URL('../../questions/', import.meta.url));

/** The problems the check finds after `edit` changes a copy of the registry (and `editBank` a copy of the bank). */
function problemsAfter(edit: (codes: CodeRegistry) => void, editBank: (b: typeof bank) => void = () => {}) {
  const codes = registryCopy();
  const changed = clone(bank);
  edit(codes);
  editBank(changed);
  return codesProblems(changed, codes);
}

const [firstQuestion, secondQuestion] = bank.questions;
const at = (id: string) => registry.questions.findIndex((q) => q.id === id);

describe('the registry of codes', () => {
  test('as committed, fits the bank', () => {
    expect(codesProblems(bank, registry)).toEqual([]);
  });

  test('must give every question a code, suggesting the next unused one', () => {
    const next = Math.max(...registry.questions.map((q) => q.code)) + 1;
    expect(problemsAfter((c) => (c.questions = c.questions.filter((q) => q.id !== firstQuestion!.id)))).toEqual([
      {
        file: 'codes.json',
        path: '/questions',
        problem: `question "${firstQuestion!.id}" has no code: append { "id": "${firstQuestion!.id}", "code": ${next} } (the next unused code)`,
      },
    ]);
  });

  test('must give every option a code', () => {
    const option = firstQuestion!.options[0]!.id;
    const problems = problemsAfter(
      (c) =>
        (questionEntry(c, firstQuestion!.id).options = questionEntry(c, firstQuestion!.id).options.filter(
          (o) => o.id !== option,
        )),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: `/questions/${at(firstQuestion!.id)}/options`,
      problem: expect.stringContaining(`option of "${firstQuestion!.id}" "${option}" has no code`),
    });
  });

  test('may not use one code twice in a scope', () => {
    const problems = problemsAfter(
      (c) => (questionEntry(c, secondQuestion!.id).code = questionEntry(c, firstQuestion!.id).code),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        path: `/questions/${at(secondQuestion!.id)}/code`,
        problem: expect.stringMatching(/is already used by .* a code is never reused/),
      }),
    ]);
  });

  test('must mark a question that left the bank retired rather than keep it live', () => {
    const problems = problemsAfter(
      () => {},
      (b) => {
        b.questions = b.questions.filter((q) => q.id !== firstQuestion!.id);
      },
    );
    expect(problems).toEqual([
      expect.objectContaining({
        path: `/questions/${at(firstQuestion!.id)}`,
        problem: expect.stringContaining('is no longer in the bank: mark it "retired": true'),
      }),
    ]);
  });

  test('accepts a question and an option that left the bank once they are marked retired', () => {
    const option = secondQuestion!.options[0]!.id;
    const problems = problemsAfter(
      (c) => {
        questionEntry(c, firstQuestion!.id).retired = true;
        questionEntry(c, secondQuestion!.id).options.find((o) => o.id === option)!.retired = true;
      },
      (b) => {
        b.questions = b.questions.filter((q) => q.id !== firstQuestion!.id);
        b.questions.find((q) => q.id === secondQuestion!.id)!.options.shift();
      },
    );
    expect(problems).toEqual([]);
  });

  test('may not mark retired what the bank still has', () => {
    const problems = problemsAfter((c) => (questionEntry(c, firstQuestion!.id).options[0]!.retired = true));
    expect(problems).toEqual([
      expect.objectContaining({
        path: `/questions/${at(firstQuestion!.id)}/options/0/retired`,
        problem: expect.stringContaining('is marked retired, yet the bank has it'),
      }),
    ]);
  });

  test('must list the bank version as the last released version', () => {
    expect(
      problemsAfter(
        () => {},
        (b) => (b.version += 1),
      ),
    ).toEqual([
      expect.objectContaining({ path: '/versions', problem: expect.stringContaining(`append ${bank.version + 1}`) }),
    ]);
  });

  test('must list released versions oldest first', () => {
    expect(problemsAfter((c) => (c.versions = [bank.version + 1, bank.version]))).toEqual([
      expect.objectContaining({ path: '/versions/1', problem: expect.stringContaining('oldest first') }),
    ]);
  });
});

// These check the whole real bank, path walk included: seconds, not milliseconds.
describe('a bad registry fails the bank check', { timeout: 30_000 }, () => {
  test('when codes.json breaks its schema', () => {
    const { files, schemas } = readBankFolder(questionsDir, ALL_FILES);
    (files['codes.json'] as { personas: unknown[] }).personas.push({ id: 'Builder!', code: -1 });
    const result = checkBankFiles(files, schemas);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.file)).toContain('codes.json');
  });

  test('when codes.json does not fit the bank', () => {
    const { files, schemas } = readBankFolder(questionsDir, ALL_FILES);
    (files['codes.json'] as CodeRegistry).questions.pop();
    const result = checkBankFiles(files, schemas);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ file: 'codes.json', path: '/questions' }),
    ]);
  });

  test('when the bank folder has no codes.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alq-codes-'));
    try {
      cpSync(questionsDir, dir, { recursive: true });
      rmSync(join(dir, 'codes.json'));
      expect(() => loadBankFolder(dir)).toThrow(BankError);
      expect(() => loadBankFolder(dir)).toThrow(/codes\.json at \/: file is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
