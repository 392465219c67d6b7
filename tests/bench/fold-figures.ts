/** The below-the-fold figures of one page, as medians over its loads. */
import { median } from './format.ts';
import type { Contender } from './pages.ts';
import type { Results } from './results.ts';

export interface FoldFigures {
  /** Bytes of the files fetched, gzip (as a compressing server sends them) and raw (as this server sent them). */
  gzipByLoad: number;
  rawByLoad: number;
  gzip: number;
  raw: number;
  /** Main-thread time of the page's scripts (ms). */
  wallByLoad: number;
  wall: number;
  cpu: number;
  screensDown: number;
  /** The files fetched in the window (URL paths). */
  files: string[];
}

export function foldFigures(results: Results, contender: Contender): FoldFigures | undefined {
  const samples = results.fold[contender];
  if (!samples.length) return undefined;
  const gzipOf = (fetched: Record<string, number>) =>
    Object.keys(fetched).reduce((sum, path) => sum + (results.fileBytes[path]?.gzip ?? Number.NaN), 0);
  const rawOf = (fetched: Record<string, number>) => Object.values(fetched).reduce((sum, n) => sum + n, 0);
  return {
    gzipByLoad: median(samples.map((s) => gzipOf(s.fetchedByLoad))),
    rawByLoad: median(samples.map((s) => rawOf(s.fetchedByLoad))),
    gzip: median(samples.map((s) => gzipOf(s.fetched))),
    raw: median(samples.map((s) => rawOf(s.fetched))),
    wallByLoad: median(samples.map((s) => s.main.wallByLoad)),
    wall: median(samples.map((s) => s.main.wall)),
    cpu: median(samples.map((s) => s.main.cpu)),
    screensDown: median(samples.map((s) => s.screensDown)),
    files: [...new Set(samples.flatMap((s) => Object.keys(s.fetched)))].sort(),
  };
}
