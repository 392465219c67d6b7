/**
 * `npm run questions:check`: validates the bank and prints, per persona, the
 * questions, the number of distinct answer paths and where the paths end.
 */
import { fileURLToPath } from 'node:url';
import { BankError } from './problem.ts';
import { loadBankFolder } from './check.ts';
import { pathStats } from './path-check.ts';
import { OUTCOME_IDS } from '../engine/types.ts';

const percent = (n: number, of: number) => ((100 * n) / of).toFixed(1).padStart(5);

const DECIDED_BY = [
  ['lead', 'most points'],
  ['both-ways', 'tie: level on Layer-1, Layer-2 and Hybrid'],
  ['strongest-answer', 'tie settled by the strongest answer'],
  ['more-answers', 'tie settled by more answers leaning one way'],
  ['earliest-answer', 'tie settled by the earliest deciding answer'],
  ['order', 'tie settled by the fixed order (last resort)'],
] as const;

const dir = fileURLToPath(new URL('../../questions/', import.meta.url));

try {
  const { bank } = loadBankFolder(dir);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  console.log(`Question bank version ${bank.version}: valid.\n`);
  for (const { persona, paths, outcomes, shown, decidedBy } of pathStats(bank)) {
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
      const share = percent(n, paths);
      console.log(
        `    ${outcome.padEnd(7)} ${String(n).padStart(6)}  ${share} %${notApplicable.has(outcome) ? '  (declared not applicable)' : ''}`,
      );
    }
    console.log('  how the paths are decided:');
    for (const [way, label] of DECIDED_BY) {
      const n = decidedBy[way] ?? 0;
      console.log(`    ${label.padEnd(44)} ${String(n).padStart(6)}  ${percent(n, paths)} %`);
    }
    console.log('');
  }
} catch (error) {
  console.error(error instanceof BankError ? error.message : error);
  process.exitCode = 1;
}
