/**
 * Completeness of a roadmap (documented in docs/scores.md). Four components, each a share:
 *   stages       — mandatory stages of the profile present / mandatory stages (when the profile is known and the table has stages)
 *   deadlines    — activity rows whose deadline yields at least one interval / activity rows
 *   responsibles — activity rows with a filled responsible cell / activity rows
 *   results      — activity rows with a filled result / activity rows (only when the table has a result column)
 * A missing deadline or responsible column counts as 0 of N. Completeness = the mean of the
 * components that apply, in percent, rounded. The document's value pools all its roadmap tables.
 */
import type { Profile } from '../profiles';
import type { Row, Table } from '../model';
import { activityRows, isStageTable, profileOf, stageStarts } from '../rules/helpers';

export interface Component { done: number; total: number }
export interface Completeness {
  table: number | null;
  percent: number;
  stages?: Component;
  deadlines: Component;
  responsibles: Component;
  results?: Component;
  missing: { stages: string[]; deadlineRows: number[]; responsibleRows: number[]; resultRows: number[] };
}

const share = (c: Component | undefined) => (c && c.total > 0 ? c.done / c.total : undefined);

function percentOf(parts: (Component | undefined)[]): number {
  const shares = parts.map(share).filter((s): s is number => s !== undefined);
  return shares.length ? Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 100) : 0;
}

const hasInterval = (r: Row) => (r.deadline?.parsed.intervals.length ?? 0) > 0;

export function tableCompleteness(table: Table, profiles: readonly Profile[]): Completeness {
  const rows = activityRows(table);
  const profile = profileOf(table, profiles);
  let stages: Component | undefined;
  const missingStages: string[] = [];
  if (profile && isStageTable(table)) {
    const present = new Set(stageStarts(table).map((s) => s.stageId));
    const mandatory = profile.stages.filter((s) => s.mandatory);
    const done = mandatory.filter((s) => present.has(s.id) || s.mergesWith?.some((m) => present.has(m)));
    stages = { done: done.length, total: mandatory.length };
    for (const s of mandatory) if (!done.includes(s)) missingStages.push(s.title);
  }
  const hasResult = table.columns.some((c) => c.role === 'result');
  const deadlines = { done: rows.filter(hasInterval).length, total: rows.length };
  const responsibles = { done: rows.filter((r) => (r.responsible?.cell.text ?? '') !== '').length, total: rows.length };
  const results = hasResult ? { done: rows.filter((r) => (r.result?.text ?? '') !== '').length, total: rows.length } : undefined;
  return {
    table: table.index,
    percent: percentOf([stages, deadlines, responsibles, results]),
    stages,
    deadlines,
    responsibles,
    results,
    missing: {
      stages: missingStages,
      deadlineRows: rows.filter((r) => !hasInterval(r)).map((r) => r.index),
      responsibleRows: rows.filter((r) => (r.responsible?.cell.text ?? '') === '').map((r) => r.index),
      resultRows: hasResult ? rows.filter((r) => (r.result?.text ?? '') === '').map((r) => r.index) : [],
    },
  };
}

export function pooledCompleteness(parts: readonly Completeness[]): Completeness | null {
  if (parts.length === 0) return null;
  const add = (pick: (c: Completeness) => Component | undefined): Component | undefined => {
    const present = parts.map(pick).filter((c): c is Component => c !== undefined);
    return present.length ? present.reduce((a, b) => ({ done: a.done + b.done, total: a.total + b.total }), { done: 0, total: 0 }) : undefined;
  };
  const stages = add((c) => c.stages);
  const deadlines = add((c) => c.deadlines)!;
  const responsibles = add((c) => c.responsibles)!;
  const results = add((c) => c.results);
  return {
    table: null,
    percent: percentOf([stages, deadlines, responsibles, results]),
    stages,
    deadlines,
    responsibles,
    results,
    missing: {
      stages: parts.flatMap((p) => p.missing.stages),
      deadlineRows: [],
      responsibleRows: [],
      resultRows: [],
    },
  };
}
