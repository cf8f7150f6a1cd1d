/**
 * The hidden «уточнить срок» mark: an HTML comment the vague-deadline quick fix (fixes/review-mark.ts)
 * appends to a deadline cell, and the vague-deadline rule reads as «the author has seen this». It is
 * defined here, beside the rule that reads it, because rules sit below fixes: the fix imports the
 * mark from the rule's layer, never the other way round.
 */
export const REVIEW_MARK = '<!-- nastavnik: уточнить срок -->';
const MARK_PATTERN = /<!--\s*nastavnik:\s*уточнить срок\s*-->/;

/** Does this cell source carry the review mark? */
export function hasReviewMark(cellSource: string): boolean {
  return MARK_PATTERN.test(cellSource);
}
