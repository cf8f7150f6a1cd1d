import { memoByText } from '../read/memo';
import type { Row, Table } from '../model';
import type { Rule, RuleContext } from './rule';
import { roadmapTables } from './table-views';

/*
 * Hierarchical numbers in the № column of a roadmap table («1.», «1.1», «2.»): a row that starts
 * something without a number (002 §9, first row), a number not like «1.» / «1.1», a duplicate, a gap.
 * Continuation rows (empty stage cell, no number) are fine. Reported on the number cell.
 *
 * data: { table, row, expected? (the number the row should carry) }
 */

/** «1.», «1)», «1.1», «2.3.», «Раздел 2» → [1], [1], [1,1], [2,3], [2]. */
function readLevels(number: string): number[] | undefined {
  const m = /^(\d+(?:\.\d+)*)[.)]?$/.exec(number.replace(/^(?:раздел|блок|направление|модуль|часть)/i, '').replace(/\s+/g, ''));
  return m ? m[1]!.split('.').map(Number) : undefined;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** «I», «II.», «IV)», «Раздел III» → 1, 2, 4, 3: sections a school numbers in Roman figures. */
function readRoman(number: string): number | undefined {
  // Most rows are numbered «12.»: a leading digit is never a Roman section (and this runs per row per keystroke).
  const first = number.charCodeAt(0);
  if (first >= 48 && first <= 57) return undefined;
  const m = /^([IVXLC]{1,6})[.)]?$/i.exec(number.replace(/^(?:раздел|блок|направление|модуль|часть)\s*/i, '').trim());
  if (!m) return undefined;
  const digits = [...m[1]!.toUpperCase()].map((c) => ROMAN[c]!);
  return digits.reduce((sum, d, i) => sum + (d < (digits[i + 1] ?? 0) ? -d : d), 0);
}
function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
/**
 * Read once per distinct number, with the levels' key («1.2» for «1.2.»), made once too: this rule
 * runs on every keystroke over every row. Callers only read the arrays.
 */
const levels = memoByText((number: string) => {
  const lv = readLevels(number);
  return lv ? { lv, key: lv.join('.') } : undefined;
});

/** Whether `lv` continues the numbering of `counters` at its own depth: every level above its last is the same. */
function samePrefix(lv: readonly number[], counters: readonly number[]): boolean {
  for (let i = 0; i < lv.length - 1; i++) if (counters[i] !== lv[i]) return false;
  return true;
}

