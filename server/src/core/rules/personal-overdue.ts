import { formatInterval } from '../domain/deadline';
import { progressScore } from '../scores';
import type { Rule } from './rule';
import { quoted } from './rule';

/**
 * Against today's date (given by the editor or the CLI's `--today`; without it the rule is silent):
 * an activity of a personalised programme whose deadline has ended and that has no mark of completion
 * (empty, «не выполнено», «перенесено»). Reported on the mark cell (docs/scores.md §4а).
 *
 * data: { table, row, end (the deadline's last day), today }
 */
export const personalOverdue: Rule = {
  code: 'personal-overdue',
  defaultSeverity: 'warning',
  title: { ru: 'Срок мероприятия прошёл, отметки о выполнении нет', en: 'Activity past its deadline without a mark' },
  check({ model, report, today }) {
    if (!today || model.meta.kind !== 'personal') return;
    const progress = progressScore(model, today);
    for (const r of progress?.rows ?? []) {
      if (r.status !== 'overdue' || !r.deadlineEnd) continue;
      const until = { start: r.deadlineEnd, end: r.deadlineEnd };
      report({
        span: r.span,
        message: {
          ru:
            `Срок мероприятия ${quoted(r.activity, 50)} прошёл (${formatInterval(until, 'ru')}), а ` +
            'отметки о выполнении нет. Отметьте выполнение («выполнено», дата) или перенесите срок.',
          en:
            `The activity ${quoted(r.activity, 50)} is past its deadline (${formatInterval(until, 'en')}) ` +
            'and has no mark of completion. Mark it done («выполнено», a date) or move the deadline.',
        },
        data: { table: r.table, row: r.row, end: r.deadlineEnd, today },
      });
    }
  },
};
