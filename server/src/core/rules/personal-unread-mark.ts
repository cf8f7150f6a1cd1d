import { progressScore } from '../scores';
import type { Rule } from './rule';
import { quoted } from './rule';

/**
 * A mark in the «Отметка о выполнении» column of a personalised programme that the reader cannot tell
 * as done, partly done, in progress or not done (docs/scores.md §4а): it is not counted as done, and
 * this says so instead of counting it silently.
 *
 * data: { table, row, mark }
 */
export const personalUnreadMark: Rule = {
  code: 'personal-unread-mark',
  defaultSeverity: 'warning',
  title: { ru: 'Отметка о выполнении не прочитана', en: 'Completion mark not read' },
  check({ model, report }) {
    if (model.meta.kind !== 'personal') return;
    const progress = progressScore(model);
    for (const r of progress?.rows ?? []) {
      if (r.status !== 'unread') continue;
      report({
        span: r.span,
        message: {
          ru:
            `Отметка ${quoted(r.mark, 40)} не прочитана, и мероприятие не считается выполненным. ` +
            'Напишите «выполнено», «частично», «в процессе» или дату выполнения (например, «12.10.2025»).',
          en:
            `The mark ${quoted(r.mark, 40)} cannot be read, so the activity is not counted as done. ` +
            'Write «выполнено», «частично», «в процессе» or the date it was done (e.g. «12.10.2025»).',
        },
        data: { table: r.table, row: r.row, mark: r.mark },
      });
    }
  },
};
