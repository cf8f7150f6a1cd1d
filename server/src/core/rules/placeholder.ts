import { mayHoldPlaceholder, placeholdersIn } from '../placeholders';
import type { ColumnRole } from '../model';
import type { Message } from '../diagnostic';
import type { Rule } from './rule';
import { q } from './rule';
import { roadmapTables } from './helpers';

/** What to write instead, per column. */
const INSTEAD: Partial<Record<ColumnRole, Message>> = {
  deadline: { ru: 'срок (например, «Октябрь 2025» или «до 15.10.2025»)', en: 'a deadline (e.g. «Октябрь 2025» or «до 15.10.2025»)' },
  responsible: { ru: 'должность или ФИО ответственного (например, «Куратор»)', en: 'the responsible role or name (e.g. «Куратор»)' },
  activity: { ru: 'мероприятия этапа', en: 'the activities of the stage' },
  result: { ru: 'ожидаемый результат (документ, приказ, отчёт)', en: 'the expected result (a document, an order, a report)' },
};
const ANY: Message = { ru: 'настоящий текст', en: 'the real text' };

/**
 * A «[указать …]» placeholder left in a roadmap table — written by a quick fix (an inserted stage row,
 * an added column) for the user to fill in. Until then the cell counts as empty in completeness,
 * and this rule (not unparsed-deadline or unknown-responsible) reports it.
 *
 * data: { table, row, column (role), placeholder (as written) }
 */
export const placeholder: Rule = {
  code: 'placeholder',
  defaultSeverity: 'warning',
  title: { ru: 'Не заполнена заготовка', en: 'Placeholder not filled in' },
  check({ model, text, report }) {
    // One scan of the text instead of a look into every cell on every keystroke (25,000 on 5,000 rows).
    if (!mayHoldPlaceholder(text)) return;
    for (const table of roadmapTables(model)) {
      for (const row of table.rows) {
        row.cells.forEach((cell, index) => {
          const found = placeholdersIn(cell.text);
          if (found.length === 0) return;
          const role = table.columns[index]?.role ?? 'other';
          const header = table.columns[index]?.header ?? '';
          const instead = INSTEAD[role] ?? ANY;
          report({
            span: cell.span,
            message: {
              ru: `В столбце ${q(header)} осталась заготовка ${q(found[0]!)}. Впишите вместо неё ${instead.ru}.`,
              en: `Column ${q(header)} still holds the placeholder ${q(found[0]!)}. Replace it with ${instead.en}.`,
            },
            data: { table: table.index, row: row.index, column: role, placeholder: found[0] },
          });
        });
      }
    }
  },
};
