import type { Row, Table } from '../model';
import type { Rule } from './rule';
import { profileOf, stageIndex, stageStarts, stageTables } from './helpers';

/**
 * A stage of the profile that no row of a stage table starts. Mandatory stages are errors,
 * recommended ones («Информационная поддержка») warnings. Reported on the table's header row.
 *
 * data: { fix: 'insert-stage', table, stageId, profile, afterRow }
 *  - afterRow: index of the row after which the stage belongs (the last row of the nearest earlier
 *    stage present, continuation rows included); -1 = before the first row.
 */
export const missingStage: Rule = {
  code: 'missing-stage',
  defaultSeverity: 'error',
  title: { ru: 'Нет этапа профиля', en: 'A stage of the profile is missing' },
  check({ model, profiles, report }) {
    for (const table of stageTables(model)) {
      const profile = profileOf(table, profiles);
      if (!profile) continue;
      const present = new Set(stageStarts(table).map((s) => s.stageId));
      for (const stage of profile.stages) {
        if (present.has(stage.id)) continue;
        // Pupils: forming pairs may be merged into the work of the pairs (one row names both).
        if (stage.mergesWith?.some((other) => present.has(other))) continue;
        const index = stageIndex(profile, stage.id);
        // Insert after the last present stage that comes before it in the profile.
        const before = stageStarts(table).filter((s) => stageIndex(profile, s.stageId) < index);
        const anchorRow = before.length ? lastRowOfStage(table, before[before.length - 1]!.row) : undefined;
        report({
          span: table.headerSpan,
          severity: stage.mandatory ? 'error' : 'warning',
          message: {
            ru: `В таблице нет ${stage.mandatory ? 'обязательного' : 'рекомендуемого'} этапа «${stage.title}» (профиль «${profile.title}»). Добавьте строку с этим этапом, сроками и ответственными.`,
            en: `Stage «${stage.title}» (${stage.titleEn}) is missing — a ${stage.mandatory ? 'mandatory' : 'recommended'} stage of the «${profile.titleEn}» profile. Add a row with this stage, its deadline and responsibles.`,
          },
          data: { fix: 'insert-stage', table: table.index, stageId: stage.id, profile: profile.id, afterRow: anchorRow?.index ?? -1 },
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
