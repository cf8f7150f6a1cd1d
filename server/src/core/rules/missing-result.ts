import { CellVerdicts } from './cell-verdicts';
import type { Report, Rule } from './rule';
import { quoted } from './rule';
import { activityRows, planTables } from './table-views';

/**
 * The table has a result column and an activity row leaves it empty (examples/001, the continuation row).
 *
 * data: { table, row }
 */
export const missingResult: Rule = {
  code: 'missing-result',
  defaultSeverity: 'warning',
  title: { ru: 'Не указан результат', en: 'No result' },
  check({ model, report, reusesCells = false }) {
    for (const table of planTables(model)) {
      for (const row of activityRows(table)) {
        if (row.result?.text !== '') continue;
        const cell = row.result;
        report(
          verdicts.of(
            reusesCells,
            cell,
            [table.index, row.index],
            (): Report => ({
              span: cell.span,
              message: {
                ru: `Не указан результат мероприятия ${quoted(row.activity!.text, 50)}. Напишите, чем оно должно закончиться (документ, приказ, отчёт).`,
                en: `No result for the activity ${quoted(row.activity!.text, 50)}. Say what it should produce (a document, an order, a report).`,
              },
              data: { table: table.index, row: row.index },
            }),
          ),
        );
      }
    }
  },
};

const verdicts = new CellVerdicts<Report>();
