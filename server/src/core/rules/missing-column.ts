import type { Rule } from './rule';
import { roadmapTables } from './table-views';

const REQUIRED = [
  { role: 'activity', ru: 'Мероприятия', en: 'activities' },
  { role: 'deadline', ru: 'Сроки', en: 'deadlines' },
  { role: 'responsible', ru: 'Ответственные', en: 'responsibles' },
] as const;

/**
 * A roadmap table without an activity, deadline or responsible column (examples/003 and examples/002 §9).
 * Reported once per table and role, on the header row — never once per row.
 *
 * data: { table, role: 'activity' | 'deadline' | 'responsible', header (the
 * header to insert, in Russian) }
 */
export const missingColumn: Rule = {
  code: 'missing-column',
  defaultSeverity: 'error',
  fixes: ['add-column'],
  title: { ru: 'В таблице нет обязательного столбца', en: 'Roadmap table lacks a required column' },
  check({ model, report }) {
    for (const table of roadmapTables(model)) {
      for (const req of REQUIRED) {
        if (table.columns.some((c) => c.role === req.role)) continue;
        report({
          span: table.headerSpan,
          message: {
            ru: `В таблице дорожной карты нет столбца «${req.ru}». Добавьте его и заполните для каждого мероприятия.`,
            en: `The roadmap table has no «${req.ru}» (${req.en}) column. Add it and fill it in for every activity.`,
          },
          data: { table: table.index, role: req.role, header: req.ru },
        });
      }
    }
  },
};
