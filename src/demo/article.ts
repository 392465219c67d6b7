/**
 * Renders the source article (questions/source-article.txt, plain text) as
 * the HTML of a blog post: section headings (the ones the article outline
 * names), numbered sub-headings, lead-in headings before lists, paragraphs,
 * lists and pipe tables. Runs on the server; the page needs no script for it.
 */

export type Block =
  | { kind: 'h2'; text: string; id: string }
  | { kind: 'h3'; text: string; id: string }
  | { kind: 'p'; text: string }
  | { kind: 'ul'; items: string[] }
  | { kind: 'table'; caption: string | null; head: string[]; rows: string[][] };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const isRow = (line: string) => line.includes('|') && line.trimEnd().endsWith('|');
const cells = (line: string) =>
  line
    .trim()
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
const isSeparator = (line: string) => /^[\s|-]+$/.test(line) && line.includes('---');

/** A short line that introduces what follows ("1. Full Sovereignty…", "Popular AI Layer-1 Projects:"). */
function isSubheading(line: string, next: string | undefined): boolean {
  if (line.length > 70 || /[.!]$/.test(line)) return false;
  if (/^\d+\.\s/.test(line)) return true;
  return /[:?]$/.test(line) && next !== undefined && next.startsWith('- ');
}

/** Splits the article into blocks. `sectionHeadings` are the outline's section titles, as written in the text. */
export function parseArticle(text: string, sectionHeadings: readonly string[]): Block[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const sections = new Set(sectionHeadings);
  const blocks: Block[] = [];
  // Sub-headings get ids under their section's, so the quiz's citations of a point can link to it.
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const caption = /^\[Table:\s*(.+)\]$/.exec(line);
    if (caption || isRow(line)) {
      const rows: string[][] = [];
      let j = caption ? i + 1 : i;
      for (; j < lines.length && isRow(lines[j]!); j++) if (!isSeparator(lines[j]!)) rows.push(cells(lines[j]!));
      const [head = [], ...body] = rows;
      blocks.push({ kind: 'table', caption: caption?.[1] ?? null, head, rows: body });
      i = j - 1;
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      let j = i;
      for (; j < lines.length && lines[j]!.startsWith('- '); j++) items.push(lines[j]!.slice(2));
      blocks.push({ kind: 'ul', items });
      i = j - 1;
    } else if (sections.has(line)) {
      section = slug(line);
      blocks.push({ kind: 'h2', text: line, id: section });
    } else if (isSubheading(line, lines[i + 1])) {
      const text = line.replace(/:$/, '');
      blocks.push({ kind: 'h3', text, id: [section, slug(text)].filter(Boolean).join('--') });
    } else {
      blocks.push({ kind: 'p', text: line });
    }
  }
  return blocks;
}

/** "Name – explanation" and "Term: explanation" items get their lead in bold. */
function listItem(item: string): string {
  const lead = /^(.{2,60}?)( – |: )(.+)$/.exec(item);
  if (!lead) return escapeHtml(item);
  const separator = lead[2] === ': ' ? ':' : ' –';
  return `<strong>${escapeHtml(lead[1]!)}${separator}</strong> ${escapeHtml(lead[3]!)}`;
}

export function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'h2':
      return `<h2 id="${block.id}">${escapeHtml(block.text)}</h2>`;
    case 'h3':
      return `<h3 id="${block.id}">${escapeHtml(block.text)}</h3>`;
    case 'p':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'ul':
      return `<ul>\n${block.items.map((item) => `  <li>${listItem(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const caption = block.caption ? `<caption>${escapeHtml(block.caption)}</caption>` : '';
      const head = block.head.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
      const rows = block.rows
        .map(
          (row) =>
            `<tr>${row.map((c, k) => (k === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`,
        )
        .join('\n');
      // Scrolls sideways on narrow screens: focusable and named, so keyboard users can scroll it too.
      const name = escapeHtml(block.caption ?? `Table: ${block.head.join(', ')}`);
      return `<div class="table-wrap" tabindex="0" role="region" aria-label="${name}"><table>${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`;
    }
  }
}

export function renderBlocks(blocks: readonly Block[]): string {
  return blocks.map(renderBlock).join('\n');
}
