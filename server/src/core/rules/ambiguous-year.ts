import type { Period } from '../domain/dates';
import { quoted } from './rule';
import { rowRule } from './row-rule';
import { filledDeadline, isPlanTable } from './table-views';

/**
 * A month without a year that the period does not place: in a multi-year period it is read as every
 * year of the period; with no period at all it is not read. (In a school-year period Sep–Dec go to
 * the first year and Jan–Aug to the second, so nothing is reported.)
 *
 * data: { table, row }
 */
export const ambiguousYear = rowRule({
  code: 'ambiguous-year',
  defaultSeverity: 'hint',
  fixes: ['add-year'],
  title: { ru: 'Не указан год', en: 'Year not stated' },
  rows: {
    // The message names the period, if any: an object even without one (undefined would skip the table).
    facts: (table, { model }): { period: Period | undefined } | undefined =>
      isPlanTable(table) ? { period: model.meta.period } : undefined,
    key: ({ period }) => (period ? period.text : ''),
    judge(row, table, { period }, _context, out) {
      const deadline = filledDeadline(row);
      if (!deadline?.parsed.flags.includes('ambiguous-year')) return;
      const cell = deadline.cell;
      out.push({
        span: cell.span,
        message: period
          ? {
              ru:
                `В сроке ${quoted(cell.text)} не указан год, а период «${period.text}» длиннее года: срок ` +
                'прочитан как «каждый год периода». Допишите год, если мероприятие проходит один раз.',
              en:
                `Deadline ${quoted(cell.text)} has no year and the period «${period.text}» spans several ` +
                'years: it is read as every year of the period. Add the year if the activity happens once.',
            }
          : {
              ru:
                `В сроке ${quoted(cell.text)} не указан год, а период документа не задан, ` +
                'поэтому срок нельзя проверить. Допишите год (например, «Октябрь 2024»).',
              en: `Deadline ${quoted(cell.text)} has no year and the document has no period, so it cannot be checked. Add the year (e.g. «Октябрь 2024»).`,
            },
        data: { table: table.index, row: row.index },
      });
    },
  },
});
