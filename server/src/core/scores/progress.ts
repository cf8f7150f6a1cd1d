/**
 * Progress of a personalised programme (docs/domain.md §17, formulas in docs/scores.md «Прогресс
 * ППН»): each plan row is done, in progress, overdue (its deadline ended before today and it is not
 * done), planned, or unread (a mark the reader does not know — never counted as done). Counted per
 * section and in total over the plan tables that have a mark column.
 */
import type { IsoDate } from '../domain/dates';
import { readMark } from '../domain/personal/marks';
import { readPlanTable } from '../domain/personal/plan';
import type { DocumentModel, Row, Span } from '../model';

export type ProgressStatus = 'done' | 'in-progress' | 'overdue' | 'planned' | 'unread';

export interface ProgressCounts {
  done: number;
  inProgress: number;
  overdue: number;
  planned: number;
  unread: number;
  total: number;
  /** Done rows out of all, 0–100, rounded; null when there are no rows. */
  percent: number | null;
}

export interface ProgressRow {
  table: number;
  row: number;
  status: ProgressStatus;
  activity: string;
  section?: string;
  /** The mark as written ('' when empty). */
  mark: string;
  /** The mark cell: where an unread mark or an overdue row is shown. */
  span: Span;
  /** The last day of the row's deadline, when it can be read. */
  deadlineEnd?: IsoDate;
}

export interface ProgressScore {
  /** The date overdue rows were judged against; null: none was given, so nothing is overdue. */
  today: IsoDate | null;
  total: ProgressCounts;
  sections: { title: string; counts: ProgressCounts }[];
  rows: ProgressRow[];
  /** The plan tables counted (those with a mark column). */
  tables: number[];
}

/** The last day a row's deadline covers; vague and unread deadlines have none (such a row is never overdue). */
export function deadlineEnd(row: Row): IsoDate | undefined {
  const intervals = row.deadline?.parsed.intervals.filter((i) => !i.vague) ?? [];
  if (intervals.length === 0 || row.deadline?.parsed.flags.includes('unparsed')) return undefined;
  return intervals.reduce((max, i) => (i.end > max ? i.end : max), intervals[0]!.end);
}

function statusOf(mark: string, end: IsoDate | undefined, today: IsoDate | undefined): ProgressStatus {
  const kind = readMark(mark).kind;
  if (kind === 'done') return 'done';
  if (kind === 'partial' || kind === 'in-progress') return 'in-progress';
  if (kind === 'unread') return 'unread';
  return today && end && end < today ? 'overdue' : 'planned';
}

/** Counts of the rows by status (the total, a section, a table). */
export function countRows(rows: readonly ProgressRow[]): ProgressCounts {
  const c: ProgressCounts = { done: 0, inProgress: 0, overdue: 0, planned: 0, unread: 0, total: rows.length, percent: null };
  for (const r of rows) {
    if (r.status === 'done') c.done++;
    else if (r.status === 'in-progress') c.inProgress++;
    else if (r.status === 'overdue') c.overdue++;
    else if (r.status === 'planned') c.planned++;
    else c.unread++;
  }
  c.percent = rows.length ? Math.round((c.done * 100) / rows.length) : null;
  return c;
}

/** Null when the document has no plan table of a personalised programme with a mark column. */
export function personalProgress(model: DocumentModel, today?: IsoDate): ProgressScore | null {
  const rows: ProgressRow[] = [];
  const tables: number[] = [];
  for (const table of model.tables) {
    if (table.kind !== 'personal') continue;
    const plan = readPlanTable(table);
    if (plan.columns.mark === undefined) continue;
    tables.push(table.index);
    for (const r of plan.rows) {
      const end = deadlineEnd(r.row);
      const mark = r.mark?.text.trim() ?? '';
      rows.push({
        table: table.index,
        row: r.row.index,
        status: statusOf(mark, end, today),
        activity: r.activity.text,
        ...(r.section ? { section: r.section } : {}),
        mark,
        span: r.mark?.span ?? r.row.span,
        ...(end ? { deadlineEnd: end } : {}),
      });
    }
  }
  if (tables.length === 0) return null;
  const titles = [...new Set(rows.map((r) => r.section).filter((s): s is string => s !== undefined))];
  return {
    today: today ?? null,
    total: countRows(rows),
    sections: titles.map((title) => ({ title, counts: countRows(rows.filter((r) => r.section === title)) })),
    rows,
    tables,
  };
}
