import { efficiencyScores } from '../scores';
import type { Rule } from './rule';
import { plural } from '../words';

/**
 * The levels written after an efficiency table («15–18 баллов – оптимальный уровень; …») overlap,
 * leave points out, or do not span 0…max (add a tenth indicator and «15–18» is wrong). Reported on
 * the first level line.
 *
 * data: { table, kind: 'overlap' | 'gap' | 'range', text }
 */
export const scoreLevels: Rule = {
  code: 'score-levels',
  defaultSeverity: 'warning',
  title: { ru: 'Уровни баллов не согласованы с таблицей', en: 'Score levels do not fit the table' },
  check({ model, report }) {
    for (const e of efficiencyScores(model)) {
      for (const p of e.levelProblems) {
        const at = e.levels[0]?.span ?? model.tables[e.table]!.span;
        const range = p.text.replace(/^(\d+)\s*[–-]\s*\1$/, '$1');
        const why = {
          overlap: { ru: `уровни «${p.text}» пересекаются`, en: `levels overlap (${p.text})` },
          gap: {
            ru: /^\d+$/.test(range)
              ? `сумма «${range} ${plural(Number(range), 'балл', 'балла', 'баллов')}» не входит ни в один уровень`
              : `суммы «${range} баллов» не входят ни в один уровень`,
            en: `points ${range} belong to no level`,
          },
          range: p.text.includes(' ≠ ')
            ? {
                ru: `уровни охватывают «${p.text.split(' ≠ ')[0]}» баллов, а должны — от 0 до ${e.max}`,
                en: `levels do not span 0–${e.max} (${p.text})`,
              }
            : { ru: `у уровня «${p.text}» начало больше конца`, en: `level ${p.text} starts after it ends` },
        }[p.kind];
        report({
          span: at,
          data: { table: e.table, kind: p.kind, text: p.text },
          message: {
            ru:
              `В таблице ${e.indicators.length} ${plural(e.indicators.length, 'показатель', 'показателя', 'показателей')} ` +
              `(максимум ${e.max} ${plural(e.max, 'балл', 'балла', 'баллов')}), но ${why.ru}. Пересчитайте границы уровней.`,
            en: `The table has ${e.indicators.length} indicators (maximum ${e.max} points), but ${why.en}. Recompute the level bounds.`,
          },
        });
      }
    }
  },
};
