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
