import { formatInterval } from '../domain/deadline';
import { quoted } from './rule';
import { rowRule } from './row-rule';
import { filledDeadline, isPlanTable } from './table-views';

/**
 * A concrete interval that ends before the approval date (examples/001: «До 20.09.2023», approved
 * 22.09.2023). Vague intervals are ignored.
 *
 * data: { table, row, approved (ISO date), end (ISO date the deadline ends) }
 */
export const deadlineBeforeApproval = rowRule({
  code: 'deadline-before-approval',
  defaultSeverity: 'warning',
  title: { ru: 'Срок истекает до утверждения документа', en: 'Deadline ends before approval' },
  rows: {
    facts(table, { model }) {
      const approved = model.meta.approved;
      if (!approved || !isPlanTable(table)) return undefined;
      return {
        approved,
        ru: formatInterval({ start: approved, end: approved }, 'ru'),
        en: formatInterval({ start: approved, end: approved }, 'en'),
      };
    },
    key: ({ approved }) => approved,
    judge(row, table, { approved, ru: approvedText, en: approvedEn }, _context, out) {
      const deadline = filledDeadline(row);
      if (!deadline) return;
      const cell = deadline.cell;
      const early = deadline.parsed.intervals.find((i) => !i.vague && i.end < approved);
      if (!early) return;
      out.push({
        span: cell.span,
        message: {
          ru:
            `Срок ${quoted(cell.text)} истекает раньше, чем утверждён документ (${approvedText}): по ` +
            'этому плану мероприятие выполнить уже нельзя. Перенесите срок на дату после утверждения.',
          en: `Deadline ${quoted(cell.text)} ends before the document was approved (${approvedEn}). Move it to a date after the approval.`,
        },
        data: { table: table.index, row: row.index, approved, end: early.end },
      });
    },
  },
});
