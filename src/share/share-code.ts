/**
 * The share code: a reader's persona, answers, outcome and bank version in a
 * few URL-safe characters (≤ 24 for 10 answers). Bits, most significant first:
 *
 *   format      3 bits      1 (the layout below)
 *   persona     varint/1    persona code (codes.json)
 *   outcome     varint/2    outcome code the link was made with
 *   version     varint/3    bank version the link was made with
 *   count       varint/4    number of answers
 *   answers     count × (question code varint/5, option code varint/3), question codes ascending
 *   padding     zeros up to a whole character
 *   checksum    12 bits     CRC-12 of all the characters before it (2 characters)
 *
 * varint/k: groups of k value bits, lowest first, each preceded by a "more
 * follows" bit. Every state has exactly one code. Decoding never throws, and
 * its messages never repeat the text it was given.
 */
import { createEngine, type Engine } from '../engine/engine.ts';
import {
  OUTCOME_IDS,
  type Answers,
  type Bank,
  type OutcomeId,
  type PersonaId,
  type QuestionId,
} from '../engine/types.ts';
import { devMessage } from '../errors.ts';
import {
  BITS_PER_CHAR,
  BitReader,
  BitWriter,
  bitsToValues,
  charsToValues,
  crc12,
  valuesToBits,
  valuesToChars,
  type VarintSpec,
} from './bits.ts';
import { indexRegistry, type CodeEntry, type CodeRegistry } from './registry.ts';
import { fillUnasked } from './unasked.ts';

export const FORMAT = 1;
const FORMAT_BITS = 3;
const CHECKSUM_CHARS = 2;
/** Far more than any bank allows (10 answers need ≤ 24); longer text is refused before any work. */
export const MAX_CODE_LENGTH = 96;

// maxGroups lets every code codes.json allows (≤ 1023) and every bank version (≤ 4095) through, and no more.
const PERSONA: VarintSpec = { width: 1, maxGroups: 10 };
const OUTCOME: VarintSpec = { width: 2, maxGroups: 5 };
const VERSION: VarintSpec = { width: 3, maxGroups: 4 };
const COUNT: VarintSpec = { width: 4, maxGroups: 2 };
const QUESTION: VarintSpec = { width: 5, maxGroups: 2 };
const OPTION: VarintSpec = { width: 3, maxGroups: 4 };

export type ShareErrorKind =
  /** Not a share code at all: a character outside the alphabet, too long, or data after the end. */
  | 'malformed'
  /** Ends before the answers it announces. */
  | 'truncated'
  /** Written in a layout this decoder does not know. */
  | 'unknown-format'
  /** The characters do not match their checksum: the code was edited or mistyped. */
  | 'checksum'
  /** Made with a bank version that was never released. */
  | 'unknown-version'
  /** A persona, outcome, question or option code that no registry entry has. */
  | 'out-of-range'
  /** The same question answered twice. */
  | 'duplicate'
  /** Names a persona, question or option that has since been removed from the bank. */
  | 'retired'
  /** Answers a question that does not apply to the persona given the other answers. */
  | 'not-applicable'
  /** Leaves a question unanswered, so there is no result to show. */
  | 'incomplete';

export interface ShareError {
  kind: ShareErrorKind;
  message: string;
}

/** A share code taken apart into numbers, before any registry lookup. */
export interface RawCode {
  format: number;
  persona: number;
  outcome: number;
  bankVersion: number;
  /** [question code, option code] in the order written. */
  pairs: (readonly [number, number])[];
}

/** What a link says, in ids, as the registry names them (retired ones included). */
export interface SharedLink {
  persona: string;
  outcome: string;
  bankVersion: number;
  answers: Readonly<Record<string, string>>;
}

export interface DecodedShare {
  ok: true;
  persona: PersonaId;
  /** Every answer that applies, complete: ready for RESTORE { at: 'result' }. */
  answers: Answers;
  /** The recommendation the current bank gives for these answers: the one to show. */
  outcome: OutcomeId;
  /** The recommendation when the link was made. */
  linkOutcome: OutcomeId;
  /** The guide has been updated since the link was made and now recommends something else. */
  outdated: boolean;
  /** Questions the bank the link was made with did not ask: they count as neutral answers. */
  unasked: QuestionId[];
  bankVersion: number;
}

export type DecodeResult = DecodedShare | { ok: false; error: ShareError };
export type ReadResult = { ok: true; link: SharedLink } | { ok: false; error: ShareError };
export type UnpackResult = { ok: true; raw: RawCode } | { ok: false; error: ShareError };
export type EncodeResult =
  { ok: true; code: string } | { ok: false; error: { kind: 'invalid-state' | 'no-code'; message: string } };

const fail = <K extends string>(kind: K, message: string) => ({
  ok: false as const,
  error: { kind, message: devMessage(`share code: ${message}`) },
});

// ---- numbers ↔ characters ----

