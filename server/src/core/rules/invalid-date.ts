import type { Rule } from './rule';
import { q } from './rule';
import { deadlineCells } from './helpers';

export const invalidDate: Rule = {
  code: 'invalid-date',
  defaultSeverity: 'error',
  title: { ru: 'Несуществующая дата', en: 'Impossible date' },
  check({ model, report }) {
    for (const { cell, parsed } of deadlineCells(model)) {
      for (const issue of parsed.issues.filter((i) => i.flag === 'invalid-date')) {
        report({
          span: cell.span,
          message: {
            ru: `Дата ${q(issue.fragment)} не существует. Проверьте число и месяц.`,
            en: `The date ${q(issue.fragment)} does not exist. Check the day and the month.`,
          },
        });
      }
    }
  },
};
