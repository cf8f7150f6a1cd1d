/**
 * The words and tokens of Russian deadlines and periods, shared by the cell reader (../deadline.ts)
 * and the period reader (period.ts): one-for-one normalisation, a linear tokenizer without regular
 * expressions, the vocabulary (months, year words, school words, vague and recurring words) and the
 * endpoints of a date («20.09.2023», «22 сентября 2023 г.», «сентябрь»).
 */
/** Longer text is cut here; the rest is reported as unparsed. Keeps every call cheap. */
export const MAX_DEADLINE_CHARS = 2000;

/** No period or year list expands into more occurrences than this (a guard, not a domain rule). */
export const MAX_YEARS = 50;

// ───────────────────────────── characters and tokens ─────────────────────────────

export type TokKind = 'num' | 'word' | 'punct' | 'other';
export interface Tok {
  kind: TokKind;
  text: string;
  start: number;
  end: number;
}

const DASHES = '-‐‑‒–—―−';
/** Quotes and Markdown emphasis carry no meaning in a date: «22» сентября. */
const IGNORED = '«»"\'„“”‘’`*_';
const PUNCT = '-,./;:()\n';

/** One character in, one character out: offsets stay valid for the original text. */
export function normalizeChar(c: string): string {
  if (DASHES.includes(c)) return '-';
  if (c === '\n' || c === '\u2028' || c === '\u2029') return '\n';
  if (c.trim() === '') return ' ';
  const lower = c.toLowerCase();
  if (lower === 'ё') return 'е';
  return lower.length === 1 ? lower : c;
}

/**
 * `normalizeChar` over the text. Latin, Cyrillic, digits and the space are mapped by character code,
 * anything else by `normalizeChar`; the codes are gathered in an array and made a string in slices
 * (a string grown a character at a time cost more than the whole deadline reading of a cell).
 */
export function normalize(text: string): string {
  const n = text.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    codes[i] =
      (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x20 || (c >= 0x430 && c <= 0x44f)
        ? c
        : (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f)
          ? c + 32
          : c === 0x451 || c === 0x401
            ? 0x435 // ё, Ё → е
            : normalizeChar(text[i]!).charCodeAt(0);
  }
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode(...codes.subarray(i, i + 4096));
  return out;
}

type CharKind = 'digit' | 'letter' | 'space' | 'punct' | 'other';

function charKind(c: string): CharKind {
  if (c >= '0' && c <= '9') return 'digit';
  if ((c >= 'a' && c <= 'z') || (c >= 'а' && c <= 'я') || c === 'і') return 'letter';
  if (c === ' ' || c === '\r' || IGNORED.includes(c)) return 'space';
  if (PUNCT.includes(c)) return 'punct';
  return 'other';
}

export function tokenize(s: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const kind = charKind(s[i]!);
    if (kind === 'space') {
      i++;
    } else if (kind === 'digit' || kind === 'letter') {
      let j = i + 1;
      while (j < s.length && charKind(s[j]!) === kind) j++;
      toks.push({ kind: kind === 'digit' ? 'num' : 'word', text: s.slice(i, j), start: i, end: j });
      i = j;
    } else {
      toks.push({ kind: kind === 'punct' ? 'punct' : 'other', text: s[i]!, start: i, end: i + 1 });
      i++;
    }
  }
  return toks;
}

// ───────────────────────────── vocabulary ─────────────────────────────

const MONTH_STEMS: readonly [string, number][] = [
  ['январ', 1],
  ['феврал', 2],
  ['март', 3],
  ['апрел', 4],
  ['июн', 6],
  ['июл', 7],
  ['август', 8],
  ['сентябр', 9],
  ['октябр', 10],
  ['ноябр', 11],
  ['декабр', 12],
];
/** «ма[йя]» and its other case forms, exactly: a prefix «ма» would catch «материалы». */
const MAY_FORMS = new Set(['май', 'мая', 'маю', 'мае', 'маем']);
export const MONTH_ABBREVIATIONS = new Map<string, number>([
  ['янв', 1],
  ['фев', 2],
  ['февр', 2],
  ['мар', 3],
  ['апр', 4],
  ['авг', 8],
  ['сен', 9],
  ['сент', 9],
  ['окт', 10],
  ['ноя', 11],
  ['нояб', 11],
  ['дек', 12],
]);

