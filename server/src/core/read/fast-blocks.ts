/**
 * A line-level reader for the prose between tables: one block cut at blank lines (fast-parse.ts)
 * made of ATX headings, paragraphs and tight one-line-per-item lists («- » or «1. »), whose inline
 * content fast-inline.ts reads — the very mdast remark builds, positions included. Anything else —
 * indentation, tabs, a line that could open another block (quote, fence, HTML, table, setext
 * underline, thematic break, another list marker), lazy or indented list continuations, blank lines
 * inside a list, inline markup beyond text, `<br>` and simple strong/emphasis — makes it decline
 * (undefined), and the caller hands the block to remark. remark stays the oracle
 * (test/fast-blocks.test.ts, test/slow/fast-table-properties.test.ts).
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { appendText, PROSE_REFUSED, pointAt, readInline } from './fast-inline';
import { isDigit } from './text';

/** A line of the block: its start, the end of its content before trailing spaces, before `\r\n`/`\n`, its 1-based number. */
interface Line {
  start: number;
  trimmed: number;
  end: number;
  line: number;
}

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const DOT = 46;
const PAREN = 41;

/** A list item's marker: where its content starts, and the marker (`-`, or `.` with the item's number). */
interface Marker {
  content: number;
  ordered: boolean;
  value: string;
}

/**
 * The nodes of `text.slice(start, end)` — one block, `firstLine` its 1-based line, with the blank
 * lines after it — with positions in `text`; undefined when the reader is not certain of them.
 */
export function readBlocks(text: string, start: number, end: number, firstLine: number): RootContent[] | undefined {
  const nodes: RootContent[] = [];
  let paragraph: Line[] = [];
  let list: List | undefined;
  let listEnded = false;
  let line = firstLine;
  const closeParagraph = (): boolean => {
    if (paragraph.length === 0) return true;
    const node = paragraphOf(text, paragraph);
    paragraph = [];
    if (!node) return false;
    nodes.push(node);
    return true;
  };
  for (let at = start; at < end; line++) {
    let next = text.indexOf('\n', at);
    if (next === -1 || next >= end) next = end;
    let stop = next;
    if (stop > at && text.charCodeAt(stop - 1) === 13) stop--;
    let trimmed = stop;
    while (trimmed > at && text.charCodeAt(trimmed - 1) === SPACE) trimmed--;
    const current: Line = { start: at, trimmed, end: stop, line };
    at = next + 1;
    if (isBlank(text, current.start, stop)) {
      if (!closeParagraph()) return undefined;
      if (list) listEnded = true;
      continue;
    }
    // After a list only blank lines: an item after a blank line would make the list loose.
    if (listEnded || hasTab(text, current.start, stop)) return undefined;
    const first = text.charCodeAt(current.start);
    if (first === HASH) {
      const heading = list ? undefined : headingOf(text, current);
      if (!heading || !closeParagraph()) return undefined;
      nodes.push(heading);
      continue;
    }
    const marker = markerOf(text, current);
    if (marker === null) return undefined;
    if (marker) {
      if (list) {
        if (list.ordered !== marker.ordered) return undefined;
      } else {
        // An ordered list interrupts a paragraph only from «1.»; micromark's `interrupt`.
        if (paragraph.length > 0 && marker.ordered && marker.value !== '1') return undefined;
        if (!closeParagraph()) return undefined;
        list = {
          type: 'list',
          ordered: marker.ordered,
          start: marker.ordered ? Number.parseInt(marker.value, 10) : null,
          spread: false,
          children: [],
        };
        nodes.push(list);
      }
      const item = itemOf(text, current, marker.content);
      if (!item) return undefined;
      list.children.push(item);
      continue;
    }
    // A line after a list item without a blank line would continue the item (lazily).
    if (list || !startsParagraph(text, current.start)) return undefined;
    paragraph.push(current);
  }
  if (!closeParagraph()) return undefined;
  if (list) {
    const items = list.children;
    list.position = { start: { ...items[0]!.position!.start }, end: { ...items[items.length - 1]!.position!.end } };
    // The next block must not be an item that joins this list (`-`, `1.` alone: not cut apart by splitChunks).
    if (end < text.length && isListLike(text.charCodeAt(end))) return undefined;
  }
  return nodes;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

function hasTab(text: string, from: number, to: number): boolean {
  const tab = text.indexOf('\t', from);
  return tab !== -1 && tab < to;
}

function isListLike(c: number): boolean {
  return c === DASH || c === 42 || c === 43 || isDigit(c);
}

/**
 * Whether a paragraph line may start with this character: letters, digits (list markers are looked
 * at before), non-ASCII text, an opening parenthesis or quote, and `*` / `_` (fast-inline.ts reads
 * them only as an emphasis opener followed by text, never a list marker or thematic break).
 */
function startsParagraph(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 128) return true;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === 40 || c === 34 || c === 39 || c === 42 || c === 95;
}

