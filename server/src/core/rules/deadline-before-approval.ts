import { formatInterval } from '../deadline';
import type { Rule } from './rule';
import { q } from './rule';
import { deadlineCells } from './helpers';

export const deadlineBeforeApproval: Rule = {
  code: 'deadline-before-approval',
  defaultSeverity: 'warning',
  title: { ru: 'Срок истекает до утверждения документа', en: 'Deadline ends before approval' },
  check({ model, report }) {
    const approved = model.meta.approved;
    if (!approved) return;
    const approvedText = formatInterval({ start: approved, end: approved }, 'ru');
    const approvedEn = formatInterval({ start: approved, end: approved }, 'en');
    for (const { cell, parsed } of deadlineCells(model)) {
      const early = parsed.intervals.find((i) => !i.vague && i.end < approved);
      if (!early) continue;
      report({
        span: cell.span,
        message: {
          ru: `Срок ${q(cell.text)} истекает до утверждения документа (${approvedText}): мероприятие не может быть выполнено по плану. Перенесите срок на дату после утверждения.`,
          en: `Deadline ${q(cell.text)} ends before the document was approved (${approvedEn}). Move it to a date after the approval.`,
        },
      });
    }
  },
};
