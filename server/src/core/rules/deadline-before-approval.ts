import { formatInterval } from '../domain/deadline';
import type { Rule } from './rule';
import { quoted } from './rule';
import { deadlineCells } from './table-views';

/**
 * A concrete interval that ends before the approval date (examples/001: «До 20.09.2023», approved
 * 22.09.2023). Vague intervals are ignored.
 *
 * data: { table, row, approved (ISO date), end (ISO date the deadline ends) }
 */
export const deadlineBeforeApproval: Rule = {
  code: 'deadline-before-approval',
  defaultSeverity: 'warning',
  title: { ru: 'Срок истекает до утверждения документа', en: 'Deadline ends before approval' },
  check({ model, report }) {
    const approved = model.meta.approved;
    if (!approved) return;
    const approvedText = formatInterval({ start: approved, end: approved }, 'ru');
    const approvedEn = formatInterval({ start: approved, end: approved }, 'en');
    for (const { table, row, cell, parsed } of deadlineCells(model)) {
      const early = parsed.intervals.find((i) => !i.vague && i.end < approved);
      if (!early) continue;
      report({
        span: cell.span,
        message: {
          ru:
            `Срок ${quoted(cell.text)} истекает раньше, чем утверждён документ (${approvedText}): по ` +
            'этому плану мероприятие выполнить уже нельзя. Перенесите срок на дату после утверждения.',
          en: `Deadline ${quoted(cell.text)} ends before the document was approved (${approvedEn}). Move it to a date after the approval.`,
        },
        data: { table: table.index, row: row.index, approved, end: early.end },
      });
    }
  },
};
