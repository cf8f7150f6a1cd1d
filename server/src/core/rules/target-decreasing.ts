import { targetScores } from '../scores';
import type { Rule } from './rule';
import { quoted } from './rule';

/**
 * A target indicator («не менее N» per year) whose plan for a later year is lower than for an
 * earlier one. Reported on the indicator's text.
 *
 * data: { table, row, from: { year, plan }, to: { year, plan } }
 */
export const targetDecreasing: Rule = {
  code: 'target-decreasing',
  defaultSeverity: 'warning',
  title: { ru: 'Целевой показатель уменьшается', en: 'Target decreases' },
  check({ model, report, reusesCells }) {
    for (const t of targetScores(model, reusesCells)) {
      for (const d of t.decreasing) {
        report({
          span: t.span,
          message: {
            ru:
              `Показатель ${quoted(t.text, 50)}: на ${d.to.year} год запланировано ${d.to.plan}, меньше, чем на ` +
              `${d.from.year} год (${d.from.plan}). Целевые показатели не должны снижаться — проверьте цифры.`,
            en:
              `Target ${quoted(t.text, 50)}: ${d.to.plan} planned for ${d.to.year}, less than ` +
              `${d.from.plan} for ${d.from.year}. Targets should not decrease — check the figures.`,
          },
          data: { table: t.table, row: t.row, from: { year: d.from.year, plan: d.from.plan }, to: { year: d.to.year, plan: d.to.plan } },
        });
      }
    }
  },
};
