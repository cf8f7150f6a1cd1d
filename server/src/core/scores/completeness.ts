/**
 * Completeness of a roadmap (documented in docs/scores.md). Up to four components, each a share:
 *   stages       — mandatory stages of the profile present / mandatory stages
 *                  (only when the profile is known, has mandatory stages and the table has stages)
 *   deadlines    — activity rows that have a deadline / activity rows. A row has one exactly when
 *                  `check` reports neither missing-deadline, nor unparsed-deadline, nor a placeholder
 *                  for it (core/domain/deadline/status.ts): «Ежегодно», «1 раз в четверть» count; so do
 *                  vague ones («В течение года», «По мере необходимости»), which are also listed
 *                  apart as «нечёткий срок» (`vagueDeadlines`, `notes`) with the words of the
 *                  vague-deadline hint.
 *   responsibles — activity rows with a filled responsible cell / activity rows
 *   results      — activity rows with a filled result / activity rows (only when the table has a result column)
 * A missing deadline or responsible column counts as 0 of N. A component with no rows (0 of 0)
 * does not apply. Completeness = the mean of the components that apply, in percent, rounded; when
 * none applies (no activity rows, no stages to look for) there is nothing to measure: the percent is
 * 0 by the formula and `isMeasurable` is false — show it in words («нечего измерять»), not as 0 %.
 * The document's value pools all its roadmap tables (numerators and denominators added).
 */
import { deadlineStatus, hasDeadline } from '../domain/deadline';
import { isPlaceholder } from '../domain/placeholders';
import type { Message } from '../diagnostic';
import type { Profile } from '../domain/profiles';
import type { Row, Table } from '../model';
import { countEn, plural } from '../words';
import { activityRows, isStageTable, profileOf, stageCoverage, stageStarts } from '../rules/table-views';

export interface Component {
  done: number;
  total: number;
}

/** A row that lacks something: its table, its index, and the name a reader knows it by (№ or position). */
export interface MissingRow {
  table: number;
  row: number;
  name: string;
  nameEn: string;
}

export interface Completeness {
  /** The table's index, or null for the whole document. */
  table: number | null;
  percent: number;
  stages?: Component;
  deadlines: Component;
  responsibles: Component;
  results?: Component;
  missing: {
    /** Russian titles of the missing mandatory stages (English in `stagesEn`). */
    stages: string[];
    stagesEn: string[];
    /** Row indexes (0-based within the table) — per table only; empty for the document. */
    deadlineRows: number[];
    responsibleRows: number[];
    resultRows: number[];
    /** Columns the table lacks altogether. */
    columns: ('deadline' | 'responsible')[];
    /** The same rows with their table and a readable name, for the document as well. */
    rows: { deadline: MissingRow[]; responsible: MissingRow[]; result: MissingRow[] };
  };
  /** What is missing, one sentence per gap, in both locales; empty when nothing is. */
  gaps: Message[];
  /** Rows whose deadline counts as present but is vague (the vague-deadline hint): «нечёткий срок».
   *  Optional only for hand-built values; computeScores always sets it. */
  vagueDeadlines?: MissingRow[];
  /** What is filled in but vague, one sentence per kind, in both locales (not gaps: it costs no percent). */
  notes?: Message[];
}

/** Does any component apply? When none does, the percent (0) measures nothing and is not to be shown as 0 %. */
export function isMeasurable(c: Pick<Completeness, 'stages' | 'deadlines' | 'responsibles' | 'results'>): boolean {
  return [c.stages, c.deadlines, c.responsibles, c.results].some((p) => p !== undefined && p.total > 0);
}

const share = (c: Component | undefined) => (c && c.total > 0 ? c.done / c.total : undefined);

/** The documented formula: the mean of the shares that apply, in percent, rounded. */
export function completenessPercent(parts: (Component | undefined)[]): number {
  const shares = parts.map(share).filter((s): s is number => s !== undefined);
  return shares.length ? Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 100) : 0;
}

/** The same notion as `check` (core/domain/deadline/status.ts): missing-deadline, unparsed-deadline or a placeholder means none. */
const statusOf = (r: Row) => (r.deadline ? deadlineStatus(r.deadline.cell.text, r.deadline.parsed) : 'empty');
// A «[указать …]» placeholder left by a quick fix is not a filled cell.
const filled = (text: string | undefined) => (text?.trim() ?? '') !== '' && !isPlaceholder(text!);
const hasResponsible = (r: Row) => filled(r.responsible?.cell.text);
const hasResult = (r: Row) => filled(r.result?.text);

