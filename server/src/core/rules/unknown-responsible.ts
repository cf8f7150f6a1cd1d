import { quoted } from './rule';
import { rowRule, tablesWhere } from './row-rule';
import { isRoadmapTable } from './table-views';
import { isPlaceholder } from '../domain/placeholders';

/**
 * A part of a responsible cell that is neither a known role, nor a «Фамилия И.О.», nor listed in the
 * workspace staff: usually a typo. One report per part; the range is the cell.
 *
 * data: { table, row, part (the part as written) }
 */
export const unknownResponsible = rowRule({
  code: 'unknown-responsible',
  defaultSeverity: 'hint',
  title: { ru: 'Ответственный не распознан', en: 'Unrecognised responsible' },
  rows: {
    ...tablesWhere(isRoadmapTable),
    judge(row, table, _facts, _context, out) {
      const responsible = row.responsible;
      if (!responsible || isPlaceholder(responsible.cell.text)) return; // the placeholder rule reports it
      for (const part of responsible.parts) {
        if (part.known) continue;
        out.push({
          span: responsible.cell.span,
          message: {
            ru:
              `Ответственный ${quoted(part.text)} не распознан: это не похоже ни на должность, ни на ` +
              '«Фамилию И.О.». Проверьте написание или добавьте сотрудника в список staff в .nastavnik.json.',
            en:
              `Responsible ${quoted(part.text)} is not recognised: neither a known role nor a ` +
              '«Surname I.O.». Check the spelling or add the person to staff in .nastavnik.json.',
          },
          data: { table: table.index, row: row.index, part: part.text },
        });
      }
    },
  },
});
