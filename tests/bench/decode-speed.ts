/**
 * How long reading a share link takes: the released links (valid) and
 * tampered copies (each refused), decoded against the bank in Node. Runs in
 * batches and reports the median time per decode, so one busy moment on a
 * shared machine does not decide the figure.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decode } from '../../src/share/share-code.ts';
import type { CodeRegistry } from '../../src/share/registry.ts';
import type { Bank } from '../../src/engine/types.ts';

export interface DecodeSpeed {
  /** Median microseconds per decode, over batches. */
  validMicros: number;
  tamperedMicros: number;
  links: number;
  batches: number;
}

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

function medianMicrosPerDecode(
  bank: Bank,
  registry: CodeRegistry,
  codes: string[],
  batches: number,
  repeat: number,
): number {
  const perDecode: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let r = 0; r < repeat; r++) for (const code of codes) decode(bank, registry, code);
    perDecode.push(((performance.now() - start) * 1000) / (repeat * codes.length));
  }
  perDecode.sort((x, y) => x - y);
  return perDecode[Math.floor(perDecode.length / 2)]!;
}

export function measureDecode(bank: Bank, batches = 15, repeat = 20): DecodeSpeed {
  const registry = read('../../questions/codes.json') as CodeRegistry;
  const { links } = read('../share/fixtures/links-v1.json') as { links: { code: string }[] };
  const valid = links.map((l) => l.code);
  // One changed character each: the checksum refuses them.
  const tampered = valid.map((code) => code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6));
  for (const code of valid) {
    if (!decode(bank, registry, code).ok) throw new Error(`[bench] released link ${code} no longer decodes`);
  }
  return {
    validMicros: medianMicrosPerDecode(bank, registry, valid, batches, repeat),
    tamperedMicros: medianMicrosPerDecode(bank, registry, tampered, batches, repeat),
    links: valid.length,
    batches,
  };
}
