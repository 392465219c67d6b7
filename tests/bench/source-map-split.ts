/**
 * Where the bytes of built files come from (one or several: an entry and its
 * chunks, each with its own source map): every mapped segment of a
 * source map is attributed to the source it maps to, and each source to a
 * part (our code, Svelte, XState, the question bank). Bytes no segment maps
 * (the IIFE wrapper, glue the bundler writes) are counted as "unmapped".
 *
 * A segment runs from its generated column to the next segment's column on
 * the same line (or the end of the line). Columns count UTF-16 code units;
 * bytes are counted in UTF-8, as the file is shipped.
 */
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export type Part = 'ours' | 'svelte' | 'xstate' | 'bank' | 'other' | 'unmapped';
export const PARTS: readonly Part[] = ['ours', 'svelte', 'xstate', 'bank', 'other', 'unmapped'];

export const PART_LABEL: Record<Part, string> = {
  ours: 'our code (src/, CSS included)',
  svelte: 'Svelte runtime (+ clsx)',
  xstate: 'XState',
  bank: 'question bank (content)',
  other: 'other dependencies',
  unmapped: 'unmapped (wrapper, glue)',
};

interface RawSourceMap {
  version: number;
  sources: (string | null)[];
  mappings: string;
}

/** Which part a source path belongs to. */
export function partOf(source: string): Part {
  const path = source.replace(/\\/g, '/');
  if (/node_modules\/(svelte|clsx|esm-env)\//.test(path)) return 'svelte';
  if (/node_modules\/xstate\//.test(path)) return 'xstate';
  if (/virtual:ai-layer-quiz\/bank|(^|\/)questions\//.test(path)) return 'bank';
  if (/node_modules\//.test(path)) return 'other';
  if (/(^|\/)src\//.test(path)) return 'ours';
  return 'other';
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(text: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`source map: bad VLQ character "${char}"`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  return fields;
}

/** Per line: [generated column, source index or -1] for each segment, in order. */
export function decodeMappings(mappings: string): [number, number][][] {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    const segments: [number, number][] = [];
    if (!line) return segments;
    for (const text of line.split(',')) {
      const fields = decodeSegment(text);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1]!;
        segments.push([column, source]);
      } else {
        segments.push([column, -1]);
      }
    }
    segments.sort((a, b) => a[0] - b[0]);
    return segments;
  });
}

export interface SourceBytes {
  source: string;
  part: Part;
  bytes: number;
}

export interface PartBytes {
  part: Part;
  label: string;
  /** UTF-8 bytes of the minified code attributed to this part. */
  raw: number;
  /** Its text compressed alone: what this part costs on its own (the parts' sum exceeds the file's). */
  gzipAlone: number;
  brotliAlone: number;
  /** Share of the file's raw bytes. */
  share: number;
}

export interface Split {
  total: number;
  /** Each file's bytes per part (raw). */
  files: { name: string; total: number; parts: Record<Part, number> }[];
  parts: PartBytes[];
  /** The heaviest sources, for "where do the bytes go". */
  topSources: SourceBytes[];
  /** Bytes without a mapping that were attributed by content (bank, CSS) or to the next mapped code. */
  attributed: { bank: number; css: number; neighbour: number; unmapped: number };
}

export interface SplitOptions {
  /**
   * Strings of the question bank. The bank is a virtual module without a
   * source map, so its bytes are unmapped: an unmapped run made mostly of
   * these strings is the bank.
   */
  bankStrings?: string[];
  top?: number;
}

/** Pseudo-sources for unmapped runs recognised by their content. */
export const BANK_SOURCE = 'virtual:ai-layer-quiz/bank (inlined, no source map)';
export const CSS_SOURCE = 'src/ui/styles/*.css (inlined ?inline strings, no source map)';

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** Every string in a JSON-like value, for recognising the bank's literal in minified code. */
export function stringsIn(value: unknown, min = 16, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length >= min) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) stringsIn(item, min, out);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) stringsIn(item, min, out);
  }
  return out;
}

