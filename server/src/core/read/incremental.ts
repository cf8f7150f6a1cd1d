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
import type { Cell } from '../model';

export type MarkdownParser = (text: string, options: { frontMatter: boolean }) => Root;

/**
 * One edit of the text, as the editor reports it: the characters [start, end) of the text before the
 * edit were replaced by `inserted` characters. Offsets are into the whole text the caller analyses
 * (BOM included).
 */
export interface TextChange {
  start: number;
  end: number;
  inserted: number;
}

/**
 * The edits since the last parse, merged: [start, oldEnd) of the text last parsed became
 * [start, oldEnd + delta) of the new one; everything before is the same, everything after moved by
 * delta. 'none': no edit since; 'unknown': the cache cannot tell (no one reports edits to it, or one
 * replaced the whole text).
 */
type Pending = { start: number; oldEnd: number; delta: number } | 'none' | 'unknown';

/** Tables with fewer body rows are cached as a whole chunk; bigger ones per row. */
const ROW_CACHE_MIN_ROWS = 16;
/** More missing rows than this: parse the whole table at once (cheaper than many one-row parses). */
const ROW_PARSE_MAX = 24;
/**
 * New table rows are parsed in runs of about this many characters: one step of `warm` (a few
 * milliseconds), and faster in total than one parse of a whole large table.
 */
export const WARM_STEP_CHARS = 6_000;

interface ChunkEntry {
  children: RootContent[];
  used: number;
}
/**
 * `out`: the row node, handed out by the last parse, at `outBy`/`outLines` from its one-row-table
 * coordinates (a row parsed alone is on line 3, after the header and delimiter). The tree of a
 * parse lives only while the model is built from it, so the next parse moves `out` in place instead
 * of copying the row (typing shifts every row below the cursor by one character per keystroke). One
 * copy per row is kept, not a pristine one besides: the server holds a cache per open document.
 */
interface RowEntry {
  out: TableRow;
  used: number;
  outBy: number;
  outLines: number;
  /**
   * Where `out`'s cells and the nodes inside them are, in the same terms: in an editing cache only the
   * row node itself is moved with each parse, and its insides when the model reads them (`rowCells`
   * reads a row's cells only when its text changed or it is new), so typing moves 5,000 nodes, not 75,000.
   */
  innerBy: number;
  innerLines: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CROSS_BLOCK = /^ {0,3}\[[^\]\n]+\]:/m;
