import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createEngine } from '../../src/engine/engine.ts';
import { OUTCOME_IDS, type Answers, type Bank, type PersonaId } from '../../src/engine/types.ts';
import { ALPHABET } from '../../src/share/bits.ts';
import {
  FORMAT,
  MAX_CODE_LENGTH,
  decode,
  encode,
  packLink,
  packRaw,
  readLink,
  type DecodeResult,
  type RawCode,
  type ShareErrorKind,
} from '../../src/share/share-code.ts';
import type { CodeRegistry } from '../../src/share/registry.ts';
import {
  bank,
  clone,
  engine,
  evaluated,
  finishedQuiz,
  finishedQuizWithLeftovers,
  questionEntry,
  registry,
  registryCopy,
  unusedCode,
  walk,
  walkPicking,
} from './support.ts';

function codeFor(
  persona: PersonaId,
  answers: Answers,
  theBank: Bank = bank,
  theRegistry: CodeRegistry = registry,
): string {
  const result = encode(theBank, theRegistry, { persona, answers });
  if (!result.ok) throw new Error(result.error.message);
  return result.code;
}

function errorKind(result: DecodeResult): ShareErrorKind | 'none' {
  return result.ok ? 'none' : result.error.kind;
}

const builderAnswers = walk('builder', []);
const builderCode = codeFor('builder', builderAnswers);
const builderResult = evaluated('builder', builderAnswers);

/** The raw numbers of the builder's code, to be changed one at a time. */
function builderRaw(): RawCode {
  const codeOf = (id: string) => questionEntry(registry, id);
  return {
    format: FORMAT,
    persona: registry.personas.find((p) => p.id === 'builder')!.code,
    outcome: registry.outcomes.find((o) => o.id === builderResult.outcome)!.code,
    bankVersion: bank.version,
    pairs: Object.entries(builderAnswers)
      .map(([q, o]) => [codeOf(q).code, codeOf(q).options.find((opt) => opt.id === o)!.code] as const)
      .sort((a, b) => a[0] - b[0]),
  };
}

