/**
 * Table formatter: aligns the pipes of every GFM table of the document (or of the tables a range
 * touches). What it may change, and nothing else:
 *  - the spaces and tabs around pipes (each cell becomes `| text<padding> |`);
 *  - the run of dashes in the delimiter row (lengthened to the column width; the `:` alignment
 *    markers stay where they were).
 * Cell text, escaped pipes `\|`, inline code, HTML, the number of cells of each line (ragged rows
 * stay ragged), a line's leading/trailing pipe style, indentation and line endings (CRLF) are kept.
 * Invariant (tested): removing the whitespace around pipes gives the same string before and after,
 * for every line but the delimiter row.
 *
 * Widths are display widths: Cyrillic and Latin letters count 1, combining marks and zero-width
 * characters 0, East Asian wide/fullwidth characters and emoji 2 (per grapheme cluster).
 *
 * Very wide cells: roadmap cells are often hundreds of characters long (lists of activities joined
 * with `<br>`). Padding every cell of such a column to its longest cell would bloat the file with
 * spaces, so a column is aligned to its widest cell of at most MAX_ALIGNED_WIDTH; longer cells
 * overflow (the pipes after them are not aligned on that line). Short columns are always aligned.
 *
 * Tables inside block quotes and lists are not in the model (the parser reads top-level tables
 * only), so they are left untouched.
 */
import type { TextEdit } from './edits';
import { MAX_LINE_CHARS } from '../read/guard';
import type { DocumentModel, Span, Table } from '../model';
import { type TableLine, tableLines } from './table-text';

/** A first cell that would open a list or a heading if a space followed it (lines without a leading pipe). */
const BLOCK_MARKER = /^(?:[-+*]|\d{1,9}[.)]|#{1,6})$/;

/** Cells wider than this do not widen their column (see the header comment). */
export const MAX_ALIGNED_WIDTH = 80;

export function formatTables(text: string, model: DocumentModel, range?: Span): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const table of model.tables) {
    if (range && (table.span.end < range.start || table.span.start > range.end)) continue;
    edits.push(...formatTable(text, table));
  }
  return edits;
}

function formatTable(text: string, table: Table): TextEdit[] {
  const lines = tableLines(text, table);
  if (!lines) return [];
  const contents = lines.map((line) => line.cells.map((c) => text.slice(c.start, c.end)));
  const columns = Math.max(...contents.map((c) => c.length));
  const widths: number[] = [];
  for (let k = 0; k < columns; k++) {
    let w = 3; // the shortest delimiter cell: ---
    contents.forEach((cells, i) => {
      if (i === 1 || k >= cells.length) return;
      const cw = displayWidth(cells[k]!, MAX_ALIGNED_WIDTH);
      if (cw <= MAX_ALIGNED_WIDTH && cw > w) w = cw;
    });
    widths.push(w);
  }
  const edits: TextEdit[] = [];
  lines.forEach((line, i) => {
    const cells = i === 1 ? contents[1]!.map((d, k) => delimiterCell(d, widths[k]!)) : contents[i]!;
    const formatted = renderLine(line, cells, widths);
    const original = text.slice(line.start, line.end);
    // Padding must not push a line over the parser guard's cap: it would then be skipped, drop out
    // of the table and change the widths again (fixture test/fixtures/regressions/format-pushes-row-over-line-cap.md).
    if (formatted.length > MAX_LINE_CHARS && formatted.length > original.length) return;
    if (original !== formatted) edits.push({ start: line.start, end: line.end, newText: formatted });
  });
  return edits;
}

function renderLine(line: TableLine, cells: string[], widths: number[]): string {
  let out = line.leadingPipe ? '| ' : '';
  cells.forEach((cell, k) => {
    const last = k === cells.length - 1;
    const pad = Math.max(0, widths[k]! - displayWidth(cell, MAX_ALIGNED_WIDTH));
    if (last && !line.trailingPipe) {
      out += cell; // no trailing spaces at the end of a line without a closing pipe
    } else if (k === 0 && !line.leadingPipe && BLOCK_MARKER.test(cell)) {
      out += cell + (last ? '|' : '| '); // «1.|» must not become «1. |», a list item that ends the table
    } else {
      out += cell + ' '.repeat(pad) + (last ? ' |' : ' | ');
    }
  });
  if (cells.length === 0) out = line.leadingPipe ? (line.trailingPipe ? '| |' : '|') : '';
  return out;
}

