import { efficiencyScores } from '../scores';
import type { Rule } from './rule';
import { quoted } from './rule';

/**
 * An indicator marked in two or more points columns. Reported on the marked cells.
 *
 * data: { table, row }
 */
export const scoreMultipleMarks: Rule = {
  code: 'score-multiple-marks',
  defaultSeverity: 'error',
  title: { ru: 'Две отметки в одной строке', en: 'Two marks in one row' },
  check({ model, report }) {
    for (const e of efficiencyScores(model)) {
      for (const i of e.indicators) {
        if (i.problem?.kind !== 'multiple-marks') continue;
        report({
          span: i.problem.span,
          message: {
            ru: `У показателя ${quoted(i.indicator, 50)} отмечено несколько столбцов. Оставьте одну отметку: 2, 1 или 0 баллов.`,
            en: `Indicator ${quoted(i.indicator, 50)} is marked in several columns. Keep one mark: 2, 1 or 0 points.`,
          },
          data: { table: e.table, row: i.row },
        });
      }
    }
  },
};