/** «№ 2.3» when the row is numbered, else «строка 5» (1-based position in the table). */
function rowName(row: Row): { ru: string; en: string } {
  const n = row.number?.replace(/\.$/, '');
  return n ? { ru: `№ ${n}`, en: `No. ${n}` } : { ru: `строка ${row.index + 1}`, en: `row ${row.index + 1}` };
}

const MAX_LISTED = 10;

function listRows(rows: MissingRow[], locale: 'ru' | 'en'): string {
  const names = rows.slice(0, MAX_LISTED).map((r) => (locale === 'ru' ? r.name : r.nameEn));
  const more = rows.length - MAX_LISTED;
  return names.join(', ') + (more > 0 ? (locale === 'ru' ? ` и ещё ${more}` : ` and ${more} more`) : '');
}

function rowsRu(n: number): string {
  return plural(n, 'строке', 'строках', 'строках');
}

function gapsOf(c: Omit<Completeness, 'gaps' | 'percent'>): Message[] {
  const gaps: Message[] = [];
  if (c.missing.stages.length) {
    gaps.push({
      ru: `${c.missing.stages.length === 1 ? 'нет обязательного этапа' : 'нет обязательных этапов'} ${c.missing.stages.map((s) => `«${s}»`).join(', ')}`,
      en: `missing mandatory ${c.missing.stagesEn.length === 1 ? 'stage' : 'stages'} ${c.missing.stagesEn.map((s) => `“${s}”`).join(', ')}`,
    });
  }
  const about = (
    rows: MissingRow[],
    column: 'deadline' | 'responsible' | 'result',
    ru: string,
    en: string,
    columnRu: string,
    columnEn: string,
  ) => {
    if (rows.length === 0) return;
    if (column !== 'result' && c.missing.columns.includes(column)) {
      gaps.push({
        ru: `нет столбца «${columnRu}» — добавьте его и заполните для каждого мероприятия (${rows.length})`,
        en: `no “${columnEn}” column — add it and fill it in for every activity (${rows.length})`,
      });
      return;
    }
    gaps.push({
      ru: `${ru} в ${rows.length} ${rowsRu(rows.length)}: ${listRows(rows, 'ru')}`,
      en: `${en} in ${countEn(rows.length, 'row', 'rows')}: ${listRows(rows, 'en')}`,
    });
  };
  about(c.missing.rows.deadline, 'deadline', 'нет понятного срока', 'no readable deadline', 'Сроки', 'Сроки (deadlines)');
  about(
    c.missing.rows.responsible,
    'responsible',
    'не указан ответственный',
    'no responsible',
    'Ответственные',
    'Ответственные (responsibles)',
  );
  about(c.missing.rows.result, 'result', 'не указан результат', 'no result', 'Результат', 'Результат (result)');
  return gaps;
}

/** «нечёткий срок в 2 строках: № 1.2, № 3» — the words of the vague-deadline hint («Нечёткий срок»). */
function notesOf(rows: MissingRow[]): Message[] {
  if (rows.length === 0) return [];
  return [
    {
      ru: `нечёткий срок в ${rows.length} ${rowsRu(rows.length)}: ${listRows(rows, 'ru')}`,
      en: `vague deadline in ${countEn(rows.length, 'row', 'rows')}: ${listRows(rows, 'en')}`,
    },
  ];
}

function missingRows(table: Table, rows: Row[]): MissingRow[] {
  return rows.map((r) => {
    const n = rowName(r);
    return { table: table.index, row: r.index, name: n.ru, nameEn: n.en };
  });
}

