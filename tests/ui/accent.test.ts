import { describe, expect, test } from 'vitest';
import {
  accentFor,
  contrast,
  parseColour,
  readableOn,
  THEME_COLOURS,
  withContrast,
  type Rgb,
} from '../../src/ui/theme/accent.ts';
import { fromOklch, toOklch } from '../../src/ui/theme/oklch.ts';

const rgb = (hex: string) => parseColour(hex)!;

describe('parsing a colour', () => {
  test.each([
    ['#fff', [255, 255, 255]],
    ['#1D5FC6', [29, 95, 198]],
    ['#1d5fc680', [29, 95, 198]],
    ['#f008', [255, 0, 0]],
    ['rgb(10, 20, 30)', [10, 20, 30]],
    ['rgba(10 20 30 / 50%)', [10, 20, 30]],
    ['rgb(100%, 0%, 50%)', [255, 0, 128]],
    ['hsl(0, 100%, 50%)', [255, 0, 0]],
    ['hsl(120deg 100% 25%)', [0, 128, 0]],
    ['color(srgb 1 0.5 0)', [255, 128, 0]],
    ['  RebeccaPurple ', [102, 51, 153]],
  ] as [string, Rgb][])('%s is %j', (input, expected) => {
    expect(parseColour(input)).toEqual(expected);
  });

  test.each(['', 'tomato-ish', '#12', '#ggg', 'rgb(1, 2)', 'hsl(a, b, c)', 'var(--x)'])(
    '%j is not understood',
    (input) => {
      expect(parseColour(input)).toBeNull();
    },
  );
});

