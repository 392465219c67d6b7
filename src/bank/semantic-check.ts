import type {
  ArticleOutline,
  Bank,
  Citation,
  Outcome,
  Persona,
  Question,
  ScoringRule,
  InvestorGuide,
} from '../engine/types.ts';
import type { BankProblem } from './problem.ts';
import { BANK_FILE, OUTCOMES_FILE, QUESTION_FILES } from './files.ts';
import { pathProblems } from './path-check.ts';
import { questionProblems, type LocatedQuestion } from './question-checks.ts';

export interface BankFiles {
  bank: { version: number; personas: Persona[]; scoring: ScoringRule };
  outcomes: { outcomes: Outcome[]; investorGuide: InvestorGuide };
  questions: Record<string, { questions: Question[] }>;
  outline: ArticleOutline;
}

/** Where in the bank's files something is: a file and a JSON path. */
export interface Located {
  file: string;
  path: string;
}

export function assembleBank(files: BankFiles): Bank {
  return {
    version: files.bank.version,
    personas: files.bank.personas,
    scoring: files.bank.scoring,
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
    if (key === 'cite') {
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
  const { personas, scoring } = files.bank;
  const { outcomes, investorGuide } = files.outcomes;

  const located: LocatedQuestion[] = QUESTION_FILES.flatMap((file) =>
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

  const { of, into } = scoring.blend;
  if (new Set([...of, into]).size !== 3) {
    problems.push({
      file: BANK_FILE,
      path: '/scoring/blend',
      problem: 'the blend must name two different outcomes under "of" and a third under "into"',
    });
  }
  problems.push(...questionProblems(located, personas, byId));

  const sliceIds = new Set(investorGuide.allocation.slices.map((s) => s.id));
  const toolIds = new Set(investorGuide.tools.list.map((t) => t.id));
  outcomes.forEach((outcome, i) => {
    const slice = outcome.investor.allocationSlice;
    if (slice !== undefined && !sliceIds.has(slice)) {
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

/** Every check beyond the schema: ids, citations, branches, then (when those pass) reachability. */
export function semanticProblems(files: BankFiles): BankProblem[] {
  const problems = structuralProblems(files);
  if (problems.length > 0) return problems;
  return pathProblems(files, assembleBank(files));
}
