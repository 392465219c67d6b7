import { describe, expect, test } from 'vitest';
import { checkBankFiles } from '../../src/bank/check.ts';
import { formatProblem, type BankProblem } from '../../src/bank/problem.ts';
import { parseJson } from '../../src/bank/read.ts';
import { miniFiles, schemas } from '../fixtures/mini-bank.ts';

/** Breaks a fresh copy of the mini bank with `edit` and returns the problems the check reports. */
function problemsAfter(edit: (files: Record<string, any>) => void): BankProblem[] {
  const files = miniFiles();
  edit(files);
  const result = checkBankFiles(files, schemas);
  return result.ok ? [] : result.problems;
}

describe('a valid bank', () => {
  test('passes every check', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });
});

describe('each kind of broken bank fails naming file, JSON path and problem', () => {
  test('malformed JSON names the file, line and column', () => {
    const { problem } = parseJson('builder.json', '{\n  "questions": [\n    { "id": "x", }\n  ]\n}');
    expect(problem?.file).toBe('builder.json');
    expect(problem?.problem).toMatch(/^is not valid JSON \(line 3, column \d+\)/);
  });

  test('a value of the wrong type', () => {
    const problems = problemsAfter((f) => (f['bank.json'].version = 'one'));
    expect(problems).toContainEqual({ file: 'bank.json', path: '/version', problem: 'must be integer' });
  });

  test('an option without weights', () => {
    const problems = problemsAfter((f) => delete f['builder.json'].questions[1].options[0].weights);
    expect(problems).toEqual([
      {
        file: 'builder.json',
        path: '/questions/1/options/0',
        problem: 'option has no "weights": every option must say how it moves l1, l2, l3 and hybrid',
      },
    ]);
  });

  test('weights that leave out an outcome', () => {
    const problems = problemsAfter((f) => delete f['builder.json'].questions[0].options[1].weights.hybrid);
    expect(problems).toContainEqual({
      file: 'builder.json',
      path: '/questions/0/options/1/weights',
      problem: 'missing required property "hybrid"',
    });
  });

  test('an id that is display text rather than a stable id', () => {
    const problems = problemsAfter((f) => (f['builder.json'].questions[0].options[0].id = 'Full control'));
    expect(problems).toContainEqual({
      file: 'builder.json',
      path: '/questions/0/options/0/id',
      problem: 'is not a valid id: use lowercase letters, digits and single dashes',
    });
  });

  test('a duplicate question id across files', () => {
    const problems = problemsAfter((f) => (f['investor.json'].questions[0].id = 'control'));
    expect(problems).toContainEqual({
      file: 'investor.json',
      path: '/questions/0/id',
      problem: 'duplicate question id "control" (first defined in builder.json at /questions/0/id)',
    });
  });

  test('a duplicate option id within a question', () => {
    const problems = problemsAfter((f) => (f['builder.json'].questions[1].options[1].id = 'frequent'));
    expect(problems).toContainEqual({
      file: 'builder.json',
      path: '/questions/1/options/1/id',
      problem: 'duplicate option id "frequent" (first defined in builder.json at /questions/1/options/0/id)',
    });
  });

  test('a citation to a heading the article does not have', () => {
    const problems = problemsAfter(
      (f) => (f['builder.json'].questions[2].options[0].reason.cite.section = 'The Rise of Layer-3'),
    );
    expect(problems).toEqual([
      {
        file: 'builder.json',
        path: '/questions/2/options/0/reason/cite',
        problem: 'cites "The Rise of Layer-3", which is not a heading of the article (see article-outline.json)',
      },
    ]);
  });

  test('a citation to a point that is not under its heading', () => {
    const problems = problemsAfter(
      (f) => (f['outcomes.json'].outcomes[0].challenges[0].cite.point = '1. Layer-1 Dependency'),
    );
    expect(problems).toEqual([
      {
        file: 'outcomes.json',
        path: '/outcomes/0/challenges/0/cite',
        problem:
          'cites point "1. Layer-1 Dependency", which is not under the heading "Key Differences Between AI Layer-1 and Layer-2 Coins"',
      },
    ]);
  });

  test('a branch that points to a question that does not exist', () => {
    const problems = problemsAfter((f) => (f['builder.json'].questions[3].showIf[0].question = 'governance'));
    expect(problems).toContainEqual({
      file: 'builder.json',
      path: '/questions/3/showIf/0/question',
      problem: 'branch points to question "governance", which does not exist',
    });
  });

  test('a branch that points to an option the question does not have', () => {
    const problems = problemsAfter((f) => (f['builder.json'].questions[3].showIf[0].anyOf = ['total']));
    expect(problems).toEqual([
      {
        file: 'builder.json',
        path: '/questions/3/showIf/0/anyOf/0',
        problem: 'branch points to option "total", which question "control" does not have',
      },
    ]);
  });

  test('a branch that points to a later question', () => {
    const problems = problemsAfter(
      (f) => (f['builder.json'].questions[3].showIf[0] = { question: 'launch', anyOf: ['fast'] }),
    );
    expect(problems).toEqual([
      {
        file: 'builder.json',
        path: '/questions/3/showIf/0/question',
        problem: 'branch points to "launch", which builder does not ask before "security"',
      },
    ]);
  });

  test('a persona that asks a question no file defines', () => {
    const problems = problemsAfter((f) => f['bank.json'].personas[0].questions.push('governance'));
    expect(problems).toEqual([
      {
        file: 'bank.json',
        path: '/personas/0/questions/6',
        problem: 'builder asks "governance", which no question file defines',
      },
    ]);
  });

  test('a question no persona asks', () => {
    const problems = problemsAfter((f) => {
      const orphan = structuredClone(f['investor.json'].questions[0]);
      f['investor.json'].questions.push({ ...orphan, id: 'orphan' });
    });
    expect(problems).toEqual([
      {
        file: 'investor.json',
        path: '/questions/5',
        problem: 'no persona asks "orphan", so no path can reach it (list it in bank.json)',
      },
    ]);
  });

  test('a question whose branch can never hold', () => {
    const problems = problemsAfter((f) =>
      f['builder.json'].questions[3].showIf.push({ question: 'control', anyOf: ['inherit'] }),
    );
    expect(problems).toEqual([
      {
        file: 'builder.json',
        path: '/questions/3',
        problem: 'no path of builder reaches "security": its showIf never holds',
      },
    ]);
  });

  test('an outcome no path can reach', () => {
    const problems = problemsAfter((f) => (f['builder.json'].questions[2].options[0].weights.l3 = 0));
    expect(problems).toEqual([
      {
        file: 'bank.json',
        path: '/personas/0',
        problem: 'no path of builder ends in "l3": change the weights, or declare it under notApplicable with why',
      },
    ]);
  });

  test('an unreachable outcome is accepted when the bank declares it not applicable', () => {
    const problems = problemsAfter((f) => {
      f['builder.json'].questions[2].options[0].weights.l3 = 0;
      f['bank.json'].personas[0].notApplicable = [{ outcome: 'l3', why: 'testing the declaration' }];
    });
    expect(problems).toEqual([]);
  });

  test('an outcome declared not applicable that paths do reach', () => {
    const problems = problemsAfter(
      (f) => (f['bank.json'].personas[1].notApplicable = [{ outcome: 'l3', why: 'wrongly' }]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'bank.json', path: '/personas/1/notApplicable/0' });
    expect(problems[0]!.problem).toMatch(/^"l3" is declared not applicable to investor, yet \d+ paths end in it$/);
  });

  test('an outcome pointing at an allocation slice that does not exist', () => {
    const problems = problemsAfter((f) => (f['outcomes.json'].outcomes[2].investor.allocationSlice = 'layer-3'));
    expect(problems).toEqual([
      {
        file: 'outcomes.json',
        path: '/outcomes/2/investor/allocationSlice',
        problem: 'no allocation slice "layer-3" in investorGuide',
      },
    ]);
  });

  test('a neutral option that moves a score', () => {
    let at = -1;
    const problems = problemsAfter((f) => {
      at = f['builder.json'].questions[1].options.length;
      f['builder.json'].questions[1].options.push({
        id: 'no-idea',
        neutral: true,
        label: 'Not sure',
        hint: 'Hard to say.',
        weights: { l1: 1, l2: 0, l3: 0, hybrid: 0 },
      });
    });
    expect(problems).toEqual([
      {
        file: 'builder.json',
        path: `/questions/1/options/${at}/weights`,
        problem: 'neutral option "no-idea" moves a score: a neutral answer must weigh 0 for every outcome',
      },
    ]);
  });

  test('more options than fit a phone screen', () => {
    const problems = problemsAfter((f) => {
      const options = f['investor.json'].questions[2].options;
      for (let i = options.length; i < 8; i++) options.push({ ...structuredClone(options[0]), id: `extra-${i}` });
    });
    expect(problems).toContainEqual({
      file: 'investor.json',
      path: '/questions/2/options',
      problem: 'must NOT have more than 7 items',
    });
  });

  test('wording per persona on a question only one persona asks', () => {
    const problems = problemsAfter((f) => {
      f['builder.json'].questions[1].wording = { builder: { prompt: 'How do fees matter to you?' } };
    });
    expect(problems).toEqual([
      {
        file: 'builder.json',
        path: '/questions/1/wording',
        problem: 'only builder asks "fees": write its wording as the question\'s own prompt and hint',
      },
    ]);
  });

  test('wording per persona on a shared question passes', () => {
    const problems = problemsAfter((f) => {
      f['shared.json'].questions[0].wording = { investor: { prompt: 'How sensitive is their data?', hint: 'Theirs.' } };
    });
    expect(problems).toEqual([]);
  });

  test('wording that names no persona, or says nothing', () => {
    const problems = problemsAfter((f) => {
      f['shared.json'].questions[0].wording = { trader: { prompt: 'Hi' }, investor: {} };
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'shared.json', path: '/questions/0/wording', problem: 'unknown property "trader"' },
        {
          file: 'shared.json',
          path: '/questions/0/wording/investor',
          problem: 'must NOT have fewer than 1 properties',
        },
      ]),
    );
  });

  test('a path that asks more than 10 questions', () => {
    const problems = problemsAfter((f) => {
      const extra = f['investor.json'].questions
        .slice(0, 5)
        .map((q: any) => ({ ...structuredClone(q), id: `${q.id}-2` }));
      f['investor.json'].questions.push(...extra);
      f['bank.json'].personas[1].questions.push(...extra.map((q: any) => q.id));
    });
    expect(problems).toEqual([
      {
        file: 'bank.json',
        path: '/personas/1/questions',
        problem: 'some paths of investor ask 11 questions, more than 10: shorten a branch',
      },
    ]);
  });

  test('more answer paths than the checks can score, counted without walking them', () => {
    const problems = problemsAfter((f) => {
      for (const q of f['investor.json'].questions) {
        while (q.options.length < 7)
          q.options.push({ ...structuredClone(q.options[0]), id: `more-${q.options.length}` });
      }
      for (const q of f['shared.json'].questions) {
        while (q.options.length < 7)
          q.options.push({ ...structuredClone(q.options[0]), id: `more-${q.options.length}` });
      }
      for (const id of ['risk-again', 'horizon-again']) {
        f['investor.json'].questions.push({ ...structuredClone(f['investor.json'].questions[0]), id });
        f['bank.json'].personas[1].questions.push(id);
      }
    });
    expect(problems).toEqual([
      {
        file: 'bank.json',
        path: '/personas/1/questions',
        problem: `investor has ${7 ** 8} answer paths, more than the 2000000 the checks score: use fewer questions or options`,
      },
    ]);
  });

  test('a missing file', () => {
    const problems = problemsAfter((f) => delete f['outcomes.json']);
    expect(problems).toContainEqual({ file: 'outcomes.json', path: '', problem: 'file is missing' });
  });
});

describe('the developer message', () => {
  test('is prefixed and names file, path and problem', () => {
    const message = formatProblem({ file: 'builder.json', path: '/questions/1', problem: 'something is wrong' });
    expect(message).toBe('[ai-layer-quiz] builder.json at /questions/1: something is wrong');
  });
});
