import { mayHoldPlaceholder, placeholdersIn } from '../domain/placeholders';
import type { Cell, ColumnRole, Row } from '../model';
import type { Message } from '../diagnostic';
import type { Rule } from './rule';
import { quoted } from './rule';
import { roadmapTables } from './table-views';
import { countRu, plural } from '../words';

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
 * A column full of them — «Добавить столбец «Сроки»» on a table of N rows — is one task, not N: one
 * warning on the column's header listing the lines still to fill, and a hint on each cell (so the
 * editor still marks where to write).
 *
 * data: { table, row, column (role), placeholder (as written) }; on the header: { table, column, lines }
 */
export const placeholder: Rule = {
  code: 'placeholder',
  defaultSeverity: 'warning',
  title: { ru: 'Не заполнена заготовка', en: 'Placeholder not filled in' },
  check({ model, text, report }) {
    // One scan of the text instead of a look into every cell on every keystroke (25,000 on 5,000 rows).
    if (!mayHoldPlaceholder(text)) return;
    const lineOf = lineCounter(text);
    for (const table of roadmapTables(model)) {
      const byColumn = new Map<number, { row: Row; cell: Cell; placeholder: string }[]>();
      for (const row of table.rows) {
        row.cells.forEach((cell, index) => {
          const found = placeholdersIn(cell.text);
          if (found.length === 0) return;
          const list = byColumn.get(index) ?? [];
          list.push({ row, cell, placeholder: found[0]! });
          byColumn.set(index, list);
        });
      }
      for (const [index, cells] of byColumn) {
        const column = table.columns[index];
        const role = column?.role ?? 'other';
        const header = column?.header ?? '';
        const instead = INSTEAD[role] ?? ANY;
        const several = cells.length > 1 && column !== undefined;
        if (several) {
          const lines = cells.map((c) => lineOf(c.cell.span.start));
          const shown = lines.slice(0, 12).join(', ') + (lines.length > 12 ? ' …' : '');
          report({
            span: column.span,
            message: {
              ru:
                `В столбце ${quoted(header)} ${rowsWord(cells.length)} (строки ${shown}): там остались ` +
                `заготовки ${quoted(cells[0]!.placeholder)}. Впишите вместо них ${instead.ru}.`,
              en:
                `Column ${quoted(header)} is not filled in ${cells.length} rows (lines ${shown}): they still ` +
                `hold placeholders such as ${quoted(cells[0]!.placeholder)}. Replace them with ${instead.en}.`,
            },
            data: { table: table.index, column: role, lines },
          });
        }
        for (const { row, cell, placeholder: found } of cells) {
          report({
            span: cell.span,
            severity: several ? 'hint' : undefined,
            message: {
              ru: `В столбце ${quoted(header)} осталась заготовка ${quoted(found)}. Впишите вместо неё ${instead.ru}.`,
              en: `Column ${quoted(header)} still holds the placeholder ${quoted(found)}. Replace it with ${instead.en}.`,
            },
            data: { table: table.index, row: row.index, column: role, placeholder: found },
          });
        }
      }
    }
  },
};

/** «не заполнена 1 строка / не заполнены 3 строки / не заполнено 5 строк». */
function rowsWord(n: number): string {
  return `${plural(n, 'не заполнена', 'не заполнены', 'не заполнено')} ${countRu(n, 'строка', 'строки', 'строк')}`;
}

/** 1-based line of an offset, as the editor shows it; offsets asked in increasing order are cheap. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}
