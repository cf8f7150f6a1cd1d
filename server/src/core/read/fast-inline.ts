/**
 * A reader for the inline content the fast readers meet most — plain text, `<br>` tags, and
 * `**strong**` / `__strong__` / `*emphasis*` / `_emphasis_` that are not nested — building the very
 * phrasing nodes remark builds (mdast-util-from-markdown over micromark with GFM), positions included.
 * It reads one line's content at a time (a table cell, a heading, a line of a paragraph) and says no
 * (false) to anything it is not certain of; the caller then leaves the block to remark.
 *
 * Why the subset is certain (micromark's attention construct, core-commonmark/lib/attention.js):
 * a delimiter run is classified by the characters on its two sides (whitespace, punctuation or
 * other, the content's ends counting as whitespace: a line ending, a cell's edge); this reader takes
 * only runs of one or two markers, an opener that cannot also close, and a closer right after it (no
 * other run in between) of the same marker and length. micromark's resolver then pairs exactly those
 * two runs, and its rule of three never applies to sizes 1 + 1 or 2 + 2.
 */
import type { Emphasis, PhrasingContent, Strong } from 'mdast';

export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Where a line starts in the text and its 1-based number: what turns an offset on it into a point. */
export interface LineStart {
  start: number;
  line: number;
}

/** A fresh point (never shared between nodes: the callers shift positions in place). */
export function pointAt(at: LineStart, offset: number): Point {
  return { line: at.line, column: offset - at.start + 1, offset };
}

/** A table of ASCII characters that make the reader say no: they may start markup it does not read. */
type Refused = Uint8Array;

function refusing(chars: string, tabs: boolean): Refused {
  const table = new Uint8Array(128);
  for (let c = 0; c < 32; c++) table[c] = 1;
  if (!tabs) table[9] = 0;
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * In a table cell: escapes, entities, code, links and images, strikethrough, email autolinks (`<`
 * is looked at on its own, `:` and `w` for literal autolinks). A tab is text there, as the cell
 * reader has always taken it.
 */
export const CELL_REFUSED = refusing('\\&`[]!~@', false);
/**
 * In prose, also what could mean something at a line's start or inside a table row, and tabs
 * (they turn into virtual spaces and columns): `|`, `#`, `>`.
 */
export const PROSE_REFUSED = refusing('\\&`[]!~@|#>', true);

const STAR = 42;
const UNDERSCORE = 95;
const LESS = 60;
const COLON = 58;
const SLASH = 47;

/** `<br>`, `<br/>`, `<br />` in any case: always an inline HTML tag. */
const BREAK_TAG = /<[bB][rR][ \t]*\/?>/y;
const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

/** micromark-util-classify-character on one UTF-16 unit: 1 whitespace, 2 punctuation, 0 other. */
function classify(code: number): 0 | 1 | 2 {
  if (code === 32 || code === 9 || code === 10 || code === 13) return 1;
  const c = String.fromCharCode(code);
  if (UNICODE_WHITESPACE.test(c)) return 1;
  return UNICODE_PUNCTUATION.test(c) ? 2 : 0;
}

/**
 * Appends text to the last child if it is a text node, else starts one: how mdast-util-from-markdown
 * joins data (`onenterdata`), so «a», a line ending and «b» make one node «a\nb».
 */
export function appendText(text: string, out: PhrasingContent[], from: number, start: Point, to: number, end: Point): void {
  const tail = out[out.length - 1];
  if (tail?.type === 'text') {
    tail.value += text.slice(from, to);
    tail.position!.end = end;
  } else out.push({ type: 'text', value: text.slice(from, to), position: { start, end } });
}

/**
 * Reads `text.slice(from, to)` — content on one line, without surrounding whitespace — into `out`.
 * False (with `out` perhaps half filled: pass a fresh array or drop it) when the content holds
 * anything but text, `<br>` tags and simple strong or emphasis.
 */
export function readInline(text: string, from: number, to: number, at: LineStart, refused: Refused, out: PhrasingContent[]): boolean {
  let container = out;
  let open: { node: Strong | Emphasis; marker: number; size: number } | undefined;
  let dataStart = from;
  const flush = (end: number) => {
    if (end > dataStart) appendText(text, container, dataStart, pointAt(at, dataStart), end, pointAt(at, end));
  };
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      i++;
      continue;
    }
    if (refused[c]) return false;
    // Literal autolinks: «http://», «https://» (any «://»), «www.» in any case.
    if (c === COLON && text.charCodeAt(i + 1) === SLASH && text.charCodeAt(i + 2) === SLASH) return false;
    if ((c === 119 || c === 87) /* w */ && /^www\./i.test(text.slice(i, i + 4))) return false;
    if (c === LESS) {
      BREAK_TAG.lastIndex = i;
      const m = BREAK_TAG.exec(text);
      if (!m || i + m[0].length > to) return false;
      flush(i);
      const end = i + m[0].length;
      container.push({ type: 'html', value: m[0], position: { start: pointAt(at, i), end: pointAt(at, end) } });
      i = dataStart = end;
      continue;
    }
    if (c !== STAR && c !== UNDERSCORE) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && text.charCodeAt(end) === c) end++;
    const size = end - i;
    if (size > 2) return false;
    const before = i === from ? 1 : classify(text.charCodeAt(i - 1));
    const after = end === to ? 1 : classify(text.charCodeAt(end));
    // attention.js: `_` also needs the other side to be punctuation when the run could do both.
    const canOpen = !after || (after === 2 && before !== 0);
    const canClose = !before || (before === 2 && after !== 0);
    const opens = c === STAR ? canOpen : canOpen && (before !== 0 || !canClose);
    const closes = c === STAR ? canClose : canClose && (after !== 0 || !canOpen);
    if (closes && open?.marker === c && open.size === size) {
      // A run that could also open closes here: micromark pairs it with the open run first, and the
      // rule of three never applies to sizes 1 + 1 or 2 + 2.
      flush(i);
      open.node.position!.end = pointAt(at, end);
      container = out;
      open = undefined;
    } else if (opens && !closes && !open) {
      flush(i);
      const node: Strong | Emphasis = { type: size === 2 ? 'strong' : 'emphasis', children: [] };
      node.position = { start: pointAt(at, i), end: pointAt(at, i) };
      out.push(node);
      container = node.children;
      open = { node, marker: c, size };
    } else return false; // unpaired, nested, or a run that could open and close with nothing open
    i = dataStart = end;
  }
  if (open) return false;
  flush(to);
  return true;
}
