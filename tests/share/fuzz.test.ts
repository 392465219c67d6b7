/**
 * Share codes arrive from anyone: every string, random or a valid code
 * tampered with, must decode to a valid state or to a typed error, and never
 * throw.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { OUTCOME_IDS } from '../../src/engine/types.ts';
import { ALPHABET } from '../../src/share/bits.ts';
import {
  FORMAT,
  decode,
  encode,
  packLink,
  packRaw,
  type DecodeResult,
  type ShareErrorKind,
} from '../../src/share/share-code.ts';
import { bank, engine, finishedQuiz, registry } from './support.ts';

const ERROR_KINDS: ShareErrorKind[] = [
  'malformed',
  'truncated',
  'unknown-format',
  'checksum',
  'unknown-version',
  'out-of-range',
  'duplicate',
  'retired',
  'not-applicable',
  'incomplete',
];

/** Decodes `text` and checks the answer is either a state the quiz could be in, or a typed error; returns its kind. */
function decodesToValidStateOrTypedError(text: unknown): ShareErrorKind | 'ok' {
  let result: DecodeResult;
  expect(() => (result = decode(bank, registry, text))).not.toThrow();
  result = result!;
  if (!result.ok) {
    expect(ERROR_KINDS).toContain(result.error.kind);
    expect(result.error.message).toMatch(/^\[ai-layer-quiz\] share code: /);
    if (typeof text === 'string' && /[<>"']/.test(text)) expect(result.error.message).not.toMatch(/[<>"']/);
    return result.error.kind;
  }
  const evaluation = engine.evaluate(result.persona, result.answers);
  expect(evaluation.ok && evaluation.complete).toBe(true);
  expect(evaluation.ok && evaluation.outcome).toBe(result.outcome);
  const asked = engine.questionsFor(result.persona, result.answers).map((q) => q.id);
  expect(asked.sort()).toEqual(Object.keys(result.answers).sort());
  expect(OUTCOME_IDS).toContain(result.linkOutcome);
  expect(result.outdated).toBe(result.outcome !== result.linkOutcome);
  expect(registry.versions).toContain(result.bankVersion);
  // Only a link from an older guide may leave questions open; each is filled with its neutral answer.
  const { unasked } = result;
  if (result.bankVersion === bank.version) expect(unasked).toEqual([]);
  const given = Object.fromEntries(Object.entries(result.answers).filter(([id]) => !unasked.includes(id)));
  // An accepted code is exactly the code its state makes: nothing in it went unread.
  const again = packLink(registry, {
    persona: result.persona,
    outcome: result.linkOutcome,
    bankVersion: result.bankVersion,
    answers: given,
  });
  expect(again.ok && again.code).toBe(text);
  return 'ok';
}

/** Codes of 400 random finished quizzes (made once: encoding runs the engine, mutating is cheap). */
const validCodes = fc.sample(finishedQuiz, 400).map(({ persona, answers }) => {
  const encoded = encode(bank, registry, { persona, answers });
  if (!encoded.ok) throw new Error(encoded.error.message);
  return encoded.code;
});
const validCode = fc.constantFrom(...validCodes);

const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '%3Cimg%20src%3Dx%3E',
  '\u0000',
  '\u202e',
  '😀',
  '\ud800',
  '&alq.other=AAAA',
  '#',
  '=',
);

const anyChar = fc.oneof(
  fc.constantFrom(...ALPHABET),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);

type Mutation = (code: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), anyChar).map(
    ([at, c]): Mutation =>
      (s) =>
        s.slice(0, at % (s.length + 1)) + c + s.slice((at % (s.length + 1)) + 1),
  ),
  fc.tuple(fc.nat(), fc.nat(5)).map(([at, bit]): Mutation => (s) => {
    const i = at % Math.max(s.length, 1);
    const v = ALPHABET.indexOf(s[i] ?? 'A');
    return v < 0 ? s : s.slice(0, i) + ALPHABET[v ^ (1 << bit)] + s.slice(i + 1);
  }),
  fc.nat().map(
    (at): Mutation =>
      (s) =>
        s.slice(0, at % (s.length + 1)),
  ),
  fc.nat().map(
    (at): Mutation =>
      (s) =>
        s.slice(0, at % (s.length + 1)) + s.slice((at % (s.length + 1)) + 1),
  ),
  fc.tuple(fc.nat(), fc.oneof(anyChar, hostile)).map(
    ([at, text]): Mutation =>
      (s) =>
        s.slice(0, at % (s.length + 1)) + text + s.slice(at % (s.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (s) => {
    const chars = [...s];
    const i = a % Math.max(chars.length, 1);
    const j = b % Math.max(chars.length, 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    return chars.join('');
  }),
  fc.integer({ min: 2, max: 50_000 }).map(
    (times): Mutation =>
      (s) =>
        s.repeat(Math.min(times, Math.ceil(100_000 / (s.length + 1)))),
  ),
  fc.constant<Mutation>((s) => s.toLowerCase()),
  fc.constant<Mutation>((s) => s + s.slice(-2)),
);

const mutatedCode = fc
  .tuple(validCode, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([code, mutations]) => mutations.reduce((s, m) => m(s), code));

// Thousands of runs each: allow for a busy machine.
describe('decoding untrusted text', { timeout: 60_000 }, () => {
  test('5,000 random strings of any characters never throw and give a valid state or a typed error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.string({ unit: 'grapheme', maxLength: 30 }),
          fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 40 }),
          hostile,
        ),
        (text) => {
          decodesToValidStateOrTypedError(text);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  test('6,000 valid codes changed by flips, cuts, insertions of markup or unicode, swaps and repetition never throw', () => {
    fc.assert(
      fc.property(mutatedCode, (text) => {
        decodesToValidStateOrTypedError(text);
      }),
      { numRuns: 6_000 },
    );
  });

  test('values that are not even strings give a typed error', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(decodesToValidStateOrTypedError(value)).not.toBe('ok');
      }),
      { numRuns: 500 },
    );
  });

  test('2,000 codes with a correct checksum but random content reach every check after it, and never throw', () => {
    const questionCodes = registry.questions.map((q) => q.code);
    const kinds = new Set<string>();
    fc.assert(
      fc.property(
        fc.record({
          persona: fc.nat(2),
          outcome: fc.nat(4),
          bankVersion: fc.oneof(fc.constantFrom(...registry.versions), fc.nat(9)),
          pairs: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...questionCodes), fc.nat(40)), fc.nat(4)), {
            maxLength: 11,
          }),
          sorted: fc.boolean(),
        }),
        ({ sorted, pairs, ...fields }) => {
          if (sorted) pairs.sort((a, b) => a[0] - b[0]);
          kinds.add(decodesToValidStateOrTypedError(packRaw({ format: FORMAT, ...fields, pairs })));
        },
      ),
      { numRuns: 2_000 },
    );
    for (const kind of ['unknown-version', 'out-of-range', 'duplicate', 'not-applicable', 'incomplete', 'malformed']) {
      expect(kinds).toContain(kind);
    }
  });
});
