/**
 * The source lines of a GFM table, split into cells the way GFM splits them: on every `|` that is
 * not escaped with a backslash — also inside inline code and HTML, as GFM does. Shared by the table
 * formatter and the fixes that add rows or columns; both only ever touch the whitespace and pipes
 * these spans point at.
 */
import type { TextEdit } from './edits';
import type { Table } from '../model';

/** One cell of a line: content (trimmed of spaces and tabs) and the whole stretch between its pipes. */
export interface LineCell {
  start: number;
  end: number;
  /** Between the pipes (or line edges), untrimmed. */
  outerStart: number;
  outerEnd: number;
}

export interface TableLine {
  /** Offset of the line's first character (indentation included). */
  lineStart: number;
  /** First character of the row (after indentation). */
  start: number;
  /** End of the line, before its line ending. */
  end: number;
  cells: LineCell[];
  leadingPipe: boolean;
  trailingPipe: boolean;
  /** Offsets of the unescaped pipes. */
  pipes: number[];
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Splits text[start, end) (one table line without its line ending) into cells. */
export function splitTableLine(text: string, lineStart: number, start: number, end: number): TableLine {
  const pipes: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '|') pipes.push(i);
  }
  let first = start;
  while (first < end && isBlank(text[first])) first++;
  let last = end;
  while (last > first && isBlank(text[last - 1])) last--;
  const leadingPipe = pipes.length > 0 && pipes[0] === first;
  const trailingPipe = pipes.length > 0 && pipes[pipes.length - 1] === last - 1 && !(leadingPipe && pipes.length === 1);
  const bounds: number[] = [
    leadingPipe ? pipes[0]! : first - 1,
    ...pipes.slice(leadingPipe ? 1 : 0, trailingPipe ? -1 : undefined),
    trailingPipe ? pipes[pipes.length - 1]! : last,
  ];
  const cells: LineCell[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const outerStart = bounds[k]! + 1;
    const outerEnd = bounds[k + 1]!;
    let s = outerStart;
    let e = outerEnd;
    while (s < e && isBlank(text[s])) s++;
    while (e > s && isBlank(text[e - 1])) e--;
    cells.push({ start: s, end: e, outerStart, outerEnd });
  }
  return { lineStart, start, end, cells, leadingPipe, trailingPipe, pipes };
}

/** Line boundaries of text[from, to): [lineStart, lineEnd) pairs, line endings excluded. */
export function linesIn(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = from;
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      out.push({ start: s, end: i });
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      s = i;
    } else {
      i++;
    }
  }
  out.push({ start: s, end: Math.min(i, to) });
  return out;
}

export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** End of the line holding offset (before its line ending). */
export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

const DELIMITER_CELL = /^:?-+:?$/;

/**
 * The header, delimiter and body lines of a top-level table, or undefined when the source does not
 * look as expected (then callers leave the table alone). Only tables whose lines start with
 * nothing but indentation are returned: tables in block quotes and lists are not in the model.
 */
export function tableLines(text: string, table: Table): TableLine[] | undefined {
  if (tableHeadWidth(text, table) === undefined) return undefined;
  return linesIn(text, lineStartAt(text, table.span.start), table.span.end).map(({ start, end }) => lineAt(text, start, end));
}

/**
 * The cell count of the header line of a table as `tableLines` reads it, or undefined when the source
 * does not look as expected — without splitting the body lines (a rule asks this on every keystroke
 * and then splits only the rows it must). `tableLines` asks it first.
 */
export function tableHeadWidth(text: string, table: Table): number | undefined {
  const first = lineStartAt(text, table.span.start);
  if (text.slice(first, table.span.start).trim() !== '') return undefined;
  if (lineCount(text, first, table.span.end) !== table.rows.length + 2) return undefined;
  const headerEnd = lineEndAt(text, first);
  const delimiterStart = text[headerEnd] === '\r' && text[headerEnd + 1] === '\n' ? headerEnd + 2 : headerEnd + 1;
  const header = lineAt(text, first, headerEnd);
  const delimiter = lineAt(text, delimiterStart, Math.min(lineEndAt(text, delimiterStart), table.span.end));
  if (delimiter.cells.length === 0 || !delimiter.cells.every((c) => DELIMITER_CELL.test(text.slice(c.start, c.end)))) return undefined;
  return header.cells.length === delimiter.cells.length ? header.cells.length : undefined;
}

/** The table line that holds `offset`, split into cells. */
export function tableLineAt(text: string, offset: number): TableLine {
  return lineAt(text, lineStartAt(text, offset), lineEndAt(text, offset));
}

function lineAt(text: string, start: number, end: number): TableLine {
  let s = start;
  while (s < end && isBlank(text[s])) s++;
  return splitTableLine(text, start, s, end);
}

/**
 * `linesIn(text, from, to).length`, by jumps from one line feed to the next when there is no CR. The
 * search runs in a slice (V8 makes a view, not a copy), so a document without CRs is not searched to its end.
 */
function lineCount(text: string, from: number, to: number): number {
  const range = text.slice(from, to);
  if (range.includes('\r')) return linesIn(text, from, to).length;
  let n = 1;
  for (let i = range.indexOf('\n'); i !== -1; i = range.indexOf('\n', i + 1)) n++;
  return n;
}

/** An insertion that puts `value` as the cell at index `at` of this line, padding a short line first. */
export function insertCell(line: TableLine, at: number, value: string): TextEdit | undefined {
  const n = line.cells.length;
  if (n === 0) return undefined;
  if (at < n) {
    const cell = line.cells[at]!;
    if (at === 0 && !line.leadingPipe) return { start: cell.outerStart, end: cell.outerStart, newText: `${value} | ` };
    return { start: cell.outerStart, end: cell.outerStart, newText: ` ${value} |` };
  }
  const padding = ' |'.repeat(at - n);
  if (line.trailingPipe) {
    const pipe = line.pipes[line.pipes.length - 1]!;
    return { start: pipe + 1, end: pipe + 1, newText: `${padding} ${value} |` };
  }
  const end = line.cells[n - 1]!.end;
  return { start: end, end, newText: `${padding} | ${value}` };
}
