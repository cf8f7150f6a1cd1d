/**
 * A line-level reader for one GFM table block: builds the very mdast `table` node remark-gfm builds
 * (rows, cells, text nodes, offsets, lines, columns, alignment) without running the Markdown parser
 * on cells that fast-inline.ts reads: plain text, `<br>` tags, simple strong and emphasis. Cells
 * holding any other inline markup (`` ` ``, `[`, other `<`, `\`, `&`, `~`, `!`, `@`, `://`, `www.`,
 * nested or unpaired `*` and `_`) are parsed by remark, all of one table's in one run, and their nodes
 * moved to where the cells are. What this reader is not sure of — a table without leading pipes, an
 * odd delimiter row, control characters, a block after the rows — it declines (undefined), and the
 * caller parses the block with remark. remark stays the oracle: test/fast-table.test.ts holds the two
 * to the same document model.
 *
 * The cell rules follow micromark-extension-gfm-table: a row starts at its first pipe; cells are cut
 * at pipes not escaped by `\` (pipes inside code spans cut too); a cell runs from its leading pipe to
 * the next pipe, the last one to the end of the line (spaces after a trailing pipe included); a cell's
 * text is its content without surrounding spaces and tabs.
 */
import type { PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { CELL_REFUSED, readInline } from './fast-inline';

/** Runs remark on a text (the body parser: no front matter). */
export type RemarkParse = (text: string) => Root;

type Point = { line: number; column: number; offset: number };
type AlignType = 'left' | 'right' | 'center' | null;

/** A line of the block: where it starts, where its content ends (before `\r\n` or `\n`), its 1-based number. */
interface Line {
  start: number;
  end: number;
  line: number;
}

/** A cell whose content remark must read; `children` is filled in once it has. */
interface MarkupCell {
  cell: TableCell;
  /** Offset just after the cell's leading pipe, and the end of its raw content (before the next pipe). */
  from: number;
  to: number;
  line: Line;
}

const SPACE = 32;
const TAB = 9;
const PIPE = 124;
const BACKSLASH = 92;
const DELIMITER_CELL = /^[ \t]*(:?)-+(:?)[ \t]*$/;

/**
 * The table that `text.slice(start, end)` — one block cut at blank lines, `firstLine` its 1-based
 * line — holds, with positions in `text`; undefined when the block is not certainly one plain GFM
 * table (header, delimiter row, rows, then only blank lines).
 */
export function readTable(text: string, start: number, end: number, firstLine: number, remark: RemarkParse): Table | undefined {
  const lines = tableLines(text, start, end, firstLine);
  if (!lines || lines.length < 2) return undefined;
  const markup: MarkupCell[] = [];
  const header = readRow(text, lines[0]!, markup);
  const align = header && readDelimiter(text, lines[1]!);
  if (!header || !align || align.length !== header.children.length) return undefined;
  const rows: TableRow[] = [header];
  for (let i = 2; i < lines.length; i++) {
    const row = readRow(text, lines[i]!, markup);
    if (!row) return undefined;
    rows.push(row);
  }
  if (markup.length > 0 && !readMarkup(text, markup, remark)) return undefined;
  // Without body rows the table ends with its delimiter line, trailing spaces included.
  const tableEnd = rows.length > 1 ? { ...rows[rows.length - 1]!.position!.end } : point(lines[1]!, lines[1]!.end);
  return { type: 'table', align, children: rows, position: { start: { ...header.position!.start }, end: tableEnd } };
}

/**
 * The block's lines up to its first blank line, each starting with a pipe after at most three
 * spaces; undefined if a line does not, if a non-blank line follows a blank one, or if a line holds a
 * control character (a lone `\r` ends a line for micromark, NUL becomes U+FFFD: left to remark).
 */
function tableLines(text: string, start: number, end: number, firstLine: number): Line[] | undefined {
  const lines: Line[] = [];
  let blankSeen = false;
  let line = firstLine;
  for (let at = start; at < end; line++) {
    let next = text.indexOf('\n', at);
    if (next === -1 || next > end) next = end;
    let stop = next;
    if (stop > at && text.charCodeAt(stop - 1) === 13) stop--;
    let i = at;
    while (i < stop && text.charCodeAt(i) === SPACE) i++;
    if (i === stop || isBlank(text, i, stop)) blankSeen = true;
    else {
      if (blankSeen || i - at > 3 || text.charCodeAt(i) !== PIPE) return undefined;
      for (let j = i; j < stop; j++) {
        const c = text.charCodeAt(j);
        if (c < SPACE && c !== TAB) return undefined;
      }
      lines.push({ start: at, end: stop, line });
    }
    at = next + 1;
  }
  return lines;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** The unescaped pipes of a row from its first pipe, the end of its content without trailing spaces, and whether it ends in a pipe. */
function pipesOf(text: string, line: Line): { pipes: number[]; trimmedEnd: number; trailing: boolean } {
  let first = line.start;
  while (text.charCodeAt(first) === SPACE) first++;
  let trimmedEnd = line.end;
  while (trimmedEnd > first && (text.charCodeAt(trimmedEnd - 1) === SPACE || text.charCodeAt(trimmedEnd - 1) === TAB)) trimmedEnd--;
  const pipes: number[] = [];
  for (let i = first; i < trimmedEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      const n = text.charCodeAt(i + 1);
      if (i + 1 < trimmedEnd && (n === BACKSLASH || n === PIPE)) i++;
    } else if (c === PIPE) pipes.push(i);
  }
  const trailing = pipes.length >= 2 && pipes[pipes.length - 1] === trimmedEnd - 1;
  return { pipes, trimmedEnd, trailing };
}

function point(line: Line, offset: number): Point {
  return { line: line.line, column: offset - line.start + 1, offset };
}

/** A row's node; plain cells get their text node here, the others are queued in `markup`. */
function readRow(text: string, line: Line, markup: MarkupCell[]): TableRow | undefined {
  const { pipes, trimmedEnd, trailing } = pipesOf(text, line);
  const cellCount = trailing ? pipes.length - 1 : pipes.length;
  const cells: TableCell[] = [];
  for (let k = 0; k < cellCount; k++) {
    const cellStart = pipes[k]!;
    const isLast = k === cellCount - 1;
    const rawEnd = isLast ? (trailing ? trimmedEnd - 1 : line.end) : pipes[k + 1]!;
    // The last cell runs to the end of the line, spaces after its trailing pipe included.
    const cellEnd = isLast ? line.end : pipes[k + 1]!;
    let from = cellStart + 1;
    let to = rawEnd;
    while (from < to && (text.charCodeAt(from) === SPACE || text.charCodeAt(from) === TAB)) from++;
    while (to > from && (text.charCodeAt(to - 1) === SPACE || text.charCodeAt(to - 1) === TAB)) to--;
    const cell: TableCell = {
      type: 'tableCell',
      children: [],
      position: { start: point(line, cellStart), end: point(line, cellEnd) },
    };
    if (from < to) {
      const children: PhrasingContent[] = [];
      if (readInline(text, from, to, line, CELL_REFUSED, children)) cell.children = children;
      else {
        // A backslash ending the content would escape the pipe the batch puts after it.
        if (text.charCodeAt(rawEnd - 1) === BACKSLASH) return undefined;
        markup.push({ cell, from: cellStart + 1, to: rawEnd, line });
      }
    }
    cells.push(cell);
  }
  const last = cells[cells.length - 1];
  if (!last) return undefined;
  return { type: 'tableRow', children: cells, position: { start: { ...cells[0]!.position!.start }, end: { ...last.position!.end } } };
}

/** The alignment of each column, or undefined if the line is not a delimiter row this reader is sure of. */
function readDelimiter(text: string, line: Line): AlignType[] | undefined {
  const { pipes, trimmedEnd, trailing } = pipesOf(text, line);
  const count = trailing ? pipes.length - 1 : pipes.length;
  if (count === 0) return undefined;
  const align: AlignType[] = [];
  for (let k = 0; k < count; k++) {
    const to = k + 1 < pipes.length ? pipes[k + 1]! : trimmedEnd;
    const m = DELIMITER_CELL.exec(text.slice(pipes[k]! + 1, to));
    if (!m) return undefined;
    align.push(m[1] ? (m[2] ? 'center' : 'left') : m[2] ? 'right' : null);
  }
  return align;
}

/**
 * Parses every queued cell's content with remark — all in one run, as the rows of a one-column table
 * (a cell's content is read on its own, so its place in the row does not matter) — and moves the
 * nodes to the cells. False if remark did not see one row of one cell per queued cell.
 */
function readMarkup(text: string, cells: readonly MarkupCell[], remark: RemarkParse): boolean {
  const head = '| c |\n| - |\n';
  let batch = head;
  const rowStarts: number[] = [];
  for (const c of cells) {
    rowStarts.push(batch.length);
    batch += `|${text.slice(c.from, c.to)}|\n`;
  }
  const tree = remark(batch);
  const table = tree.children.length === 1 ? (tree.children[0] as RootContent) : undefined;
  if (table?.type !== 'table' || table.children.length !== cells.length + 1) return false;
  for (let i = 0; i < cells.length; i++) {
    const row = table.children[i + 1]!;
    if (row.children.length !== 1) return false;
    const c = cells[i]!;
    // The content sits after the batch row's pipe (column 2 of line i + 3).
    const by = c.from - (rowStarts[i]! + 1);
    const lines = c.line.line - (i + 3);
    const columns = c.from - c.line.start + 1 - 2;
    const children = row.children[0]!.children;
    for (const child of children) move(child, by, lines, columns);
    c.cell.children = children;
  }
  return true;
}

/** Moves a node (all on one line) by `by` characters, `lines` lines and `columns` columns. */
function move(node: PhrasingContent, by: number, lines: number, columns: number): void {
  const p = node.position;
  if (p) {
    for (const q of [p.start, p.end]) {
      if (q.offset !== undefined) q.offset += by;
      q.line += lines;
      q.column += columns;
    }
  }
  if ('children' in node) for (const child of node.children) move(child as PhrasingContent, by, lines, columns);
}
