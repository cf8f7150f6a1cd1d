import { efficiencyScores } from '../scores';
import type { Rule } from './rule';
import { quoted } from './rule';

/**
 * An efficiency table where some indicators carry no mark. Reported once per table, on its header:
 * the total is then partial and no level is given. An info, not a defect: a programme's criteria
 * table is often a blank form (examples/002 §6).
 *
 * data: { table, rows (indexes of the unscored rows) }
 */
export const scoreUnscored: Rule = {
  code: 'score-unscored',
  defaultSeverity: 'info',
  title: { ru: 'Не все показатели оценены', en: 'Unscored indicators' },
  check({ model, report }) {
    for (const e of efficiencyScores(model)) {
      const open = e.indicators.filter((i) => i.points === null && !i.problem);
      if (open.length === 0) continue;
      const n = e.indicators.length;
      const sections = model.tables[e.table]!.section;
      const section = sections[sections.length - 1];
      report({
        span: model.tables[e.table]!.headerSpan,
        message: {
          ru:
            `${section ? `В таблице раздела ${quoted(section)} оценено` : 'В таблице показателей «Критерии | Показатели» оценено'} ` +
            `${e.scored} из ${n} показателей: сумма ${e.total} из ${e.max} неполная, уровень не ` +
            'определён. Поставьте отметку в каждой строке.',
          en: `${e.scored} of ${n} indicators scored: the total ${e.total} of ${e.max} is partial and no level is given. Mark every row.`,
        },
        data: { table: e.table, rows: open.map((i) => i.row) },
      });
    }
  },
};
