import { quoted } from './rule';
import { rowRule, tablesWhere } from './row-rule';
import { isActivityRow, isPlanTable } from './table-views';

/**
 * The table has a result column and an activity row leaves it empty (examples/001, the continuation row).
 *
 * data: { table, row }
 */
export const missingResult = rowRule({
  code: 'missing-result',
  defaultSeverity: 'warning',
  title: { ru: 'Не указан результат', en: 'No result' },
  rows: {
    ...tablesWhere(isPlanTable),
    judge(row, table, _facts, _context, out) {
      if (!isActivityRow(row) || row.result?.text !== '') return;
      out.push({
        span: row.result.span,
        message: {
          ru: `Не указан результат мероприятия ${quoted(row.activity!.text, 50)}. Напишите, чем оно должно закончиться (документ, приказ, отчёт).`,
          en: `No result for the activity ${quoted(row.activity!.text, 50)}. Say what it should produce (a document, an order, a report).`,
        },
        data: { table: table.index, row: row.index },
      });
    },
  },
});
