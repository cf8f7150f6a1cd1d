import type { Cell } from '../model';
import { CellVerdicts } from './cell-verdicts';
import type { Report, Rule } from './rule';
import { quoted } from './rule';
import { activityRows, roadmapTables } from './table-views';

/**
 * An activity row whose responsible cell is empty (examples/001, the continuation row). The range is
 * the (zero-width) empty cell.
 *
 * data: { table, row }
 *
 * No quick fix: only the author knows who is responsible. A «[указать ответственных]» placeholder
 * would show nothing the empty cell does not, and would only turn this error into a `placeholder` warning.
 */
export const missingResponsible: Rule = {
  code: 'missing-responsible',
  defaultSeverity: 'error',
  title: { ru: 'Не указан ответственный', en: 'No responsible' },
  check({ model, report, reusesCells = false }) {
    for (const table of roadmapTables(model)) {
      for (const row of activityRows(table)) {
        if (row.responsible?.cell.text !== '') continue;
        const cell = row.responsible.cell;
        report(verdicts.of(reusesCells, cell, [table.index, row.index], () => judge(cell, row.activity!.text, table.index, row.index)));
      }
    }
  },
};

const verdicts = new CellVerdicts<Report>();

function judge(cell: Cell, activity: string, table: number, row: number): Report {
  return {
    span: cell.span,
    message: {
      ru: `Не указан ответственный за мероприятие ${quoted(activity, 50)}. Укажите должность или ФИО (например, «Куратор»).`,
      en: `No one is responsible for the activity ${quoted(activity, 50)}. Give a role or a name (e.g. «Куратор»).`,
    },
    data: { row, table },
  };
}
