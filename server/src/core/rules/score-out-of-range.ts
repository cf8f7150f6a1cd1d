import { questionnaireScores } from '../scores';
import type { Rule } from './rule';
import { quoted } from './rule';

/**
 * A questionnaire value outside the 1–10 scale of МР-42/02. Reported on the cell.
 *
 * data: { table, row, column }
 */
export const scoreOutOfRange: Rule = {
  code: 'score-out-of-range',
  defaultSeverity: 'error',
  title: { ru: 'Оценка анкеты вне шкалы 1–10', en: 'Questionnaire value outside 1–10' },
  check({ model, report }) {
    for (const qn of questionnaireScores(model)) {
      for (const o of qn.outOfRange) {
        report({
          span: o.span,
          message: {
            ru: `Оценка ${quoted(o.text)} вне шкалы анкеты. Исправьте её: допустимы числа от 1 до 10.`,
            en: `Value ${quoted(o.text)} is outside the questionnaire scale: use numbers from 1 to 10.`,
          },
          data: { table: qn.table, row: o.row, column: o.column },
        });
      }
    }
  },
};
