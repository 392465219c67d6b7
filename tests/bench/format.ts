/** Plain-text table helpers for the bench's output. */
import type { Contender } from './pages.ts';
import { both } from './rounds.ts';
import { quantile, summarize } from './stats.ts';

const KIB = 1024;
export const kib = (n: number) => (Number.isNaN(n) ? '–' : `${(n / KIB).toFixed(1)} KiB`);
export const mb = (n: number) => `${(n / KIB / KIB).toFixed(2)} MB`;
export const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n)} ms`);
export const cls = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '–');
export const signedKib = (n: number) =>
  Number.isNaN(n) ? '–' : `${n >= 0 ? '+' : '−'}${(Math.abs(n) / KIB).toFixed(1)} KiB`;
export const median = (values: readonly number[]) => quantile(values, 0.5);
export const max = (values: readonly number[]) => (values.length ? Math.max(...values) : Number.NaN);

/** ours / peer, when both are positive numbers (a ratio of zeros or of signed growth says nothing). */
export function ratio(ours: number, peer: number): string {
  if (!(ours > 0) || !(peer > 0)) return '–';
  const r = ours / peer;
  return r < 0.1 ? r.toFixed(3) : r.toFixed(2);
}

/** Median and interquartile range, as text, with the median as the value. */
export function spread(values: readonly number[]): { value: number; text: string } {
  const s = summarize(values);
  return { value: s.median, text: `${ms(s.median)} [${ms(s.p25)}–${ms(s.p75)}]` };
}

export function render(rows: string[][], aligns: ('l' | 'r')[]): string {
  const widths = aligns.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, c) => (aligns[c] === 'l' ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

/** A row of ours next to SurveyJS: the figures (for the ratio) and their text. */
export interface Row {
  label: string;
  ours: { value: number; text: string };
  peer: { value: number; text: string };
  /** Leave the ratio out (signed values, counts, or not like for like). */
  noRatio?: boolean;
}

export const figure = (value: number, show: (n: number) => string) => ({ value, text: show(value) });

/** A table of rows, ours next to SurveyJS with the ratio. */
export function sideBySide(title: string, rows: Row[]): string {
  return render(
    [
      [title, 'ai-layer-quiz', 'SurveyJS', 'ours / peer'],
      ...rows.map((r) => [r.label, r.ours.text, r.peer.text, r.noRatio ? '–' : ratio(r.ours.value, r.peer.value)]),
    ],
    ['l', 'r', 'r', 'r'],
  );
}

export const row = (
  label: string,
  value: (c: Contender) => number,
  show: (n: number) => string,
  noRatio = false,
): Row => ({
  label,
  ...both((c) => figure(value(c), show)),
  noRatio,
});
export const spreadRow = (label: string, values: (c: Contender) => number[]): Row => ({
  label,
  ...both((c) => spread(values(c))),
});
/** Median count and, in brackets, the most in one load or run. */
export const countRow = (label: string, counts: (c: Contender) => number[]): Row => ({
  label,
  ...both((c) => ({ value: median(counts(c)), text: `${median(counts(c))} (${max(counts(c))})` })),
  noRatio: true,
});