export function monthOf(word: string): number | undefined {
  if (MAY_FORMS.has(word)) return 5;
  const abbreviation = MONTH_ABBREVIATIONS.get(word);
  if (abbreviation !== undefined) return abbreviation;
  for (const [stem, month] of MONTH_STEMS) if (word.startsWith(stem)) return month;
  return undefined;
}

export const YEAR_WORDS = new Set(['г', 'гг', 'год', 'года', 'году', 'годы', 'годов', 'годах', 'годом']);
/** Words that only glue a deadline together: «в течение», «с … по», «не позднее», «конец». */
export const FILLER = new Set([
  'в',
  'во',
  'с',
  'со',
  'на',
  'к',
  'ко',
  'от',
  'за',
  'не',
  'позднее',
  'позже',
  'течение',
  'протяжении',
  'конец',
  'конца',
  'концу',
  'конце',
  'начало',
  'начала',
  'началу',
  'начале',
  'середина',
  'середины',
  'середине',
  'срок',
  'сроки',
  'срока',
  'числа',
  'число',
  'весь',
  'всего',
  'всей',
  'все',
  'всё',
  'до',
  'по',
  'при',
  'согласно',
]);
/** After «в течение» or «весь», these make the phrase vague: «в течение всего срока». */
export const VAGUE_AFTER = new Set([
  'срок',
  'срока',
  'сроки',
  'время',
  'времени',
  'всего',
  'всей',
  'весь',
  'текущего',
  'текущий',
  'отчетного',
  'отчетный',
]);
/** Words a vague phrase may run on with: «в течение всего учебного года», «срока реализации программы». */
export const VAGUE_GLUE = new Set([...VAGUE_AFTER, 'этого', 'календарного', 'календарный', 'реализации', 'программы', 'проекта', 'плана']);
export const VAGUE_STEMS = ['постоянн', 'регулярн', 'систематич', 'периодич', 'круглогод', 'период', 'месяц'];
/** «по отдельному плану», «по мере необходимости», «при необходимости»: stems after по/при/согласно. */
export const QUALIFIER_STEMS = [
  'отдельн',
  'мере',
  'запрос',
  'график',
  'необходим',
  'план',
  'согласован',
  'требован',
  'возможн',
  'заявк',
  'ситуац',
];
export const ORDINAL_ENDINGS = new Set(['й', 'я', 'ая', 'е', 'ое', 'ий', 'ый', 'го', 'ого']);

export type WordClass = 'month' | 'recurring' | 'unit' | 'year-word' | 'school' | 'vague' | 'filler' | 'roman' | 'unknown';

export function classify(word: string): WordClass {
  if (monthOf(word) !== undefined) return 'month';
  if (word.startsWith('еже') || word.startsWith('кажд')) return 'recurring';
  if (unitOf(word)) return 'unit';
  if (YEAR_WORDS.has(word)) return 'year-word';
  if (word === 'уч' || word.startsWith('учебн')) return 'school';
  if (VAGUE_STEMS.some((s) => word.startsWith(s))) return 'vague';
  if (FILLER.has(word)) return 'filler';
  if (romanValue(word) !== undefined) return 'roman';
  return 'unknown';
}

export type Unit = 'school-quarter' | 'quarter' | 'half';

export function unitOf(word: string): Unit | undefined {
  if (word.startsWith('четверт')) return 'school-quarter';
  if (word.startsWith('квартал')) return 'quarter';
  if (word.startsWith('полугод')) return 'half';
  return undefined;
}

/** I … IV, in Latin letters or with the Cyrillic і that Word sometimes leaves. */
const ROMAN = new Map([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
]);

export function romanValue(word: string): number | undefined {
  return ROMAN.get(word.replace(/і/g, 'i'));
}

export const SCHOOL_QUARTERS: readonly [number, number][] = [
  [9, 10],
  [11, 12],
  [1, 3],
  [4, 5],
];

export function halfMonths(half: number, school: boolean): [number, number] {
  if (school) return half === 1 ? [9, 12] : [1, 5];
  return half === 1 ? [1, 6] : [7, 12];
}

// ───────────────────────────── token helpers ─────────────────────────────

