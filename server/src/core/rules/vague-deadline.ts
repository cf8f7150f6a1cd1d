import { quoted } from './rule';
import { rowRule, tablesWhere } from './row-rule';
import { filledDeadline, isPlanTable } from './table-views';
import { vagueKind } from '../domain/deadline';
import { hasReviewMark } from './review-mark';

/**
 * Vague deadlines (docs/domain.md §9 «Сроки»), decided by what the whole cell says — status 'vague' in
 * core/domain/deadline/status.ts, the notion completeness lists as «нечёткий срок» too. Always a hint: real
 * reviewers accept these forms; the hint says honestly that nothing in them can be checked.
 *  - no time frame at all, only a deferral («По отдельному плану», «По мере необходимости», «По
 *    запросу», «По графику»): the cell says nothing about when;
 *  - only a whole-period frame («В течение учебного года», «Постоянно»), with or without a deferral
 *    next to it («В течение учебного года (по отдельному плану)», examples/001): the frame is explicit
 *    but says nothing more than the period;
 *  - any concrete month or date in the cell («Сентябрь 2023<br>В течение учебного года»,
 *    «Октябрь 2024 (по мере необходимости)»): the cell already says when — nothing.
 * Recurring forms («ежемесячно», «1 раз в четверть», «март, июнь») count as concrete.
 *
 * data: { table, row, kind: 'not-a-deadline' | 'whole-period', fragment }
 * (fragment: the vague words as written).
 */
export const vagueDeadline = rowRule({
  code: 'vague-deadline',
  defaultSeverity: 'hint',
  fixes: ['mark-review'],
  title: { ru: 'Нечёткий срок', en: 'Vague deadline' },
  rows: {
    ...tablesWhere(isPlanTable),
    judge(row, table, _facts, { text }, out) {
      const deadline = filledDeadline(row);
      if (!deadline) return;
      const { cell, parsed } = deadline;
      const kind = vagueKind(parsed);
      if (!kind) return;
      // Marked for review by the quick fix (fixes/review-mark.ts writes it, ./review-mark.ts reads it): the user has seen it; no longer reported.
      if (hasReviewMark(text.slice(cell.span.start, cell.span.end))) return;
      const notDeadline = kind === 'not-a-deadline';
      const fragment = parsed.issues.find((i) => i.flag === (notDeadline ? 'not-a-deadline' : 'vague'))?.fragment ?? cell.text;
      out.push({
        span: cell.span,
        message: notDeadline
          ? {
              ru:
                `Срок ${quoted(cell.text)} нечёткий: он ничего не говорит о том, когда пройдёт ` +
                'мероприятие, и выполнение по нему не проверить. Если месяцы известны, укажите их.',
              en:
                `Deadline ${quoted(cell.text)} is vague: it says nothing about when the activity ` +
                'takes place, so it cannot be checked. If the months are known, name them.',
            }
          : {
              ru:
                `Срок ${quoted(cell.text)} нечёткий: он означает весь период документа. ` +
                'Если мероприятие проходит в определённые месяцы, укажите их.',
              en:
                `Deadline ${quoted(cell.text)} is vague: it means the whole period of the document. ` +
                'If the activity happens in particular months, name them.',
            },
        data: { table: table.index, row: row.index, kind, fragment },
      });
    },
  },
});