/** Writes the numbers of a code as characters, checksum included. Does not check them against any registry. */
export function packRaw(raw: RawCode): string {
  const writer = new BitWriter()
    .write(raw.format, FORMAT_BITS)
    .writeVarint(raw.persona, PERSONA)
    .writeVarint(raw.outcome, OUTCOME)
    .writeVarint(raw.bankVersion, VERSION)
    .writeVarint(raw.pairs.length, COUNT);
  for (const [question, option] of raw.pairs) writer.writeVarint(question, QUESTION).writeVarint(option, OPTION);
  const data = bitsToValues(writer.bits);
  const checksum = crc12(valuesToBits(data));
  return valuesToChars([...data, checksum >> BITS_PER_CHAR, checksum & 0x3f]);
}

/** Takes characters apart into numbers: checks the alphabet, the layout and the checksum. */
export function unpackRaw(text: unknown): UnpackResult {
  if (typeof text !== 'string') return fail('malformed', 'is not text');
  if (text.length > MAX_CODE_LENGTH) return fail('malformed', `is ${text.length} characters long, more than any code`);
  const values = charsToValues(text);
  if (values === null) return fail('malformed', 'has a character outside A–Z a–z 0–9 - _');
  if (values.length <= CHECKSUM_CHARS) return fail('truncated', `has only ${values.length} characters`);

  const data = values.slice(0, -CHECKSUM_CHARS);
  const bits = valuesToBits(data);
  const reader = new BitReader(bits);
  const format = reader.read(FORMAT_BITS)!;
  if (format !== FORMAT)
    return fail('unknown-format', `is written in format ${format}; this decoder reads format ${FORMAT}`);

  const fields: number[] = [];
  for (const spec of [PERSONA, OUTCOME, VERSION, COUNT]) {
    const read = reader.readVarint(spec);
    if (!read.ok) return varintFailure(read.why);
    fields.push(read.value);
  }
  const [persona, outcome, bankVersion, count] = fields as [number, number, number, number];
  const pairs: [number, number][] = [];
  for (let i = 0; i < count; i += 1) {
    const question = reader.readVarint(QUESTION);
    if (!question.ok) return varintFailure(question.why, i, count);
    const option = reader.readVarint(OPTION);
    if (!option.ok) return varintFailure(option.why, i, count);
    pairs.push([question.value, option.value]);
  }
  if (reader.remaining >= BITS_PER_CHAR) return fail('malformed', 'goes on after its last answer');
  if (reader.read(reader.remaining) !== 0) return fail('malformed', 'has stray bits after its last answer');

  const [high, low] = values.slice(-CHECKSUM_CHARS) as [number, number];
  if (((high << BITS_PER_CHAR) | low) !== crc12(bits))
    return fail('checksum', 'does not match its checksum (edited or mistyped)');
  return { ok: true, raw: { format, persona, outcome, bankVersion, pairs } };
}

function varintFailure(why: 'end' | 'too-long' | 'not-canonical', answer?: number, count?: number) {
  if (why === 'end') {
    return fail(
      'truncated',
      answer === undefined ? 'ends inside its header' : `ends after ${answer} of its ${count} answers`,
    );
  }
  return fail(
    'malformed',
    why === 'too-long' ? 'has a number longer than any code' : 'has a number written the long way',
  );
}

// ---- numbers ↔ ids, through the registry ----

