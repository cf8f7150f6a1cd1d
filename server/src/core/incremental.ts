/**
 * An incremental front end to the Markdown parser, for the language server: a keystroke changes one
 * block (usually one table row — a GFM row is one line), so only that block or row is parsed again.
 *
 * The text is cut into top-level chunks at blank lines (never inside fenced code or front matter,
 * never before an indented or list line that may continue a list). Each chunk's mdast is cached by
 * its text; a large table chunk is cached per row, each row parsed as a one-row table under the
 * same header. Cached nodes are stored relative to their chunk and cloned with shifted positions
 * on use, so the cache is never mutated. Entries not used by the latest parse are dropped, so the
 * cache holds about one document's worth of nodes.
 *
 * Where chunking could change the meaning (link reference definitions or footnotes, which act
 * across blocks), the whole text is parsed at once. The contract — proven by test/incremental.test.ts
 * over the examples, generated roadmaps and random edits — is that the document model built from
 * this tree equals the one built from a whole-document parse.
 */
import type { Nodes, Root, RootContent, Table, TableRow } from 'mdast';

export type MarkdownParser = (text: string, options: { frontMatter: boolean }) => Root;

/** Tables with fewer body rows are cached as a whole chunk; bigger ones per row. */
const ROW_CACHE_MIN_ROWS = 16;
/** More missing rows than this: parse the whole table at once (cheaper than many one-row parses). */
const ROW_PARSE_MAX = 24;

interface ChunkEntry { children: RootContent[]; used: number }
/**
 * `row` is pristine (one-row-table coordinates); `out` is the copy handed out last time, at the
 * shift `outBy`/`outLines`. The tree of a parse lives only while the model is built from it, so the
 * next parse may move `out` in place instead of copying the row again (typing shifts every row
 * below the cursor by one character per keystroke).
 */
