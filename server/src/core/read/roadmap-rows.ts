/** A plan table's rows read: number, activity, deadline, responsible, result and the stage each row falls under. */
import type { Profile } from '../domain/profiles';
import { guessProfile } from '../domain/stages';
import type { Cell, DocumentMeta, Row, Table } from '../model';
import { deadlineByCell, perCell, readDeadline, readResponsible, readStage, responsibleByCell, stageByCell } from './cell-readings';
import { identity } from './memo';
import type { ParseOptions } from './parse-options';
import { continuesAbove, isColumnNumberRow, readSectionRow } from './row-kinds';
import { firstOf, stageCells } from './table-classify';
import { isDigit, isSpace } from './text';

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
  const hasSubNumbers = numberCol !== undefined && table.rows.some((r) => isSubNumber(r.cells[numberCol.index]!.text));
  const rawText = (cell: Cell) => source.slice(cell.span.start, cell.span.end);
  // Everything a row's reading depends on besides its own cells: the columns' roles and the contexts.
  const readingKey = `${table.columns.map((c) => c.role).join(',')}|${hasSubNumbers}|${periodContext}|${peopleContext}|${profileContext}`;

  /** What a row says by itself (no stage carried from above): its number, cells by role, whether it is a section. */
  const readRow = (cells: readonly Cell[]): RowReading => {
    const number = numberCol ? cells[numberCol.index]!.text.trim() || undefined : undefined;
    let activity: Cell | undefined;
    for (const c of activityCols) {
      const cell = cells[c.index]!;
      if (cell.text !== '') {
        activity = cell;
        break;
      }
    }
    activity ??= firstActivity ? cells[firstActivity.index] : undefined;
    const deadlineCell = deadlineCol ? cells[deadlineCol.index] : undefined;
    const responsibleCell = responsibleCol ? cells[responsibleCol.index] : undefined;
    let result: Cell | undefined;
    for (const c of resultCols) {
      const cell = cells[c.index]!;
      if (result === undefined || (result.text === '' && cell.text !== '')) result = cell;
    }
    const reading: RowReading = {
      key: readingKey,
      number,
      activity,
      deadline: deadlineCell && { cell: deadlineCell, parsed: perCell(deadlineStore, deadlineCell, periodContext, deadlineOf) },
      responsible: responsibleCell && {
        cell: responsibleCell,
        parts: perCell(responsibleStore, responsibleCell, peopleContext, responsibleOf),
      },
      result,
      continuesAbove: false,
    };
    const stageCell = stageCol ? cells[stageCol.index] : undefined;
    if (stageCell && stageCell.text !== '') {
      reading.stageStart = { text: stageCell.text, match: perCell(stageStore, stageCell, profileContext, stageOf) };
      return reading;
    }
    const section = readSectionRow(cells, table.columns, rawText, hasSubNumbers);
    if (section) {
      reading.section = {
        cell: section.cell,
        title: section.title,
        match: stageCol || !profile ? undefined : readStage(section.title, profile),
      };
      return reading;
    }
    reading.continuesAbove = !number && activity !== undefined && onlyActivityFilled(activity, cells) && continuesAbove(rawText(activity));
    return reading;
  };
  /** With a parse cache an unchanged row keeps its cells array (incremental.ts), and so its reading. */
  const readingOf = (cells: readonly Cell[]): RowReading => {
    if (!cached) return readRow(cells);
    const hit = readings.get(cells);
    if (hit && hit.key === readingKey) return hit;
    const reading = readRow(cells);
    readings.set(cells, reading);
    return reading;
  };

  for (const row of table.rows) {
    const cells = row.cells;
    // The column-number row of official templates (row-kinds.ts): no activity, no number, nothing to check.
    if (row.index < 2 && isColumnNumberRow(cells)) {
      row.isColumnNumbers = true;
      continue;
    }
    const reading = readingOf(cells);
    row.number = reading.number;
    row.activity = reading.activity;
    if (reading.deadline) row.deadline = reading.deadline;
    if (reading.responsible) row.responsible = reading.responsible;
    row.result = reading.result;
    if (reading.stageStart) {
      current = { text: reading.stageStart.text, match: reading.stageStart.match, continued: false };
      continued = undefined;
    } else if (reading.section) {
      row.isSection = true;
      row.activity = reading.section.cell;
      // A section of a table without a stage column groups the rows below it, and may name a stage;
      // in a table with one, the stages stay where the stage column puts them.
      if (stageCol) continue;
      current = { text: reading.section.title, match: reading.section.match, continued: false };
      continued = undefined;
    } else {
      if (current) current = continued ??= { ...current, continued: true };
      if (reading.continuesAbove) row.continuesAbove = true;
    }
    row.stage = current;
  }
}

/** `/^\d+\.\d/` on the trimmed text («1.2», « 3.1.»), by character codes: asked of every row's number while typing. */
export function isSubNumber(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const digitsFrom = i;
  while (isDigit(text.charCodeAt(i))) i++;
  return i > digitsFrom && text.charCodeAt(i) === 46 /* . */ && isDigit(text.charCodeAt(i + 1));
}

/** A row read by itself, shared by the models of successive keystrokes (read-only, like every model part). */
interface RowReading {
  /** `readingKey` of the table it was read in: other roles or contexts → read again. */
  key: string;
  number: string | undefined;
  activity: Cell | undefined;
  deadline: Row['deadline'];
  responsible: Row['responsible'];
  result: Cell | undefined;
  stageStart?: { text: string; match: NonNullable<Row['stage']>['match'] };
  section?: { cell: Cell; title: string; match: NonNullable<Row['stage']>['match'] };
  continuesAbove: boolean;
}
const readings = new WeakMap<readonly Cell[], RowReading>();

/** Only the activity says anything: no deadline, responsible or result, no other cell. */
function onlyActivityFilled(activity: Cell, cells: readonly Cell[]): boolean {
  if (activity.text === '') return false;
  for (const cell of cells) if (cell !== activity && cell.text.trim() !== '') return false;
  return true;
}
