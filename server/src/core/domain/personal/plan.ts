/**
 * The plan table of a personalised programme (docs/domain.md §17): which column holds the section or
 * task, the activity, the deadline, the planned result, the form of reporting, the mark of completion
 * and the actual result. The model gives each column a general role (read/columns.ts); the columns a
 * roadmap has no role for — the mark, the form of reporting, the actual result — are told here by
 * their headers.
 */
import type { Cell, Row, Table } from '../../model';
import { normalizeWords } from '../../read/text';

export interface PlanColumns {
  section?: number;
  activity?: number;
  deadline?: number;
  /** «Планируемый результат», «Ожидаемый результат», «Результат». */
  result?: number;
  /** «Форма отчётности», «Форма представления результата». */
  report?: number;
  /** «Отметка о выполнении», «Отметка наставника о выполнении», «Выполнение», «Статус». */
  mark?: number;
  /** «Фактический результат», «Результат (факт)», «Достигнутый результат». */
  fact?: number;
}

export interface PlanRow {
  row: Row;
  /** The section (раздел, направление, задача) the row belongs to: its own cell, the one above, or a section row. */
  section?: string;
  activity: Cell;
  mark?: Cell;
  fact?: Cell;
}

export interface PlanTable {
  table: Table;
  columns: PlanColumns;
  rows: PlanRow[];
}

const header = (t: Table, i: number) => normalizeWords(t.columns[i]!.header).replace(/[*_`]/g, '').trim();

export function planColumns(table: Table): PlanColumns {
  const out: PlanColumns = {};
  table.columns.forEach((c, i) => {
    const h = header(table, i);
    if (out.mark === undefined && c.role !== 'deadline' && /отметк|^выполнен|^статус|^исполнен|о выполнении/.test(h)) out.mark = i;
    else if (out.fact === undefined && /фактическ|^факт|достигнут|\(факт/.test(h)) out.fact = i;
    else if (out.report === undefined && /^форм\S* (?:отчетн|представлени)|^отчетн|^вид отчетн/.test(h)) out.report = i;
    else if (out.result === undefined && c.role === 'result') out.result = i;
    else if (out.activity === undefined && c.role === 'activity') out.activity = i;
    else if (out.deadline === undefined && c.role === 'deadline') out.deadline = i;
    else if (out.section === undefined && (c.role === 'stage' || /^(?:раздел|направлени|задач|тема|блок|модуль)/.test(h))) out.section = i;
  });
  return out;
}

function sectionRowTitle(row: Row): string {
  return (row.activity?.text || row.cells.find((c) => c.text !== '')?.text || '').replace(/[*_]/g, '').trim();
}

export function readPlanTable(table: Table): PlanTable {
  const columns = planColumns(table);
  const rows: PlanRow[] = [];
  let section: string | undefined;
  for (const row of table.rows) {
    if (row.isColumnNumbers || row.continuesAbove) continue;
    if (row.isSection) {
      section = sectionRowTitle(row) || section;
      continue;
    }
    const own = columns.section !== undefined ? row.cells[columns.section]?.text.trim() : undefined;
    if (own) section = own;
    const activity = row.activity;
    if (!activity || activity.text === '') continue;
    rows.push({
      row,
      section,
      activity,
      mark: columns.mark !== undefined ? row.cells[columns.mark] : undefined,
      fact: columns.fact !== undefined ? row.cells[columns.fact] : undefined,
    });
  }
  return { table, columns, rows };
}
