import { createEngine } from '../engine/engine.ts';
import { OUTCOME_IDS } from '../engine/types.ts';
import type {
  ArticleOutline,
  Bank,
  Citation,
  Outcome,
  Persona,
  Question,
  TieRule,
  InvestorGuide,
} from '../engine/types.ts';
import type { BankProblem } from './problem.ts';
import { BANK_FILE, OUTCOMES_FILE, QUESTION_FILES } from './files.ts';

export interface BankFiles {
  bank: { version: number; personas: Persona[]; tieRule: TieRule };
  outcomes: { outcomes: Outcome[]; investorGuide: InvestorGuide };
  questions: Record<string, { questions: Question[] }>;
  outline: ArticleOutline;
}

/** More paths than this and the reachability walk would take too long to run on every build. */
export const MAX_PATHS = 200_000;

interface Located {
  file: string;
  path: string;
}

export function assembleBank(files: BankFiles): Bank {
  return {
    version: files.bank.version,
    personas: files.bank.personas,
    tieRule: files.bank.tieRule,
    questions: QUESTION_FILES.flatMap((f) => files.questions[f]?.questions ?? []),
    outcomes: files.outcomes.outcomes,
    investorGuide: files.outcomes.investorGuide,
  };
}

function findDuplicates<T>(items: readonly T[], key: (item: T) => string, at: (i: number) => Located, what: string) {
  const problems: BankProblem[] = [];
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const id = key(item);
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else {
      const e = at(earlier);
      problems.push({ ...at(i), problem: `duplicate ${what} id "${id}" (first defined in ${e.file} at ${e.path})` });
    }
  });
  return problems;
}

function checkCitations(file: string, data: unknown, outline: ArticleOutline): BankProblem[] {
  const problems: BankProblem[] = [];
  const sections = new Map(outline.sections.map((s) => [s.heading, new Set(s.points ?? [])]));
  const visit = (node: unknown, path: string, key: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${path}/${i}`, String(i)));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (key === 'cite' || key === 'resolvesToCite') {
      const { section, point } = node as Citation;
      const points = sections.get(section);
      if (!points) {
        problems.push({
          file,
          path,
          problem: `cites "${section}", which is not a heading of the article (see article-outline.json)`,
        });
      } else if (point !== undefined && !points.has(point)) {
        problems.push({ file, path, problem: `cites point "${point}", which is not under the heading "${section}"` });
      }
      return;
    }
    for (const [k, v] of Object.entries(node)) visit(v, `${path}/${k}`, k);
  };
  visit(data, '', '');
  return problems;
}

function structuralProblems(files: BankFiles): BankProblem[] {
  const problems: BankProblem[] = [];
  const { personas, tieRule } = files.bank;
  const { outcomes, investorGuide } = files.outcomes;

  const located: { question: Question; at: Located }[] = QUESTION_FILES.flatMap((file) =>
    (files.questions[file]?.questions ?? []).map((question, i) => ({
      question,
      at: { file, path: `/questions/${i}` },
    })),
  );
  const byId = new Map(located.map(({ question }) => [question.id, question]));

  problems.push(
    ...findDuplicates(
      personas,
      (p) => p.id,
      (i) => ({ file: BANK_FILE, path: `/personas/${i}/id` }),
      'persona',
    ),
    ...findDuplicates(
      located,
      (l) => l.question.id,
      (i) => ({ ...located[i]!.at, path: `${located[i]!.at.path}/id` }),
      'question',
    ),
    ...findDuplicates(
      outcomes,
      (o) => o.id,
      (i) => ({ file: OUTCOMES_FILE, path: `/outcomes/${i}/id` }),
      'outcome',
    ),
    ...findDuplicates(
      investorGuide.allocation.slices,
      (s) => s.id,
      (i) => ({ file: OUTCOMES_FILE, path: `/investorGuide/allocation/slices/${i}/id` }),
      'allocation slice',
    ),
    ...findDuplicates(
      investorGuide.tools.list,
      (t) => t.id,
      (i) => ({ file: OUTCOMES_FILE, path: `/investorGuide/tools/list/${i}/id` }),
      'tool',
    ),
  );
  for (const { question, at } of located) {
    problems.push(
      ...findDuplicates(
        question.options,
        (o) => o.id,
        (i) => ({ file: at.file, path: `${at.path}/options/${i}/id` }),
        'option',
      ),
    );
  }

  if (tieRule.pair[0] === tieRule.pair[1]) {
    problems.push({
      file: BANK_FILE,
      path: '/tieRule/pair',
      problem: 'the near-tie pair must name two different outcomes',
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

  const sliceIds = new Set(investorGuide.allocation.slices.map((s) => s.id));
  const toolIds = new Set(investorGuide.tools.list.map((t) => t.id));
  outcomes.forEach((outcome, i) => {
    if (!sliceIds.has(outcome.investor.allocationSlice)) {
      problems.push({
        file: OUTCOMES_FILE,
        path: `/outcomes/${i}/investor/allocationSlice`,
        problem: `no allocation slice "${outcome.investor.allocationSlice}" in investorGuide`,
      });
    }
    outcome.investor.tools.forEach((tool, t) => {
      if (!toolIds.has(tool))
        problems.push({
          file: OUTCOMES_FILE,
          path: `/outcomes/${i}/investor/tools/${t}`,
          problem: `no tool "${tool}" in investorGuide`,
        });
    });
  });

  problems.push(
    ...checkCitations(BANK_FILE, files.bank, files.outline),
    ...checkCitations(OUTCOMES_FILE, files.outcomes, files.outline),
  );
  for (const file of QUESTION_FILES) {
    if (files.questions[file]) problems.push(...checkCitations(file, files.questions[file], files.outline));
  }
  return problems;
}

export interface PersonaStats {
  persona: Persona;
  paths: number;
  outcomes: Record<string, number>;
  /** How many paths show each question. */
  shown: Record<string, number>;
}

/** Walks every path of every persona: counts paths, outcomes and how often each question is shown. */
export function pathStats(bank: Bank): PersonaStats[] {
  const engine = createEngine(bank);
  return bank.personas.map((persona) => {
    const outcomes: Record<string, number> = Object.fromEntries(OUTCOME_IDS.map((id) => [id, 0]));
    const shown: Record<string, number> = Object.fromEntries(persona.questions.map((id) => [id, 0]));
    const paths = engine.forEachPath(persona.id, (answers) => {
      const result = engine.evaluate(persona.id, answers);
      if (result.ok) outcomes[result.outcome]! += 1;
      for (const id of Object.keys(answers)) shown[id]! += 1;
    });
    return { persona, paths, outcomes, shown };
  });
}

function reachabilityProblems(files: BankFiles, bank: Bank): BankProblem[] {
  const problems: BankProblem[] = [];
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  for (const [p, persona] of bank.personas.entries()) {
    const bound = persona.questions.reduce((n, id) => n * (byId.get(id)?.options.length ?? 1), 1);
    if (bound > MAX_PATHS) {
      problems.push({
        file: BANK_FILE,
        path: `/personas/${p}/questions`,
        problem: `${persona.id} can have up to ${bound} answer paths, more than the ${MAX_PATHS} the checks walk: use fewer questions or options`,
      });
    }
  }
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
      const reached = stats.outcomes[outcome]! > 0;
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

/** Every check beyond the schema: ids, citations, branches, then (when those pass) reachability. */
export function semanticProblems(files: BankFiles): BankProblem[] {
  const problems = structuralProblems(files);
  if (problems.length > 0) return problems;
  return reachabilityProblems(files, assembleBank(files));
}
