/**
 * The low-level pieces of a share code: a bit stream written and read
 * most-significant bit first, small variable-length integers, the URL-safe
 * base64 alphabet (6 bits a character) and a CRC-12 checksum.
 *
 * Nothing here throws on bad input: readers answer `null` when the bits run
 * out or a number is not written the one way the writer writes it.
 */

/** base64url: letters, digits, '-' and '_', each safe in a URL fragment and kept whole by link detectors. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const BITS_PER_CHAR = 6;

const CHAR_VALUE: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));

/** The 6-bit value of each character, or null when one is not in the alphabet. */
export function charsToValues(text: string): number[] | null {
  const values: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const value = CHAR_VALUE.get(text.charAt(i));
    if (value === undefined) return null;
    values.push(value);
  }
  return values;
}

export function valuesToChars(values: readonly number[]): string {
  return values.map((v) => ALPHABET.charAt(v)).join('');
}

/** Splits 6-bit values into bits, most significant first. */
export function valuesToBits(values: readonly number[]): number[] {
  const bits: number[] = [];
  for (const value of values) {
    for (let shift = BITS_PER_CHAR - 1; shift >= 0; shift -= 1) bits.push((value >> shift) & 1);
  }
  return bits;
}

/** Groups bits into 6-bit values; the last group is padded with zeros. */
export function bitsToValues(bits: readonly number[]): number[] {
  const values: number[] = [];
  for (let i = 0; i < bits.length; i += BITS_PER_CHAR) {
    let value = 0;
    for (let j = 0; j < BITS_PER_CHAR; j += 1) value = (value << 1) | (bits[i + j] ?? 0);
    values.push(value);
  }
  return values;
}

/**
 * A variable-length unsigned integer: groups of `width` value bits, lowest
 * group first, each group preceded by one bit that says whether another
 * group follows (like a protocol buffers varint, in any group width).
 * With width 5, 0–31 take 6 bits and 32–1023 take 12.
 */
export interface VarintSpec {
  width: number;
  /** More groups than this is not a number any writer made. */
  maxGroups: number;
}

export class BitWriter {
  readonly bits: number[] = [];

  write(value: number, count: number): this {
    for (let shift = count - 1; shift >= 0; shift -= 1) this.bits.push(Math.floor(value / 2 ** shift) % 2);
    return this;
  }

  writeVarint(value: number, { width }: VarintSpec): this {
    let rest = value;
    do {
      const group = rest % 2 ** width;
      rest = Math.floor(rest / 2 ** width);
      this.write(rest > 0 ? 1 : 0, 1);
      this.write(group, width);
    } while (rest > 0);
    return this;
  }
}

export type VarintRead = { ok: true; value: number } | { ok: false; why: 'end' | 'too-long' | 'not-canonical' };

export class BitReader {
  private position = 0;

  constructor(private readonly bits: readonly number[]) {}

  get remaining(): number {
    return this.bits.length - this.position;
  }

  /** The next `count` bits as a number, or null past the end. */
  read(count: number): number | null {
    if (count > this.remaining) return null;
    let value = 0;
    for (let i = 0; i < count; i += 1) value = value * 2 + this.bits[this.position + i]!;
    this.position += count;
    return value;
  }

  readVarint({ width, maxGroups }: VarintSpec): VarintRead {
    let value = 0;
    for (let group = 0; group < maxGroups; group += 1) {
      const more = this.read(1);
      const bits = this.read(width);
      if (more === null || bits === null) return { ok: false, why: 'end' };
      value += bits * 2 ** (width * group);
      if (more === 0) {
        // A last group of zeros adds nothing: the writer would have stopped one group earlier.
        if (group > 0 && bits === 0) return { ok: false, why: 'not-canonical' };
        return { ok: true, value };
      }
    }
    return { ok: false, why: 'too-long' };
  }
}

/** CRC-12 (polynomial x¹²+x¹¹+x³+x²+x+1): catches every change confined to 12 consecutive bits, so any one edited character. */
const CRC12_POLY = 0x80f;
const CRC12_INIT = 0xfff;

export function crc12(bits: readonly number[]): number {
  let crc = CRC12_INIT;
  for (const bit of bits) {
    const top = (crc >> 11) & 1;
    crc = (crc << 1) & 0xfff;
    if ((top ^ bit) === 1) crc ^= CRC12_POLY;
  }
  return crc;
}
