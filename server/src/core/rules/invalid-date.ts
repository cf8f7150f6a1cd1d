import type { Rule } from './rule';
import { quoted } from './rule';
import { deadlineCells } from './table-views';

/**
 * An impossible date («31.02.2024»); the parser gives it no interval.
 *
 * data: { table, row, fragment (the date as written) }
 */
export const invalidDate: Rule = {
  code: 'invalid-date',
  defaultSeverity: 'error',
  title: { ru: 'Несуществующая дата', en: 'Impossible date' },
  check({ model, report }) {
    for (const { table, row, cell, parsed } of deadlineCells(model)) {
      for (const issue of parsed.issues.filter((i) => i.flag === 'invalid-date')) {
        report({
          span: cell.span,
          message: {
            ru: `Даты ${quoted(issue.fragment)} не существует. Проверьте число и месяц.`,
            en: `The date ${quoted(issue.fragment)} does not exist. Check the day and the month.`,
          },
          data: { table: table.index, row: row.index, fragment: issue.fragment },
        });
      }
    }
  },
};
