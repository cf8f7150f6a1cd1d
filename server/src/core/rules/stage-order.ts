import type { Rule } from './rule';
import { profileOf, stageCellSpan, stageDef, stageIndex, stageStarts, stageTables } from './table-views';

/**
 * A stage started after a stage that follows it in the profile. Swapping the two databases (stages
 * of one swapGroup, examples/001) is only a hint; cross-cutting stages («Информационная поддержка») may
 * stand anywhere.
 *
 * data: { table, row, stageId, after (the later stage it follows) }
 */
export const stageOrder: Rule = {
  code: 'stage-order',
  defaultSeverity: 'warning',
  title: { ru: 'Этапы идут не по порядку', en: 'Stages out of order' },
  check({ model, profiles, report }) {
    for (const table of stageTables(model)) {
      const profile = profileOf(table, profiles);
      if (!profile) continue;
      let furthest: { stageId: string; index: number } | undefined;
      for (const { row, stageId } of stageStarts(table)) {
        const def = stageDef(profile, stageId)!;
        if (def.crossCutting) continue;
        const index = stageIndex(profile, stageId);
        if (furthest && index < furthest.index) {
          const other = stageDef(profile, furthest.stageId)!;
          const swappable = def.swapGroup !== undefined && def.swapGroup === other.swapGroup;
          report({
            span: stageCellSpan(table, row),
            severity: swappable ? 'hint' : undefined,
            message: swappable
              ? {
                  ru: `Этап «${def.title}» обычно идёт перед этапом «${other.title}». Такой порядок допустим, но проверьте, что так и задумано.`,
                  en: `Stage «${def.titleEn}» usually comes before «${other.titleEn}». This order is allowed; check that it is intended.`,
                }
              : {
                  ru: `Этап «${def.title}» стоит после этапа «${other.title}», хотя должен идти раньше. Переставьте строки в порядке этапов профиля.`,
                  en: `Stage «${def.titleEn}» comes after «${other.titleEn}» but should come before it. Reorder the rows to follow the profile.`,
                },
            data: { table: table.index, row: row.index, stageId, after: furthest.stageId },
          });
        } else if (!furthest || index > furthest.index) {
          furthest = { stageId, index };
        }
      }
    }
  },
};
