/**
 * The one way text is shortened in render/: at a word boundary, ending with «…», so a reader never
 * sees «…с педагогами, имеющими» or «актов о;» — a fragment that looks like the document's own
 * words. Whoever shortens keeps the full text for a tooltip (<title> in SVG, `title` in HTML).
 *
 * Two measures: `shorten` counts characters (HTML, where the browser wraps anyway and a count keeps
 * headings tidy); `fitWidth` estimates pixels (SVG, where text never wraps and must stay inside its
 * column at the size it is drawn).
 */
import { escapeHtml } from './escape';

/** Short words that read as a cut-off phrase when a shortened text ends on them. */
const DANGLING = new Set([
  'в',
  'во',
  'с',
  'со',
  'о',
  'об',
  'обо',
  'к',
  'ко',
  'у',
  'и',
  'а',
  'но',
  'на',
  'по',
  'за',
  'из',
  'от',
  'до',
  'для',
  'при',
  'не',
  'или',
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'for',
]);

/** Punctuation that must not stand right before «…» («актов о;» → «актов…»). */
const TRAILING_PUNCT = /[\s,;:.\-–—/(«"'`]+$/;

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Cuts `text` (already flat) so that `fits(candidate + '…')` holds, preferring a word boundary. */
function cutToFit(text: string, fits: (s: string) => boolean): string {
  if (fits(text)) return text;
  // Longest prefix that fits with the ellipsis (binary search: fits() is monotonic in the length).
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${text.slice(0, mid)}…`)) lo = mid;
    else hi = mid - 1;
  }
  let head = text.slice(0, lo);
  // A word boundary: the prefix ends where a space follows. A single word longer than the room
  // (a URL, a very long name) is cut inside it — nothing shorter is possible — but only then.
  const nextIsSpace = text[lo] === ' ';
  if (!nextIsSpace) {
    const space = head.lastIndexOf(' ');
    if (space > 0) head = head.slice(0, space);
  }
  for (;;) {
    head = head.replace(TRAILING_PUNCT, '');
    const words = head.split(' ');
    if (words.length < 2 || !DANGLING.has(words[words.length - 1]!.toLowerCase())) break;
    head = words.slice(0, -1).join(' ');
  }
  return head ? `${head}…` : '…';
}

/** At most `max` characters (the «…» counted), cut at a word boundary; whitespace runs become one space. */
export function shorten(text: string, max: number): string {
  const one = flat(text);
  return cutToFit(one, (s) => s.length <= Math.max(1, max));
}

/**
 * Estimated width of `text` in pixels at `fontSize`. Deliberately generous (wide sans fonts such as
 * DejaVu Sans, the default on Debian): text measured by it fits in the real font, never the reverse.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.32;
    else if (/[.,;:!|'"()[\]ilI1jtf«»]/.test(ch)) em += 0.4;
    else if (/[шщжмюыфШЩЖМЮЫФmwMW—@%]/.test(ch)) em += 0.9;
    else if (/[A-ZА-ЯЁ0-9]/.test(ch)) em += 0.74;
    else em += 0.64;
  }
  return em * fontSize * (bold ? 1.12 : 1);
}

/** `text` shortened at a word boundary so that it fits `width` pixels at `fontSize`. */
export function fitWidth(text: string, width: number, fontSize: number, bold = false): string {
  return cutToFit(flat(text), (s) => textWidth(s, fontSize, bold) <= width);
}

/**
 * HTML for text shortened to `max` characters: escaped, and when shortened wrapped in a span whose
 * `title` holds the whole text (shown on hover).
 */
export function shortHtml(text: string, max: number, className?: string): string {
  const short = shorten(text, max);
  const cls = className ? ` class="${className}"` : '';
  if (short === flat(text)) return className ? `<span${cls}>${escapeHtml(short)}</span>` : escapeHtml(short);
  return `<span${cls} title="${escapeHtml(flat(text))}">${escapeHtml(short)}</span>`;
}
