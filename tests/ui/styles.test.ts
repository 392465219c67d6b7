import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { contrast, parseColour } from '../../src/ui/theme/accent.ts';

const stylesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/ui/styles');
const read = (name: string) => readFileSync(resolve(stylesDir, name), 'utf8');
// The palette is in theme.css, with the colours only the later screens use in controls.css.
const paletteFiles = [read('theme.css'), read('controls.css')];
const cssFiles = readdirSync(stylesDir).filter((name) => name.endsWith('.css'));
const allCss = cssFiles.map(read).join('\n');

/** The default colours of one theme block: `--_name: var(--alq-x, #hex)` or `--_name: #hex`. */
function palette(selector: string): Record<string, string> {
  const colours: Record<string, string> = {};
  for (const css of paletteFiles) {
    const start = css.indexOf(selector + ' {');
    if (start < 0) continue;
    const block = css.slice(start, css.indexOf('}', start));
    for (const [, name, hex] of block.matchAll(/--_([\w-]+):[^;]*?(#[0-9a-f]{6})\)*;/gi)) colours[name!] = hex!;
  }
  return colours;
}

const themes = {
  light: palette('.alq-root'),
  dark: palette(".alq-root[data-theme='dark']"),
  auto: palette("  .alq-root[data-theme='auto']"),
};

const ratio = (a: string, b: string) => contrast(parseColour(a)!, parseColour(b)!);

describe.each(['light', 'dark'] as const)('the %s theme', (name) => {
  const c = themes[name];

  test('defines every colour', () => {
    expect(Object.keys(c).sort()).toEqual(
      ['accent', 'bg', 'border', 'error', 'muted', 'on-accent', 'surface', 'text', 'tint'].sort(),
    );
  });

  test.each(['text', 'muted', 'error'])('%s reads at 4.5:1 on every background it sits on', (fg) => {
    for (const bg of ['bg', 'surface', 'tint']) expect(ratio(c[fg]!, c[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(['border', 'accent'])('%s (controls, focus ring) stands out at 3:1', (fg) => {
    for (const bg of ['bg', 'surface', 'tint']) expect(ratio(c[fg]!, c[bg]!)).toBeGreaterThanOrEqual(3);
  });

  test('text on the accent colour reads at 4.5:1', () => {
    expect(ratio(c['on-accent']!, c.accent!)).toBeGreaterThanOrEqual(4.5);
  });
});

test('the auto theme in dark mode uses the dark theme colours', () => {
  expect(themes.auto).toEqual(themes.dark);
});

describe('the stylesheet', () => {
  test('resets the host element, keeps it a block, and keeps it off the paragraphs around it', () => {
    expect(allCss).toMatch(/:host\s*{\s*display: block !important;\s*margin: 24px 0;\s*}/);
    // The blog sizes the element (e.g. the snippet's min-height), so the host's box is not reset…
    expect(allCss).not.toMatch(/:host\s*{[^}]*all:/);
    // …the root inside is: nothing inherited from the page reaches in.
    expect(allCss).toMatch(/\.alq-root\s*{\s*all: initial;\s*display: block;/);
  });

  test('is built from every .css file here, each in exactly one of the three sheets', () => {
    const sheets = ['sheets.ts', 'flow-sheet.ts', 'result-sheet.ts'].map(read).join('\n');
    for (const name of cssFiles) expect(sheets.split(`./${name}?inline`)).toHaveLength(2);
  });

  test('lets no table cell or pill break a word in the middle', () => {
    expect(allCss).not.toMatch(/overflow-wrap:\s*anywhere/);
    expect(allCss).not.toMatch(/word-break:\s*break-all/);
  });

  test('never sizes in rem, which would follow the host page', () => {
    expect(allCss).not.toMatch(/\d(\.\d+)?rem\b/);
  });

  test('turns animation off for readers who ask for reduced motion', () => {
    expect(allCss).toMatch(/@media \(prefers-reduced-motion: reduce\)[^@]*animation: none !important/);
  });

  test('styles keyboard focus with a visible ring in the accent colour', () => {
    expect(allCss).toMatch(/:focus-visible\s*{\s*outline: 3px solid var\(--_accent\)/);
  });
});
