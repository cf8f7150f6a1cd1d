/**
 * Placeholders that fixes write where only the user can say what belongs (a deadline, who is
 * responsible). They are visible text in square brackets — the usual «fill in here» mark of Russian
 * templates, shown literally by Markdown — so nobody mistakes them for content, and they are
 * flagged by the existing rules until replaced:
 *  - «[указать срок]» is no deadline: `unparsed-deadline` (warning) on the cell, and the row does not
 *    count as having a deadline in the completeness score;
 *  - «[указать ответственных]» is no role or person: `unknown-responsible` (hint);
 *  - «[указать мероприятия …]», «[указать результат …]» carry what the profile expects of the stage,
 *    as a hint for what to write.
 * So a row a fix inserts never passes as complete.
 */
import type { StageDef } from '../profiles';

export const PLACEHOLDER = {
  deadline: '[указать срок]',
  responsible: '[указать ответственных]',
  activity: (stage?: StageDef) => (stage ? `[указать мероприятия; по профилю: ${stage.expects}]` : '[указать мероприятия]'),
  result: (stage?: StageDef) => (stage ? `[указать результат, например: ${stage.typicalResult}]` : '[указать результат]'),
} as const;

/** Is this cell text (still) a placeholder written by a fix? */
export function isPlaceholder(text: string): boolean {
  return /^\[указать [^\]]*\]$/.test(text.trim());
}
