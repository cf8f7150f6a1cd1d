import type { Rule } from './rule';
import { q } from './rule';
import { profileOf, stageCellSpan, stageTables } from './helpers';

/**
 * A filled stage cell that matches no stage of the table's profile.
 *
 * data: { table, row, profile, text (the stage as written) }
 */
export const unknownStage: Rule = {
  code: 'unknown-stage',
  defaultSeverity: 'hint',
  title: { ru: 'Этап не распознан', en: 'Unrecognised stage' },
  check({ model, profiles, report }) {
    for (const table of stageTables(model)) {
      const profile = profileOf(table, profiles);
      if (!profile) continue;
      for (const row of table.rows) {
        if (!row.stage || row.stage.continued || row.stage.match) continue;
        report({
          span: stageCellSpan(table, row),
          message: {
            ru: `Этап ${q(row.stage.text)} не совпадает ни с одним этапом профиля «${profile.title}». Проверьте название или выберите стандартное из подсказок.`,
            en: `Stage ${q(row.stage.text)} matches no stage of the «${profile.titleEn}» profile. Check the name or pick a standard one from completion.`,
          },
          data: { table: table.index, row: row.index, profile: profile.id, text: row.stage.text },
        });
      }
    }
  },
};
