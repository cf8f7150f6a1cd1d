import type { Rule } from './rule';
import { q } from './rule';
import { deadlineCells } from './helpers';

export const ambiguousYear: Rule = {
  code: 'ambiguous-year',
  defaultSeverity: 'hint',
  title: { ru: 'Не указан год', en: 'Year not stated' },
  check({ model, report }) {
    for (const { cell, parsed } of deadlineCells(model)) {
      if (!parsed.flags.includes('ambiguous-year')) continue;
      report({
        span: cell.span,
        message: {
          ru: `В сроке ${q(cell.text)} не указан год, а период документа его не определяет: срок прочитан как каждый год периода. Допишите год, если это не так.`,
          en: `Deadline ${q(cell.text)} has no year and the period does not decide it: it is read as every year of the period. Add the year if that is wrong.`,
        },
      });
    }
  },
};