/** `:--` → `:-------` at the column width, keeping the alignment markers. */
function delimiterCell(cell: string, width: number): string {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':') && cell.length > 1;
  const dashes = Math.max(1, width - (left ? 1 : 0) - (right ? 1 : 0));
  return (left ? ':' : '') + '-'.repeat(dashes) + (right ? ':' : '');
}

// ───────────────────────────── display width ─────────────────────────────

/** Scripts that are one column per UTF-16 unit: the fast path for Russian text. */
const NARROW_ONLY = /^[\u0020-\u02ff\u0370-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2116\u2190-\u21ff]*$/;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each mark or selector is matched on its own: the text is only these.
const ZERO_WIDTH = /^[\p{M}\u200b-\u200f\u2060-\u2064\ufeff\ufe00-\ufe0f]+$/u;
const EMOJI = /\p{Extended_Pictographic}/u;

let segmenter: Intl.Segmenter | undefined;

/** Columns a string takes in a monospace editor font. */
/**
 * Columns a cell takes in a monospace editor. `cap`: stop counting once past it — the formatter only
 * needs widths up to MAX_ALIGNED_WIDTH, and segmenting a 100 KB cell took it 50 s (fuzz fixture
 * test/fixtures/regressions/format-long-cell.md); the result is then some number above `cap`.
 */
export function displayWidth(s: string, cap = Infinity): number {
  if (NARROW_ONLY.test(s)) return s.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let width = 0;
  for (const { segment } of segmenter.segment(s)) {
    width += graphemeWidth(segment);
    if (width > cap) break;
  }
  return width;
}

function graphemeWidth(g: string): number {
  if (ZERO_WIDTH.test(g)) return 0;
  const cp = g.codePointAt(0)!;
  if (isWide(cp)) return 2;
  // An emoji cluster (👍🏽, 👨‍👩‍👧, ❤️ with VS16) shows as one wide glyph.
  if (EMOJI.test(g) && (g.includes('\ufe0f') || g.includes('\u200d') || cp >= 0x1f000)) return 2;
  return 1;
}

/** East Asian Wide (W) and Fullwidth (F) ranges, condensed from Unicode's EastAsianWidth.txt. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x231a && cp <= 0x231b) ||
    (cp >= 0x2329 && cp <= 0x232a) ||
    (cp >= 0x23e9 && cp <= 0x23ec) ||
    cp === 0x23f0 ||
    cp === 0x23f3 ||
    (cp >= 0x25fd && cp <= 0x25fe) ||
    (cp >= 0x2614 && cp <= 0x2615) ||
    (cp >= 0x2648 && cp <= 0x2653) ||
    cp === 0x267f ||
    cp === 0x2693 ||
    cp === 0x26a1 ||
    (cp >= 0x26aa && cp <= 0x26ab) ||
    (cp >= 0x26bd && cp <= 0x26be) ||
    (cp >= 0x26c4 && cp <= 0x26c5) ||
    cp === 0x26ce ||
    cp === 0x26d4 ||
    cp === 0x26ea ||
    (cp >= 0x26f2 && cp <= 0x26f3) ||
    cp === 0x26f5 ||
    cp === 0x26fa ||
    cp === 0x26fd ||
    cp === 0x2705 ||
    (cp >= 0x270a && cp <= 0x270b) ||
    cp === 0x2728 ||
    cp === 0x274c ||
    cp === 0x274e ||
    (cp >= 0x2753 && cp <= 0x2755) ||
    cp === 0x2757 ||
    (cp >= 0x2795 && cp <= 0x2797) ||
    cp === 0x27b0 ||
    cp === 0x27bf ||
    (cp >= 0x2b1b && cp <= 0x2b1c) ||
    cp === 0x2b50 ||
    cp === 0x2b55 ||
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // kana, CJK symbols
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK ext. A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x16fe0 && cp <= 0x18aff) ||
    (cp >= 0x1b000 && cp <= 0x1b2ff) ||
    (cp >= 0x1f004 && cp <= 0x1f004) ||
    cp === 0x1f0cf ||
    cp === 0x1f18e ||
    (cp >= 0x1f191 && cp <= 0x1f19a) ||
    (cp >= 0x1f200 && cp <= 0x1f251) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) || // pictographs, emoticons (most are W)
    (cp >= 0x1f680 && cp <= 0x1f6ff) ||
    (cp >= 0x1f7e0 && cp <= 0x1f7eb) ||
    (cp >= 0x1f90c && cp <= 0x1f9ff) ||
    (cp >= 0x1fa70 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK ext. B and beyond
  );
}
