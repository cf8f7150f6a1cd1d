/** A plan table's rows read: number, activity, deadline, responsible, result and the stage each row falls under. */
import type { Profile } from '../domain/profiles';
import { guessProfile } from '../domain/stages';
import type { Cell, DocumentMeta, Row, Table } from '../model';
import { deadlineByCell, perCell, readDeadline, readResponsible, readStage, responsibleByCell, stageByCell } from './cell-readings';
import { identity } from './memo';
import type { ParseOptions } from './parse-options';
import { continuesAbove, isColumnNumberRow, readSectionRow } from './row-kinds';
import { firstOf, stageCells } from './table-classify';

export function fillRoadmapRows(
  source: string,
  table: Table,
  meta: DocumentMeta,
  profiles: readonly Profile[],
  options: ParseOptions,
): void {
  const forced = options.profile ?? (meta.profileSource === 'front-matter' || meta.profileSource === 'title' ? meta.profile : undefined);
  const stageCol = firstOf(table, 'stage');
  const numberCol = firstOf(table, 'number');
  const activityCols = table.columns.filter((c) => c.role === 'activity');
  const deadlineCol = firstOf(table, 'deadline');
  const responsibleCol = firstOf(table, 'responsible');
  // «Вид документа» and «Ожидаемые результаты» side by side: either one filled gives the row its result.
  const resultCols = table.columns.filter((c) => c.role === 'result');
  const candidates = meta.kind === 'municipal' ? profiles : profiles.filter((p) => p.id !== 'municipal');
  const profileId = forced ?? (meta.kind === 'municipal' ? 'municipal' : guessProfile(stageCells(table), candidates, readStage)?.profileId);
  const profile = profiles.find((p) => p.id === profileId);
  table.profile = profileId;
  let current: Row['stage'];
  const period = meta.period;
  const periodContext = `${period?.start ?? ''}|${period?.end ?? ''}|${period?.kind ?? ''}`;
  const peopleContext = `${identity(options.staff)}|${identity(options.roles)}`;
  const profileContext = identity(profile);
  const cached = options.cache !== undefined;
  // Readers made once per table, not per row: typing rebuilds thousands of rows per keystroke.
  const deadlineStore = cached ? deadlineByCell : undefined;
  const responsibleStore = cached ? responsibleByCell : undefined;
  const stageStore = cached ? stageByCell : undefined;
  const deadlineOf = (text: string) => readDeadline(text, period);
  const responsibleOf = (text: string) => readResponsible(text, options.staff, options.roles);
  const stageOf = (text: string) => (profile ? readStage(text, profile) : undefined);
  const firstActivity = activityCols[0];
  /** The stage object continuation rows share, made once per stage start. */
  let continued: Row['stage'];
  const hasSubNumbers = numberCol !== undefined && table.rows.some((r) => /^\d+\.\d/.test(r.cells[numberCol.index]!.text.trim()));
  const rawText = (cell: Cell) => source.slice(cell.span.start, cell.span.end);
  for (const row of table.rows) {
    const cells = row.cells;
    // The column-number row of official templates (row-kinds.ts): no activity, no number, nothing to check.
    if (row.index < 2 && isColumnNumberRow(cells)) {
      row.isColumnNumbers = true;
      continue;
    }
    row.number = numberCol ? cells[numberCol.index]!.text.trim() || undefined : undefined;
    let activity: Cell | undefined;
    for (const c of activityCols) {
      const cell = cells[c.index]!;
      if (cell.text !== '') {
        activity = cell;
        break;
      }
    }
    row.activity = activity ?? (firstActivity ? cells[firstActivity.index] : undefined);
    const deadline = deadlineCol ? cells[deadlineCol.index] : undefined;
    if (deadline) row.deadline = { cell: deadline, parsed: perCell(deadlineStore, deadline, periodContext, deadlineOf) };
    const responsible = responsibleCol ? cells[responsibleCol.index] : undefined;
    if (responsible) row.responsible = { cell: responsible, parts: perCell(responsibleStore, responsible, peopleContext, responsibleOf) };
    row.result = undefined;
    for (const c of resultCols) {
      const cell = cells[c.index]!;
      if (row.result === undefined || (row.result.text === '' && cell.text !== '')) row.result = cell;
    }
    const stageCell = stageCol ? cells[stageCol.index] : undefined;
    const section = stageCell && stageCell.text !== '' ? undefined : readSectionRow(cells, table.columns, rawText, hasSubNumbers);
    if (stageCell && stageCell.text !== '') {
      current = { text: stageCell.text, match: perCell(stageStore, stageCell, profileContext, stageOf), continued: false };
      continued = undefined;
    } else if (section) {
      row.isSection = true;
      row.activity = section.cell;
      // A section of a table without a stage column groups the rows below it, and may name a stage;
      // in a table with one, the stages stay where the stage column puts them.
      if (stageCol) continue;
      current = { text: section.title, match: profile ? readStage(section.title, profile) : undefined, continued: false };
      continued = undefined;
    } else {
      if (current) current = continued ??= { ...current, continued: true };
      if (!row.number && onlyActivityFilled(row, cells) && continuesAbove(rawText(row.activity!))) row.continuesAbove = true;
    }
    row.stage = current;
  }
}

/** Only the activity says anything: no deadline, responsible or result, no other cell. */
function onlyActivityFilled(row: Row, cells: readonly Cell[]): boolean {
  if (!row.activity || row.activity.text === '') return false;
  for (const cell of cells) if (cell !== row.activity && cell.text.trim() !== '') return false;
  return true;
}