interface RowEntry { row: TableRow; used: number; out?: TableRow; outBy: number; outLines: number }

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CROSS_BLOCK = /^ {0,3}\[[^\]\n]+\]:/m;
const CONTINUES = /^(?: {1,}|\t|[-*+] |\d{1,9}[.)] )/;
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const RAW_HTML_OPEN = /^ {0,3}(<!--|<script|<pre|<style|<textarea)/i;
const BLOCK_START = /^ {0,3}(#|>|`{3}|~{3}|[-*+] |\d{1,9}[.)] |<)/;

export class ParseCache {
  private chunks = new Map<string, ChunkEntry>();
  /** Rows by table head (header + delimiter), then by row text: no key strings built per row. */
  private rows = new Map<string, Map<string, RowEntry>>();
  private generation = 0;
  /** Parses done by the last call (for tests and benchmarks): whole chunks and single rows. */
  lastStats = { chunksParsed: 0, rowsParsed: 0, chunksReused: 0, rowsReused: 0, whole: false };

  constructor(private readonly parser: MarkdownParser) {}

  parse(text: string): Root {
    this.generation++;
    this.lastStats = { chunksParsed: 0, rowsParsed: 0, chunksReused: 0, rowsReused: 0, whole: false };
    if (CROSS_BLOCK.test(text)) {
      this.lastStats.whole = true;
      return this.parser(text, { frontMatter: true });
    }
    const children: RootContent[] = [];
    for (const chunk of splitChunks(text)) {
      for (const node of this.chunkNodes(chunk)) children.push(node);
    }
    this.sweep();
    const end = pointAt(text, text.length);
    return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
  }

  private chunkNodes(chunk: Chunk): RootContent[] {
    const frontMatter = chunk.start === 0;
    const table = frontMatter ? undefined : tableShape(chunk.text);
    if (table && table.rows.length >= ROW_CACHE_MIN_ROWS) return [this.tableNode(chunk, table)];
    const key = (frontMatter ? 'F' : 'B') + chunk.text;
    let entry = this.chunks.get(key);
    if (entry) this.lastStats.chunksReused++;
    else {
      entry = { children: this.parser(chunk.text, { frontMatter }).children, used: 0 };
      this.chunks.set(key, entry);
      this.lastStats.chunksParsed++;
    }
    entry.used = this.generation;
    return entry.children.map((n) => cloneShifted(n, chunk.start, chunk.line - 1));
  }

  /** A large table: header and delimiter once, each row from the row cache or a one-row parse. */
  private tableNode(chunk: Chunk, shape: TableShape): Table {
    const head = `${shape.header}\n${shape.delimiter}\n`;
    let rows = this.rows.get(head);
    if (!rows) this.rows.set(head, (rows = new Map()));
    let missing = 0;
    for (const r of shape.rows) if (!rows.has(r.text)) missing++;
    if (missing > ROW_PARSE_MAX) this.fillRowsFromWholeTable(chunk, shape, head, rows);
    const headEntry = this.headerOf(head);
    const table = cloneShifted(headEntry, chunk.start, chunk.line - 1) as Table;
    for (const r of shape.rows) {
      let entry = rows.get(r.text);
      if (entry) this.lastStats.rowsReused++;
      else {
        const parsed = firstTable(this.parser(head + r.text, { frontMatter: false }).children);
        const row = parsed?.children[1];
        entry = { row: row ?? emptyRow(head.length, r.text.length), used: 0, outBy: 0, outLines: 0 };
        rows.set(r.text, entry);
        this.lastStats.rowsParsed++;
      }
      // The row was parsed at offset head.length, on line 3 of its one-row table.
      const by = chunk.start + r.offset - head.length;
      const lines = chunk.line - 1 + r.line - 2;
      if (entry.used === this.generation) {
        table.children.push(cloneShifted(entry.row, by, lines)); // the same row twice in this parse
      } else {
        if (entry.out) shiftInPlace(entry.out, by - entry.outBy, lines - entry.outLines);
        else entry.out = cloneShifted(entry.row, by, lines);
        entry.outBy = by;
        entry.outLines = lines;
        table.children.push(entry.out);
      }
      entry.used = this.generation;
    }
    const last = shape.rows[shape.rows.length - 1]!;
    const length = last.text.endsWith('\r') ? last.text.length - 1 : last.text.length; // CRLF: the node ends before \r
    table.position = {
      start: pointShifted(table.position!.start, 0, 0),
      end: { line: chunk.line + last.line, column: length + 1, offset: chunk.start + last.offset + length },
    };
    return table;
  }

  private headerOf(head: string): Table {
    const key = 'H' + head;
    let entry = this.chunks.get(key);
    if (!entry) {
      entry = { children: this.parser(head.slice(0, -1), { frontMatter: false }).children, used: 0 };
      this.chunks.set(key, entry);
    }
    entry.used = this.generation;
    const table = firstTable(entry.children);
    // A header without a delimiter the parser accepts cannot happen here (tableShape checked it);
    // keep a well-formed node anyway.
    return table ? { ...table, children: table.children.slice(0, 1) } : { type: 'table', align: [], children: [] };
  }

  /** Cold start: one parse of the whole table, its rows stored as if each had been parsed alone. */
  private fillRowsFromWholeTable(chunk: Chunk, shape: TableShape, head: string, rows: Map<string, RowEntry>): void {
    const table = firstTable(this.parser(chunk.text, { frontMatter: false }).children);
    this.lastStats.chunksParsed++;
    if (!table || table.children.length !== shape.rows.length + 1) return; // shapes disagree: rows parse one by one
    shape.rows.forEach((r, i) => {
      const row = table.children[i + 1]!;
      // Move the row from chunk coordinates to those of its one-row table.
      rows.set(r.text, { row: cloneShifted(row, head.length - r.offset, 2 - r.line), used: 0, outBy: 0, outLines: 0 });
    });
  }

  private sweep(): void {
    for (const [k, e] of this.chunks) if (e.used !== this.generation) this.chunks.delete(k);
    for (const [head, rows] of this.rows) {
      for (const [k, e] of rows) if (e.used !== this.generation) rows.delete(k);
      if (rows.size === 0) this.rows.delete(head);
    }
  }
}

interface Chunk { text: string; start: number; line: number }

/** Top-level chunks separated by blank lines, with their offsets and (1-based) first lines. */
export function splitChunks(text: string): Chunk[] {
  const lines = text.split('\n');
  const chunks: Chunk[] = [];
  let offset = 0;
  let chunkStart = 0;
  let chunkLine = 1;
  let fence: string | undefined;
  let rawHtml: RegExp | undefined;
  let inFrontMatter = lines[0]?.replace(/\r$/, '') === '---';
  let blankBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const lineStart = offset;
    offset += lines[i]!.length + 1;
    if (inFrontMatter) {
      if (i > 0 && (line === '---' || line === '...')) inFrontMatter = false;
      continue;
    }
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (rawHtml) {
      if (rawHtml.test(line)) rawHtml = undefined;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) { fence = open[1]!.slice(0, 3); blankBefore = false; continue; }
    // HTML blocks that blank lines do not end (CommonMark types 1–2): comments, script, pre, style, textarea.
    const html = RAW_HTML_OPEN.exec(line);
    if (html && !(html[1] === '<!--' ? /-->/.test(line.slice(html.index + 4)) : new RegExp(`</${html[1]!.slice(1)}>`, 'i').test(line))) {
      rawHtml = html[1] === '<!--' ? /-->/ : new RegExp(`</${html[1]!.slice(1)}>`, 'i');
      blankBefore = false;
      continue;
    }
    const blank = line.trim() === '';
    if (!blank && blankBefore && !CONTINUES.test(line) && lineStart > chunkStart) {
      chunks.push({ text: text.slice(chunkStart, lineStart), start: chunkStart, line: chunkLine });
      chunkStart = lineStart;
      chunkLine = i + 1;
    }
    blankBefore = blank;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ text: text.slice(chunkStart), start: chunkStart, line: chunkLine });
  return chunks;
}

