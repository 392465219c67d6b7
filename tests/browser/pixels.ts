/**
 * Pixels of a screenshot or a rendered PDF page, decoded by the browser
 * itself (no image library): colours as `r,g,b` strings, read by point,
 * column or box.
 */
import type { Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Pixels {
  width: number;
  height: number;
  /** The colour at (x, y), as `r,g,b`. */
  at(x: number, y: number): string;
  /** Every colour in `box` (rounded inwards to whole pixels). */
  colours(box: Box): Set<string>;
  /** How many columns of `box` hold a colour other than `background`. */
  inkedColumns(box: Box, background: string): number;
}

/** Decodes `png` in `page` (a canvas reads it back); the page is left as it was. */
export async function pixelsOf(page: Page, png: Buffer): Promise<Pixels> {
  const { width, height, rgba } = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: bitmap.width, height: bitmap.height, rgba: btoa(binary) };
  }, png.toString('base64'));
  const data = Buffer.from(rgba, 'base64');
  const at = (x: number, y: number) => {
    const i = (Math.round(y) * width + Math.round(x)) * 4;
    return `${data[i]},${data[i + 1]},${data[i + 2]}`;
  };
  const span = (from: number, size: number) => [Math.ceil(from), Math.floor(from + size)] as const;
  return {
    width,
    height,
    at,
    colours(box) {
      const [x0, x1] = span(box.x, box.width);
      const [y0, y1] = span(box.y, box.height);
      const found = new Set<string>();
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) found.add(at(x, y));
      return found;
    },
    inkedColumns(box, background) {
      const [x0, x1] = span(box.x, box.width);
      const [y0, y1] = span(box.y, box.height);
      let count = 0;
      for (let x = x0; x < x1; x++) {
        for (let y = y0; y < y1; y++) {
          if (at(x, y) !== background) {
            count++;
            break;
          }
        }
      }
      return count;
    },
  };
}
