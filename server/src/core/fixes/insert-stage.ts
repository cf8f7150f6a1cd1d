/**
 * missing-stage → insert a row for the stage at its standard place: after the rows of the stage
 * that precedes it in the profile (with their continuation rows), before the next stage. The row has
 * as many cells as the table's header; the stage cell holds the profile's title, the other cells
 * placeholders (placeholders.ts) so the row is visibly unfinished and still flagged. In a table of
 * numbered section rows (municipal complex of measures) a section row is inserted instead.
 */
import { eolOf } from '../editing/edits';
import type { Column, Row, Table } from '../model';
import type { Profile, StageDef } from '../domain/profiles';
import { lineEndAt, lineStartAt, tableLines } from '../editing/table-text';
import { cellText, type DiagnosticFixer, type Fix, profilesOf, tableAt } from './fix';
import { PLACEHOLDER } from './placeholders';

export const insertStage: DiagnosticFixer = (ctx, diagnostic) => {
  const data = diagnostic.data ?? {};
  const table = tableAt(ctx, data.table);
  const profile = profilesOf(ctx).find((p) => p.id === data.profile);
  const stage = profile?.stages.find((s) => s.id === data.stageId);
  if (!table || !profile || !stage) return [];
  const lines = tableLines(ctx.text, table);
  if (!lines) return [];
  const hasStageColumn = table.columns.some((c) => c.role === 'stage');
  const cells = hasStageColumn
    ? stageRowCells(table, stage)
    : sectionRowCells(table, stage, previousSectionNumber(table, afterRowOf(data)));
  if (!cells) return [];
  const header = lines[0]!;
  const row = (header.leadingPipe ? '| ' : '') + cells.join(' | ') + (header.trailingPipe ? ' |' : '');
  const eol = eolOf(ctx.text);
  const before = insertionRow(table, profile, stage, afterRowOf(data));
  const indent = ctx.text.slice(header.lineStart, header.start);
  let edit;
  if (before) {
    const at = lineStartAt(ctx.text, before.span.start);
    edit = { start: at, end: at, newText: indent + row + eol };
  } else {
    const at = lineEndAt(ctx.text, table.span.end);
    edit = { start: at, end: at, newText: eol + indent + row };
  }
  const fix: Fix = {
    id: 'insert-stage',
    title: hasStageColumn
      ? {
          ru: `Добавить строку этапа «${stage.title}» (заполнить: ${toFill(table).ru})`,
          en: `Add a row for the stage «${stage.titleEn}» (to fill in: ${toFill(table).en})`,
        }
      : { ru: `Добавить раздел «${stage.title}»`, en: `Add the section «${stage.titleEn}»` },
    kind: 'quickfix',
    safe: false,
    diagnosticCode: diagnostic.code,
    edits: [edit],
    preferred: true,
  };
  return [fix];
};

function afterRowOf(data: Record<string, unknown>): number {
  return typeof data.afterRow === 'number' ? data.afterRow : -1;
}

/** The first row after the previous stage's rows that starts another stage; undefined: the end of the table. */
function insertionRow(table: Table, profile: Profile, stage: StageDef, afterRow: number): Row | undefined {
  const order = profile.stages.findIndex((s) => s.id === stage.id);
  const startsStage = (r: Row) => r.stage !== undefined && !r.stage.continued;
  if (afterRow < 0) {
    // No earlier stage is present: before the first row of a later stage, else before the first stage row.
    const later = table.rows.find(
      (r) => startsStage(r) && r.stage!.match && profile.stages.findIndex((s) => s.id === r.stage!.match!.stageId) > order,
    );
    return later ?? table.rows.find(startsStage);
  }
  return table.rows.find((r) => r.index > afterRow && startsStage(r));
}

function stageRowCells(table: Table, stage: StageDef): string[] {
  const firstActivity = table.columns.find((c) => c.role === 'activity');
  return table.columns.map((c: Column) => {
    switch (c.role) {
      case 'stage':
        return cellText(stage.title);
      case 'activity':
        return c === firstActivity ? cellText(PLACEHOLDER.activity(stage)) : '';
      case 'deadline':
        return PLACEHOLDER.deadline;
      case 'responsible':
        return PLACEHOLDER.responsible;
      case 'result':
        return cellText(PLACEHOLDER.result(stage));
      default:
        return '';
    }
  });
}

/** «4. | Мониторинг и оценка результатов | | |»: the number after the previous section, the title in the activity column. */
function sectionRowCells(table: Table, stage: StageDef, number: number | undefined): string[] | undefined {
  const numberCol = table.columns.find((c) => c.role === 'number');
  const titleCol = table.columns.find((c) => c.role === 'activity');
  if (!numberCol || !titleCol || number === undefined) return undefined;
  return table.columns.map((c) => (c === numberCol ? `${number}.` : c === titleCol ? cellText(stage.title) : ''));
}

function previousSectionNumber(table: Table, afterRow: number): number | undefined {
  const sections = table.rows.filter((r) => r.isSection && r.number);
  const previous = sections.filter((r) => r.index <= afterRow).pop();
  const n = previous ? parseInt(previous.number!, 10) : 0;
  return Number.isNaN(n) ? undefined : n + 1;
}

/** What the user has to fill in the new row, for the fix's title. */
function toFill(table: Table): { ru: string; en: string } {
  const has = (role: Column['role']) => table.columns.some((c) => c.role === role);
  const parts = [
    ['activity', 'мероприятия', 'activities'],
    ['deadline', 'сроки', 'deadline'],
    ['responsible', 'ответственных', 'responsibles'],
    ['result', 'результат', 'result'],
  ] as const;
  const present = parts.filter(([role]) => has(role));
  return { ru: present.map((p) => p[1]).join(', '), en: present.map((p) => p[2]).join(', ') };
}
