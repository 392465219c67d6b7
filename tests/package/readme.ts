/** The README's code blocks, as written, with where each one is. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/demo/server.ts';

export interface Snippet {
  /** The fence's language: `ts`, `js`, `html`, `sh`, … */
  lang: string;
  code: string;
  /** The line of the opening fence (1-based). */
  line: number;
  /** The heading the block is under. */
  section: string;
}

export function readmeSnippets(): Snippet[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const snippets: Snippet[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#+\s+(.*)$/.exec(lines[i]!);
    if (heading) section = heading[1]!;
    const fence = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    snippets.push({ lang: fence[1]!, code: `${body.join('\n')}\n`, line: start + 1, section });
  }
  return snippets;
}

const LANGS: Record<string, 'ts' | 'js'> = { ts: 'ts', typescript: 'ts', js: 'js', javascript: 'js' };

/** The TypeScript and JavaScript blocks, each with a file name that says where it comes from. */
export function codeSnippets(): (Snippet & { ext: 'ts' | 'js'; file: string })[] {
  return readmeSnippets()
    .filter((s) => LANGS[s.lang])
    .map((s) => {
      const ext = LANGS[s.lang]!;
      return { ...s, ext, file: `readme-line-${s.line}.${ext}` };
    });
}