const CONTINUES = /^(?: {1,}|\t|[-*+] |\d{1,9}[.)] )/;
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const RAW_HTML_OPEN = /^ {0,3}(<!--|<script|<pre|<style|<textarea)/i;
const BLOCK_START = /^ {0,3}(#|>|`{3}|~{3}|[-*+] |\d{1,9}[.)] |<)/;
/** A line that is certainly a table row: it starts with a pipe (so it opens no other block). */
const ROW_LINE = /^ {0,3}\|/;

export class ParseCache {
  private chunks = new Map<string, ChunkEntry>();
  /** Rows by table head (header + delimiter), then by row text: no key strings built per row. */
  private rows = new Map<string, Map<string, RowEntry>>();
  private generation = 0;
  /** Per table head: the rows of the last parse in order (texts and entries), and those of this parse. */
  private order = new Map<string, { texts: string[]; entries: RowEntry[] }>();
  private nextOrder = new Map<string, { texts: string[]; entries: RowEntry[] }>();
  /**
   * The model's cells of a reused row node (see `rowCells`), with the row's offset when they were
   * read. Keyed by the node: a row the cache hands out again is the same object, moved in place.
   */
  private cells = new WeakMap<TableRow, { at: number; width: number; cells: Cell[] }>();
  /** The length of the text last parsed or warmed; -1 before the first. */
  private knownLength = -1;
  /** Offsets of the last parse are shifted by this (a BOM before the text). */
  private base = 0;
  /** Parses done by the last call (for tests and benchmarks): whole chunks and single rows; `edited`: the text was not split again. */
  lastStats = { chunksParsed: 0, rowsParsed: 0, chunksReused: 0, rowsReused: 0, cellsReused: 0, whole: false, edited: false };
  /** The edits since the last parse (see `noteChange`). */
  private pending: Pending = 'unknown';
  /** The last parse's chunks (with their table shapes) and where its text ended, for the next edit to start from. */
  private last: { chunks: ShapedChunk[]; length: number; base: number; end: Point } | undefined;

  /** The entry of each row node an editing cache handed out, to move its insides when they are read. */
  private readonly entryOf = new WeakMap<TableRow, RowEntry>();

  /**
   * `editing`: the cache of a document being edited (the language server's). Its owner reports every
   * edit through `noteChange`, so an edit within one table row need not split the text again; and
   * reads the trees only through the model (parseDocument, `rowCells`), so a row that moved has its
   * insides moved only when its cells are read again. A cache whose trees are read otherwise (the
   * Word export walks them) must not be an editing one.
   */
  constructor(
    private readonly parser: MarkdownParser,
    private readonly editing = false,
  ) {}

  /** `base`: added to every offset (not to lines or columns) — the BOM the caller cut off. */
  parse(text: string, base = 0): Root {
    this.generation++;
    this.knownLength = text.length;
    this.base = base;
    this.lastStats = { chunksParsed: 0, rowsParsed: 0, chunksReused: 0, rowsReused: 0, cellsReused: 0, whole: false, edited: false };
    const edited = this.editedChunks(text, base);
    this.pending = this.editing ? 'none' : 'unknown';
    if (!edited && parsedWhole(text)) {
      this.last = undefined;
      this.lastStats.whole = true;
      const tree = this.parser(text, { frontMatter: true });
      if (base) shiftInPlace(tree, base, 0);
      return tree;
    }
    this.lastStats.edited = edited !== undefined;
    const chunks = edited?.chunks ?? splitChunks(text).map((c) => ({ ...c, shape: c.start === 0 ? undefined : tableShape(c.text) }));
    const children: RootContent[] = [];
    for (const chunk of chunks) {
      for (const node of this.chunkNodes(chunk)) children.push(node);
    }
    this.sweep();
    this.order = this.nextOrder;
    this.nextOrder = new Map();
    const end = edited?.end ?? pointAt(text, text.length);
    this.last = { chunks, length: text.length, base, end };
    return {
      type: 'root',
      children,
      position: { start: { line: 1, column: 1, offset: base }, end: { ...end, offset: text.length + base } },
    };
  }

  /** Whether the input guard (guard.ts) blanked nothing in the text last parsed: parse.ts keeps this. */
  guardClean = false;

  /**
   * The line of `source` (the whole text, BOM included) that every edit since the last parse fell
   * within, when there is one: the input guard then checks that line alone.
   */
  editedLine(source: string): { start: number; end: number } | undefined {
    const p = this.pending;
    if (typeof p !== 'object' || !this.last || source.length !== this.last.length + this.last.base + p.delta) return undefined;
    const lineStart = p.start === 0 ? 0 : source.lastIndexOf('\n', p.start - 1) + 1;
    const lineBreak = source.indexOf('\n', p.start);
    const lineEnd = lineBreak === -1 ? source.length : lineBreak;
    return p.oldEnd + p.delta <= lineEnd ? { start: lineStart, end: lineEnd } : undefined;
  }

  /**
   * The editor reports an edit (undefined: the whole text was replaced). An editing cache
   * counts on being told of every edit: an edit within one row of a large table then costs no split
   * of the text into blocks and rows (see `editedChunks`).
   */
  noteChange(change: TextChange | undefined): void {
    const p = this.pending;
    if (!change || p === 'unknown') {
      this.pending = 'unknown';
      return;
    }
    const delta = change.inserted - (change.end - change.start);
    if (p === 'none') {
      this.pending = { start: change.start, oldEnd: change.end, delta };
      return;
    }
    // The new edit's offsets are into the text after the earlier ones: mapped back to the text last parsed.
    const newEnd = p.oldEnd + p.delta;
    const back = (at: number, inside: number) => (at < p.start ? at : at > newEnd ? at - p.delta : inside);
    this.pending = {
      start: Math.min(p.start, back(change.start, p.start)),
      oldEnd: Math.max(p.oldEnd, back(change.end, p.oldEnd)),
      delta: p.delta + delta,
    };
  }

  /**
   * The chunks of `text` from the last parse's, when every edit since fell within one body row of a
   * large table and left it one row line: only that row's text is new, the rest moved by the edit's
   * length. Undefined when that cannot be shown (then the text is split as usual).
   */
  private editedChunks(text: string, base: number): { chunks: ShapedChunk[]; end: Point } | undefined {
    const p = this.pending;
    const last = this.last;
    if (typeof p !== 'object' || !last || last.base !== base || text.length !== last.length + p.delta) return undefined;
    const start = p.start - base;
    const oldEnd = p.oldEnd - base;
    let c = last.chunks.length - 1;
    while (c > 0 && last.chunks[c]!.start > start) c--;
    const chunk = last.chunks[c]!;
    const shape = chunk.shape;
    if (!shape || shape.rows.length < ROW_CACHE_MIN_ROWS || start < chunk.start) return undefined;
    // The row the edit fell in: the last one starting at or before it (rows are in offset order).
    let lo = 0;
    let hi = shape.rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunk.start + shape.rows[mid]!.offset <= start) lo = mid;
      else hi = mid - 1;
    }
    const row = shape.rows[lo]!;
    const rowStart = chunk.start + row.offset;
    const rowEnd = rowStart + row.text.length;
    if (rowStart > start || oldEnd > rowEnd) return undefined;
    // Still one line, ending where the old one did (moved by delta), and still a row line.
    const newRowEnd = rowEnd + p.delta;
    const lineBreak = text.indexOf('\n', rowStart);
    if (lineBreak !== (rowEnd < last.length ? newRowEnd : -1)) return undefined;
    const rowText = text.slice(rowStart, newRowEnd);
    if (!ROW_LINE.test(rowText)) return undefined;
    const delta = p.delta;
    const rows = shape.rows.map((r, i) =>
      i < lo ? r : i === lo ? { text: rowText, offset: r.offset, line: r.line } : { text: r.text, offset: r.offset + delta, line: r.line },
    );
    const chunks = last.chunks.map((ch, i) =>
      i < c
        ? ch
        : i === c
          ? { text: text.slice(ch.start, ch.start + ch.text.length + delta), start: ch.start, line: ch.line, shape: { ...shape, rows } }
          : { ...ch, start: ch.start + delta },
    );
    // No line break was added or removed: the text ends on the same line, the last line maybe longer.
    const end = { line: last.end.line, column: text.length - text.lastIndexOf('\n'), offset: text.length };
    return { chunks, end };
  }

  /**
   * The work of a cold `parse(text)`, done ahead in small steps so a caller can spread it over
   * many turns of its event loop: each `next()` parses one chunk, or up to WARM_STEP_CHARS of a large
   * table's rows, and stores it; once the generator is done, `parse` of the same text finds every block
   * and row cached and parses nothing. Text already cached costs no step at all, so a document that is
   * warm (or nearly: one edited row) yields nothing. A text with link reference definitions or
   * footnotes is parsed whole by `parse` and cannot be prepared in parts: no steps either.
   * Nothing here is swept; entries a later `parse` does not use are dropped by it as usual.
   */
  *warm(text: string): Generator<void, void, void> {
    // Parsed whole by `parse` in any case: nothing to prepare, and nothing to warm again later.
    if (parsedWhole(text)) {
      this.knownLength = text.length;
      return;
    }
    this.knownLength = -1; // until the last step: a warm-up left half done is not a known text
    for (const chunk of splitChunks(text)) {
      const frontMatter = chunk.start === 0;
      const table = frontMatter ? undefined : tableShape(chunk.text);
      if (table && table.rows.length >= ROW_CACHE_MIN_ROWS) {
        yield* this.warmRows(table);
        continue;
      }
      const key = (frontMatter ? 'F' : 'B') + chunk.text;
      if (this.chunks.has(key)) continue;
      this.chunks.set(key, { children: this.parser(chunk.text, { frontMatter }).children, used: 0 });
      yield;
    }
    this.knownLength = text.length;
  }

  /**
   * Whether a text of `length` may hold much that is not cached, so that warming it first is worth a scan: never
   * parsed, or its length moved by more than `newChars` since (a paste, a reload). Only the length is
   * compared — a scan of a large text costs more than a keystroke may — so a same-length rewrite of
   * the whole text is missed; `parse` then still parses only what is new, at once.
   */
  mayNeedWarming(length: number, newChars: number): boolean {
    return this.knownLength < 0 || Math.abs(length - this.knownLength) > newChars;
  }

  /** A large table's rows not cached yet, parsed in slices of about WARM_STEP_CHARS, one step each. */
  private *warmRows(shape: TableShape): Generator<void, void, void> {
    const head = `${shape.header}\n${shape.delimiter}\n`;
    this.headerOf(head);
    let rows = this.rows.get(head);
    if (!rows) {
      rows = new Map();
      this.rows.set(head, rows);
    }
    const texts = [...new Set(shape.rows.map((r) => r.text).filter((text) => !rows.has(text)))];
    for (const slice of slices(texts)) {
      this.storeRows(head, slice, rows);
      yield;
    }
  }

  /**
   * Rows parsed together as one table under `head`, each stored as if it had been parsed alone (a GFM
   * row is one line and depends only on the header). If the parser does not see one row per line,
   * nothing is stored: `parse` then reads those rows its own way.
   */
  private storeRows(head: string, texts: readonly string[], rows: Map<string, RowEntry>): void {
    const table = firstTable(this.parser(head + texts.join('\n'), { frontMatter: false }).children);
    if (!table || table.children.length !== texts.length + 1) return;
    let offset = head.length;
    texts.forEach((text, i) => {
      // The row sits `offset - head.length` characters and `i` lines below where a one-row parse puts it.
      const by = offset - head.length;
      rows.set(text, { out: table.children[i + 1]!, used: 0, outBy: by, outLines: i, innerBy: by, innerLines: i });
      offset += text.length + 1;
    });
  }

  /**
   * The model's cells of one table row: read once per row node, then reused while the row's text is
   * unchanged — typing into one cell of a 5,000-row table reads one row's cells, not 30,000. Cells of
   * a row that moved (text inserted above it) are shifted in place, like the row node itself; the
   * model built from the previous parse must not be read after the next one (the server keeps the
   * latest analysis only). `width`: the header's cell count, which the cells depend on.
   */
  rowCells(row: TableRow, width: number, read: () => Cell[]): Cell[] {
    const at = row.position?.start.offset ?? -1;
    const hit = this.cells.get(row);
    if (hit && hit.width === width) {
      if (hit.at !== at) {
        shiftCells(hit.cells, at - hit.at);
        hit.at = at;
      }
      this.lastStats.cellsReused++;
      return hit.cells;
    }
    const entry = this.entryOf.get(row);
    if (entry) settle(entry);
    const cells = read();
    this.cells.set(row, { at, width, cells });
    return cells;
  }

  private chunkNodes(chunk: ShapedChunk): RootContent[] {
    const frontMatter = chunk.start === 0;
    const table = chunk.shape;
    if (table && table.rows.length >= ROW_CACHE_MIN_ROWS) {
      const node = this.tableNode(chunk, table);
      if (node) return [node];
    }
    const key = (frontMatter ? 'F' : 'B') + chunk.text;
    let entry = this.chunks.get(key);
    if (entry) this.lastStats.chunksReused++;
    else {
      entry = { children: this.parser(chunk.text, { frontMatter }).children, used: 0 };
      this.chunks.set(key, entry);
      this.lastStats.chunksParsed++;
    }
    entry.used = this.generation;
    return entry.children.map((n) => cloneShifted(n, this.base + chunk.start, chunk.line - 1));
  }

  /**
   * A large table: header and delimiter once, each row from the row cache or a one-row parse.
   * Undefined when the header and delimiter make no table after all (a header with one cell more than
   * the delimiter, «|| № | Этап |», is a paragraph to GFM): the block is then parsed as it is.
   */
  private tableNode(chunk: ShapedChunk, shape: TableShape): Table | undefined {
    const head = `${shape.header}\n${shape.delimiter}\n`;
    const headEntry = this.headerOf(head);
    if (!headEntry) return undefined;
    let rows = this.rows.get(head);
    if (!rows) {
      rows = new Map();
      this.rows.set(head, rows);
    }
    // Typing keeps rows in place: the row at the same index last time is compared first (a string
    // comparison), the map (which hashes the row's text) only for rows that moved or changed.
    const previous = this.order.get(head);
    const found: (RowEntry | undefined)[] = new Array<RowEntry | undefined>(shape.rows.length);
    let missing = 0;
    shape.rows.forEach((r, i) => {
      const entry = previous && previous.texts[i] === r.text ? previous.entries[i] : rows.get(r.text);
      found[i] = entry;
      if (!entry) missing++;
    });
    if (missing > ROW_PARSE_MAX) {
      // Many new rows (a cold start, a paste): parsed together in runs, as a warm-up does — not one
      // by one, and not with the rest of the table, which is cached (and which remark parses slower
      // in one piece than in runs).
      for (const _ of this.warmRows(shape)); // run to the end at once
      shape.rows.forEach((r, i) => {
        found[i] ??= rows.get(r.text);
      });
    }
    this.lastStats.rowsParsed += missing;
    this.lastStats.rowsReused += shape.rows.length - missing;
    const table = cloneShifted(headEntry, this.base + chunk.start, chunk.line - 1) as Table;
    const order = { texts: shape.rows.map((r) => r.text), entries: [] as RowEntry[] };
    for (const [i, r] of shape.rows.entries()) {
      let entry = found[i];
      if (!entry) {
        const parsed = firstTable(this.parser(head + r.text, { frontMatter: false }).children);
        const row = parsed?.children[1];
        entry = { out: row ?? emptyRow(head.length, r.text.length), used: 0, outBy: 0, outLines: 0, innerBy: 0, innerLines: 0 };
        rows.set(r.text, entry);
      }
      // The row was parsed at offset head.length, on line 3 of its one-row table.
      const by = this.base + chunk.start + r.offset - head.length;
      const lines = chunk.line - 1 + r.line - 2;
      if (entry.used === this.generation) {
        settle(entry);
        table.children.push(cloneShifted(entry.out, by - entry.outBy, lines - entry.outLines)); // the same row twice in this parse
      } else if (this.editing) {
        moveNode(entry.out, by - entry.outBy, lines - entry.outLines);
        entry.outBy = by;
        entry.outLines = lines;
        this.entryOf.set(entry.out, entry);
        table.children.push(entry.out);
      } else {
        shiftInPlace(entry.out, by - entry.outBy, lines - entry.outLines);
        entry.outBy = entry.innerBy = by;
        entry.outLines = entry.innerLines = lines;
        table.children.push(entry.out);
      }
      entry.used = this.generation;
      order.entries.push(entry);
    }
    this.nextOrder.set(head, order);
    const last = shape.rows[shape.rows.length - 1]!;
    const length = last.text.endsWith('\r') ? last.text.length - 1 : last.text.length; // CRLF: the node ends before \r
    table.position = {
      start: pointShifted(table.position!.start, 0, 0),
      end: { line: chunk.line + last.line, column: length + 1, offset: this.base + chunk.start + last.offset + length },
    };
    return table;
  }

  private headerOf(head: string): Table | undefined {
    const key = 'H' + head;
    let entry = this.chunks.get(key);
    if (!entry) {
      entry = { children: this.parser(head.slice(0, -1), { frontMatter: false }).children, used: 0 };
      this.chunks.set(key, entry);
    }
    entry.used = this.generation;
    const table = firstTable(entry.children);
    return table?.position ? { ...table, children: table.children.slice(0, 1) } : undefined;
  }

  private sweep(): void {
    for (const [k, e] of this.chunks) if (e.used !== this.generation) this.chunks.delete(k);
    for (const [head, rows] of this.rows) {
      for (const [k, e] of rows) if (e.used !== this.generation) rows.delete(k);
      if (rows.size === 0) this.rows.delete(head);
    }
  }
}

