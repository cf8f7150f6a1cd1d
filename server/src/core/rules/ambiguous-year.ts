import type { Rule } from './rule';
import { quoted } from './rule';
import { deadlineCells } from './table-views';

/**
 * A month without a year that the period does not place: in a multi-year period it is read as every
 * year of the period; with no period at all it is not read. (In a school-year period Sep–Dec go to
 * the first year and Jan–Aug to the second, so nothing is reported.)
 *
 * data: { table, row }
 */
export const ambiguousYear: Rule = {
  code: 'ambiguous-year',
  defaultSeverity: 'hint',
  fixes: ['add-year'],
  title: { ru: 'Не указан год', en: 'Year not stated' },
  check({ model, report }) {
    for (const { table, row, cell, parsed } of deadlineCells(model)) {
      if (!parsed.flags.includes('ambiguous-year')) continue;
      const period = model.meta.period;
      report({
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
    }
  },
};
