import { computeScores } from '../scores';
import type { Rule } from './rule';

export const scoreLevels: Rule = {
  code: 'score-levels',
  defaultSeverity: 'warning',
  title: { ru: 'Уровни баллов не согласованы с таблицей', en: 'Score levels do not fit the table' },
  check({ model, profiles, report }) {
    for (const e of computeScores(model, profiles).efficiency) {
      for (const p of e.levelProblems) {
        const at = e.levels[0]?.span ?? model.tables[e.table]!.span;
        const why = {
          overlap: { ru: `уровни пересекаются (${p.text})`, en: `levels overlap (${p.text})` },
          gap: { ru: `между уровнями пропущены баллы ${p.text}`, en: `points ${p.text} belong to no level` },
          range: { ru: `уровни не покрывают 0–${e.max} (${p.text})`, en: `levels do not span 0–${e.max} (${p.text})` },
        }[p.kind];
        report({
          span: at,
          message: {
            ru: `В таблице ${e.indicators.length} показателей (максимум ${e.max} баллов), но ${why.ru}. Пересчитайте границы уровней.`,
            en: `The table has ${e.indicators.length} indicators (maximum ${e.max} points), but ${why.en}. Recompute the level bounds.`,
          },
        });
      }
    }
  },
};
