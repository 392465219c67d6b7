import { parseColour, type Rgb } from './accent.ts';

/**
 * Resolves a colour the pure parser does not know (a named colour, a newer
 * syntax) through the browser's canvas, which serialises it as hex or rgba().
 * Null where there is no canvas (jsdom, old browsers) or the colour is not valid.
 */
export function resolveColour(colour: string): Rgb | null {
  try {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#010203';
    ctx.fillStyle = colour;
    const resolved = String(ctx.fillStyle);
    return resolved === '#010203' ? null : parseColour(resolved);
  } catch {
    return null;
  }
}
