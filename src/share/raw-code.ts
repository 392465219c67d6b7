/**
 * The share code's characters and numbers: a reader's persona, answers,
 * outcome and bank version in a few URL-safe characters (≤ 24 for 10
 * answers), before any registry lookup (share-code.ts does that). Bits, most
 * significant first:
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

export type UnpackResult = { ok: true; raw: RawCode } | { ok: false; error: ShareError };

/** A failed result with a share-code message for developers. */
export const fail = <K extends string>(kind: K, message: string) => ({
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
