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
