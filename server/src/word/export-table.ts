/**
 * A table of the document → a real Word table. Rows, cells and their parts come from the core's model
 * (never a second reading of the Markdown table); the mdast table only lends the cells' bold and
 * italics. What Word users expect of a plan:
 * - the header row repeats on every page (`w:tblHeader`);
 * - a stage cell left empty because the row continues the stage above is merged with it (`w:vMerge`),
 *   as the stage column looks in the Word original;
 * - a section row («1. | Нормативно-правовое регулирование | | |») is one cell across the table;
 * - `<br>` inside a cell is a line break.
 */
import type { Table as MdTable } from 'mdast';
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalMergeType, WidthType } from 'docx';
import type { Cell, Column, Row, Table as ModelTable } from '../core/model';
import { CellFormatting, type Leaf, leavesOf, runsOf } from './export-inline';

const BREAK: Leaf = { text: '', style: {}, isBreak: true, start: 0, end: 0 };
const SPACE: Leaf = { text: ' ', style: {}, isBreak: false, start: 0, end: 0 };

/** Roughly how wide a character of 12 pt Times New Roman is, in twips (Cyrillic is wider than Latin). */
const CHAR_TWIPS = 130;
/** Word's default cell padding, left plus right. */
const CELL_PADDING = 216;
/** A word longer than this (a link, a run of underscores) wraps rather than widening its column. */
const LONGEST_WORD = 18;

function cellLeaves(cell: Cell, formatting: CellFormatting | undefined): Leaf[] {
  const out: Leaf[] = [];
  cell.parts.forEach((part, i) => {
    if (i > 0) out.push(BREAK);
    out.push(...(formatting?.styled(part) ?? [{ text: part.text, style: {}, isBreak: false, start: part.span.start, end: part.span.end }]));
  });
  return out;
}

interface CellSpec {
  leaves: Leaf[];
  span: number;
  merge?: 'restart' | 'continue';
  bold?: boolean;
  centred?: boolean;
}

function wordCell(spec: CellSpec, width: number): TableCell {
  const merge = spec.merge === 'restart' ? VerticalMergeType.RESTART : spec.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: spec.span > 1 ? spec.span : undefined,
    verticalMerge: merge,
    children: [
      new Paragraph({
        alignment: spec.centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: runsOf(spec.leaves, { bold: spec.bold }),
      }),
    ],
  });
}

function wordRow(specs: readonly CellSpec[], widths: readonly number[], header: boolean): TableRow {
  let column = 0;
  const cells = specs.map((spec) => {
    const width = widths.slice(column, column + spec.span).reduce((a, b) => a + b, 0);
    column += spec.span;
    return wordCell(spec, width);
  });
  return new TableRow({ tableHeader: header || undefined, cantSplit: header || undefined, children: cells });
}

/**
 * Column widths in twips over `total`: in proportion to how much text a column holds (a «№» column
 * stays narrow), but never narrower than its longest word, so «Ответственные» is not broken.
 */
export function columnWidths(
  texts: readonly (readonly string[])[],
  columns: number,
  total: number,
  narrow: ReadonlySet<number> = new Set(),
): number[] {
  const weight: number[] = [];
  const least: number[] = [];
  for (let c = 0; c < columns; c++) {
    let chars = 0;
    let count = 0;
    let longest = 1;
    for (const row of texts) {
      const t = row[c] ?? '';
      if (t === '') continue;
      chars += t.length;
      count++;
      for (const w of t.split(/\s+/)) longest = Math.max(longest, Math.min(w.length, LONGEST_WORD));
    }
    const average = count === 0 ? 0 : chars / count;
    weight.push(narrow.has(c) ? 4 : Math.min(70, Math.max(8, average)));
    least.push(Math.min(longest * CHAR_TWIPS + CELL_PADDING, total / columns));
  }
  const sum = weight.reduce((a, b) => a + b, 0);
  const widths = weight.map((w) => (w / sum) * total);
  // Columns below their least width take it; the others give it up in proportion to their slack.
  const short = widths.map((w, i) => Math.max(0, least[i]! - w));
  const needed = short.reduce((a, b) => a + b, 0);
  const slack = widths.map((w, i) => (short[i]! > 0 ? 0 : Math.max(0, w - least[i]!)));
  const available = slack.reduce((a, b) => a + b, 0);
  const give = available > 0 ? Math.min(1, needed / available) : 0;
  const out = widths.map((w, i) => Math.round(short[i]! > 0 ? least[i]! : w - slack[i]! * give));
  // Rounding must not push the table past the margins.
  const drift = out.reduce((a, b) => a + b, 0) - Math.round(total);
  const widest = out.indexOf(Math.max(...out));
  out[widest] = out[widest]! - drift;
  return out;
}