/** Link reference definitions or footnotes act across blocks: such a text is parsed in one piece. */
export function parsedWhole(text: string): boolean {
  // `includes` first: a scan for «]:» is far cheaper than the multiline regex over megabytes.
  return text.includes(']:') && CROSS_BLOCK.test(text);
}

/** Row texts cut into runs of about WARM_STEP_CHARS characters (at least one row each). */
function slices(texts: readonly string[]): string[][] {
  const out: string[][] = [];
  let slice: string[] = [];
  let chars = 0;
  for (const text of texts) {
    slice.push(text);
    chars += text.length + 1;
    if (chars >= WARM_STEP_CHARS) {
      out.push(slice);
      slice = [];
      chars = 0;
    }
  }
  if (slice.length > 0) out.push(slice);
  return out;
}

interface Chunk {
  text: string;
  start: number;
  line: number;
}

/** A chunk with its table shape, when it is one plain GFM table (never the first chunk: front matter). */
interface ShapedChunk extends Chunk {
  shape: TableShape | undefined;
}

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
    const raw = lines[i]!;
    // Not `replace(/\r$/, '')`: that regex walks the whole line looking for its end.
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
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
    if (open) {
      fence = open[1]!.slice(0, 3);
      blankBefore = false;
      continue;
    }
    // HTML blocks that blank lines do not end (CommonMark types 1–2): comments, script, pre, style, textarea.
    const html = RAW_HTML_OPEN.exec(line);
    if (html && !(html[1] === '<!--' ? /-->/.test(line.slice(html.index + 4)) : new RegExp(`</${html[1]!.slice(1)}>`, 'i').test(line))) {
      rawHtml = html[1] === '<!--' ? /-->/ : new RegExp(`</${html[1]!.slice(1)}>`, 'i');
      blankBefore = false;
      continue;
    }
    const blank = isBlankLine(line);
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

