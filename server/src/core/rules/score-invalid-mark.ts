import { efficiencyScores } from '../scores';
import type { Rule } from './rule';
import { quoted } from './rule';

/**
 * A cell of an efficiency table that cannot be read as a mark (✓, +, х …) or as 0, 1, 2 points.
 * Reported on the cell.
 *
 * data: { table, row }
 */
export const scoreInvalidMark: Rule = {
  code: 'score-invalid-mark',
  defaultSeverity: 'error',
  title: { ru: 'Недопустимая отметка в таблице баллов', en: 'Invalid mark in a scoring table' },
  check({ model, report }) {
    for (const e of efficiencyScores(model)) {
      for (const i of e.indicators) {
        if (i.problem?.kind !== 'invalid-mark') continue;
        report({
          span: i.problem.span,
          message: {
            ru: `Отметка ${quoted(i.problem.text)} не читается как балл. Поставьте знак «✓», «+» или «х» в один из столбцов баллов либо число 0, 1 или 2.`,
            en: `Mark ${quoted(i.problem.text)} cannot be read: put «✓», «+» or «x» in one points column, or the number 0, 1 or 2.`,
          },
          data: { table: e.table, row: i.row },
        });
      }
    }
  },
};
