/** Views over the model that several rules share. */
import type { DocumentModel, Row, Table } from '../model';
import type { Profile, StageDef } from '../domain/profiles';

export function roadmapTables(model: DocumentModel): Table[] {
  return model.tables.filter(isRoadmapTable);
}

export function isRoadmapTable(t: Table): boolean {
  return t.kind === 'roadmap';
}

/** Tables of activities with deadlines and results: roadmaps and the plans of personalised programmes (docs/domain.md §17). */
export function planTables(model: DocumentModel): Table[] {
  return model.tables.filter(isPlanTable);
}

/** Tables whose rows carry stages: roadmaps with a stage column or section rows, and programme stage tables. */
export function stageTables(model: DocumentModel): Table[] {
  return model.tables.filter(isStageTable);
}

export function isStageTable(t: Table): boolean {
  return (t.kind === 'roadmap' || t.kind === 'stages') && (t.columns.some((c) => c.role === 'stage') || t.rows.some((r) => r.isSection));
}

export function hasRole(table: Table, role: string): boolean {
  return table.columns.some((c) => c.role === role);
}

/** Rows that describe an activity (not a section heading row, not an empty row). */
export function activityRows(table: Table): Row[] {
  return table.rows.filter(isActivityRow);
}

export function isActivityRow(r: Row): boolean {
  return !r.isSection && !r.continuesAbove && r.activity !== undefined && r.activity.text !== '';
}

export function isPlanTable(t: Table): boolean {
  return t.kind === 'roadmap' || t.kind === 'personal';
}

/** A row's deadline, when its cell is filled (the deadline rules judge only those). */
export function filledDeadline(row: Row): Row['deadline'] {
  return row.deadline && row.deadline.cell.text !== '' ? row.deadline : undefined;
}

export function profileOf(table: Table, profiles: readonly Profile[]): Profile | undefined {
  return table.profile ? profiles.find((p) => p.id === table.profile) : undefined;
}

export function stageDef(profile: Profile, id: string | undefined): StageDef | undefined {
  return id ? profile.stages.find((s) => s.id === id) : undefined;
}

export function stageIndex(profile: Profile, id: string): number {
  return profile.stages.findIndex((s) => s.id === id);
}

/** The rows that start a stage (its cell is filled), with their matched stage. */
export function stageStarts(table: Table): { row: Row; stageId: string }[] {
  const out: { row: Row; stageId: string }[] = [];
  for (const row of table.rows) {
    if (row.stage && !row.stage.continued && row.stage.match) out.push({ row, stageId: row.stage.match.stageId });
  }
  return out;
}

/** Words of a stage named by its phase of work («Организационный этап», «Основной», «Итоговый»). */
const PHASE_WORD = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:организационн|подготовительн|диагностическ|основн|практическ|внедренческ|` +
    'деятельностн|аналитическ|итогов|заключительн|рефлексивн|контрольн|оценочн|проектировочн|' +
    String.raw`констатирующ|формирующ|мотивационн)\p{L}*(?:[^\p{L}]+\p{L}+){0,2}?[^\p{L}]*этап`,
  'iu',
);

export interface StageCoverage {
  /** Stage ids that some row starts. */
  present: Set<string>;
  /** Rows that start a stage (or a section), in table order. */
  starts: Row[];
  /** Stage starts (or section rows) that match no stage of the profile. */
  unmatched: Row[];
  /**
   * The table follows a structure of its own: its stages are phases of work («Организационный
   * этап» …), or most of its stages and sections («Нормативное правовое регулирование»,
   * «Организационное обеспечение») match no stage of the profile. Then the profile's stages are not
   * checked one by one (one hint says so) and completeness does not count them.
   */
  ownStructure?: 'phases' | 'sections';
}

/** Which stages of its profile a stage table starts, and what else it names as stages. */
export function stageCoverage(table: Table): StageCoverage {
  const present = new Set<string>();
  const unmatched: Row[] = [];
  let phases = 0;
  const startRows: Row[] = [];
  for (const row of table.rows) {
    if (!row.stage || row.stage.continued) continue;
    startRows.push(row);
    if (row.stage.match) present.add(row.stage.match.stageId);
    else unmatched.push(row);
    if (PHASE_WORD.test(row.stage.text)) phases++;
  }
  const starts = startRows.length;
  const matched = starts - unmatched.length;
  const ownStructure = starts < 2 ? undefined : phases * 2 >= starts ? 'phases' : matched * 2 < starts ? 'sections' : undefined;
  return { present, starts: startRows, unmatched, ownStructure };
}

/** Where a stage is written: the stage cell, or the section row's title cell. */
export function stageCellSpan(table: Table, row: Row): { start: number; end: number } {
  const col = table.columns.find((c) => c.role === 'stage');
  if (col) return row.cells[col.index]!.span;
  return row.activity?.span ?? row.span;
}
