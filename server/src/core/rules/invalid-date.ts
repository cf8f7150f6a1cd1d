import { quoted } from './rule';
import { rowRule, tablesWhere } from './row-rule';
import { filledDeadline, isPlanTable } from './table-views';

/**
 * An impossible date («31.02.2024»); the parser gives it no interval.
 *
 * data: { table, row, fragment (the date as written) }
 */
export const invalidDate = rowRule({
  code: 'invalid-date',
  defaultSeverity: 'error',
  title: { ru: 'Несуществующая дата', en: 'Impossible date' },
  rows: {
    ...tablesWhere(isPlanTable),
    judge(row, table, _facts, _context, out) {
      const deadline = filledDeadline(row);
      if (!deadline) return;
      for (const issue of deadline.parsed.issues) {
        if (issue.flag !== 'invalid-date') continue;
        out.push({
          span: deadline.cell.span,
          message: {
            ru: `Даты ${quoted(issue.fragment)} не существует. Проверьте число и месяц.`,
            en: `The date ${quoted(issue.fragment)} does not exist. Check the day and the month.`,
          },
          data: { table: table.index, row: row.index, fragment: issue.fragment },
        });
      }
    },
  },
});