describe('contrast', () => {
  test('black on white is 21:1 and a colour against itself is 1:1', () => {
    expect(contrast(rgb('#000'), rgb('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(rgb('#777'), rgb('#777'))).toBe(1);
  });

  test('matches the WCAG reference value for #767676 on white (4.54:1)', () => {
    expect(contrast(rgb('#767676'), rgb('#ffffff'))).toBeCloseTo(4.54, 2);
  });

  test('black or white text on any colour reads at 4.5:1 or better', () => {
    for (let v = 0; v < 256; v += 5) {
      for (const colour of [
        [v, v, v],
        [v, 0, 255 - v],
        [255, v, 0],
      ] as Rgb[]) {
        expect(contrast(colour, rgb(readableOn(colour)))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('the accent a blog asks for', () => {
  test('the default accents stand out at 4.5:1 from their backgrounds and carry readable text', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { background, accent, onAccent } = THEME_COLOURS[theme];
      expect(contrast(rgb(accent), rgb(background))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(rgb(accent), rgb(onAccent))).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('a dark red is used on the light theme, with white text on it', () => {
    expect(accentFor('#b00020', 'light')).toEqual({ accent: '#b00020', onAccent: '#ffffff', usedRequested: true });
  });

  test('yellow is too faint on white, so the light theme darkens it to an olive of the same hue', () => {
    const { accent, onAccent, usedRequested } = accentFor('yellow', 'light');
    expect(usedRequested).toBe(true);
    expect(hueShift('yellow', accent)).toBeLessThan(1);
    expect(contrast(rgb(accent), rgb('#ffffff'))).toBeGreaterThanOrEqual(3);
    expect(onAccent).toBe('#000000');
  });

  test('yellow works on the dark theme, with black text on it', () => {
    expect(accentFor('yellow', 'dark')).toEqual({ accent: '#ffff00', onAccent: '#000000', usedRequested: true });
  });

  test('navy is too dark for the dark theme, so it is lightened to a blue of the same hue', () => {
    const { accent, usedRequested } = accentFor('navy', 'dark');
    expect(usedRequested).toBe(true);
    expect(hueShift('navy', accent)).toBeLessThan(1);
    expect(toOklch(rgb(accent)).l).toBeGreaterThan(toOklch(rgb('navy')).l);
  });

  test("the README's #0b6e4f stays green under the dark theme: lightened just enough to stand out 3:1", () => {
    const { accent, onAccent } = accentFor('#0b6e4f', 'dark');
    expect(accent).not.toBe(THEME_COLOURS.dark.accent);
    expect(hueShift('#0b6e4f', accent)).toBeLessThan(1);
    const ratio = contrast(rgb(accent), rgb(THEME_COLOURS.dark.background));
    expect(ratio).toBeGreaterThanOrEqual(3);
    expect(ratio).toBeLessThan(3.1);
    expect(contrast(rgb(accent), rgb(onAccent))).toBeGreaterThanOrEqual(4.5);
  });

  test('a colour that already stands out is used exactly as given', () => {
    expect(accentFor('#0b6e4f', 'light').accent).toBe('#0b6e4f');
    expect(accentFor('#8ab4ff', 'dark').accent).toBe('#8ab4ff');
  });

  test('every hue keeps its hue, and moves no further than 3:1 needs, in both themes', () => {
    for (let h = 0; h < 360; h += 10) {
      for (const l of [15, 50, 85]) {
        const asked = `hsl(${h}, 90%, ${l}%)`;
        for (const theme of ['light', 'dark'] as const) {
          const { accent } = accentFor(asked, theme);
          const ratio = contrast(rgb(accent), rgb(THEME_COLOURS[theme].background));
          expect(ratio, `${asked} in ${theme}`).toBeGreaterThanOrEqual(3);
          if (accent === toHex(asked)) continue;
          expect(ratio, `${asked} in ${theme}`).toBeLessThan(3.15);
          expect(hueShift(asked, accent), `${asked} in ${theme}`).toBeLessThan(3);
        }
      }
    }
  });

  test('a colour the parser does not know is resolved by the given resolver, else the default is kept', () => {
    expect(accentFor('darkgreen', 'light', () => [0, 100, 0]).accent).toBe('#006400');
    expect(accentFor('darkgreen', 'light', () => null)).toEqual({ ...defaults('light'), usedRequested: false });
    expect(accentFor(null, 'dark')).toEqual({ ...defaults('dark'), usedRequested: false });
  });

  test('whatever accent is asked for, the one used stands out at 3:1 and its text reads at 4.5:1', () => {
    for (let v = 0; v < 256; v += 15) {
      for (const asked of [`rgb(${v}, ${v}, ${v})`, `hsl(${v}, 90%, 50%)`, `rgb(${v}, 40, 200)`]) {
        for (const theme of ['light', 'dark'] as const) {
          const { accent, onAccent } = accentFor(asked, theme);
          expect(contrast(rgb(accent), rgb(THEME_COLOURS[theme].background))).toBeGreaterThanOrEqual(3);
          expect(contrast(rgb(accent), rgb(onAccent))).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});

describe('OKLCH', () => {
  test('matches the CSS Color 4 reference values for sRGB red, white and black', () => {
    const red = toOklch([255, 0, 0]);
    expect(red.l).toBeCloseTo(0.628, 3);
    expect(red.c).toBeCloseTo(0.2577, 3);
    expect(red.h).toBeCloseTo(29.23, 1);
    expect(toOklch([255, 255, 255]).l).toBeCloseTo(1, 4);
    expect(toOklch([0, 0, 0]).l).toBeCloseTo(0, 4);
  });

  test('round-trips sRGB colours, and says when a colour is outside sRGB', () => {
    for (const colour of [
      [11, 110, 79],
      [176, 0, 32],
      [29, 95, 198],
      [255, 255, 0],
      [128, 128, 128],
    ] as Rgb[]) {
      expect(fromOklch(toOklch(colour))).toEqual(colour);
    }
    expect(fromOklch({ l: 0.9, c: 0.4, h: 264 })).toBeNull();
  });

  test('withContrast gives null only when no lightness reaches the ratio', () => {
    expect(withContrast([120, 120, 120], [128, 128, 128], 3)).not.toBeNull();
    expect(withContrast([120, 120, 120], [128, 128, 128], 22)).toBeNull();
  });
});

/** How far the hue moved, in OKLCH degrees (either way round the circle). */
function hueShift(from: string, to: string): number {
  const d = Math.abs(toOklch(rgb(from)).h - toOklch(rgb(to)).h) % 360;
  return Math.min(d, 360 - d);
}

const toHex = (colour: string) =>
  '#' +
  rgb(colour)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('');

function defaults(theme: 'light' | 'dark') {
  return { accent: THEME_COLOURS[theme].accent, onAccent: THEME_COLOURS[theme].onAccent };
}
