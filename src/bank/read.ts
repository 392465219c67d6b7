import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BankProblem } from './problem.ts';

/** Parses JSON text, turning a syntax error into a problem with its line and column. */
export function parseJson(file: string, text: string): { data?: unknown; problem?: BankProblem } {
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = ` (line ${line}, column ${column})`;
    }
    return { problem: { file, path: '', problem: `is not valid JSON${where}: ${message}` } };
  }
}

/** Reads the bank folder: each known file parsed, plus the JSON schemas from `schema/`. */
export function readBankFolder(dir: string, fileNames: readonly string[]) {
  const files: Record<string, unknown> = {};
  const problems: BankProblem[] = [];
  for (const name of fileNames) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const { data, problem } = parseJson(name, readFileSync(path, 'utf8'));
    if (problem) problems.push(problem);
    else files[name] = data;
  }
  const schemaDir = join(dir, 'schema');
  const schemas: Record<string, object> = {};
  for (const name of readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json'))) {
    schemas[name] = JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as object;
  }
  return { files, schemas, problems };
}
