/** Measuring both pages in turns, with a progress line. */
import { CONTENDERS, type Contender } from './pages.ts';

export const log = (message: string) => console.log(`[bench] ${message}`);

/** A progress line: rewritten in place on a terminal, printed once when done elsewhere (CI logs). */
export const progress = (message: string, done: boolean) => {
  if (process.stdout.isTTY) process.stdout.write(`\r[bench] ${message}${done ? '\n' : ''}`);
  else if (done) log(message);
};

export const both = <T>(make: (c: Contender) => T): Record<Contender, T> => ({
  ours: make('ours'),
  peer: make('peer'),
});

/** Both pages, in turns: ours first on even rounds, SurveyJS first on odd ones, so a busy moment falls on both. */
export const inTurn = (round: number) => (round % 2 ? [...CONTENDERS].reverse() : CONTENDERS);

/** `count` rounds of `measure` on both pages, in turns, printing progress. */
export async function rounds<T>(
  what: string,
  count: number,
  measure: (c: Contender, round: number) => Promise<T>,
): Promise<Record<Contender, T[]>> {
  const started = Date.now();
  const samples = both((): T[] => []);
  for (let i = 0; i < count; i++) {
    for (const c of inTurn(i)) samples[c].push(await measure(c, i));
    progress(`${what} ${i + 1}/${count} (${((Date.now() - started) / 1000).toFixed(0)} s)`, i === count - 1);
  }
  return samples;
}
