/** A GFM table node → the model's Table: header roles, cells, its kind and, for plans, the rows read. */
import type { Table as MdTable, TableRow } from 'mdast';
import type { Profile } from '../domain/profiles';
import type { Column, DocumentMeta, Row, Cell, Table, TextPart } from '../model';
import { readCell } from './cells';
import { columnRole } from './columns';
import { spanOf } from './markdown-nodes';
import type { ParseOptions } from './parse-options';
import { fillRoadmapRows } from './roadmap-rows';
import { classifyTable } from './table-classify';

/** A table as the walk over the document found it: its node, the headings above it, the text around it. */
export interface RawTable {
  node: MdTable;
  section: string[];
  index: number;
  after: TextPart[];
  before: string;
}

export function buildTable(source: string, raw: RawTable, meta: DocumentMeta, profiles: readonly Profile[], options: ParseOptions): Table {
  const node = raw.node;
  const [headerRow, ...bodyRows] = node.children as TableRow[];
  const columns: Column[] = (headerRow?.children ?? []).map((cell, index) => {
    const c = readCell(source, cell, spanOf(headerRow!).end);
    const role = columnRole(c.text);
    return { index, header: c.text.replace(/\n/g, ' '), role: role.role, span: c.span, points: role.points };
  });
  const rows: Row[] = bodyRows.map((rowNode, index) => {
    const rowSpan = spanOf(rowNode);
    const read = (): Cell[] => columns.map((_, i) => readCell(source, rowNode.children[i], rowSpan.end));
    // With a parse cache, an unchanged row keeps its cells (incremental.ts): no re-reading while typing.
    const cells = options.cache ? options.cache.rowCells(rowNode, columns.length, read) : read();
    return { index, span: rowSpan, cells, isSection: false };
  });
  const table: Table = {
    index: raw.index,
    kind: 'other',
    span: spanOf(node),
    headerSpan: headerRow ? spanOf(headerRow) : spanOf(node),
    section: raw.section,
    columns,
    rows,
    after: raw.after,
  };
  table.kind = classifyTable(table, meta, raw, profiles);
  if (table.kind === 'roadmap' || table.kind === 'stages' || table.kind === 'personal')
    fillRoadmapRows(source, table, meta, profiles, options);
  return table;
}
