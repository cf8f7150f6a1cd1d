/**
 * Word tables (mammoth HTML) → plain rectangular tables Nastavnik reads best, still as hast:
 * - merged cells are laid out on the grid: a cell merged down (rowspan: a stage over several rows)
 *   keeps its text in its first row and leaves the rows below empty — an empty stage cell continues
 *   the stage above (core/read/parse.ts). A deadline, responsible or result merged down applies to every
 *   row it covers, so those are repeated: left empty they would read as missing;
 * - a row that is one cell across the whole table is a section row: its title goes in the first
 *   column that is not «№» (its number «1.», «II.» in «№»), the other cells stay empty;
 * - a row that is one cell across the whole table above the header is the table's caption: it
 *   becomes a bold paragraph before the table;
 * - the column-number row right under the header (`1 | 2 | 3 | 4 | 5`) is dropped; rows with no
 *   text at all are dropped;
 * - each cell's paragraphs and list items become one line joined by `<br>` (cell-parts.ts);
 * - a table that only lays out an approval block («СОГЛАСОВАНО | УТВЕРЖДАЮ» side by side) or a
 *   one-column frame is no table of the document: its text becomes paragraphs.
 * Column roles and the column-number row are read by the core (columnRole, isColumnNumberRow).
 */
import type { Element, ElementContent, Properties } from 'hast';
import { columnRole } from '../core/read/columns';
import type { Cell, ColumnRole } from '../core/model';
import { isColumnNumberRow } from '../core/read/row-kinds';
import { type Part, joinParts, partText, partsOf } from './cell-parts';

export interface TableNotes {
  tables: number;
  columnNumberRows: number;
  sectionRows: number;
  layoutTables: number;
}

/** The biggest grid a table may take: a real roadmap has ≤ 20 columns; rowspan/colspan come from the file. */
const MAX_SPAN = 1000;
const MAX_COLUMNS = 64;

interface Slot {
  /** The merged cell this slot belongs to. */
  source: number;
  /** The slot is the merged cell's first (top-left) one. */
  origin: boolean;
  /** The slot is in the first row of its merged cell (a cell merged across only). */
  firstRow: boolean;
}

/** `row`: the grid row the cell starts in. */
interface SourceCell {
  parts: Part[];
  row: number;
}

