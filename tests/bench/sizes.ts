/**
 * Sizes of what pages actually fetched: every file under a contender's
 * prefix that any page asked for (raw, gzip, brotli, as built), the files a
 * complete run fetched, and where the bytes of our scripts among them come
 * from (each with its source map).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Bank } from '../../src/engine/types.ts';
import { fileBytes, sumBytes, type Bytes } from './bytes.ts';
import { CONTENDERS, PREFIX, servedFile, type Contender } from './pages.ts';
import type { Results } from './results.ts';
import { both } from './rounds.ts';
import { splitBySource, stringsIn } from './source-map-split.ts';

export function sizesOf(
  dirs: Record<Contender, string>,
  /** URL paths a complete run fetched, per contender. */
  inRuns: Record<Contender, Set<string>>,
  fold: Results['fold'],
  bank: Bank,
): Pick<Results, 'bytes' | 'fileBytes' | 'split'> {
  const fileBytesOf: Record<string, Bytes> = {};
  for (const c of CONTENDERS) {
    const paths = new Set([...inRuns[c], ...fold[c].flatMap((s) => Object.keys(s.fetched))]);
    for (const path of paths) fileBytesOf[path] = fileBytes(servedFile(dirs[c], PREFIX[c], path));
  }
  const bytes = both((c) => {
    const files = [...inRuns[c]].sort().map((path) => ({ path, bytes: fileBytesOf[path]! }));
    return { files, total: sumBytes(files.map((f) => f.bytes)) };
  });
  const scripts = [...inRuns.ours].filter((p) => p.endsWith('.js')).sort();
  const split = splitBySource(
    scripts.map((path) => {
      const file = servedFile(dirs.ours, PREFIX.ours, path);
      // A file built without a source map counts as unmapped, whole.
      const map = existsSync(`${file}.map`)
        ? JSON.parse(readFileSync(`${file}.map`, 'utf8'))
        : { version: 3, sources: [], mappings: '' };
      return { name: path.slice(PREFIX.ours.length), code: readFileSync(file, 'utf8'), map };
    }),
    { bankStrings: stringsIn(bank), top: 20 },
  );
  return { bytes, fileBytes: fileBytesOf, split };
}
