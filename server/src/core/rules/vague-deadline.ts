import type { Rule } from './rule';
import { q } from './rule';
import { deadlineCells } from './helpers';
import { hasReviewMark } from '../fixes/review-mark';

/**
 * Vague deadlines (domain.md §4), decided by what the whole cell says:
 *  - no time frame at all, only a deferral («По отдельному плану», «По мере необходимости», «По
 *    запросу»): not a deadline — a warning;
 *  - only a whole-period frame («В течение учебного года», «Постоянно»), with or without a deferral
 *    next to it («В течение учебного года (по отдельному плану)», seed 001): the frame is explicit
 *    but says nothing more than the period — a hint;
 *  - any concrete month or date in the cell («Сентябрь 2023<br>В течение учебного года»,
 *    «Октябрь 2024 (по мере необходимости)»): the cell already says when — nothing.
 * Recurring forms («ежемесячно», «март, июнь») count as concrete.
 *
 * data: { fix: 'mark-review', table, row, kind: 'not-a-deadline' | 'whole-period', fragment }
 * (fragment: the vague words as written).
 */
export const vagueDeadline: Rule = {
  code: 'vague-deadline',
  defaultSeverity: 'hint',
  title: { ru: 'Нечёткий срок', en: 'Vague deadline' },
  check({ model, text, report }) {
    for (const { table, row, cell, parsed } of deadlineCells(model)) {
      const notDeadline = parsed.flags.includes('not-a-deadline') && parsed.intervals.length === 0;
      const wholePeriodOnly = parsed.flags.includes('vague') && parsed.intervals.every((i) => i.vague);
      if (!notDeadline && !wholePeriodOnly) continue;
      // Marked for review by the quick fix (fixes/review-mark.ts): a whole-period deadline is no longer
      // reported; «не срок» stays visible as a hint.
      const marked = hasReviewMark(text.slice(cell.span.start, cell.span.end));
      if (marked && !notDeadline) continue;
      const fragment = parsed.issues.find((i) => i.flag === (notDeadline ? 'not-a-deadline' : 'vague'))?.fragment ?? cell.text;
      report({
        span: cell.span,
        severity: notDeadline ? (marked ? 'hint' : 'warning') : undefined,
        message: notDeadline
          ? {
              ru: `${q(cell.text)} — это не срок: по такой записи нельзя проверить, выполнено ли мероприятие. Укажите месяцы или даты, когда оно будет проведено.`,
              en: `${q(cell.text)} is not a deadline: nobody can check whether the activity was done. Give the months or dates when it takes place.`,
            }
          : {
              ru: `Срок ${q(cell.text)} нечёткий: он означает весь период документа. Если мероприятие проходит в определённые месяцы, укажите их.`,
              en: `Deadline ${q(cell.text)} is vague: it means the whole period of the document. If the activity happens in particular months, name them.`,
            },
        data: { fix: 'mark-review', table: table.index, row: row.index, kind: notDeadline ? 'not-a-deadline' : 'whole-period', fragment },
      });
    }
  },
};