const el = (tagName: string, children: ElementContent[], properties: Properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function childElements(node: Element, names: readonly string[]): Element[] {
  return node.children.filter((c): c is Element => c.type === 'element' && names.includes(c.tagName));
}

/** The rows of a table, through thead/tbody/tfoot, not into nested tables. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'tr') rows.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') rows.push(...childElements(c, ['tr']));
  }
  return rows;
}

function span(value: unknown): number {
  const n = Math.floor(Number(value ?? 1));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * Lays the cells on a grid the way Word does: each merged cell takes its rectangle. A merge never
 * widens a Word table, so a colspan is cut at the table's width — the widest row with every colspan
 * counted as one (a file may say colspan="100000").
 */
function layOut(rows: readonly Element[]): { cells: SourceCell[]; grid: (Slot | undefined)[][]; width: number } {
  const natural = placeCells(rows, () => MAX_COLUMNS, true).width;
  return placeCells(rows, (c) => Math.max(1, natural - c), false);
}

function placeCells(
  rows: readonly Element[],
  room: (column: number) => number,
  single: boolean,
): { cells: SourceCell[]; grid: (Slot | undefined)[][]; width: number } {
  const cells: SourceCell[] = [];
  const grid: (Slot | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const td of childElements(row, ['td', 'th'])) {
      while (grid[r]![c] !== undefined) c++;
      if (c >= MAX_COLUMNS) break;
      const rowSpan = Math.min(span(td.properties?.rowSpan), rows.length - r);
      const colSpan = single ? 1 : Math.min(span(td.properties?.colSpan), room(c), MAX_COLUMNS - c);
      const source = cells.push({ parts: single ? [] : partsOf(td.children), row: r }) - 1;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) grid[r + dr]![c + dc] = { source, origin: dr === 0 && dc === 0, firstRow: dr === 0 };
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  return { cells, grid, width };
}

/** A cell that opens an approval block: «УТВЕРЖДАЮ», «СОГЛАСОВАНО», «Принято на педсовете», «Приложение 1». */
const APPROVAL = /^[\s«"*]*(?:утвержд|согласова|принят|рассмотрен|приложени)/i;

function isLayoutTable(cells: readonly SourceCell[], grid: readonly (Slot | undefined)[][], width: number): boolean {
  // One column: a framed note or a boxed list, never a plan (a plan needs an activity and its deadline or responsible).
  if (width === 1) return true;
  if (grid.length > 3 || width > 3) return false;
  const first = grid[0] ?? [];
  const headerRoles = first.filter((s) => s?.origin).map((s) => columnRole(cells[s!.source]!.parts.map(partText).join(' ')).role);
  if (headerRoles.some((r) => r !== 'other')) return false;
  return cells.some((c) => APPROVAL.test(partText(c.parts[0] ?? [])));
}

/** A core Cell for the row readers: only the text matters to them. */
function coreCell(parts: readonly Part[]): Cell {
  const texts = parts.map(partText).filter((t) => t !== '');
  return { text: texts.join('\n'), parts: texts.map((t) => ({ text: t, span: { start: 0, end: 0 } })), span: { start: 0, end: 0 } };
}

/** Roles whose merged-down cell holds for every row it covers: empty, they would read as missing. */
const REPEATED: ReadonlySet<ColumnRole> = new Set(['deadline', 'responsible', 'result']);

/** «1. Нормативное …» → «1.», «Нормативное …»; «II Организационные …» → «II», …; no number → undefined. */
const SECTION_NUMBER = /^\s*((?:раздел|блок)\s+(?:\d{1,2}|[IVXLC]{1,6})\.?|(?:\d{1,2}|[IVXLC]{1,6})[.)]?)\s+(\S[\s\S]*)$/u;

export interface TableResult {
  /** What replaces the table: the table itself, or paragraphs (a layout table, a caption before it). */
  nodes: Element[];
}

/** Rewrites one mammoth table. */
export function normalizeTable(table: Element, notes: TableNotes): TableResult {
  const { cells, grid, width } = layOut(rowsOf(table));
  if (width === 0) return { nodes: [] };
  if (isLayoutTable(cells, grid, width)) {
    notes.layoutTables++;
    return { nodes: cells.flatMap((c) => c.parts.map((p) => el('p', p))) };
  }
  notes.tables++;
  const before: Element[] = [];
  const fullWidth = (row: readonly (Slot | undefined)[]): SourceCell | undefined => {
    const s = row[0];
    return s && row.length === width && row.every((x) => x?.source === s.source) ? cells[s.source] : undefined;
  };
  // Captions above the header: «План мероприятий на 2025 год» merged across the table.
  let top = 0;
  while (top < grid.length - 1) {
    const caption = fullWidth(grid[top]!);
    if (!caption || !grid[top]!.every((s) => s?.firstRow)) break;
    for (const p of caption.parts) before.push(el('p', [el('strong', p)]));
    top++;
  }
  const rows = grid.slice(top);
  const header = rows[0]!;
  const headerText = Array.from({ length: width }, (_, c) => {
    const s = header[c];
    return s?.origin ? cells[s.source]!.parts.map(partText).join(' ') : '';
  });
  const roles = headerText.map((h) => columnRole(h).role);
  const numberColumn = roles.indexOf('number');
  const titleColumn = roles.findIndex((r) => r !== 'number');

  const out: Part[][][] = [];
  rows.forEach((row, r) => {
    const line: Part[][] = Array.from({ length: width }, () => []);
    const whole = r > 0 ? fullWidth(row) : undefined;
    if (whole && row[0]!.origin) {
      // A section row: the title in the first non-number column, its number in «№».
      notes.sectionRows++;
      const first = partText(whole.parts[0] ?? []);
      const m = numberColumn >= 0 ? SECTION_NUMBER.exec(first) : null;
      if (m && numberColumn >= 0 && titleColumn >= 0) {
        line[numberColumn] = [[{ type: 'text', value: m[1]!.trim() }]];
        line[titleColumn] = [[{ type: 'text', value: m[2]!.trim() }], ...whole.parts.slice(1)];
      } else line[Math.max(titleColumn, 0)] = whole.parts;
    } else if (!whole) {
      for (let c = 0; c < width; c++) {
        const s = row[c];
        if (!s) continue;
        const cell = cells[s.source]!;
        // A cell merged across keeps its text in its first column; merged down, in its first row,
        // unless its column's value holds for each row it covers.
        const leftmost = c === 0 || row[c - 1]?.source !== s.source;
        if (!leftmost) continue;
        if (s.firstRow || (cell.row > top && REPEATED.has(roles[c]!))) line[c] = cell.parts;
      }
    }
    out.push(line);
  });

  // The column-number row right under the header, and rows with no text.
  const body = out.slice(1).filter((line, i) => {
    if (i === 0 && isColumnNumberRow(line.map(coreCell))) {
      notes.columnNumberRows++;
      return false;
    }
    return line.some((parts) => parts.some((p) => partText(p) !== ''));
  });
  const tr = (line: Part[][], tag: 'th' | 'td'): Element =>
    el(
      'tr',
      line.map((parts) => el(tag, joinParts(parts))),
    );
  const result = el('table', [
    el('thead', [tr(out[0]!, 'th')]),
    el(
      'tbody',
      body.map((line) => tr(line, 'td')),
    ),
  ]);
  return { nodes: [...before, result] };
}