export function tableCompleteness(table: Table, profiles: readonly Profile[]): Completeness {
  const rows = activityRows(table);
  const profile = profileOf(table, profiles);
  let stages: Component | undefined;
  const missingStages: string[] = [];
  const missingStagesEn: string[] = [];
  const mandatory = profile ? profile.stages.filter((s) => s.mandatory) : [];
  // A table with a structure of its own (phases, sections) is not measured against the profile's
  // stages: check says so in one hint, and the numbers must not disagree with it.
  if (mandatory.length > 0 && isStageTable(table) && !stageCoverage(table).ownStructure) {
    const present = new Set(stageStarts(table).map((s) => s.stageId));
    const done = mandatory.filter((s) => present.has(s.id) || s.mergesWith?.some((m) => present.has(m)));
    stages = { done: done.length, total: mandatory.length };
    for (const s of mandatory) {
      if (done.includes(s)) continue;
      missingStages.push(s.title);
      missingStagesEn.push(s.titleEn);
    }
  }
  const withResult = table.columns.some((c) => c.role === 'result');
  const columns: Completeness['missing']['columns'] = [];
  if (!table.columns.some((c) => c.role === 'deadline')) columns.push('deadline');
  if (!table.columns.some((c) => c.role === 'responsible')) columns.push('responsible');
  const noDeadline = rows.filter((r) => !hasDeadline(statusOf(r)));
  const vagueDeadline = rows.filter((r) => statusOf(r) === 'vague');
  const noResponsible = rows.filter((r) => !hasResponsible(r));
  const noResult = withResult ? rows.filter((r) => !hasResult(r)) : [];
  const deadlines = { done: rows.length - noDeadline.length, total: rows.length };
  const responsibles = { done: rows.length - noResponsible.length, total: rows.length };
  const results = withResult ? { done: rows.length - noResult.length, total: rows.length } : undefined;
  const rowLists = {
    deadline: missingRows(table, noDeadline),
    responsible: missingRows(table, noResponsible),
    result: missingRows(table, noResult),
  };
  const base = {
    table: table.index,
    stages,
    deadlines,
    responsibles,
    results,
    missing: {
      stages: missingStages,
      stagesEn: missingStagesEn,
      deadlineRows: noDeadline.map((r) => r.index),
      responsibleRows: noResponsible.map((r) => r.index),
      resultRows: noResult.map((r) => r.index),
      columns,
      rows: rowLists,
    },
  };
  const vagueDeadlines = missingRows(table, vagueDeadline);
  return {
    ...base,
    percent: completenessPercent([stages, deadlines, responsibles, results]),
    gaps: gapsOf(base),
    vagueDeadlines,
    notes: notesOf(vagueDeadlines),
  };
}

/** The document: components added over its roadmap tables; gaps listed per table when there are several. */
export function pooledCompleteness(parts: readonly Completeness[], tableNames?: ReadonlyMap<number, Message>): Completeness | null {
  if (parts.length === 0) return null;
  const add = (pick: (c: Completeness) => Component | undefined): Component | undefined => {
    const present = parts.map(pick).filter((c): c is Component => c !== undefined);
    return present.length
      ? present.reduce((a, b) => ({ done: a.done + b.done, total: a.total + b.total }), { done: 0, total: 0 })
      : undefined;
  };
  const stages = add((c) => c.stages);
  const deadlines = add((c) => c.deadlines)!;
  const responsibles = add((c) => c.responsibles)!;
  const results = add((c) => c.results);
  const several = parts.length > 1;
  const named = (p: Completeness, list: readonly Message[]) => {
    const name = (p.table !== null && tableNames?.get(p.table)) || {
      ru: `таблица ${(p.table ?? 0) + 1}`,
      en: `table ${(p.table ?? 0) + 1}`,
    };
    return several ? list.map((g) => ({ ru: `${name.ru}: ${g.ru}`, en: `${name.en}: ${g.en}` })) : [...list];
  };
  const gaps = parts.flatMap((p) => named(p, p.gaps));
  const notes = parts.flatMap((p) => named(p, p.notes ?? []));
  return {
    table: null,
    percent: completenessPercent([stages, deadlines, responsibles, results]),
    stages,
    deadlines,
    responsibles,
    results,
    missing: {
      stages: [...new Set(parts.flatMap((p) => p.missing.stages))],
      stagesEn: [...new Set(parts.flatMap((p) => p.missing.stagesEn))],
      deadlineRows: [],
      responsibleRows: [],
      resultRows: [],
      columns: [...new Set(parts.flatMap((p) => p.missing.columns))],
      rows: {
        deadline: parts.flatMap((p) => p.missing.rows.deadline),
        responsible: parts.flatMap((p) => p.missing.rows.responsible),
        result: parts.flatMap((p) => p.missing.rows.result),
      },
    },
    gaps,
    vagueDeadlines: parts.flatMap((p) => p.vagueDeadlines ?? []),
    notes,
  };
}
