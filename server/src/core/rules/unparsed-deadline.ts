import { quoted } from './rule';
import { rowRule, tablesWhere } from './row-rule';
import { filledDeadline, isPlanTable } from './table-views';
import { deadlineStatus } from '../domain/deadline';

/**
 * A deadline cell (or a part of it) that yields no interval: status 'unparsed' (core/domain/deadline/status.ts,
 * the notion completeness counts by too). «По мере необходимости» and the like are left to
 * vague-deadline; a «[указать срок]» placeholder to the placeholder rule.
 *
 * data: { table, row, fragment (the part not understood, as written) }
 */
export const unparsedDeadline = rowRule({
  code: 'unparsed-deadline',
  defaultSeverity: 'warning',
  title: { ru: 'Срок не распознан', en: 'Deadline not understood' },
  rows: {
    ...tablesWhere(isPlanTable),
    judge(row, table, _facts, _context, out) {
      const deadline = filledDeadline(row);
      if (!deadline) return;
      const { cell, parsed } = deadline;
      if (deadlineStatus(cell.text, parsed) !== 'unparsed') return;
      const fragment = parsed.issues.find((i) => i.flag === 'unparsed')?.fragment ?? cell.text;
      out.push({
        span: cell.span,
        message: {
          ru: `Срок ${quoted(fragment)} не распознан. Запишите его как «Октябрь 2024», «Сентябрь–октябрь 2024», «до 15.10.2024» или «IV квартал 2024».`,
          en: `Deadline ${quoted(fragment)} is not understood. Write it as «Октябрь 2024», «Сентябрь–октябрь 2024», «до 15.10.2024» or «IV квартал 2024».`,
        },
        data: { table: table.index, row: row.index, fragment },
      });
    },
  },
});
