/** Reading a points cell: a mark (✓ ✔ + x х v да) or a number. */

const MARKS = /^(✓|✔|☑|✅|\+|x|х|v|да|yes)$/i;

export type CellMark = { kind: 'empty' } | { kind: 'mark' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

export function readMark(text: string): CellMark {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[.;,]$/, '');
  if (t === '' || t === '-' || t === '—' || t === '–') return { kind: 'empty' };
  if (MARKS.test(t)) return { kind: 'mark' };
  if (/^-?\d+([.,]\d+)?$/.test(t)) return { kind: 'number', value: Number(t.replace(',', '.')) };
  return { kind: 'invalid', text: t };
}

const WORD_NUMBERS: Record<string, number> = {
  один: 1, одного: 1, одной: 1, одна: 1, два: 2, двух: 2, две: 2, три: 3, трех: 3, четыре: 4, четырех: 4,
  пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9,
  десять: 10, десяти: 10, двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40, пятьдесят: 50, пятидесяти: 50, сто: 100, ста: 100,
};

/** «25», «двух», «пяти» → the number; undefined otherwise. */
export function readCount(word: string): number | undefined {
  const w = word.toLowerCase().replace(/ё/g, 'е').replace(/[^\dа-я%]/g, '');
  if (/^\d+%?$/.test(w)) return Number(w.replace('%', ''));
  return WORD_NUMBERS[w];
}
