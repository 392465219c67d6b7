import { devMessage } from '../errors.ts';

/** One thing wrong with the question bank: which file, where in it (a JSON Pointer), and what. */
export interface BankProblem {
  file: string;
  path: string;
  problem: string;
}

export function formatProblem({ file, path, problem }: BankProblem): string {
  return devMessage(`${file} at ${path || '/'}: ${problem}`);
}

export function formatProblems(problems: readonly BankProblem[]): string {
  const heading = devMessage(`the question bank has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  return [heading, ...problems.map((p) => '  ' + formatProblem(p))].join('\n');
}

export class BankError extends Error {
  constructor(readonly problems: readonly BankProblem[]) {
    super(formatProblems(problems));
    this.name = 'BankError';
  }
}
