import { computeScores } from '../scores';
import type { Rule } from './rule';
import { q } from './rule';

export const targetDecreasing: Rule = {
  code: 'target-decreasing',
  defaultSeverity: 'warning',
  title: { ru: 'Целевой показатель уменьшается', en: 'Target decreases' },
  check({ model, profiles, report }) {
    for (const t of computeScores(model, profiles).targets) {
      for (const d of t.decreasing) {
        report({
          span: t.span,
          message: {
            ru: `Показатель ${q(t.text, 50)}: на ${d.to.year} год запланировано ${d.to.plan}, меньше, чем на ${d.from.year} год (${d.from.plan}). Целевые показатели не должны снижаться — проверьте цифры.`,
            en: `Target ${q(t.text, 50)}: ${d.to.plan} planned for ${d.to.year}, less than ${d.from.plan} for ${d.from.year}. Targets should not decrease — check the figures.`,
          },
        });
      }
    }
  },
};
