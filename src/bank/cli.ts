/**
 * `npm run questions:check`: validates the bank and prints, per persona, the
 * questions as that persona reads them with their answers and what each
 * moves, the number of distinct answer paths, where the paths end and how
 * they are decided.
 */
import { fileURLToPath } from 'node:url';
import { BankError } from './problem.ts';
import { loadBankFolder } from './check.ts';
import { pathStats } from './path-check.ts';
import { OUTCOME_IDS, type Option } from '../engine/types.ts';
import { wordedFor } from '../engine/paths.ts';

const percent = (n: number, of: number) => ((100 * n) / of).toFixed(2).padStart(6);

const DECIDED_BY = [
  ['lead', 'most points'],
  ['both-ways', 'tie: level on Layer-1, Layer-2 and Hybrid'],
  ['strongest-answer', 'tie settled by the strongest answer'],
  ['more-answers', 'tie settled by more answers leaning one way'],
  ['earliest-answer', 'tie settled by the earliest deciding answer'],
  ['order', 'tie settled by the fixed order (last resort)'],
] as const;

const dir = fileURLToPath(new URL('../../questions/', import.meta.url));

/** "l1 +3", "l2 +1 l3 +1", or "neutral": what an option moves. */
function movesOf(option: Option): string {
  if (option.neutral) return 'neutral: answered, moves nothing';
  return OUTCOME_IDS.filter((id) => option.weights[id] !== 0)
    .map((id) => `${id} ${option.weights[id] > 0 ? '+' : ''}${option.weights[id]}`)
    .join('  ');
}

try {
  const { bank } = loadBankFolder(dir);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const askedBy = (id: string) => bank.personas.filter((p) => p.questions.includes(id)).length;
  console.log(`Question bank version ${bank.version}: valid.\n`);
  for (const { persona, paths, length, outcomes, shown, decidedBy } of pathStats(bank)) {
    console.log(
      `${persona.id} (${persona.label}): ${persona.questions.length} questions, ${length.min} to ${length.max} asked on a path, ${paths} distinct answer paths`,
    );
    persona.questions.forEach((id, i) => {
      const q = wordedFor(byId.get(id)!, persona.id);
      const branch = q.showIf ? `  [shown on ${shown[id]} of ${paths} paths]` : '';
      const sharedNote = askedBy(id) > 1 ? '  (shared)' : '';
      console.log(`  ${String(i + 1).padStart(2)}. ${id}: ${q.prompt}${sharedNote}${branch}`);
      if (q.hint) console.log(`        ${q.hint}`);
      for (const option of q.options) {
        console.log(`        - ${option.id.padEnd(22)} ${option.label.padEnd(38)} ${movesOf(option)}`);
      }
    });
    const notApplicable = new Set((persona.notApplicable ?? []).map((n) => n.outcome));
    console.log('  paths ending in each outcome:');
    for (const outcome of OUTCOME_IDS) {
      const n = outcomes[outcome] ?? 0;
      const share = percent(n, paths);
      console.log(
        `    ${outcome.padEnd(7)} ${String(n).padStart(8)}  ${share} %${notApplicable.has(outcome) ? '  (declared not applicable)' : ''}`,
      );
    }
    console.log('  how the paths are decided:');
    for (const [way, label] of DECIDED_BY) {
      const n = decidedBy[way] ?? 0;
      console.log(`    ${label.padEnd(44)} ${String(n).padStart(8)}  ${percent(n, paths)} %`);
    }
    console.log('');
  }
} catch (error) {
  console.error(error instanceof BankError ? error.message : error);
  process.exitCode = 1;
}
