/**
 * The checks that need every answer path: how many there are, how long they
 * are, whether each branch question and each outcome is reached. Paths are
 * counted without listing them, and scored in one incremental walk
 * (engine/walk.ts), so this runs on every build and test import.
 */
import { createEngine } from '../engine/engine.ts';
import { forEachDecision } from '../engine/walk.ts';
import { OUTCOME_IDS } from '../engine/types.ts';
import type { Bank, DecidedBy, OutcomeId, Persona } from '../engine/types.ts';
import type { BankProblem } from './problem.ts';
import { BANK_FILE, QUESTION_FILES } from './files.ts';
import type { BankFiles } from './semantic-check.ts';

/** More paths than this and scoring every one would slow every build. */
export const MAX_PATHS = 2_000_000;
/** No path asks more: a reader finishes in a few minutes, and a share code stays short (≤ 24 characters for 10 answers). */
export const MAX_PATH_LENGTH = 10;

export interface PersonaStats {
  persona: Persona;
  paths: number;
  /** Fewest and most questions a path asks. */
  length: { min: number; max: number };
  outcomes: Record<OutcomeId, number>;
  /** How many paths show each question. */
  shown: Record<string, number>;
  /** How many paths are decided each way: a lead in points, a tie settled by an answer, or the fixed order. */
  decidedBy: Partial<Record<DecidedBy, number>>;
}

/** Counts each persona's paths, and how many end in each outcome and are decided each way. */
export function pathStats(bank: Bank): PersonaStats[] {
  const engine = createEngine(bank);
  return bank.personas.map((persona) => {
    const { paths, shown, min, max } = engine.countPaths(persona.id);
    const outcomes = Object.fromEntries(OUTCOME_IDS.map((id) => [id, 0])) as Record<OutcomeId, number>;
    const decidedBy: Partial<Record<DecidedBy, number>> = {};
    forEachDecision(bank, persona.id, ({ outcome, decidedBy: way }) => {
      outcomes[outcome] += 1;
      decidedBy[way] = (decidedBy[way] ?? 0) + 1;
    });
    return { persona, paths, length: { min, max }, outcomes, shown, decidedBy };
  });
}

function sizeProblems(bank: Bank): BankProblem[] {
  const engine = createEngine(bank);
  const problems: BankProblem[] = [];
  bank.personas.forEach((persona, p) => {
    const { paths, max } = engine.countPaths(persona.id);
    const path = `/personas/${p}/questions`;
    if (paths > MAX_PATHS) {
      problems.push({
        file: BANK_FILE,
        path,
        problem: `${persona.id} has ${paths} answer paths, more than the ${MAX_PATHS} the checks score: use fewer questions or options`,
      });
    }
    if (max > MAX_PATH_LENGTH) {
      problems.push({
        file: BANK_FILE,
        path,
        problem: `some paths of ${persona.id} ask ${max} questions, more than ${MAX_PATH_LENGTH}: shorten a branch`,
      });
    }
  });
  return problems;
}

/** Paths that are too many or too long, branch questions no path shows, outcomes no path ends in. */
export function pathProblems(files: BankFiles, bank: Bank): BankProblem[] {
  const problems = sizeProblems(bank);
  if (problems.length > 0) return problems;

  const located = new Map(
    QUESTION_FILES.flatMap((file) =>
      (files.questions[file]?.questions ?? []).map((q, i) => [q.id, { file, path: `/questions/${i}` }] as const),
    ),
  );
  for (const [p, stats] of pathStats(bank).entries()) {
    const { persona } = stats;
    for (const [id, count] of Object.entries(stats.shown)) {
      if (count === 0) {
        problems.push({
          ...located.get(id)!,
          problem: `no path of ${persona.id} reaches "${id}": its showIf never holds`,
        });
      }
    }
    const declared = new Map((persona.notApplicable ?? []).map((n, i) => [n.outcome, i]));
    for (const outcome of OUTCOME_IDS) {
      const reached = stats.outcomes[outcome] > 0;
      const n = declared.get(outcome);
      if (!reached && n === undefined) {
        problems.push({
          file: BANK_FILE,
          path: `/personas/${p}`,
          problem: `no path of ${persona.id} ends in "${outcome}": change the weights, or declare it under notApplicable with why`,
        });
      }
      if (reached && n !== undefined) {
        problems.push({
          file: BANK_FILE,
          path: `/personas/${p}/notApplicable/${n}`,
          problem: `"${outcome}" is declared not applicable to ${persona.id}, yet ${stats.outcomes[outcome]} paths end in it`,
        });
      }
    }
  }
  return problems;
}
