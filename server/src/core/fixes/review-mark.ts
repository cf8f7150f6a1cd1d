/**
 * vague-deadline → «пометить для проверки»: appends the comment REVIEW_MARK to the deadline cell.
 * Why a comment: it is invisible in every Markdown renderer (the document the school prints does not
 * change), it stays with the cell when rows are moved, it can be found by searching «уточнить срок»,
 * and deleting it undoes the mark. The vague-deadline rule reads it: a marked vague deadline
 * («в течение года», «по отдельному плану») is no longer reported. Idempotent: a marked cell gets no second mark (the fix is not offered). Not
 * safe for fix-all: marking is a decision about one activity.
 */
import type { Cell } from '../model';
import { hasReviewMark, REVIEW_MARK } from '../rules/review-mark';
import type { DiagnosticFixer } from './fix';
import { tableAt } from './fix';

export { hasReviewMark, REVIEW_MARK };

export const markForReview: DiagnosticFixer = (ctx, diagnostic) => {
  const data = diagnostic.data ?? {};
  const table = tableAt(ctx, data.table);
  const row = typeof data.row === 'number' ? table?.rows[data.row] : undefined;
  const cell: Cell | undefined = row?.deadline?.cell;
  if (!cell || cell.span.end <= cell.span.start) return [];
  if (hasReviewMark(ctx.text.slice(cell.span.start, cell.span.end))) return [];
  return [
    {
      id: 'mark-review',
      title: {
        ru: 'Пометить срок для проверки (скрытая пометка «уточнить срок»)',
        en: 'Mark the deadline for review (hidden note «уточнить срок»)',
      },
      kind: 'quickfix',
      safe: false,
      diagnosticCode: diagnostic.code,
      edits: [{ start: cell.span.end, end: cell.span.end, newText: ` ${REVIEW_MARK}` }],
    },
  ];
};
