import type { Column } from '../model';
import { quoted } from './rule';
import { rowRule } from './row-rule';

/**
 * A row with a deadline or a responsible but an empty activity cell.
 *
 * data: { table, row }
 */
export const missingActivity = rowRule({
  code: 'missing-activity',
  defaultSeverity: 'error',
  title: { ru: 'Нет мероприятия', en: 'No activity' },
  rows: {
    facts: (table): Column | undefined => (table.kind === 'roadmap' ? table.columns.find((c) => c.role === 'activity') : undefined),
    key: (activityCol) => String(activityCol.index),
    judge(row, table, activityCol, _context, out) {
      if (row.isSection || (row.activity && row.activity.text !== '')) return;
      const filled = (row.deadline && row.deadline.cell.text !== '') || (row.responsible && row.responsible.cell.text !== '');
      if (!filled) return;
      const deadline = row.deadline?.cell.text ?? '';
      const responsible = row.responsible?.cell.text ?? '';
      const what = deadline
        ? { ru: `со сроком ${quoted(deadline, 40)}`, en: `deadline ${quoted(deadline, 40)}` }
        : { ru: `с ответственным ${quoted(responsible, 40)}`, en: `responsible ${quoted(responsible, 40)}` };
      out.push({
        span: row.cells[activityCol.index]!.span,
        message: {
          ru: `В строке ${what.ru} не указано мероприятие. Опишите, что нужно сделать, или удалите лишнюю строку.`,
          en: `The row with the ${what.en} has no activity. Describe what is to be done, or delete the row.`,
        },
        data: { table: table.index, row: row.index },
      });
    },
  },
});
