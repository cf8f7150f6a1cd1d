import type { Cell } from '../model';
import type { Report } from './rule';
import { quoted } from './rule';
import { rowRule, tablesWhere } from './row-rule';
import { isActivityRow, isRoadmapTable } from './table-views';

/**
 * An activity row whose responsible cell is empty (examples/001, the continuation row). The range is
 * the (zero-width) empty cell.
 *
 * data: { table, row }
 *
 * No quick fix: only the author knows who is responsible. A «[указать ответственных]» placeholder
 * would show nothing the empty cell does not, and would only turn this error into a `placeholder` warning.
 */
export const missingResponsible = rowRule({
  code: 'missing-responsible',
  defaultSeverity: 'error',
  title: { ru: 'Не указан ответственный', en: 'No responsible' },
  rows: {
    ...tablesWhere(isRoadmapTable),
    judge(row, table, _facts, _context, out) {
      if (!isActivityRow(row) || row.responsible?.cell.text !== '') return;
      out.push(judge(row.responsible.cell, row.activity!.text, table.index, row.index));
    },
  },
});

function judge(cell: Cell, activity: string, table: number, row: number): Report {
  return {
    span: cell.span,
    message: {
      ru: `Не указан ответственный за мероприятие ${quoted(activity, 50)}. Укажите должность или ФИО (например, «Куратор»).`,
      en: `No one is responsible for the activity ${quoted(activity, 50)}. Give a role or a name (e.g. «Куратор»).`,
    },
    data: { row, table },
  };
}