/** Writes a link's ids as a code. Fails for an id the registry has no code for. */
export function packLink(registry: CodeRegistry, link: SharedLink): EncodeResult {
  const index = indexRegistry(registry);
  const persona = index.personaById.get(link.persona);
  if (!persona) return fail('no-code', `persona "${link.persona}" has no code in codes.json`);
  const outcome = index.outcomeById.get(link.outcome);
  if (!outcome) return fail('no-code', `outcome "${link.outcome}" has no code in codes.json`);
  const pairs: [number, number][] = [];
  for (const [questionId, optionId] of Object.entries(link.answers)) {
    const question = index.questionById.get(questionId);
    if (!question) return fail('no-code', `question "${questionId}" has no code in codes.json`);
    const option = question.optionById.get(optionId);
    if (!option) return fail('no-code', `option "${optionId}" of "${questionId}" has no code in codes.json`);
    pairs.push([question.entry.code, option.code]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    ok: true,
    code: packRaw({
      format: FORMAT,
      persona: persona.code,
      outcome: outcome.code,
      bankVersion: link.bankVersion,
      pairs,
    }),
  };
}

/**
 * Reads what a code says, in ids, using only the registry: the same text
 * reads the same forever, whatever later happens to the bank. Retired
 * entries are read like any other; `decode` is what refuses them.
 */
export function readLink(registry: CodeRegistry, text: unknown): ReadResult {
  const unpacked = unpackRaw(text);
  if (!unpacked.ok) return unpacked;
  const { raw } = unpacked;
  const index = indexRegistry(registry);
  if (!index.versions.has(raw.bankVersion)) {
    return fail('unknown-version', `was made with bank version ${raw.bankVersion}, which was never released`);
  }
  const persona = index.personaByCode.get(raw.persona);
  if (!persona) return fail('out-of-range', `persona code ${raw.persona} is not in codes.json`);
  const outcome = index.outcomeByCode.get(raw.outcome);
  if (!outcome) return fail('out-of-range', `outcome code ${raw.outcome} is not in codes.json`);
  const answers: Record<string, string> = {};
  let previous = -1;
  for (const [questionCode, optionCode] of raw.pairs) {
    if (questionCode === previous) return fail('duplicate', `answers question code ${questionCode} twice`);
    if (questionCode < previous) return fail('malformed', 'lists its answers out of order');
    previous = questionCode;
    const question = index.questionByCode.get(questionCode);
    if (!question) return fail('out-of-range', `question code ${questionCode} is not in codes.json`);
    const option = question.optionByCode.get(optionCode);
    if (!option) return fail('out-of-range', `question "${question.entry.id}" has no option code ${optionCode}`);
    answers[question.entry.id] = option.id;
  }
  return { ok: true, link: { persona: persona.id, outcome: outcome.id, bankVersion: raw.bankVersion, answers } };
}

// ---- states ↔ codes, checked with the engine ----

const engines = new WeakMap<Bank, Engine>();
function engineFor(bank: Bank): Engine {
  let engine = engines.get(bank);
  if (!engine) {
    engine = createEngine(bank);
    engines.set(bank, engine);
  }
  return engine;
}

export interface ShareState {
  persona: PersonaId;
  /** May hold answers that no longer apply (kept across Back and persona switches); only those that count are written. */
  answers: Answers;
}

/** The code for a finished quiz: its persona, the answers that count, the outcome and the bank version. */
export function encode(bank: Bank, registry: CodeRegistry, state: ShareState): EncodeResult {
  const result = engineFor(bank).evaluate(state.persona, state.answers);
  if (!result.ok) return fail('invalid-state', result.message);
  if (!result.complete) return fail('invalid-state', 'the quiz is not finished: only a result can be shared');
  if (!registry.versions.includes(bank.version)) {
    return fail('no-code', `bank version ${bank.version} is not listed under "versions" in codes.json`);
  }
  return packLink(registry, {
    persona: result.persona,
    outcome: result.outcome,
    bankVersion: bank.version,
    answers: result.answers,
  });
}

const isRetired = (entry: CodeEntry | undefined) => entry?.retired === true;

/**
 * Reads a share code (untrusted text) into a result to show, or a typed
 * error. The answers are checked with the engine: each applies to the
 * persona under branching, and together they are complete. Never throws.
 */
export function decode(bank: Bank, registry: CodeRegistry, text: unknown): DecodeResult {
  const read = readLink(registry, text);
  if (!read.ok) return read;
  const { link } = read;
  const index = indexRegistry(registry);

  if (isRetired(index.personaById.get(link.persona)))
    return fail('retired', `persona "${link.persona}" has been retired`);
  if (isRetired(index.outcomeById.get(link.outcome)))
    return fail('retired', `outcome "${link.outcome}" has been retired`);
  for (const [questionId, optionId] of Object.entries(link.answers)) {
    const question = index.questionById.get(questionId);
    if (isRetired(question?.entry)) return fail('retired', `question "${questionId}" has been removed from the bank`);
    if (isRetired(question?.optionById.get(optionId))) {
      return fail('retired', `option "${optionId}" of "${questionId}" has been removed from the bank`);
    }
  }
  const linkOutcome = OUTCOME_IDS.find((id) => id === link.outcome);
  if (!linkOutcome) return fail('out-of-range', `outcome "${link.outcome}" is not an outcome of this quiz`);

  const engine = engineFor(bank);
  const given = engine.evaluate(link.persona, link.answers);
  if (!given.ok) return fail('out-of-range', given.message);
  const applies = new Set(engine.questionsFor(given.persona, link.answers).map((q) => q.id));
  const stray = Object.keys(link.answers).find((id) => !applies.has(id));
  if (stray !== undefined)
    return fail('not-applicable', `answers "${stray}", which ${given.persona} is not asked with these answers`);
  // Only an older bank can have left a question unasked; from the current one, a gap means a damaged link.
  const { answers, unasked } =
    link.bankVersion < bank.version
      ? fillUnasked(engine, given.persona, link.answers)
      : { answers: link.answers, unasked: [] };
  const result = unasked.length > 0 ? engine.evaluate(given.persona, answers) : given;
  if (!result.ok || !result.complete) return fail('incomplete', 'leaves questions unanswered, so it has no result');

  return {
    ok: true,
    persona: result.persona,
    answers: result.answers,
    outcome: result.outcome,
    linkOutcome,
    outdated: result.outcome !== linkOutcome,
    unasked,
    bankVersion: link.bankVersion,
  };
}
