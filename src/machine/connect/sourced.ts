import type { Citation, CitedText } from '../../engine/types.ts';

/** A sentence and its "Source: section — point" line. */
export interface SourcedText {
  text: string;
  cite: Citation;
  source: string;
}

/** "Source: Section — Point" */
export function sourceText(cite: Citation): string {
  return cite.point ? `Source: ${cite.section} — ${cite.point}` : `Source: ${cite.section}`;
}

export const sourced = (c: CitedText): SourcedText => ({ text: c.text, cite: c.cite, source: sourceText(c.cite) });

/** A sourced line in a list, where a source identical to the next item's shows once, after the last of them. */
export type ListedText = Omit<SourcedText, 'source'> & { source: string | null };

/** Drops each source line that the next item repeats, so a run of items citing one place shows it once, at its end. */
export function lastOfRuns<T extends { source: string }>(
  items: readonly T[],
): (Omit<T, 'source'> & { source: string | null })[] {
  return items.map((item, i) => ({ ...item, source: items[i + 1]?.source === item.source ? null : item.source }));
}

/** "Layer-1", "Layer-1 and Layer-2", "Layer-1, Layer-2 and Hybrid" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