/**
 * The list item marker a line starts with; undefined for a line that starts no list item; null for one
 * this reader does not read as either (`-` not followed by one space and text, `1)`, a marker with no
 * text or more spaces after it).
 */
function markerOf(text: string, line: Line, from = line.start): Marker | undefined | null {
  const first = text.charCodeAt(from);
  let after: number;
  let ordered = false;
  if (first === DASH) after = from + 1;
  else if (isDigit(first)) {
    let i = from + 1;
    while (i < line.end && isDigit(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c !== DOT && c !== PAREN) return undefined;
    const next = i + 1 < line.end ? text.charCodeAt(i + 1) : SPACE;
    if (next !== SPACE) return undefined; // «1.5», «15.12.2022»: text
    if (c === PAREN || i - from > 9) return null;
    after = i + 1;
    ordered = true;
  } else return undefined;
  // One space, then the item's text.
  if (text.charCodeAt(after) !== SPACE || after + 1 >= line.trimmed || text.charCodeAt(after + 1) === SPACE) return null;
  return { content: after + 1, ordered, value: text.slice(from, after - 1) };
}

function itemOf(text: string, line: Line, content: number): ListItem | undefined {
  // The item's text must start a paragraph, not a list nested in the item («- 1. a», «- - a»).
  if (!startsParagraph(text, content) || markerOf(text, line, content) !== undefined) return undefined;
  const children: PhrasingContent[] = [];
  if (!readInline(text, content, line.trimmed, line, PROSE_REFUSED, children)) return undefined;
  const paragraph: Paragraph = { type: 'paragraph', children, position: { start: pointAt(line, content), end: pointAt(line, line.end) } };
  return {
    type: 'listItem',
    spread: false,
    checked: null,
    children: [paragraph],
    position: { start: pointAt(line, line.start), end: pointAt(line, line.end) },
  };
}

/** `#` to `######`, spaces, text (no `#` in it, so no closing sequence). */
function headingOf(text: string, line: Line): Heading | undefined {
  let i = line.start;
  while (i < line.trimmed && text.charCodeAt(i) === HASH) i++;
  const depth = i - line.start;
  if (depth > 6 || text.charCodeAt(i) !== SPACE) return undefined;
  while (i < line.trimmed && text.charCodeAt(i) === SPACE) i++;
  if (i === line.trimmed) return undefined; // empty: rare, left to remark
  const children: PhrasingContent[] = [];
  if (!readInline(text, i, line.trimmed, line, PROSE_REFUSED, children)) return undefined;
  return {
    type: 'heading',
    depth: depth as Heading['depth'],
    children,
    position: { start: pointAt(line, line.start), end: pointAt(line, line.end) },
  };
}

/**
 * A paragraph of lines (each starting a paragraph or continuing it): two or more trailing spaces
 * before a line ending make a hard break (mdast `break`, up to the next line's start), fewer are
 * dropped; the line ending itself is text. The paragraph ends after its last line's trailing spaces.
 */
function paragraphOf(text: string, lines: readonly Line[]): Paragraph | undefined {
  const children: PhrasingContent[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (!readInline(text, line.start, line.trimmed, line, PROSE_REFUSED, children)) return undefined;
    const next = lines[k + 1];
    if (!next) break;
    if (line.end - line.trimmed >= 2) {
      children.push({ type: 'break', position: { start: pointAt(line, line.trimmed), end: pointAt(next, next.start) } });
    } else appendText(text, children, line.end, pointAt(line, line.end), next.start, pointAt(next, next.start));
  }
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return { type: 'paragraph', children, position: { start: pointAt(first, first.start), end: pointAt(last, last.end) } };
}
