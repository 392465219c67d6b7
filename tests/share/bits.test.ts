import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  BitReader,
  BitWriter,
  bitsToValues,
  charsToValues,
  crc12,
  valuesToBits,
  valuesToChars,
} from '../../src/share/bits.ts';

describe('variable-length numbers', () => {
  test('read back as written, in any group width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.nat(4095)), (width, values) => {
        const spec = { width, maxGroups: 13 };
        const writer = new BitWriter();
        for (const v of values) writer.writeVarint(v, spec);
        const reader = new BitReader(writer.bits);
        expect(values.map(() => reader.readVarint(spec))).toEqual(values.map((value) => ({ ok: true, value })));
        expect(reader.remaining).toBe(0);
      }),
    );
  });

  test('take one group per `width` bits of the value: 0–31 in 6 bits and 32–1023 in 12 with width 5', () => {
    const size = (v: number) => new BitWriter().writeVarint(v, { width: 5, maxGroups: 3 }).bits.length;
    expect([0, 31, 32, 1023, 1024].map(size)).toEqual([6, 6, 12, 12, 18]);
  });

  test('are refused when written the long way, cut off, or longer than allowed', () => {
    const spec = { width: 2, maxGroups: 2 };
    expect(new BitReader([1, 0, 1, 0, 0, 0]).readVarint(spec)).toEqual({ ok: false, why: 'not-canonical' });
    expect(new BitReader([1, 0, 1]).readVarint(spec)).toEqual({ ok: false, why: 'end' });
    expect(new BitReader([1, 1, 1, 1, 1, 1, 0, 1, 1]).readVarint(spec)).toEqual({ ok: false, why: 'too-long' });
  });
});

test('characters and 6-bit values convert both ways, and anything outside the alphabet is refused', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(63)), (values) => {
      expect(charsToValues(valuesToChars(values))).toEqual(values);
      expect(bitsToValues(valuesToBits(values))).toEqual(values);
    }),
  );
  for (const text of ['=', '+', '/', ' ', 'é', '\ud83d']) expect(charsToValues(`AB${text}`)).toBeNull();
});

test('the checksum changes whenever up to 12 consecutive bits change', () => {
  fc.assert(
    fc.property(
      fc.array(fc.nat(1), { minLength: 12, maxLength: 200 }),
      fc.nat(),
      fc.integer({ min: 1, max: 4095 }),
      (bits, at, burst) => {
        const start = at % (bits.length - 11);
        const changed = bits.map((bit, i) => (i >= start && i < start + 12 ? bit ^ ((burst >> (i - start)) & 1) : bit));
        expect(crc12(changed)).not.toBe(crc12(bits));
      },
    ),
    { numRuns: 2_000 },
  );
});
