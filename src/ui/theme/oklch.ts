/**
 * sRGB and OKLCH, the perceptual space in which the accent's lightness is
 * adjusted: the same hue looks the same hue at any lightness there.
 */

export type Rgb = readonly [r: number, g: number, b: number];

export const clampByte = (n: number) => Math.min(255, Math.max(0, Math.round(n)));

/** An sRGB byte as linear light, 0 to 1. */
export const toLinear = (byte: number) => {
  const v = byte / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

/** A colour in OKLCH: perceptual lightness 0–1, chroma (0 is grey), hue in degrees. */
export interface Oklch {
  l: number;
  c: number;
  h: number;
}

const fromLinear = (v: number) => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

// Björn Ottosson's OKLab matrices (to 7 places, plenty for 8-bit colour): linear sRGB → LMS, LMS' → Lab,
// and back.
const RGB_TO_LMS = [0.4122215, 0.5363325, 0.051446, 0.2119035, 0.6806995, 0.107397, 0.0883025, 0.2817188, 0.6299787];
const LMS_TO_LAB = [0.2104543, 0.7936178, -0.004072, 1.9779985, -2.4285922, 0.4505937, 0.025904, 0.7827718, -0.8086758];
const LAB_TO_LMS = [1, 0.3963378, 0.2158038, 1, -0.1055613, -0.0638542, 1, -0.0894842, -1.2914855];
const LMS_TO_RGB = [
  4.0767417, -3.3077116, 0.2309699, -1.268438, 2.6097574, -0.3413194, -0.0041961, -0.7034186, 1.7076147,
];

const times = (m: readonly number[], [x, y, z]: readonly number[]) =>
  [0, 3, 6].map((i) => m[i]! * x! + m[i + 1]! * y! + m[i + 2]! * z!);

/** sRGB to OKLCH (OKLab in polar form). */
export function toOklch(rgb: Rgb): Oklch {
  const [l, a, b] = times(LMS_TO_LAB, times(RGB_TO_LMS, rgb.map(toLinear)).map(Math.cbrt)) as [number, number, number];
  return { l, c: Math.hypot(a, b), h: ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360 };
}

/** OKLCH to sRGB, or null when the colour lies outside sRGB. */
export function fromOklch({ l, c, h }: Oklch): Rgb | null {
  const angle = (h * Math.PI) / 180;
  const lms = times(LAB_TO_LMS, [l, c * Math.cos(angle), c * Math.sin(angle)]).map((v) => v ** 3);
  const linear = times(LMS_TO_RGB, lms);
  if (linear.some((v) => v < -1e-4 || v > 1 + 1e-4)) return null;
  return linear.map((v) => clampByte(fromLinear(Math.min(1, Math.max(0, v))))) as unknown as Rgb;
}
