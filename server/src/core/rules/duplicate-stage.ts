import type { Rule } from './rule';
import { profileOf, stageCellSpan, stageDef, stageStarts, stageTables } from './table-views';

/**
 * The same stage written in the stage cell of two rows of one table. A continuation row (empty
 * stage cell) is not a duplicate.
 *
 * data: { table, row, stageId, firstRow (index of the row that started the stage) }
 */
export const duplicateStage: Rule = {
  code: 'duplicate-stage',
  defaultSeverity: 'warning',
  title: { ru: 'Этап начат дважды', en: 'Stage started twice' },
  check({ model, profiles, report }) {
    for (const table of stageTables(model)) {
      const profile = profileOf(table, profiles);
      if (!profile) continue;
      const seen = new Map<string, number>();
      for (const { row, stageId } of stageStarts(table)) {
        const first = seen.get(stageId);
        if (first === undefined) {
          seen.set(stageId, row.index);
          continue;
        }
        const def = stageDef(profile, stageId)!;
        report({
          span: stageCellSpan(table, row),
          message: {
            ru: `Этап «${def.title}» уже начат выше (строка ${first + 1} таблицы). Оставьте ячейку «Этап» пустой, если это продолжение, или объедините строки.`,
            en: `Stage «${def.titleEn}» was already started above (table row ${first + 1}). Leave the stage cell empty for a continuation, or merge the rows.`,
          },
          data: { table: table.index, row: row.index, stageId, firstRow: first },
        });
      }
    }
  },
};