function checkTable(table: Table, report: RuleContext['report']): void {
  const col = table.columns.find((c) => c.role === 'number');
  if (!col) return;
  const numbered = table.rows.filter((r) => r.number);
  if (numbered.length < 2) return;
  const seen = new Set<string>();
  // counters[d] = last number seen at depth d
  let counters: number[] = [];
  // The last number as written («2.» rather than «2»), for messages.
  let lastWritten = '';
  // Roman sections («I.», «II.»): their own sequence; items under each may restart at 1 or run on.
  let lastRoman = 0;
  let topBeforeSection: number | undefined;
  // Sub-numbers written «1.1» and «1.2.» in one table: one hint, not a warning per row.
  const subForms = new Set<'dot' | 'bare'>();
  let mixedAt: Row | undefined;
  const say = (row: Row, ru: string, en: string, expected?: string) =>
    report({
      span: row.cells[col.index]!.span,
      message: { ru, en },
      data: { table: table.index, row: row.index, ...(expected ? { expected } : {}) },
    });
  for (const row of table.rows) {
    const startsSomething =
      row.isSection || (row.stage && !row.stage.continued) || (!row.stage && row.activity && row.activity.text !== '');
    if (!row.number) {
      // A continuation row carries no number of its own; nor need a section title.
      if (!startsSomething || row.isSection) continue;
      const expected = [...counters.slice(0, Math.max(1, counters.length - 1))];
      expected[expected.length - 1] = (expected[expected.length - 1] ?? 0) + 1;
      if (counters.length === 0) expected.splice(0, expected.length, 1);
      const text = expected.join('.') + (expected.length === 1 ? '.' : '');
      say(row, `У строки нет номера. Поставьте «${text}».`, `The row has no number. Put «${text}».`, text);
      counters = expected;
      lastWritten = text;
      continue;
    }
    const roman = readRoman(row.number);
    if (roman !== undefined) {
      if (roman !== lastRoman + 1) {
        const want = toRoman(lastRoman + 1) + (row.number.trim().endsWith('.') ? '.' : '');
        if (lastRoman === 0)
          say(
            row,
            `Разделы нумеруются с «I.», а первый раздел — «${row.number}». Перенумеруйте разделы.`,
            `Sections are numbered from «I.», but the first one is «${row.number}». Renumber the sections.`,
          );
        else
          say(
            row,
            roman <= lastRoman
              ? `Номер раздела «${row.number}» повторяется или идёт не по порядку: ожидался «${want}». Перенумеруйте разделы.`
              : `После раздела «${toRoman(lastRoman)}» должен идти «${want}», а стоит «${row.number}». Перенумеруйте разделы.`,
            roman <= lastRoman
              ? `Section number «${row.number}» repeats or is out of order: «${want}» expected.`
              : `Expected section «${want}» after «${toRoman(lastRoman)}», found «${row.number}».`,
          );
      }
      lastRoman = roman;
      topBeforeSection = counters[0] ?? topBeforeSection;
      counters = [];
      seen.clear();
      lastWritten = row.number;
      continue;
    }
    const read = levels(row.number);
    if (!read) {
      say(
        row,
        `Номер «${row.number}» записан не по образцу «1.» или «1.1». Исправьте его.`,
        `Number «${row.number}» is not like «1.» or «1.1». Fix it.`,
      );
      continue;
    }
    const { lv, key } = read;
    if (seen.has(key)) {
      say(row, `Номер «${row.number}» повторяется. Перенумеруйте строки.`, `Number «${row.number}» is used twice. Renumber the rows.`);
      continue;
    }
    seen.add(key);
    const depth = lv.length;
    if (depth > 1) {
      subForms.add(row.number.trim().endsWith('.') ? 'dot' : 'bare');
      if (subForms.size === 2) mixedAt ??= row;
    }
    // The first item of a Roman section may start again at 1 or run on from the section before.
    if (counters.length === 0 && topBeforeSection !== undefined && depth === 1 && lv[0] === topBeforeSection + 1) {
      counters = lv;
      lastWritten = row.number;
      continue;
    }
    const prefixOk = samePrefix(lv, counters);
    const expectedLast = prefixOk ? (counters.length >= depth ? counters[depth - 1]! + 1 : 1) : undefined;
    if (expectedLast !== undefined && lv[depth - 1] !== expectedLast) {
      const want = [...lv.slice(0, -1), expectedLast].join('.') + (row.number.trim().endsWith('.') ? '.' : '');
      if (counters.length === 0)
        say(
          row,
          `Нумерация начинается с «${row.number}», а не с «${want}». Исправьте номер.`,
          `Numbering starts at «${row.number}» instead of «${want}». Fix the number.`,
          want,
        );
      else
        say(
          row,
          `После номера «${lastWritten}» должен идти «${want}», а стоит «${row.number}»: пропуск или сбой нумерации. Перенумеруйте строки.`,
          `Expected «${want}» after «${lastWritten}», found «${row.number}»: a gap or a break in numbering. Renumber the rows.`,
          want,
        );
    } else if (!prefixOk) {
      say(
        row,
        `Номер «${row.number}» не относится к текущему разделу «${counters[0] ?? '—'}.»: после «${lastWritten}» так нумеровать нельзя. Проверьте нумерацию.`,
        `Number «${row.number}» does not belong to the current section «${counters[0] ?? '—'}.» after «${lastWritten}». Check the numbering.`,
      );
    }
    counters = lv;
    lastWritten = row.number;
  }
  if (mixedAt) {
    report({
      span: mixedAt.cells[col.index]!.span,
      severity: 'hint',
      message: {
        ru: `Подпункты записаны по-разному: то «1.1», то «1.2.». Это не ошибка, но лучше выбрать одну запись для всей таблицы.`,
        en: 'Sub-items are written both as «1.1» and as «1.2.». Not an error, but one form for the whole table reads better.',
      },
      data: { table: table.index, row: mixedAt.index },
    });
  }
}

export const numbering: Rule = {
  code: 'numbering',
  defaultSeverity: 'warning',
  fixes: ['set-number'],
  title: { ru: 'Сбой нумерации', en: 'Numbering problem' },
  check({ model, report }) {
    for (const table of roadmapTables(model)) checkTable(table, report);
  },
};