export function numValue(t: Tok | undefined): number {
  return t?.kind === 'num' && t.text.length <= 4 ? Number(t.text) : -1;
}

export function isYearTok(t: Tok | undefined): boolean {
  const v = numValue(t);
  return t?.text.length === 4 && v >= 1900 && v <= 2100;
}

export function isPunct(t: Tok | undefined, chars: string): boolean {
  return t?.kind === 'punct' && chars.includes(t.text);
}

export function isWord(t: Tok | undefined, ...words: string[]): boolean {
  return t?.kind === 'word' && words.includes(t.text);
}

/** No space between: «20.09.2023», «2023-09-22». */
export function touching(a: Tok | undefined, b: Tok | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Index after «г.», «гг.», «года» … following a year. */
export function skipYearWords(toks: readonly Tok[], j: number): number {
  while (isPunct(toks[j], '.') || (toks[j]?.kind === 'word' && YEAR_WORDS.has(toks[j]!.text))) j++;
  return j;
}

/** «учебный год», «уч. год» after a year: index after it, or undefined when absent. */
export function skipSchoolWords(toks: readonly Tok[], j: number): number | undefined {
  const t = toks[j];
  if (t?.kind !== 'word' || classify(t.text) !== 'school') return undefined;
  return skipYearWords(toks, j + 1);
}

/** The second year of «2022-2023», «2022/23»: a full year, or two digits meaning the next year. */
export function secondYear(first: number, t: Tok | undefined): number | undefined {
  if (isYearTok(t)) return numValue(t);
  if (t?.kind === 'num' && t.text.length === 2) {
    const y = Math.floor(first / 100) * 100 + numValue(t);
    return y === first + 1 ? y : undefined;
  }
  return undefined;
}

// ───────────────────────────── endpoints ─────────────────────────────

/** One end of a deadline: a month, or a day of a month, with the year when it is written there. */
export interface Endpoint {
  m: number;
  d?: number;
  y?: number;
  next: number;
}

export function monthEndpoint(toks: readonly Tok[], i: number): Endpoint | undefined {
  const t = toks[i];
  const m = t?.kind === 'word' ? monthOf(t.text) : undefined;
  if (m === undefined) return undefined;
  // «сент.»: the abbreviation's dot belongs to it.
  const dotted = MONTH_ABBREVIATIONS.has(t!.text) && isPunct(toks[i + 1], '.') && touching(t, toks[i + 1]);
  return { m, next: dotted ? i + 2 : i + 1 };
}

/** «20.09.2023», «20.09.23», «20.09», «2023-09-22», «22 сентября 2023 г.», «22 сентября». */
export function endpointAt(toks: readonly Tok[], i: number): Endpoint | undefined {
  const t = toks[i];
  if (t?.kind === 'word') return monthEndpoint(toks, i);
  if (t?.kind !== 'num') return undefined;
  const [a, b, c, d] = [toks[i + 1], toks[i + 2], toks[i + 3], toks[i + 4]];
  const short = (x: Tok | undefined) => x?.kind === 'num' && x.text.length <= 2;
  if (
    t.text.length === 4 &&
    isPunct(a, '-') &&
    short(b) &&
    isPunct(c, '-') &&
    short(d) &&
    touching(t, a) &&
    touching(a, b) &&
    touching(b, c) &&
    touching(c, d)
  ) {
    return { y: numValue(t), m: numValue(b), d: numValue(d), next: i + 5 };
  }
  if (!short(t)) return undefined;
  if (isPunct(a, '.') && short(b) && touching(t, a) && touching(a, b)) {
    const withYear =
      isPunct(c, '.') && d?.kind === 'num' && (d.text.length === 2 || d.text.length === 4) && touching(b, c) && touching(c, d);
    if (!withYear) return { d: numValue(t), m: numValue(b), next: i + 3 };
    const y = d!.text.length === 2 ? 2000 + numValue(d) : numValue(d);
    return { d: numValue(t), m: numValue(b), y, next: skipYearWords(toks, i + 5) };
  }
  const month = monthEndpoint(toks, i + 1);
  if (!month) return undefined;
  if (isYearTok(toks[month.next]))
    return { d: numValue(t), m: month.m, y: numValue(toks[month.next]), next: skipYearWords(toks, month.next + 1) };
  return { d: numValue(t), m: month.m, next: month.next };
}
