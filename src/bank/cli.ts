/**
 * `npm run questions:check`: validates the bank and prints, per persona, the
 * questions, the number of distinct answer paths and where the paths end.
 */
import { fileURLToPath } from 'node:url';
import { BankError } from './problem.ts';
import { loadBankFolder } from './check.ts';
import { pathStats } from './semantic-check.ts';
import { OUTCOME_IDS } from '../engine/types.ts';

const dir = fileURLToPath(new URL('../../questions/', import.meta.url));

try {
  const { bank } = loadBankFolder(dir);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  console.log(`Question bank version ${bank.version}: valid.\n`);
  for (const { persona, paths, outcomes, shown } of pathStats(bank)) {
    console.log(
      `${persona.id} (${persona.label}): ${persona.questions.length} questions, ${paths} distinct answer paths`,
    );
    persona.questions.forEach((id, i) => {
      const q = byId.get(id)!;
      const branch = q.showIf ? `  [shown on ${shown[id]} of ${paths} paths]` : '';
      console.log(`  ${String(i + 1).padStart(2)}. ${id}: ${q.prompt}${branch}`);
    });
    const notApplicable = new Set((persona.notApplicable ?? []).map((n) => n.outcome));
    console.log('  paths ending in each outcome:');
    for (const outcome of OUTCOME_IDS) {
      const n = outcomes[outcome] ?? 0;
      const share = ((100 * n) / paths).toFixed(1).padStart(5);
      console.log(
        `    ${outcome.padEnd(7)} ${String(n).padStart(6)}  ${share} %${notApplicable.has(outcome) ? '  (declared not applicable)' : ''}`,
      );
    }
    console.log('');
  }
} catch (error) {
  console.error(error instanceof BankError ? error.message : error);
  process.exitCode = 1;
}
