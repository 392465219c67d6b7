import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadBankFolder } from '../../src/bank/check.ts';
import type { Citation } from '../../src/engine/types.ts';

const questionsDir = fileURLToPath(new URL('../../questions/', import.meta.url));
const articleLines = readFileSync(`${questionsDir}source-article.txt`, 'utf8')
  .split('\n')
  .map((l) => l.trim());
const { bank, outline } = loadBankFolder(questionsDir);

/** The article's lines from a heading up to the next heading of the outline. */
function linesUnder(heading: string): string[] {
  const headings = new Set(outline.sections.map((s) => s.heading));
  const start = articleLines.indexOf(heading);
  const end = articleLines.findIndex((line, i) => i > start && headings.has(line));
  return articleLines.slice(start + 1, end === -1 ? undefined : end);
}

/** Bullets start with "- ", table rows with the cell text; a point matches the start of such a line. */
const startsLine = (lines: string[], point: string) => lines.some((line) => line.replace(/^- /, '').startsWith(point));

describe('the article outline', () => {
  test.each(outline.sections.map((s) => s.heading))('"%s" is a heading line of the article', (heading) => {
    expect(articleLines).toContain(heading);
  });

  test.each(outline.sections.flatMap((s) => (s.points ?? []).map((p) => [s.heading, p] as const)))(
    'under "%s" the article has the point "%s"',
    (heading, point) => {
      expect(startsLine(linesUnder(heading), point)).toBe(true);
    },
  );
});

function citationsIn(node: unknown, found: Citation[] = []): Citation[] {
  if (Array.isArray(node)) node.forEach((child) => citationsIn(child, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'cite' || key === 'resolvesToCite') found.push(value as Citation);
      else citationsIn(value, found);
    }
  }
  return found;
}

describe('the default bank', () => {
  const citations = citationsIn(bank);

  test('cites the article throughout', () => {
    const options = bank.questions.flatMap((q) => q.options);
    expect(citations.length).toBeGreaterThanOrEqual(options.length + bank.outcomes.length);
  });

  test('every citation resolves to a heading of the article, and its point to a line under it', () => {
    const unresolved = citations.filter(
      (c) =>
        !articleLines.includes(c.section) || (c.point !== undefined && !startsLine(linesUnder(c.section), c.point)),
    );
    expect(unresolved).toEqual([]);
  });
});
