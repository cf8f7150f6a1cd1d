import type { Rule } from './rule';
import { quoted } from './rule';
import { profileOf, stageCellSpan, stageCoverage, stageTables } from './table-views';

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
      // A table with a structure of its own gets one hint from missing-stage instead. Otherwise the stages not found
      // are named here as what the unrecognised cell may be (missing-stage then stays silent).
      const coverage = stageCoverage(table);
      if (coverage.ownStructure) continue;
      const missing = profile.stages.filter((s) => !coverage.present.has(s.id) && !s.mergesWith?.some((o) => coverage.present.has(o)));
      const candidates = missing
        .slice(0, 3)
        .map((s) => `«${s.title}»`)
        .join(', ');
      for (const row of table.rows) {
        if (!row.stage || row.stage.continued || row.stage.match) continue;
        report({
          span: stageCellSpan(table, row),
          message: {
            ru: missing.length
              ? `Этап ${quoted(row.stage.text)} не совпадает ни с одним этапом профиля «${profile.title}», а в таблице ` +
                `${missing.length === 1 ? 'не найден этап' : 'не найдены этапы'} ${candidates}${missing.length > 3 ? ' и другие' : ''}. ` +
                'Если это он, приблизьте название к стандартному; если нет — добавьте недостающий этап.'
              : `Этап ${quoted(row.stage.text)} не совпадает ни с одним этапом профиля «${profile.title}». ` +
                'Проверьте название или выберите стандартное из подсказок.',
            en: missing.length
              ? `Stage ${quoted(row.stage.text)} matches no stage of the «${profile.titleEn}» profile, and the table lacks ${missing
                  .slice(0, 3)
                  .map((s) => `«${s.titleEn}»`)
                  .join(', ')}. If this is it, use the standard name; if not, add the missing stage.`
              : `Stage ${quoted(row.stage.text)} matches no stage of the «${profile.titleEn}» profile. Check the name or pick a standard one from completion.`,
          },
          data: { table: table.index, row: row.index, profile: profile.id, text: row.stage.text, missing: missing.map((s) => s.id) },
        });
      }
    }
  },
};
