import { quoted } from './rule';
import { rowRule, tablesWhere } from './row-rule';
import { isActivityRow, isPlanTable } from './table-views';

/**
 * An activity row whose deadline cell is empty. The range is the (zero-width) empty cell.
 *
 * data: { table, row }
 *
 * No quick fix: only the author knows the date. A «[указать срок]» placeholder would show nothing the
 * empty cell does not, and would only turn this error into a `placeholder` warning.
 */
export const missingDeadline = rowRule({
  code: 'missing-deadline',
  defaultSeverity: 'error',
  title: { ru: 'Не указан срок', en: 'No deadline' },
  rows: {
    ...tablesWhere(isPlanTable),
    judge(row, table, _facts, _context, out) {
      if (!isActivityRow(row) || row.deadline?.cell.text !== '') return;
      out.push({
        span: row.deadline.cell.span,
        message: {
          ru: `Не указан срок мероприятия ${quoted(row.activity!.text, 50)}. Укажите месяц и год (например, «Октябрь 2024») или дату («до 15.10.2024»).`,
          en: `No deadline for the activity ${quoted(row.activity!.text, 50)}. Give a month and year («Октябрь 2024») or a date («до 15.10.2024»).`,
        },
        data: { row: row.index, table: table.index },
      });
    },
  },
});
