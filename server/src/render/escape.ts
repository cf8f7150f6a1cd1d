/**
 * Escaping for every piece of document text that reaches HTML or SVG. A document is hostile input:
 * a cell may hold `<script>`, `<img onerror=…>` or quotes that would close an attribute. Everything
 * the renderers take from a document goes through `escapeHtml` — text content and attribute values
 * alike (quotes are escaped too, so one function serves both).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Shortens a label for a fixed-width place; the full text goes into a tooltip. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** A number for an attribute (never NaN/Infinity in markup). */
export function num(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '0';
  const f = 10 ** digits;
  return String(Math.round(value * f) / f);
}