/** Which rows' stage cells merge with the stage cell above: restart on the first, continue below it. */
function stageMerges(table: ModelTable, stage: Column | undefined): ('restart' | 'continue' | undefined)[] {
  const rows = table.rows;
  const merges: ('restart' | 'continue' | undefined)[] = rows.map(() => undefined);
  if (!stage) return merges;
  const continues = (row: Row, above: Row | undefined): boolean =>
    above !== undefined &&
    !above.isSection &&
    !above.isColumnNumbers &&
    !row.isSection &&
    row.stage?.continued === true &&
    row.cells[stage.index]!.text === '';
  for (let i = 1; i < rows.length; i++) {
    if (!continues(rows[i]!, rows[i - 1])) continue;
    merges[i] = 'continue';
    if (merges[i - 1] === undefined) merges[i - 1] = 'restart';
  }
  return merges;
}

/** A table the core read: its model rows, with the mdast table lending formatting. */
export function modelTable(table: ModelTable, node: MdTable | undefined, contentWidth: number): Table {
  const formatting = node
    ? new CellFormatting(leavesOf(node.children.flatMap((row) => row.children.flatMap((cell) => cell.children))))
    : undefined;
  const n = Math.max(1, table.columns.length);
  const narrow = new Set(table.columns.filter((c) => c.role === 'number').map((c) => c.index));
  const texts = [table.columns.map((c) => c.header), ...table.rows.filter((r) => !r.isSection).map((r) => r.cells.map((c) => c.text))];
  const widths = columnWidths(texts, n, contentWidth, narrow);
  const stage = table.columns.find((c) => c.role === 'stage');
  const merges = stageMerges(table, stage);

  // The model keeps a header cell as one line (a `<br>` in it read as a space) with its span: one part each.
  const headerCells: Cell[] = table.columns.map((c) => ({
    text: c.header,
    parts: c.header ? [{ text: c.header, span: c.span }] : [],
    span: c.span,
  }));
  const rows: TableRow[] = [
    wordRow(
      headerCells.map((cell) => ({ leaves: cellLeaves(cell, formatting), span: 1, bold: true, centred: true })),
      widths,
      true,
    ),
  ];
  table.rows.forEach((row, i) => {
    if (row.isSection) {
      // One cell across the table: «1.» and the title read as one line, bold as in the Word originals.
      const filled = row.cells.filter((c) => c.text !== '');
      const leaves = filled.flatMap((c, k) => (k > 0 ? [SPACE, ...cellLeaves(c, formatting)] : cellLeaves(c, formatting)));
      rows.push(wordRow([{ leaves, span: n, bold: true }], widths, false));
      return;
    }
    const specs = row.cells.map(
      (cell, c): CellSpec => ({
        leaves: cellLeaves(cell, formatting),
        span: 1,
        merge: stage !== undefined && c === stage.index ? merges[i] : undefined,
        centred: row.isColumnNumbers || table.columns[c]?.role === 'number',
      }),
    );
    rows.push(wordRow(specs, widths, false));
  });
  return new Table({ rows, width: { size: contentWidth, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED });
}

/** A table the core does not read (inside a list or a quote): its cells as written, the first row a header. */
export function plainTable(node: MdTable, contentWidth: number): Table {
  const n = Math.max(1, ...node.children.map((r) => r.children.length));
  const cells = node.children.map((row) => Array.from({ length: n }, (_, c) => leavesOf(row.children[c]?.children ?? [])));
  const texts = cells.map((row) => row.map((leaves) => leaves.map((l) => l.text).join('')));
  const widths = columnWidths(texts, n, contentWidth);
  const rows = cells.map((row, r) =>
    wordRow(
      row.map((leaves) => ({ leaves, span: 1, bold: r === 0, centred: r === 0 })),
      widths,
      r === 0,
    ),
  );
  return new Table({ rows, width: { size: contentWidth, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED });
}
