/**
 * Numbers the renderers write into their markup (SVG coordinates, widths, percentages): rounded, and
 * never NaN or Infinity, which would break the drawing. Text is shortened in shorten.ts and escaped in
 * escape.ts; this file holds neither.
 */

/** A number for an attribute (never NaN/Infinity in markup). */
export function num(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '0';
  const f = 10 ** digits;
  return String(Math.round(value * f) / f);
}