/** Minified CSS: rules like `.a{b:c}` and at-rules, nothing that reads as a script. */
const looksLikeCss = (text: string) =>
  text.length > 200 &&
  (text.match(/[.#:\w-]+\{[\w-]+:[^{}]*\}/g)?.length ?? 0) >= 5 &&
  !/=>|\bfunction\b|\bvar [\w$]+=|\breturn\b/.test(text);

interface Run {
  text: string;
  /** Source index of the segment, -1 when the run has no mapping. */
  source: number;
}

export interface MappedFile {
  /** The file's name, for the per-file totals. */
  name: string;
  code: string;
  map: RawSourceMap;
}

/** The runs of one file attributed to sources and parts; adds them to `text` and `bySource`. */
function attribute(
  { code, map }: MappedFile,
  isBank: (text: string) => boolean,
  add: (source: string, part: Part, piece: string) => void,
  attributed: Split['attributed'],
): void {
  const lines = code.split('\n');
  const mapped = decodeMappings(map.mappings);

  // The file as runs of text, each with its source (or -1), in order.
  const runs: Run[] = [];
  lines.forEach((line, lineIndex) => {
    const segments = mapped[lineIndex] ?? [];
    const first = segments[0]?.[0] ?? line.length;
    if (first > 0) runs.push({ text: line.slice(0, first), source: -1 });
    segments.forEach(([column, source], i) => {
      runs.push({ text: line.slice(column, segments[i + 1]?.[0] ?? line.length), source });
    });
    if (lineIndex < lines.length - 1) runs.push({ text: '\n', source: -1 });
  });

  // Unmapped runs next to each other count as one (a template literal spans lines).
  for (let i = 0; i < runs.length;) {
    const run = runs[i]!;
    if (run.source >= 0) {
      const source = (map.sources[run.source] ?? '?').replace(/^(\.\.\/)+/, '');
      add(source, partOf(source), run.text);
      i++;
      continue;
    }
    let j = i;
    let piece = '';
    while (j < runs.length && runs[j]!.source < 0) piece += runs[j++]!.text;
    if (isBank(piece)) {
      add(BANK_SOURCE, 'bank', piece);
      attributed.bank += utf8(piece);
    } else if (looksLikeCss(piece)) {
      add(CSS_SOURCE, 'ours', piece);
      attributed.css += utf8(piece);
    } else {
      // Hoisted templates and declarations belong to the module whose code follows them.
      const neighbour = runs[j] ?? [...runs.slice(0, i)].reverse().find((r) => r.source >= 0);
      if (neighbour && neighbour.source >= 0 && piece.trim()) {
        const source = (map.sources[neighbour.source] ?? '?').replace(/^(\.\.\/)+/, '');
        add(source, partOf(source), piece);
        attributed.neighbour += utf8(piece);
      } else {
        add('(unmapped)', 'unmapped', piece);
        attributed.unmapped += utf8(piece);
      }
    }
    i = j;
  }
}

/** Splits one or more built files (each with its source map) by where their bytes come from; the parts add up over all files. */
export function splitBySource(files: readonly MappedFile[], options: SplitOptions = {}): Split {
  const bankStrings = options.bankStrings ?? [];
  const bankLength = bankStrings.reduce((s, t) => s + t.length, 0);
  // The bank may be split over files (questions in one, result text in another): an unmapped run
  // that is mostly the bank's strings is bank.
  const isBank = (text: string) => {
    if (!bankLength || text.length < 500) return false;
    const found = bankStrings.reduce((s, t) => s + (text.includes(t) ? t.length : 0), 0);
    return found >= text.length / 2;
  };

  const bySource = new Map<string, SourceBytes>();
  const text: Record<Part, string[]> = { ours: [], svelte: [], xstate: [], bank: [], other: [], unmapped: [] };
  const attributed = { bank: 0, css: 0, neighbour: 0, unmapped: 0 };
  const perFile: Split['files'] = [];
  for (const file of files) {
    const raw: Record<Part, number> = { ours: 0, svelte: 0, xstate: 0, bank: 0, other: 0, unmapped: 0 };
    const add = (source: string, part: Part, piece: string) => {
      text[part].push(piece);
      raw[part] += utf8(piece);
      const entry = bySource.get(source) ?? { source, part, bytes: 0 };
      entry.bytes += utf8(piece);
      bySource.set(source, entry);
    };
    attribute(file, isBank, add, attributed);
    const total = utf8(file.code);
    const sum = PARTS.reduce((s, p) => s + raw[p], 0);
    if (sum !== total)
      throw new Error(`source map split: ${file.name}: parts add up to ${sum} bytes, the file has ${total}`);
    perFile.push({ name: file.name, total, parts: raw });
  }

  const total = perFile.reduce((s, f) => s + f.total, 0);
  const parts = PARTS.map((part): PartBytes => {
    const joined = text[part].join('');
    const raw = utf8(joined);
    return {
      part,
      label: PART_LABEL[part],
      raw,
      gzipAlone: raw ? gzipSync(joined, { level: 9 }).length : 0,
      brotliAlone: raw ? brotliCompressSync(joined, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : 0,
      share: raw / total,
    };
  });
  const topSources = [...bySource.values()].sort((a, b) => b.bytes - a.bytes).slice(0, options.top ?? 12);
  return { total, files: perFile, parts, topSources, attributed };
}
