/** Bytes as shipped: raw, gzip (level 9) and brotli (quality 11), with node:zlib. */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function bytesOf(content: string | Uint8Array): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

export function fileBytes(file: string): Bytes {
  return bytesOf(readFileSync(file));
}

/** Each file compressed on its own, then added up (a page fetches them one by one). */
export function sumBytes(list: Bytes[]): Bytes {
  return list.reduce((s, b) => ({ raw: s.raw + b.raw, gzip: s.gzip + b.gzip, brotli: s.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

export const kib = (n: number, digits = 1) => `${(n / 1024).toFixed(digits)} KiB`;