describe('a finished quiz makes a share code that', { timeout: 30_000 }, () => {
  test('decodes to the same persona, answers and outcome, for random quizzes of both personas', () => {
    fc.assert(
      fc.property(finishedQuiz, ({ persona, answers }) => {
        const decoded = decode(bank, registry, codeFor(persona, answers));
        const expected = evaluated(persona, answers);
        expect(decoded).toEqual({
          ok: true,
          persona,
          answers,
          outcome: expected.outcome,
          linkOutcome: expected.outcome,
          outdated: false,
          unasked: [],
          bankVersion: bank.version,
        });
      }),
      { numRuns: 300 },
    );
  });

  test('leaves out answers that do not count (another persona, a branch backed out of)', () => {
    fc.assert(
      fc.property(finishedQuizWithLeftovers, ({ persona, answers, counted }) => {
        const decoded = decode(bank, registry, codeFor(persona, answers));
        expect(decoded.ok && decoded.answers).toEqual(counted);
        expect(codeFor(persona, answers)).toBe(codeFor(persona, counted));
      }),
      { numRuns: 200 },
    );
  });

  test('uses only URL-safe characters and is the same whatever order the answers were given in', () => {
    fc.assert(
      fc.property(finishedQuiz, ({ persona, answers }) => {
        const code = codeFor(persona, answers);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        expect(codeFor(persona, reversed)).toBe(code);
      }),
      { numRuns: 200 },
    );
  });

  test('differs for different quizzes', () => {
    const codes = new Map<string, string>();
    fc.assert(
      fc.property(finishedQuiz, ({ persona, answers }) => {
        const code = codeFor(persona, answers);
        const key = JSON.stringify([persona, Object.entries(answers).sort()]);
        expect(codes.get(code) ?? key).toBe(key);
        codes.set(code, key);
      }),
      { numRuns: 300 },
    );
  });

  test('is refused after any one character is changed', () => {
    fc.assert(
      fc.property(finishedQuiz, fc.nat(), fc.integer({ min: 1, max: 63 }), ({ persona, answers }, at, shift) => {
        const code = codeFor(persona, answers);
        const i = at % code.length;
        const changed = ALPHABET[(ALPHABET.indexOf(code[i]!) + shift) % 64]!;
        const edited = code.slice(0, i) + changed + code.slice(i + 1);
        expect(readLink(registry, edited).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  test('cannot be made before the quiz is finished', () => {
    const { [Object.keys(builderAnswers).at(-1)!]: _last, ...unfinished } = builderAnswers;
    expect(encode(bank, registry, { persona: 'builder', answers: unfinished })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-state' },
    });
    expect(encode(bank, registry, { persona: 'builder', answers: { ...builderAnswers, 'b-nope': 'x' } })).toMatchObject(
      { ok: false, error: { kind: 'invalid-state' } },
    );
  });

  test('cannot be made for an answer the registry has no code for', () => {
    const withoutCodes = registryCopy();
    const question = Object.keys(builderAnswers)[0]!;
    withoutCodes.questions = withoutCodes.questions.filter((q) => q.id !== question);
    expect(encode(bank, withoutCodes, { persona: 'builder', answers: builderAnswers })).toMatchObject({
      ok: false,
      error: { kind: 'no-code' },
    });
  });
});

describe('a share code is short', { timeout: 30_000 }, () => {
  /** Answers that open a branch wherever an option does, so every branch question on the way is asked. */
  function branchOpeningAnswers(theBank: Bank): Record<string, string> {
    const theEngine = createEngine(theBank);
    const opensBranch = new Set(
      theBank.questions.flatMap((q) => q.showIf ?? []).flatMap((c) => c.anyOf.map((o) => `${c.question}/${o}`)),
    );
    const answers: Record<string, string> = {};
    for (let next; (next = theEngine.questionsFor('builder', answers).find((q) => answers[q.id] === undefined));) {
      answers[next.id] = (next.options.find((o) => opensBranch.has(`${next.id}/${o.id}`)) ?? next.options[0]!).id;
    }
    return answers;
  }

  /** The real bank, with investor questions added for builders until one who opens every branch answers 10. */
  function bankWithTenBuilderQuestions(): Bank {
    const wider = clone(bank);
    const builder = wider.personas.find((p) => p.id === 'builder')!;
    const extras = wider.personas.flatMap((p) => p.questions).filter((id) => !builder.questions.includes(id));
    while (Object.keys(branchOpeningAnswers(wider)).length < 10) builder.questions.push(extras.shift()!);
    return wider;
  }

  test('at most 24 characters for a builder who answers 10 questions', () => {
    const wider = bankWithTenBuilderQuestions();
    const answers = branchOpeningAnswers(wider);
    expect(Object.keys(answers)).toHaveLength(10);
    const code = codeFor('builder', answers, wider);
    expect(code.length).toBeLessThanOrEqual(24);
    expect(codeFor('builder', { ...answers }, wider)).toBe(code);
  });

  test('at most 24 characters for any 10 answers while question codes stay under 32 and option codes under 8', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(31), { minLength: 10, maxLength: 10 }),
        fc.array(fc.nat(7), { minLength: 10, maxLength: 10 }),
        fc.nat(1),
        fc.nat(3),
        fc.integer({ min: 1, max: 7 }),
        (questions, options, persona, outcome, bankVersion) => {
          const pairs = questions.sort((a, b) => a - b).map((q, i) => [q, options[i]!] as const);
          expect(packRaw({ format: FORMAT, persona, outcome, bankVersion, pairs }).length).toBeLessThanOrEqual(24);
        },
      ),
    );
  });

  test('and no longer than 24 characters for any quiz of the current bank', () => {
    fc.assert(
      fc.property(finishedQuiz, ({ persona, answers }) => {
        expect(codeFor(persona, answers).length).toBeLessThanOrEqual(24);
      }),
      { numRuns: 300 },
    );
  });
});

describe('when the guide has changed since the link was made', () => {
  test('the current recommendation is given, with the one the link carried and a flag saying it changed', () => {
    const linkOutcome = builderResult.outcome;
    const now = OUTCOME_IDS.find((o) => o !== linkOutcome)!;
    const rescored = clone(bank);
    for (const question of rescored.questions) {
      for (const option of question.options) option.weights = { l1: 0, l2: 0, l3: 0, hybrid: 0, [now]: 5 };
    }
    expect(decode(rescored, registry, builderCode)).toMatchObject({
      ok: true,
      outcome: now,
      linkOutcome,
      outdated: true,
      answers: builderAnswers,
    });
  });

  test('an unchanged guide gives the outcome the link carried, not flagged', () => {
    expect(decode(bank, registry, builderCode)).toMatchObject({
      ok: true,
      outcome: builderResult.outcome,
      linkOutcome: builderResult.outcome,
      outdated: false,
      unasked: [],
    });
  });

  test('a link that carries another outcome than the answers now give is flagged too', () => {
    const other = OUTCOME_IDS.find((o) => o !== builderResult.outcome)!;
    const packed = packLink(registry, {
      persona: 'builder',
      outcome: other,
      bankVersion: bank.version,
      answers: builderAnswers,
    });
    expect(packed.ok && decode(bank, registry, packed.code)).toMatchObject({
      ok: true,
      outcome: builderResult.outcome,
      linkOutcome: other,
      outdated: true,
    });
  });
});

describe('a code is refused, with a typed error, when it', () => {
  const raw = builderRaw();
  const packedRaw = (change: Partial<RawCode>) => packRaw({ ...raw, ...change });

  test('is the builder code itself: nothing refused (the starting point of every case below)', () => {
    expect(packRaw(raw)).toBe(builderCode);
    expect(decode(bank, registry, builderCode).ok).toBe(true);
  });

  describe('malformed:', () => {
    test.each([
      ['has a character outside the alphabet', builderCode.slice(0, 3) + '.' + builderCode.slice(4)],
      ['has markup in it', '<img src=x onerror=alert(1)>'],
      ['has a non-ASCII letter', builderCode.slice(0, -1) + 'é'],
    ])('%s', (_, text) => {
      expect(errorKind(decode(bank, registry, text))).toBe('malformed');
    });

    test('is longer than any code could be', () => {
      expect(errorKind(decode(bank, registry, 'A'.repeat(MAX_CODE_LENGTH + 1)))).toBe('malformed');
      expect(errorKind(decode(bank, registry, builderCode.repeat(100_000)))).toBe('malformed');
    });

    test('goes on after its last answer', () => {
      expect(errorKind(decode(bank, registry, builderCode.slice(0, -2) + 'AA' + builderCode.slice(-2)))).toBe(
        'malformed',
      );
    });

    test('lists its answers out of order', () => {
      expect(errorKind(decode(bank, registry, packedRaw({ pairs: [...raw.pairs].reverse() })))).toBe('malformed');
    });

    test('is not text at all', () => {
      for (const value of [undefined, null, 42, {}, ['A']])
        expect(errorKind(decode(bank, registry, value))).toBe('malformed');
    });
  });

  test('truncated: was cut short, by one character, by half, or to nothing', () => {
    expect(errorKind(decode(bank, registry, ''))).toBe('truncated');
    expect(errorKind(decode(bank, registry, builderCode.slice(0, -1)))).toBe('truncated');
    expect(errorKind(decode(bank, registry, builderCode.slice(0, builderCode.length >> 1)))).toBe('truncated');
    expect(errorKind(decode(bank, registry, builderCode.slice(0, 2)))).toBe('truncated');
  });

  test('unknown-format: is written in a layout this decoder does not know', () => {
    expect(errorKind(decode(bank, registry, packedRaw({ format: FORMAT + 1 })))).toBe('unknown-format');
  });

  test('checksum: had a character of its checksum changed', () => {
    const last = builderCode.at(-1)!;
    const edited = builderCode.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    expect(errorKind(decode(bank, registry, edited))).toBe('checksum');
  });

  test('unknown-version: names a bank version that was never released', () => {
    const never = Math.max(...registry.versions) + 1;
    expect(errorKind(decode(bank, registry, packedRaw({ bankVersion: never })))).toBe('unknown-version');
  });

  describe('out-of-range: names a code the registry does not have, for', () => {
    test('the persona', () => {
      expect(errorKind(decode(bank, registry, packedRaw({ persona: unusedCode(registry.personas) })))).toBe(
        'out-of-range',
      );
    });
    test('the outcome', () => {
      expect(errorKind(decode(bank, registry, packedRaw({ outcome: unusedCode(registry.outcomes) })))).toBe(
        'out-of-range',
      );
    });
    test('a question', () => {
      const pairs = [...raw.pairs, [unusedCode(registry.questions), 0] as const];
      expect(errorKind(decode(bank, registry, packedRaw({ pairs })))).toBe('out-of-range');
    });
    test('an option', () => {
      const [question] = raw.pairs[0]!;
      const options = registry.questions.find((q) => q.code === question)!.options;
      const pairs = [[question, unusedCode(options)] as const, ...raw.pairs.slice(1)];
      expect(errorKind(decode(bank, registry, packedRaw({ pairs })))).toBe('out-of-range');
    });
  });

  test('duplicate: answers the same question twice', () => {
    const [first, ...rest] = raw.pairs;
    expect(errorKind(decode(bank, registry, packedRaw({ pairs: [first!, first!, ...rest] })))).toBe('duplicate');
  });

  describe('retired: uses what has since been removed from the bank', () => {
    const [questionId, optionId] = Object.entries(builderAnswers).at(-1)!;

    test('an option', () => {
      const edited = clone(bank);
      const question = edited.questions.find((q) => q.id === questionId)!;
      question.options = question.options.filter((o) => o.id !== optionId);
      const codes = registryCopy();
      questionEntry(codes, questionId).options.find((o) => o.id === optionId)!.retired = true;
      expect(errorKind(decode(edited, codes, builderCode))).toBe('retired');
      // The code still reads, forever, to what it said.
      expect(readLink(codes, builderCode)).toMatchObject({ ok: true, link: { answers: builderAnswers } });
    });

    test('a question', () => {
      const edited = clone(bank);
      edited.questions = edited.questions.filter((q) => q.id !== questionId);
      for (const persona of edited.personas) persona.questions = persona.questions.filter((id) => id !== questionId);
      const codes = registryCopy();
      questionEntry(codes, questionId).retired = true;
      expect(errorKind(decode(edited, codes, builderCode))).toBe('retired');
    });
  });

  describe('not-applicable: answers a question the persona is not asked', () => {
    test('one only the other persona is asked', () => {
      const investorOnly = bank.personas
        .find((p) => p.id === 'investor')!
        .questions.find((id) => !(id in builderAnswers))!;
      const option = bank.questions.find((q) => q.id === investorOnly)!.options[0]!.id;
      const packed = packLink(registry, {
        persona: 'builder',
        outcome: builderResult.outcome,
        bankVersion: bank.version,
        answers: { ...builderAnswers, [investorOnly]: option },
      });
      expect(packed.ok && errorKind(decode(bank, registry, packed.code))).toBe('not-applicable');
    });

    test('one behind a branch the other answers did not open', () => {
      const persona = bank.personas[0]!;
      const branch = bank.questions.find((q) => q.showIf && persona.questions.includes(q.id))!;
      const { question: gate, anyOf } = branch.showIf![0]!;
      const closed = bank.questions.find((q) => q.id === gate)!.options.find((o) => !anyOf.includes(o.id))!.id;
      const answers = walkPicking(persona.id, { [gate]: closed });
      expect(answers).not.toHaveProperty(branch.id);
      const packed = packLink(registry, {
        persona: persona.id,
        outcome: 'l1',
        bankVersion: bank.version,
        answers: { ...answers, [branch.id]: branch.options[0]!.id },
      });
      expect(packed.ok && errorKind(decode(bank, registry, packed.code))).toBe('not-applicable');
    });
  });

  test('incomplete: leaves a question unanswered', () => {
    const lastAsked = engine.questionsFor('builder', builderAnswers).at(-1)!.id;
    const { [lastAsked]: _skipped, ...unfinished } = builderAnswers;
    const packed = packLink(registry, {
      persona: 'builder',
      outcome: builderResult.outcome,
      bankVersion: bank.version,
      answers: unfinished,
    });
    expect(packed.ok && errorKind(decode(bank, registry, packed.code))).toBe('incomplete');
  });

  test('and the error message never repeats the text it was given', () => {
    const script = '<script>alert(1)</script>';
    for (const text of [script, builderCode + script, `${builderCode.slice(0, 5)}<b>`]) {
      const result = decode(bank, registry, text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).not.toContain('<');
    }
  });
});
