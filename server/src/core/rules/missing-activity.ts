import type { Rule } from './rule';
import { quoted } from './rule';
import { roadmapTables } from './table-views';

/**
 * A row with a deadline or a responsible but an empty activity cell.
 *
 * data: { table, row }
 */
export const missingActivity: Rule = {
  code: 'missing-activity',
  defaultSeverity: 'error',
  title: { ru: 'Нет мероприятия', en: 'No activity' },
  check({ model, report }) {
    for (const table of roadmapTables(model)) {
      const activityCol = table.columns.find((c) => c.role === 'activity');
      if (!activityCol) continue;
      for (const row of table.rows) {
        if (row.isSection || (row.activity && row.activity.text !== '')) continue;
        const filled = (row.deadline && row.deadline.cell.text !== '') || (row.responsible && row.responsible.cell.text !== '');
        if (!filled) continue;
        const deadline = row.deadline?.cell.text ?? '';
        const responsible = row.responsible?.cell.text ?? '';
        const what = deadline
          ? { ru: `со сроком ${quoted(deadline, 40)}`, en: `deadline ${quoted(deadline, 40)}` }
          : { ru: `с ответственным ${quoted(responsible, 40)}`, en: `responsible ${quoted(responsible, 40)}` };
        report({
          span: row.cells[activityCol.index]!.span,
          message: {
            ru: `В строке ${what.ru} не указано мероприятие. Опишите, что нужно сделать, или удалите лишнюю строку.`,
            en: `The row with the ${what.en} has no activity. Describe what is to be done, or delete the row.`,
          },
          data: { table: table.index, row: row.index },
        });
      }
    }
  },
};