interface TableShape { header: string; delimiter: string; rows: { text: string; offset: number; line: number }[] }

/** A chunk that is exactly one GFM table whose every row is a plain `|` line (else undefined). */
function tableShape(chunk: string): TableShape | undefined {
  const lines = chunk.split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length < 3) return undefined;
  const header = lines[0]!;
  const delimiter = lines[1]!;
  if (!header.includes('|') || !DELIMITER_ROW.test(delimiter.replace(/\r$/, '')) || BLOCK_START.test(header)) return undefined;
  if (header.includes('\r') !== delimiter.includes('\r')) return undefined;
  const rows: TableShape['rows'] = [];
  let offset = header.length + 1 + delimiter.length + 1;
  for (let i = 2; i < lines.length; i++) {
    const text = lines[i]!;
    // Only lines that are certainly rows: starting with a pipe, holding no other block.
    if (!/^ {0,3}\|/.test(text)) return undefined;
    rows.push({ text, offset, line: i });
    offset += text.length + 1;
  }
  return { header, delimiter, rows };
}

function firstTable(children: readonly RootContent[]): Table | undefined {
  return children.length === 1 && children[0]!.type === 'table' ? children[0] : undefined;
}

function emptyRow(at: number, length: number): TableRow {
  return { type: 'tableRow', children: [], position: { start: { line: 3, column: 1, offset: at }, end: { line: 3, column: length + 1, offset: at + length } } };
}

type Point = NonNullable<Nodes['position']>['start'];

function pointShifted(p: Point, by: number, lines: number): Point {
  return { line: p.line + lines, column: p.column, offset: p.offset === undefined ? undefined : p.offset + by };
}

function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lastBreak = i; }
  return { line, column: offset - lastBreak, offset };
}

/** Moves every offset of `node` (a tree this cache owns) by `by` and every line by `lines`. */
function shiftInPlace(node: Nodes, by: number, lines: number): void {
  if (by === 0 && lines === 0) return;
  const p = node.position;
  if (p) {
    if (p.start.offset !== undefined) p.start.offset += by;
    if (p.end.offset !== undefined) p.end.offset += by;
    p.start.line += lines;
    p.end.line += lines;
  }
  if ('children' in node && Array.isArray(node.children)) for (const c of node.children as Nodes[]) shiftInPlace(c, by, lines);
}

/** A deep copy of `node` with every offset moved by `by` and every line by `lines`. */
function cloneShifted<T extends Nodes>(node: T, by: number, lines: number): T {
  const copy = { ...node } as T & { children?: Nodes[] };
  if (node.position) copy.position = { start: pointShifted(node.position.start, by, lines), end: pointShifted(node.position.end, by, lines) };
  if ('children' in node && Array.isArray(node.children)) copy.children = (node.children as Nodes[]).map((c) => cloneShifted(c, by, lines));
  return copy;
}
