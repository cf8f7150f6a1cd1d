/** Reading small values out of cells: a points mark (✓ ✔ + x х v да), a number, a count in words. */

/** What counts as «this column is ticked» in a points table (docs/domain.md §12 «Показатели эффективности»). Case-insensitive. */
const MARKS = /^(✓|✔|✔️|☑|☑️|✅|\+|x|х|v|да|yes)$/i;

export type CellMark = { kind: 'empty' } | { kind: 'mark' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

export function readMark(text: string): CellMark {
  const t = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,]$/, '')
    // «2 балла» written in a «Балл» column is the number 2.
    .replace(/^(\d+)\s*балл[а-я]*$/i, '$1');
  if (t === '' || t === '-' || t === '—' || t === '–') return { kind: 'empty' };
  if (MARKS.test(t)) return { kind: 'mark' };
  if (/^-?\d+([.,]\d+)?$/.test(t)) return { kind: 'number', value: Number(t.replace(',', '.')) };
  return { kind: 'invalid', text: t };
}

const UNITS: Record<string, number> = {
  один: 1,
  одного: 1,
  одной: 1,
  одна: 1,
  одно: 1,
  два: 2,
  двух: 2,
  две: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
};
const TENS: Record<string, number> = {
  десять: 10,
  десяти: 10,
  одиннадцать: 11,
  одиннадцати: 11,
  двенадцать: 12,
  двенадцати: 12,
  пятнадцать: 15,
  пятнадцати: 15,
  двадцать: 20,
  двадцати: 20,
  тридцать: 30,
  тридцати: 30,
  сорок: 40,
  сорока: 40,
  пятьдесят: 50,
  пятидесяти: 50,
  шестьдесят: 60,
  шестидесяти: 60,
  семьдесят: 70,
  семидесяти: 70,
  восемьдесят: 80,
  восьмидесяти: 80,
  девяносто: 90,
  девяноста: 90,
  сто: 100,
  ста: 100,
};

const clean = (word: string) =>
  word
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\dа-я%,.]/g, '');

/**
 * «25», «2-х», «80%», «двух», «двадцати пяти» → the number; undefined otherwise. Takes the words
 * after «не менее»; reads one number from their start.
 */
export function readCount(words: string): number | undefined {
  const parts = words.trim().split(/\s+/).map(clean).filter(Boolean);
  const first = parts[0];
  if (first === undefined) return undefined;
  const digits = /^(\d+(?:[.,]\d+)?)%?(?:-?[а-я]{1,2})?[.,]?$/.exec(first);
  if (digits) return Number(digits[1]!.replace(',', '.'));
  if (UNITS[first] !== undefined) return UNITS[first];
  const tens = TENS[first];
  if (tens === undefined) return undefined;
  const unit = parts[1] !== undefined && tens >= 20 && tens % 10 === 0 && tens < 100 ? UNITS[parts[1]] : undefined;
  return tens + (unit ?? 0);
}
