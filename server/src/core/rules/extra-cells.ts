import type { Row } from '../model';
import { tableHeadWidth, tableLineAt } from '../editing/table-text';
import { quoted } from './rule';
import { rowRule } from './row-rule';

/**
 * A table row with more cells than its header. GFM drops the extra cells: their text is in the file
 * but shown nowhere and checked by no rule — usually a stray `|` inside a cell or a column missing
 * from the header. Any table (roadmap or not); only cells that hold text count.
 *
 * data: { table, row, header (cells in the header), cells (cells in the row) }
 */
export const extraCells = rowRule({
  code: 'extra-cells',
  defaultSeverity: 'warning',
  title: { ru: 'Лишние ячейки в строке', en: 'Extra cells in a row' },
  rows: {
    facts: (table, { text }) => tableHeadWidth(text, table),
    key: (width) => String(width),
    judge(row, table, width, { text }, out) {
      if (surelyNarrow(text, row, width)) return;
      const line = tableLineAt(text, row.span.start);
      const extra = line.cells.slice(width).filter((c) => text.slice(c.start, c.end).trim() !== '');
      if (extra.length === 0) return;
      const lost = extra.map((c) => text.slice(c.start, c.end).trim()).join(' | ');
      out.push({
        span: { start: extra[0]!.start, end: extra[extra.length - 1]!.end },
        message: {
          ru:
            `В строке ${line.cells.length} ячеек, а в заголовке таблицы ${width}: текст ${quoted(lost)} в таблице ` +
            'не виден и не проверяется. Уберите лишний символ «|» внутри ячейки или добавьте столбец в заголовок.',
          en:
            `The row has ${line.cells.length} cells but the header has ${width}: ${quoted(lost)} is not shown ` +
            'in the table and not checked. Remove the stray «|» inside a cell or add the column to the header.',
        },
        data: { table: table.index, row: row.index, header: width, cells: line.cells.length },
      });
    },
  },
});

/**
 * A quick scan that proves the row has no more cells than the header, so the full split of its line
 * is skipped: it starts and ends with a pipe and holds at most width + 1 pipes (escaped ones counted
 * too, which only errs towards the full check). Any other shape goes through the full check.
 */
function surelyNarrow(text: string, row: Row, width: number): boolean {
  const start = row.span.start;
  if (text.charCodeAt(start) !== 124 /* | */) return false;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  while (end > start && (text[end - 1] === '\r' || text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end - start < 2 || text.charCodeAt(end - 1) !== 124 || text.charCodeAt(end - 2) === 92 /* \\ */) return false;
  let pipes = 0;
  for (let i = start; i !== -1 && i < end; i = text.indexOf('|', i + 1)) if (++pipes > width + 1) return false;
  return true;
}
