import { CellVerdicts } from './cell-verdicts';
import type { Report, Rule } from './rule';
import { quoted } from './rule';
import { identity, memo } from '../read/memo';
import { findStageMentions } from '../domain/stages';

// Memoised: re-run on every keystroke over hundreds of unchanged cells.
const mentionsIn = memo(findStageMentions, (text, profile) => `${identity(profile)}|${text}`);
import { hasRole, profileOf, stageDef, stageTables } from './table-views';

/**
 * A row whose stage says one stage while its result (or, without a result column, its activity)
 * names another (examples/002 §3). Stages that may merge (pupils: pairing ↔ pair work) do not clash.
 *
 * data: { table, row, stageId (the row's stage), mentioned (the stage its content names), column: 'result' | 'activity' }
 */
export const stageMismatch: Rule = {
  code: 'stage-mismatch',
  defaultSeverity: 'warning',
  title: { ru: 'Содержание строки относится к другому этапу', en: 'Row content names another stage' },
  check({ model, profiles, report, reusesCells = false }) {
    for (const table of stageTables(model)) {
      const profile = profileOf(table, profiles);
      if (!profile) continue;
      const useResult = hasRole(table, 'result');
      for (const row of table.rows) {
        const own = row.stage?.match?.stageId;
        if (!own || row.isSection) continue;
        const cell = useResult ? row.result : row.activity;
        if (!cell || cell.text === '') continue;
        const found = verdicts.of(reusesCells, cell, [table.index, row.index, own, profile, useResult], (): Report | undefined => {
          const mentions = mentionsIn(cell.text, profile);
          if (mentions.length === 0 || mentions.includes(own)) return undefined;
          const ownDef = stageDef(profile, own)!;
          const other = stageDef(profile, mentions[0])!;
          if (ownDef.mergesWith?.includes(other.id) || other.mergesWith?.includes(own)) return undefined;
          return {
            span: cell.span,
            message: {
              ru:
                `Строка относится к этапу «${ownDef.title}», а ${useResult ? 'её результат' : 'её мероприятие'} ` +
                `${quoted(cell.text, 50)} — к этапу «${other.title}». Исправьте этап или содержание строки.`,
              en:
                `The row is stage «${ownDef.titleEn}», but its ${useResult ? 'result' : 'activity'} ` +
                `${quoted(cell.text, 50)} belongs to «${other.titleEn}». Fix the stage or the row's content.`,
            },
            data: { table: table.index, row: row.index, stageId: own, mentioned: other.id, column: useResult ? 'result' : 'activity' },
          };
        });
        if (found) report(found);
      }
    }
  },
};

const verdicts = new CellVerdicts<Report | undefined>();
