import type { Profile } from '../domain/profiles';
import { quoted } from './rule';
import { identity, memo } from '../read/memo';
import { findStageMentions } from '../domain/stages';
import { rowRule } from './row-rule';
import { hasRole, isStageTable, profileOf, stageDef } from './table-views';

// Memoised: the same activities and results are read again whenever a row is judged again.
const mentionsIn = memo(findStageMentions, (text, profile) => `${identity(profile)}|${text}`);

/**
 * A row whose stage says one stage while its result (or, without a result column, its activity)
 * names another (examples/002 §3). Stages that may merge (pupils: pairing ↔ pair work) do not clash.
 *
 * data: { table, row, stageId (the row's stage), mentioned (the stage its content names), column: 'result' | 'activity' }
 */
export const stageMismatch = rowRule({
  code: 'stage-mismatch',
  defaultSeverity: 'warning',
  title: { ru: 'Содержание строки относится к другому этапу', en: 'Row content names another stage' },
  rows: {
    facts(table, { profiles }): { profile: Profile; useResult: boolean } | undefined {
      if (!isStageTable(table)) return;
      const profile = profileOf(table, profiles);
      return profile && { profile, useResult: hasRole(table, 'result') };
    },
    key: ({ profile, useResult }) => `${identity(profile)}|${useResult}`,
    judge(row, table, { profile, useResult }, _context, out) {
      const own = row.stage?.match?.stageId;
      if (!own || row.isSection) return;
      const cell = useResult ? row.result : row.activity;
      if (!cell || cell.text === '') return;
      const mentions = mentionsIn(cell.text, profile);
      if (mentions.length === 0 || mentions.includes(own)) return;
      const ownDef = stageDef(profile, own)!;
      const other = stageDef(profile, mentions[0])!;
      if (ownDef.mergesWith?.includes(other.id) || other.mergesWith?.includes(own)) return;
      out.push({
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
      });
    },
  },
});
