import type { Rule } from './rule';
import { q } from './rule';
import { deadlineCells } from './helpers';

/** «В течение года», «постоянно»: a hint. «По отдельному плану», «по мере необходимости»: not a deadline at all — a warning. */
export const vagueDeadline: Rule = {
  code: 'vague-deadline',
  defaultSeverity: 'hint',
  title: { ru: 'Нечёткий срок', en: 'Vague deadline' },
  check({ model, report }) {
    for (const { table, row, cell, parsed } of deadlineCells(model)) {
      const notDeadline = parsed.flags.includes('not-a-deadline') && parsed.intervals.length === 0;
      if (!notDeadline && !parsed.flags.includes('vague')) continue;
      report({
        span: cell.span,
        severity: notDeadline ? 'warning' : undefined,
        message: notDeadline
          ? {
              ru: `${q(cell.text)} — это не срок. Укажите месяцы или даты, когда мероприятие будет проведено.`,
              en: `${q(cell.text)} is not a deadline. Give the months or dates when the activity takes place.`,
            }
          : {
              ru: `Срок ${q(cell.text)} нечёткий (весь период). Если мероприятие проходит в определённые месяцы, укажите их.`,
              en: `Deadline ${q(cell.text)} is vague (the whole period). If the activity happens in particular months, name them.`,
            },
        data: { fix: 'mark-review', table: table.index, row: row.index },
      });
    }
  },
};
