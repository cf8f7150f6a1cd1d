import type { Rule } from './rule';
import { roadmapTables } from './helpers';

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
        report({
          span: row.cells[activityCol.index]!.span,
          message: {
            ru: 'В строке указаны сроки или ответственные, но не указано мероприятие. Опишите, что нужно сделать.',
            en: 'The row has a deadline or responsibles but no activity. Describe what is to be done.',
          },
          data: { table: table.index, row: row.index },
        });
      }
    }
  },
};
