import type { Row, Table } from '../model';
import type { Rule } from './rule';
import { quoted } from './rule';
import { profileOf, stageCoverage, stageIndex, stageStarts, stageTables } from './table-views';

/**
 * A stage of the profile that no row of a stage table starts. Mandatory stages are errors,
 * recommended ones («Информационная поддержка») warnings. Reported on the table's header row.
 *
 * Schools name stages in their own words. When some stage of the table matched no stage of the
 * profile, the missing stage may well be that one under another name: then unknown-stage says so
 * on that cell, naming the stages not found, and this rule stays silent — a stage is never
 * reported both as missing and as unknown. A table whose stages are phases of work
 * («Организационный», «Основной», «Итоговый этап»), or whose stages and sections mostly match no
 * stage of the profile, follows another structure altogether: one hint for the table instead of a
 * missing stage each.
 *
 * data: { table, stageId, profile, afterRow }
 *  - afterRow: index of the row after which the stage belongs (the last row of the nearest earlier
 *    stage present, continuation rows included); -1 = before the first row.
 */
export const missingStage: Rule = {
  code: 'missing-stage',
  defaultSeverity: 'error',
  fixes: ['insert-stage'],
  title: { ru: 'Нет этапа профиля', en: 'A stage of the profile is missing' },
  check({ model, profiles, report }) {
    for (const table of stageTables(model)) {
      const profile = profileOf(table, profiles);
      if (!profile) continue;
      const coverage = stageCoverage(table);
      if (coverage.ownStructure) {
        const names = coverage.starts
          .slice(0, 3)
          .map((r) => quoted(r.stage!.text, 40))
          .join(', ');
        const how =
          coverage.ownStructure === 'phases'
            ? {
                ru: `Этапы в таблице названы по фазам работы (${names}), а не по этапам профиля`,
                en: 'The table names its stages by phases of work, not by the stages of the',
              }
            : {
                ru: `Таблица разбита на свои этапы или разделы (${names}), а не на этапы профиля`,
                en: 'The table is divided into stages or sections of its own, not by the stages of the',
              };
        report({
          span: table.headerSpan,
          severity: 'hint',
          message: {
            ru: `${how.ru} «${profile.title}», поэтому этапы профиля по отдельности не проверялись. Проверьте сами, что в плане есть ${profile.stages
              .filter((s) => s.mandatory)
              .map((s) => `«${s.title}»`)
              .join(', ')}.`,
            en:
              `${how.en} «${profile.titleEn}» profile, so the profile's stages were not checked ` +
              'one by one. Make sure the plan covers every mandatory stage of the profile.',
          },
          data: { table: table.index, profile: profile.id, structure: coverage.ownStructure },
        });
        continue;
      }
      if (coverage.unmatched.length > 0) continue; // unknown-stage names what was not found
      for (const stage of profile.stages) {
        if (coverage.present.has(stage.id)) continue;
        // Pupils: forming pairs may be merged into the work of the pairs (one row names both).
        if (stage.mergesWith?.some((other) => coverage.present.has(other))) continue;
        const index = stageIndex(profile, stage.id);
        // Insert after the last present stage that comes before it in the profile.
        const before = stageStarts(table).filter((s) => stageIndex(profile, s.stageId) < index);
        const anchorRow = before.length ? lastRowOfStage(table, before[before.length - 1]!.row) : undefined;
        report({
          span: table.headerSpan,
          severity: stage.mandatory ? 'error' : 'warning',
          message: {
            ru:
              `В таблице нет ${stage.mandatory ? 'обязательного' : 'рекомендуемого'} этапа «${stage.title}» ` +
              `(профиль «${profile.title}»). Добавьте строку с этим этапом, сроками и ответственными.`,
            en:
              `Stage «${stage.title}» (${stage.titleEn}) is missing — a ${stage.mandatory ? 'mandatory' : 'recommended'} ` +
              `stage of the «${profile.titleEn}» profile. Add a row with this stage, its deadline and responsibles.`,
          },
          data: { table: table.index, stageId: stage.id, profile: profile.id, afterRow: anchorRow?.index ?? -1 },
        });
      }
    }
  },
};

/** The stage started at `start` runs on through its continuation rows (empty stage cell). */
function lastRowOfStage(table: Table, start: Row): Row {
  let last = start;
  for (const row of table.rows.slice(table.rows.indexOf(start) + 1)) {
    if (row.isSection || !row.stage?.continued) break;
    last = row;
  }
  return last;
}
