/** The demo renders the source article as a post: every part of the text in the right kind of block. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, parseArticle, renderBlocks, slug, type Block } from '../../src/demo/article.ts';
import { ROOT } from '../../src/demo/server.ts';

const outline = JSON.parse(readFileSync(join(ROOT, 'questions/article-outline.json'), 'utf8')) as {
  sections: { heading: string }[];
};
const text = readFileSync(join(ROOT, 'questions/source-article.txt'), 'utf8');
const headings = outline.sections.map((s) => s.heading);
const blocks = parseArticle(text, headings);
const of = <K extends Block['kind']>(kind: K) =>
  blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);

describe('the source article as blocks', () => {
  it('makes every outline section a second-level heading, in order', () => {
    expect(of('h2').map((h) => h.text)).toEqual(headings);
  });

  it('turns the numbered points and the lead-ins before lists into sub-headings', () => {
    const h3 = of('h3').map((h) => h.text);
    expect(h3).toContain('1. Full Sovereignty and Customization');
    expect(h3).toContain('Key Characteristics of AI Layer-1 Coins');
    expect(h3).toContain('What Makes Layer-2 Ideal for AI Use Cases?');
    expect(h3.every((h) => h.length <= 70 && !h.endsWith('.'))).toBe(true);
  });

  it('gives every heading a unique id, so the quiz’s citations can link to it', () => {
    const ids = blocks.flatMap((b) => (b.kind === 'h2' || b.kind === 'h3' ? [b.id] : []));
    expect(ids.length).toBe(of('h2').length + of('h3').length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
    expect(renderBlocks(of('h3').slice(0, 1))).toMatch(/^<h3 id="[a-z0-9-]+">/);
  });

  it('reads the three pipe tables with their header rows and captions', () => {
    const tables = of('table');
    expect(tables).toHaveLength(3);
    expect(tables.map((t) => t.caption)).toEqual([
      'Layer-1 vs. Layer-2 AI Infrastructure Comparison',
      'AI Blockchain Projects – Layer-1 vs. Layer-2',
      null,
    ]);
    expect(tables.map((t) => t.head)).toEqual([
      ['Feature', 'AI Layer-1', 'AI Layer-2'],
      ['Project Name', 'Layer Type', 'Blockchain', 'Key Focus'],
      ['Tool', 'Best For', 'Free/Paid'],
    ]);
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.head.length);
  });

  it('keeps lists together and loses no line of the text', () => {
    const items = of('ul').flatMap((u) => u.items);
    expect(items).toContain('40% Layer-2 AI (SingularityDAO, GrokChain)');
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const accounted = blocks.reduce(
      (n, b) =>
        n + (b.kind === 'ul' ? b.items.length : b.kind === 'table' ? b.rows.length + 2 + (b.caption ? 1 : 0) : 1),
      0,
    );
    expect(accounted).toBe(lines.length);
    expect(of('p').some((p) => p.text.includes('|'))).toBe(false);
  });
});

describe('rendering', () => {
  it('escapes the text and gives each section heading an anchor', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    const html = renderBlocks(blocks);
    expect(html).toContain(`<h2 id="${slug('Conclusion: Navigating AI Blockchain Layers')}">`);
    expect(slug('Conclusion: Navigating AI Blockchain Layers')).toBe('conclusion-navigating-ai-blockchain-layers');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<th scope="col">Feature</th>');
  });
});
