/**
 * Accent colour handling, pure (no DOM): parse a colour, measure WCAG contrast,
 * and pick readable colours for a blog's accent in the light and dark themes,
 * keeping its hue (lightness is adjusted in OKLCH, where it is perceptual).
 */

import { clampByte, fromOklch, toLinear, toOklch, type Rgb } from './oklch.ts';

export type { Rgb };

/** Default accents: each ≥ 4.5:1 against its theme's background. */
export const THEME_COLOURS = {
  light: { background: '#ffffff', accent: '#1d5fc6', onAccent: '#ffffff' },
  dark: { background: '#16181d', accent: '#8ab4ff', onAccent: '#0b1220' },
} as const;

/** Controls, borders and focus rings need 3:1 against the background (WCAG 1.4.11). */
export const MIN_UI_CONTRAST = 3;

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
  rebeccapurple: '#663399',
};

function parseHex(hex: string): Rgb | null {
  if (!/^[0-9a-f]+$/i.test(hex)) return null;
  if (hex.length === 3 || hex.length === 4) {
    const [r, g, b] = [...hex].map((c) => parseInt(c + c, 16));
    return [r!, g!, b!];
  }
  if (hex.length === 6 || hex.length === 8) {
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  return null;
}

/** `12`, `12.5`, `50%` (of 255), or `none`. */
function channel(part: string): number | null {
  if (part === 'none') return 0;
  const n = parseFloat(part);
  if (!Number.isFinite(n)) return null;
  return clampByte(part.endsWith('%') ? (n / 100) * 255 : n);
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return clampByte(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/**
 * Parses hex, `rgb()`/`rgba()`, `hsl()`/`hsla()` (comma or space syntax),
 * `color(srgb …)` (how browsers serialise some computed colours) and a few
 * common names. Alpha is ignored. Anything else: null (the caller may
 * resolve it another way, or fall back to the default accent).
 */
export function parseColour(input: string): Rgb | null {
  const text = input.trim().toLowerCase();
  if (text.startsWith('#')) return parseHex(text.slice(1));
  if (NAMED[text]) return parseHex(NAMED[text].slice(1));
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(text);
  if (srgb) return [srgb[1], srgb[2], srgb[3]].map((c) => clampByte(parseFloat(c!) * 255)) as unknown as Rgb;
  const fn = /^(rgba?|hsla?)\(\s*([^)]*)\)$/.exec(text);
  if (!fn) return null;
  const parts = fn[2]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  if (fn[1]!.startsWith('rgb')) {
    const rgb = parts.slice(0, 3).map(channel);
    return rgb.every((c) => c !== null) ? (rgb as unknown as Rgb) : null;
  }
  const h = parseFloat(parts[0]!);
  const s = parseFloat(parts[1]!);
  const l = parseFloat(parts[2]!);
  if (![h, s, l].every(Number.isFinite)) return null;
  const unit = (n: number) => Math.min(1, Math.max(0, n / 100));
  return hslToRgb(((h % 360) + 360) % 360, unit(s), unit(l));
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/** Black or white, whichever reads better on `colour` (always ≥ 4.5:1). */
export function readableOn(colour: Rgb): '#000000' | '#ffffff' {
  return contrast(colour, BLACK) >= contrast(colour, WHITE) ? '#000000' : '#ffffff';
}

export const toHex = (rgb: Rgb) => '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');

/** At lightness `l`, the colour of hue `h` with the most chroma up to `c` that sRGB can show. */
function inGamut(l: number, c: number, h: number): Rgb {
  let [low, high] = [0, c];
  let best = fromOklch({ l, c: 0, h })!;
  for (let i = 0; i < 24; i++) {
    const mid = (low + high) / 2;
    const rgb = fromOklch({ l, c: mid, h });
    if (rgb) [best, low] = [rgb, mid];
    else high = mid;
  }
  return fromOklch({ l, c, h }) ?? best;
}

/**
 * `colour` with its hue kept and its lightness moved, as little as it takes,
 * until it stands out `ratio`:1 from `background` (chroma reduced only where
 * sRGB cannot show it at the new lightness). Null when no lightness does.
 */
export function withContrast(colour: Rgb, background: Rgb, ratio: number): Rgb | null {
  if (contrast(colour, background) >= ratio) return colour;
  const { l, c, h } = toOklch(colour);
  // Towards white on a dark background, towards black on a light one.
  const target = luminance(background) < 0.18 ? 1 : 0;
  const at = (lightness: number) => inGamut(lightness, c, h);
  if (contrast(at(target), background) < ratio) return null;
  let [near, far] = [l, target];
  for (let i = 0; i < 32; i++) {
    const mid = (near + far) / 2;
    if (contrast(at(mid), background) >= ratio) far = mid;
    else near = mid;
  }
  return at(far);
}

export interface AccentColours {
  accent: string;
  onAccent: string;
  /** False when the requested colour was unusable and the default was kept. */
  usedRequested: boolean;
}

/**
 * The accent and its text colour for one theme: the requested colour when it
 * stands out ≥ 3:1 from the theme's background; else the same hue made
 * lighter (dark theme) or darker (light theme) until it does; the theme's
 * default only when the colour cannot be read or no lightness works.
 */
export function accentFor(
  requested: string | null,
  theme: 'light' | 'dark',
  resolve?: (colour: string) => Rgb | null,
): AccentColours {
  const defaults = THEME_COLOURS[theme];
  const fallback = { accent: defaults.accent, onAccent: defaults.onAccent, usedRequested: false };
  if (!requested) return fallback;
  const rgb = parseColour(requested) ?? resolve?.(requested) ?? null;
  if (!rgb) return fallback;
  const usable = withContrast(rgb, parseHex(defaults.background.slice(1))!, MIN_UI_CONTRAST);
  if (!usable) return fallback;
  return { accent: toHex(usable), onAccent: readableOn(usable), usedRequested: true };
}