/**
 * A blank line as CommonMark has it: nothing but spaces and tabs (a CRLF's `\r` aside). Not `trim()`,
 * which also takes a no-break space for blank — a line of one is a paragraph to remark.
 */
function isBlankLine(line: string): boolean {
  return BLANK_LINE.test(line);
}
const BLANK_LINE = /^[ \t]*\r?$/;

interface TableShape {
  header: string;
  delimiter: string;
  rows: { text: string; offset: number; line: number }[];
}

/** A chunk that is exactly one GFM table whose every row is a plain `|` line (else undefined). */
function tableShape(chunk: string): TableShape | undefined {
  const lines = chunk.split('\n');
  while (lines.length > 0 && isBlankLine(lines[lines.length - 1]!)) lines.pop();
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
    if (!ROW_LINE.test(text)) return undefined;
    rows.push({ text, offset, line: i });
    offset += text.length + 1;
  }
  return { header, delimiter, rows };
}

function firstTable(children: readonly RootContent[]): Table | undefined {
  return children.length === 1 && children[0]!.type === 'table' ? children[0] : undefined;
}

function emptyRow(at: number, length: number): TableRow {
  return {
    type: 'tableRow',
    children: [],
    position: { start: { line: 3, column: 1, offset: at }, end: { line: 3, column: length + 1, offset: at + length } },
  };
}

