/**
 * Placeholders that fixes write where only the user can say what belongs (a deadline, who is
 * responsible). They are visible text in square brackets — the usual «fill in here» mark of Russian
 * templates, shown literally by Markdown — so nobody mistakes them for content, and they are
 * reported by the `placeholder` rule (warning) until replaced, and a cell holding one does not count
 * as filled in the completeness score. «[указать мероприятия …]», «[указать результат …]» carry
 * what the profile expects of the stage, as a hint for what to write.
 * So a row a fix inserts never passes as complete.
 */
import type { StageDef } from '../domain/profiles';

export const PLACEHOLDER = {
  deadline: '[указать срок]',
  responsible: '[указать ответственных]',
  activity: (stage?: StageDef) => (stage ? `[указать мероприятия; по профилю: ${stage.expects}]` : '[указать мероприятия]'),
  result: (stage?: StageDef) => (stage ? `[указать результат, например: ${stage.typicalResult}]` : '[указать результат]'),
} as const;

/** Is this cell text (still) a placeholder written by a fix? Shared with rules and scores. */
export { isPlaceholder } from '../domain/placeholders';
