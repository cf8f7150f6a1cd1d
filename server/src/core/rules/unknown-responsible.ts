import type { Rule } from './rule';
import { q } from './rule';
import { roadmapTables } from './helpers';

export const unknownResponsible: Rule = {
  code: 'unknown-responsible',
  defaultSeverity: 'hint',
  title: { ru: 'Ответственный не распознан', en: 'Unrecognised responsible' },
  check({ model, report }) {
    for (const table of roadmapTables(model)) {
      for (const row of table.rows) {
        for (const part of row.responsible?.parts ?? []) {
          if (part.known) continue;
          report({
            span: row.responsible!.cell.span,
            message: {
              ru: `${q(part.text)} — не должность и не «Фамилия И.О.». Проверьте написание или добавьте сотрудника в список staff в .nastavnik.json.`,
              en: `${q(part.text)} is neither a role nor a «Surname I.O.». Check the spelling or add the person to staff in .nastavnik.json.`,
            },
            data: { part: part.text },
          });
        }
      }
    }
  },
};