type Point = NonNullable<Nodes['position']>['start'];

function pointShifted(p: Point, by: number, lines: number): Point {
  return { line: p.line + lines, column: p.column, offset: p.offset === undefined ? undefined : p.offset + by };
}

function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return { line, column: offset - lastBreak, offset };
}

/** Moves a row's insides to where the row node is (see RowEntry). */
function settle(entry: RowEntry): void {
  const by = entry.outBy - entry.innerBy;
  const lines = entry.outLines - entry.innerLines;
  if (by === 0 && lines === 0) return;
  for (const cell of entry.out.children) shiftInPlace(cell, by, lines);
  entry.innerBy = entry.outBy;
  entry.innerLines = entry.outLines;
}

/** Moves `node`'s own position, not its children's. */
function moveNode(node: Nodes, by: number, lines: number): void {
  const p = node.position;
  if (!p || (by === 0 && lines === 0)) return;
  if (p.start.offset !== undefined) p.start.offset += by;
  if (p.end.offset !== undefined) p.end.offset += by;
  p.start.line += lines;
  p.end.line += lines;
}

function shiftCells(cells: Cell[], by: number): void {
  for (const cell of cells) {
    cell.span.start += by;
    cell.span.end += by;
    for (const part of cell.parts) {
      part.span.start += by;
      part.span.end += by;
    }
  }
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
  if (node.position)
    copy.position = { start: pointShifted(node.position.start, by, lines), end: pointShifted(node.position.end, by, lines) };
  if ('children' in node && Array.isArray(node.children)) copy.children = (node.children as Nodes[]).map((c) => cloneShifted(c, by, lines));
  return copy;
}
