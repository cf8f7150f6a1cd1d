/**
 * numbering → write the number the rule expects («1.»): into an empty number cell, or in place of a
 * number that breaks the sequence. Safe only when the cell was empty and the number is not used
 * elsewhere in the column (it fills an empty cell with the only sensible value). Replacing a written
 * number, or writing one that would duplicate another, is offered but not applied by fix-all.
 */
import { insertCell, tableLines } from '../editing/table-text';
import type { DiagnosticFixer } from './fix';

export const setNumber: DiagnosticFixer = (ctx, diagnostic) => {
  const expected = diagnostic.data?.expected;
  if (typeof expected !== 'string' || !/^\d+(\.\d+)*\.?$/.test(expected)) return [];
  const { start, end } = diagnostic.span;
  const current = ctx.text.slice(start, end).trim();
  if (current === expected) return [];
  const table = ctx.analysis.model.tables.find((t) => start >= t.span.start && start <= t.span.end);
  if (!table) return [];
  const column = table.columns.findIndex((c) => c.role === 'number');
  const line = tableLines(ctx.text, table)?.find((l) => start >= l.lineStart && start <= l.end);
  if (column < 0 || !line) return [];
  const key = (n: string) => n.replace(/\s+/g, '').replace(/\.$/, '');
  const duplicate = table.rows.some((r) => r.number !== undefined && key(r.number) === key(expected));
  // A short row may have no number cell at all (the diagnostic then points at the row's end):
  // writing there would put the number into another column, again on every fix-all. The empty cells
  // up to «№» are added first, as add-column does (fixture number-cell-missing-in-ragged-row.md).
  // An empty cell's span is zero-width where the text goes; pad it so the pipes keep a space around the number.
  const edit =
    column >= line.cells.length
      ? insertCell(line, column, expected)
      : {
          start,
          end,
          newText: current === '' ? (ctx.text[start - 1] === '|' ? ' ' : '') + expected + (ctx.text[end] === '|' ? ' ' : '') : expected,
        };
  if (!edit) return [];
  return [
    {
      id: 'set-number',
      title:
        current === ''
          ? { ru: `Поставить номер «${expected}»`, en: `Put the number «${expected}»` }
          : { ru: `Заменить номер «${current}» на «${expected}»`, en: `Replace the number «${current}» with «${expected}»` },
      kind: 'quickfix',
      // Filling an empty cell is safe; renumbering a written number may shift the rows below it.
      safe: current === '' && !duplicate,
      diagnosticCode: diagnostic.code,
      edits: [edit],
      preferred: true,
    },
  ];
};
