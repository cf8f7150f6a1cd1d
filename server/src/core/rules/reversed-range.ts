import type { Rule } from './rule';
import { q } from './rule';
import { deadlineCells } from './helpers';

export const reversedRange: Rule = {
  code: 'reversed-range',
  defaultSeverity: 'error',
  title: { ru: 'Период заканчивается раньше, чем начинается', en: 'Range ends before it starts' },
  check({ model, report }) {
    for (const { table, row, cell, parsed } of deadlineCells(model)) {
      for (const issue of parsed.issues.filter((i) => i.flag === 'reversed-range')) {
        report({
          span: cell.span,
          message: {
            ru: `Срок ${q(issue.fragment)} заканчивается раньше, чем начинается. Поменяйте местами начало и конец.`,
            en: `The deadline ${q(issue.fragment)} ends before it starts. Swap its start and end.`,
          },
          data: { fix: 'swap-range', fragment: issue.fragment, table: table.index, row: row.index },
        });
      }
    }
  },
};
