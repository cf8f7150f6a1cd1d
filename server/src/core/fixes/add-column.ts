/**
 * missing-column → add the column to the table: a header cell, a delimiter cell and one cell in
 * every row, at the column's usual place (№, stage, activities, deadlines, responsibles, result:
 * before the first column that comes later in that order, else at the end). Existing cells are not
 * touched; a ragged row (fewer cells than the header) first gets the empty cells GFM would show,
 * so the new cell lands in the new column. Activity rows get a placeholder (placeholders.ts): an
 * empty cell would only turn one missing column into an error on every row.
 */
import type { TextEdit } from '../editing/edits';
import type { ColumnRole, Row, Table } from '../model';
import { insertCell, tableLines } from '../editing/table-text';
import { cellText, type DiagnosticFixer, tableAt } from './fix';
import { PLACEHOLDER } from './placeholders';

const ORDER: Partial<Record<ColumnRole, number>> = { number: 0, stage: 1, activity: 2, deadline: 3, responsible: 4, result: 5 };

const HEADERS: Partial<Record<ColumnRole, { ru: string; en: string }>> = {
  activity: { ru: 'Мероприятия', en: 'activities' },
  deadline: { ru: 'Сроки', en: 'deadlines' },
  responsible: { ru: 'Ответственные', en: 'responsibles' },
  result: { ru: 'Результат', en: 'result' },
};

export const addColumn: DiagnosticFixer = (ctx, diagnostic) => {
  const data = diagnostic.data ?? {};
  const table = tableAt(ctx, data.table);
  const role = data.role as ColumnRole;
  const names = HEADERS[role];
  if (!table || !names || ORDER[role] === undefined) return [];
  const lines = tableLines(ctx.text, table);
  if (!lines) return [];
  const header = typeof data.header === 'string' && data.header ? data.header : names.ru;
  const at = insertIndex(table, role);
  const edits: TextEdit[] = [];
  lines.forEach((line, i) => {
    const value = i === 0 ? cellText(header) : i === 1 ? '---' : rowValue(table, table.rows[i - 2]!, role);
    const edit = insertCell(line, at, value);
    if (edit) edits.push(edit);
  });
  if (edits.length !== lines.length) return [];
  return [
    {
      id: 'add-column',
      title: {
        ru: `Добавить столбец «${header}» (заполнить для каждого мероприятия)`,
        en: `Add the column «${header}» (${names.en}; fill it in for every activity)`,
      },
      kind: 'quickfix',
      safe: false,
      diagnosticCode: diagnostic.code,
      edits,
      preferred: true,
    },
  ];
};

function insertIndex(table: Table, role: ColumnRole): number {
  const rank = ORDER[role]!;
  const later = table.columns.find((c) => ORDER[c.role] !== undefined && ORDER[c.role]! > rank);
  return later ? later.index : table.columns.length;
}

function rowValue(table: Table, row: Row, role: ColumnRole): string {
  if (row.isSection) return '';
  if (role === 'activity') return row.cells.some((c) => c.text !== '') ? PLACEHOLDER.activity() : '';
  const isActivity = row.activity !== undefined && row.activity.text !== '';
  if (!isActivity) return '';
  if (role === 'deadline') return PLACEHOLDER.deadline;
  if (role === 'responsible') return PLACEHOLDER.responsible;
  if (role === 'result') return table.columns.some((c) => c.role === 'result') ? '' : PLACEHOLDER.result();
  return '';
}
