import type { Interval } from '../domain/dates';
import { formatInterval } from '../domain/deadline';
import type { Rule } from './rule';
import { profileOf, stageCellSpan, stageDef, stageIndex, stageStarts, stageTables } from './table-views';

/**
 * Stages may overlap, but a stage must not finish before an earlier stage has started (examples/001:
 * pairs formed in September, mentors selected in October). Vague deadlines and cross-cutting
 * stages take no part; the two databases may swap. Reported once per later stage, on the deadline
 * cell of the row that starts it.
 *
 * data: { table, row, stageId (the later stage), earlier (the stage it ends before) }
 */
export const stageChronology: Rule = {
  code: 'stage-chronology',
  defaultSeverity: 'warning',
  title: { ru: 'Этап заканчивается раньше, чем начинается предыдущий', en: 'Stage ends before an earlier stage starts' },
  check({ model, profiles, report }) {
    for (const table of stageTables(model)) {
      const profile = profileOf(table, profiles);
      if (!profile) continue;
      const spans = new Map<string, { start: Interval['start']; end: Interval['end']; row: (typeof table.rows)[number] }>();
      for (const row of table.rows) {
        const id = row.stage?.match?.stageId;
        if (!id || stageDef(profile, id)?.crossCutting) continue;
        // The row's earliest start and latest end, vague deadlines left out — without new arrays per row.
        let start: Interval['start'] | undefined;
        let end: Interval['end'] | undefined;
        for (const i of row.deadline?.parsed.intervals ?? []) {
          if (i.vague) continue;
          if (start === undefined || i.start < start) start = i.start;
          if (end === undefined || i.end > end) end = i.end;
        }
        if (start === undefined || end === undefined) continue;
        const span = spans.get(id);
        if (!span) spans.set(id, { start, end, row });
        else {
          if (start < span.start) span.start = start;
          if (end > span.end) span.end = end;
        }
      }
      const startRows = new Map(stageStarts(table).map((s) => [s.stageId, s.row]));
      for (const [laterId, later] of spans) {
        const laterDef = stageDef(profile, laterId)!;
        for (const [earlierId, earlier] of spans) {
          const earlierDef = stageDef(profile, earlierId)!;
          if (stageIndex(profile, earlierId) >= stageIndex(profile, laterId)) continue;
          if (earlierDef.swapGroup !== undefined && earlierDef.swapGroup === laterDef.swapGroup) continue;
          if (!(later.end < earlier.start)) continue;
          const row = startRows.get(laterId) ?? later.row;
          const laterText = formatInterval({ start: later.start, end: later.end }, 'ru');
          const earlierText = formatInterval({ start: earlier.start, end: earlier.end }, 'ru');
          report({
            span: row.deadline?.cell.span ?? stageCellSpan(table, row),
            message: {
              ru:
                `Этап «${laterDef.title}» (${laterText}) заканчивается раньше, чем начинается предшествующий ` +
                `этап «${earlierDef.title}» (${earlierText}). Сдвиньте сроки или порядок этапов.`,
              en:
                `Stage «${laterDef.titleEn}» (${formatInterval({ start: later.start, end: later.end }, 'en')}) ` +
                `ends before the earlier stage «${earlierDef.titleEn}» (${formatInterval({ start: earlier.start, end: earlier.end }, 'en')}) ` +
                'starts. Move the deadlines or reorder the stages.',
            },
            data: { table: table.index, row: row.index, stageId: laterId, earlier: earlierId },
          });
          break;
        }
      }
    }
  },
};
