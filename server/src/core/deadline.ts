/**
 * Russian deadline cells («Сроки») → sets of day intervals, read in the context of the document
 * period P (domain.md §4); plus the period of a title and single approval dates.
 *
 * How a cell is read:
 *  - The text is normalised one character for one character (lower case, ё→е, every dash → '-'),
 *    so offsets into it are offsets into the original and issue fragments quote the original.
 *  - A hand-written tokenizer (no regular expressions, linear time) yields numbers, words and
 *    punctuation; a single left-to-right pass with bounded look-ahead reads them.
 *  - A cell splits into parts on '\n' and ';'. Within a part, month expressions («Август»,
 *    «Сентябрь-октябрь», «20.09.2023», «I полугодие») become *groups*; a year written after them
 *    («… 2022 г.», «… 2023, 2024, 2025 год», «… 2022-2023 учебного года») applies to every group
 *    before it in the part that has no year yet. A line holding only a year continues the line
 *    above («Февраль<br>2023 года», seed 004).
 *  - Groups still without a year at the end of their part are read through P (§4, «Ноябрь-декабрь»).
 *
 * Decisions where domain.md leaves a choice (documented again in test/deadline.test.ts):
 *  - A reversed range («май – март 2024», «2025-2023 гг.») yields NO interval, only the
 *    'reversed-range' issue: we cannot tell which bound is wrong.
 *  - An impossible date («31.02.2024») yields no interval, only 'invalid-date'.
 *  - A month without a year and no period: 'ambiguous-year', no interval.
 *  - A multi-year period gives one occurrence (recurring: true) per year of P; a single month or a
 *    contiguous span is flagged 'ambiguous-year', a list of ≥ 2 non-adjacent months (or months next
 *    to «ежегодно») is flagged 'recurring' instead. In a one-year period the same list is just
 *    those months, without a flag.
 *  - «Сентябрь 2022 – май» (year on the start only): the end rolls over into the next year when
 *    its month comes earlier in the calendar.
 *  - «до <date>»: from the start of P to that day when P starts on or before it; otherwise (or with
 *    no P, or for a yearly occurrence) from the 1st of that month. «до <month>» ends on the last day
 *    of the month.
 *  - Half-years: in a school-year P, I = Sep–Dec and II = Jan–May (lessons end in May); with a
 *    calendar P or a written calendar year, I = Jan–Jun and II = Jul–Dec. «четверть» is always a
 *    school quarter (I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May); «квартал» always a calendar one.
 *  - «в течение месяца», «в течение срока реализации», «весь период» … are vague like «в течение
 *    года»: interval = P, vague: true. «ежегодно», «ежемесячно», «раз в …», «каждый …»: interval =
 *    P, recurring: true, flag 'recurring' (with months in the same part: those months every year).
 *  - «по отдельному плану», «по мере необходимости», «по запросу», «по графику», «при
 *    необходимости» …: 'not-a-deadline' when the cell has no other reading; next to a real deadline
 *    (in parentheses or not) they only add 'vague'.
 *  - Empty or blank text: no intervals and no flags (an empty cell is the caller's concern). Any
 *    other text that yields nothing, or a part of a cell that yields nothing, is 'unparsed'.
 *    Text beyond MAX_DEADLINE_CHARS is not read and is reported as 'unparsed'.
 */
import { daysInMonth, iso, isValidDate, monthStart, type Interval, type IsoDate, type Period } from './dates';

export type DeadlineFlag = 'vague' | 'not-a-deadline' | 'ambiguous-year' | 'recurring' | 'unparsed' | 'invalid-date' | 'reversed-range';

/** fragment: the piece of the cell text the issue concerns, as written. */
export interface DeadlineIssue { flag: DeadlineFlag; fragment: string }

export interface ParsedDeadline {
  /** Union of what the cell means, sorted by start; adjacent or overlapping spans of the same kind merged. */
  intervals: Interval[];
  /** Distinct flags, in the order of FLAG_ORDER. */
  flags: DeadlineFlag[];
  issues: DeadlineIssue[];
}

export const FLAG_ORDER: readonly DeadlineFlag[] = ['vague', 'not-a-deadline', 'ambiguous-year', 'recurring', 'unparsed', 'invalid-date', 'reversed-range'];

/** Longer text is cut here; the rest is reported as unparsed. Keeps every call cheap. */
export const MAX_DEADLINE_CHARS = 2000;

/** No period or year list expands into more occurrences than this (a guard, not a domain rule). */
const MAX_YEARS = 50;

// ───────────────────────────── characters and tokens ─────────────────────────────

type TokKind = 'num' | 'word' | 'punct' | 'other';
interface Tok { kind: TokKind; text: string; start: number; end: number }

const DASHES = '-‐‑‒–—―−';
/** Quotes and Markdown emphasis carry no meaning in a date: «22» сентября. */
const IGNORED = '«»"\'„“”‘’`*_';
const PUNCT = '-,./;:()\n';

/** One character in, one character out: offsets stay valid for the original text. */
function normalizeChar(c: string): string {
  if (DASHES.includes(c)) return '-';
  if (c === '\n' || c === '\u2028' || c === '\u2029') return '\n';
  if (c.trim() === '') return ' ';
  const lower = c.toLowerCase();
  if (lower === 'ё') return 'е';
  return lower.length === 1 ? lower : c;
}

function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += normalizeChar(text[i]!);
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

function tokenize(s: string): Tok[] {
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
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['июн', 6], ['июл', 7],
  ['август', 8], ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];
/** «ма[йя]» and its other case forms, exactly: a prefix «ма» would catch «материалы». */
const MAY_FORMS = new Set(['май', 'мая', 'маю', 'мае', 'маем']);
const MONTH_ABBREVIATIONS = new Map<string, number>([
  ['янв', 1], ['фев', 2], ['февр', 2], ['мар', 3], ['апр', 4], ['авг', 8],
  ['сен', 9], ['сент', 9], ['окт', 10], ['ноя', 11], ['нояб', 11], ['дек', 12],
]);

function monthOf(word: string): number | undefined {
  if (MAY_FORMS.has(word)) return 5;
  const abbreviation = MONTH_ABBREVIATIONS.get(word);
  if (abbreviation !== undefined) return abbreviation;
  for (const [stem, month] of MONTH_STEMS) if (word.startsWith(stem)) return month;
  return undefined;
}

const YEAR_WORDS = new Set(['г', 'гг', 'год', 'года', 'году', 'годы', 'годов', 'годах', 'годом']);
/** Words that only glue a deadline together: «в течение», «с … по», «не позднее», «конец». */
const FILLER = new Set([
  'в', 'во', 'с', 'со', 'на', 'к', 'ко', 'от', 'за', 'не', 'позднее', 'позже', 'течение', 'протяжении',
  'конец', 'конца', 'концу', 'конце', 'начало', 'начала', 'началу', 'начале', 'середина', 'середины', 'середине',
  'срок', 'сроки', 'срока', 'числа', 'число', 'весь', 'всего', 'всей', 'все', 'всё', 'до', 'по', 'при', 'согласно',
]);
/** After «в течение» or «весь», these make the phrase vague: «в течение всего срока». */
const VAGUE_AFTER = new Set(['срок', 'срока', 'сроки', 'время', 'времени', 'всего', 'всей', 'весь', 'текущего', 'текущий', 'отчетного', 'отчетный']);
/** Words a vague phrase may run on with: «в течение всего учебного года», «срока реализации программы». */
const VAGUE_GLUE = new Set([...VAGUE_AFTER, 'этого', 'календарного', 'календарный', 'реализации', 'программы', 'проекта', 'плана']);
const VAGUE_STEMS = ['постоянн', 'регулярн', 'систематич', 'периодич', 'круглогод', 'период', 'месяц'];
/** «по отдельному плану», «по мере необходимости», «при необходимости»: stems after по/при/согласно. */
const QUALIFIER_STEMS = ['отдельн', 'мере', 'запрос', 'график', 'необходим', 'план', 'согласован', 'требован', 'возможн', 'заявк', 'ситуац'];
const ORDINAL_ENDINGS = new Set(['й', 'я', 'ая', 'е', 'ое', 'ий', 'ый', 'го', 'ого']);

type WordClass = 'month' | 'recurring' | 'unit' | 'year-word' | 'school' | 'vague' | 'filler' | 'roman' | 'unknown';

function classify(word: string): WordClass {
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

type Unit = 'school-quarter' | 'quarter' | 'half';

function unitOf(word: string): Unit | undefined {
  if (word.startsWith('четверт')) return 'school-quarter';
  if (word.startsWith('квартал')) return 'quarter';
  if (word.startsWith('полугод')) return 'half';
  return undefined;
}

/** I … IV, in Latin letters or with the Cyrillic і that Word sometimes leaves. */
const ROMAN = new Map([['i', 1], ['ii', 2], ['iii', 3], ['iv', 4]]);

function romanValue(word: string): number | undefined {
  return ROMAN.get(word.replace(/і/g, 'i'));
}

const SCHOOL_QUARTERS: readonly [number, number][] = [[9, 10], [11, 12], [1, 3], [4, 5]];

function halfMonths(half: number, school: boolean): [number, number] {
  if (school) return half === 1 ? [9, 12] : [1, 5];
  return half === 1 ? [1, 6] : [7, 12];
}

// ───────────────────────────── token helpers ─────────────────────────────

function numValue(t: Tok | undefined): number {
  return t?.kind === 'num' && t.text.length <= 4 ? Number(t.text) : -1;
}

function isYearTok(t: Tok | undefined): boolean {
  const v = numValue(t);
  return t?.text.length === 4 && v >= 1900 && v <= 2100;
}

function isPunct(t: Tok | undefined, chars: string): boolean {
  return t?.kind === 'punct' && chars.includes(t.text);
}

function isWord(t: Tok | undefined, ...words: string[]): boolean {
  return t?.kind === 'word' && words.includes(t.text);
}

/** No space between: «20.09.2023», «2023-09-22». */
function touching(a: Tok | undefined, b: Tok | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Index after «г.», «гг.», «года» … following a year. */
function skipYearWords(toks: readonly Tok[], j: number): number {
  while (isPunct(toks[j], '.') || (toks[j]?.kind === 'word' && YEAR_WORDS.has(toks[j]!.text))) j++;
  return j;
}

/** «учебный год», «уч. год» after a year: index after it, or undefined when absent. */
function skipSchoolWords(toks: readonly Tok[], j: number): number | undefined {
  const t = toks[j];
  if (t?.kind !== 'word' || classify(t.text) !== 'school') return undefined;
  return skipYearWords(toks, j + 1);
}

/** The second year of «2022-2023», «2022/23»: a full year, or two digits meaning the next year. */
function secondYear(first: number, t: Tok | undefined): number | undefined {
  if (isYearTok(t)) return numValue(t);
  if (t?.kind === 'num' && t.text.length === 2) {
    const y = Math.floor(first / 100) * 100 + numValue(t);
    return y === first + 1 ? y : undefined;
  }
  return undefined;
}

// ───────────────────────────── dates and groups ─────────────────────────────

/** One end of a deadline: a month, or a day of a month, with the year when it is written there. */
interface Endpoint { m: number; d?: number; y?: number; next: number }

function monthEndpoint(toks: readonly Tok[], i: number): Endpoint | undefined {
  const t = toks[i];
  const m = t?.kind === 'word' ? monthOf(t.text) : undefined;
  if (m === undefined) return undefined;
  // «сент.»: the abbreviation's dot belongs to it.
  const dotted = MONTH_ABBREVIATIONS.has(t!.text) && isPunct(toks[i + 1], '.') && touching(t, toks[i + 1]);
  return { m, next: dotted ? i + 2 : i + 1 };
}

/** «20.09.2023», «20.09.23», «20.09», «2023-09-22», «22 сентября 2023 г.», «22 сентября». */
function endpointAt(toks: readonly Tok[], i: number): Endpoint | undefined {
  const t = toks[i];
  if (t?.kind === 'word') return monthEndpoint(toks, i);
  if (t?.kind !== 'num') return undefined;
  const [a, b, c, d] = [toks[i + 1], toks[i + 2], toks[i + 3], toks[i + 4]];
  const short = (x: Tok | undefined) => x?.kind === 'num' && x.text.length <= 2;
  if (t.text.length === 4 && isPunct(a, '-') && short(b) && isPunct(c, '-') && short(d) && touching(t, a) && touching(a, b) && touching(b, c) && touching(c, d)) {
    return { y: numValue(t), m: numValue(b), d: numValue(d), next: i + 5 };
  }
  if (!short(t)) return undefined;
  if (isPunct(a, '.') && short(b) && touching(t, a) && touching(a, b)) {
    const withYear = isPunct(c, '.') && d?.kind === 'num' && (d.text.length === 2 || d.text.length === 4) && touching(b, c) && touching(c, d);
    if (!withYear) return { d: numValue(t), m: numValue(b), next: i + 3 };
    const y = d!.text.length === 2 ? 2000 + numValue(d) : numValue(d);
    return { d: numValue(t), m: numValue(b), y, next: skipYearWords(toks, i + 5) };
  }
  const month = monthEndpoint(toks, i + 1);
  if (!month) return undefined;
  if (isYearTok(toks[month.next])) return { d: numValue(t), m: month.m, y: numValue(toks[month.next]), next: skipYearWords(toks, month.next + 1) };
  return { d: numValue(t), m: month.m, next: month.next };
}

/** Years a group is read in. school: each year is the first of a school year (Sep–Dec in it, Jan–Aug in the next). */
interface YearCtx { school: boolean; years: number[]; fromPeriod?: boolean }

/** A month expression waiting for, or holding, its year(s). */
interface Group {
  from: { m: number; d?: number };
  to: { m: number; d?: number };
  /** «I полугодие»: which months depends on a school or calendar reading. */
  halves?: [number, number];
  /** Explicit start year of a cross-year range («Ноябрь 2022 – май 2023»); ctx.years[0] is then the end year. */
  y1?: number;
  /** undefined: still waiting for a year. */
  ctx?: YearCtx;
  /** «до …»: from the start of P to the end of this group. */
  until?: boolean;
  start: number;
  end: number;
}

function monthsOf(g: Group, school: boolean): { from: { m: number; d?: number }; to: { m: number; d?: number } } {
  if (!g.halves) return { from: g.from, to: g.to };
  return { from: { m: halfMonths(g.halves[0], school)[0] }, to: { m: halfMonths(g.halves[1], school)[1] } };
}

/** Position of a month in the reading order: Sep = 0 … Aug = 11 for a school year, Jan = 0 for a calendar one. */
function monthIndex(m: number, school: boolean): number {
  return school ? (m + 3) % 12 : m - 1;
}

function yearOfMonth(m: number, y: number, school: boolean): number {
  return school && m < 9 ? y + 1 : y;
}

/** Do the groups together cover one unbroken run of months? («Август, сентябрь» yes; «Март, июнь» no.) */
function contiguous(groups: readonly Group[], school: boolean): boolean {
  const covered = new Array<boolean>(12).fill(false);
  for (const g of groups) {
    const { from, to } = monthsOf(g, school);
    const a = monthIndex(from.m, school);
    const b = monthIndex(to.m, school);
    if (a < 0 || b < 0 || a > 11 || b > 11 || b < a) return false;
    for (let k = a; k <= b; k++) covered[k] = true;
  }
  const first = covered.indexOf(true);
  const last = covered.lastIndexOf(true);
  for (let k = first; k <= last; k++) if (!covered[k]) return false;
  return true;
}

function periodYears(p: Period): { school: boolean; years: number[] } {
  const startYear = Number(p.start.slice(0, 4));
  const endYear = Number(p.end.slice(0, 4));
  const years: number[] = [];
  if (p.kind === 'calendar') {
    for (let y = startYear; y <= endYear && years.length < MAX_YEARS; y++) years.push(y);
    return { school: false, years };
  }
  // A school year is named by the year of its September.
  const first = Number(p.start.slice(5, 7)) >= 9 ? startYear : startYear - 1;
  for (let y = first; iso(y, 9, 1) <= p.end && years.length < MAX_YEARS; y++) years.push(y);
  if (years.length === 0) years.push(first);
  return { school: true, years };
}

function validPeriod(p: Period | undefined): Period | undefined {
  const shape = (d: string) => typeof d === 'string' && d.length === 10 && d[4] === '-' && d[7] === '-' && !Number.isNaN(Number(d.slice(0, 4)));
  return p && shape(p.start) && shape(p.end) && p.start <= p.end ? p : undefined;
}

// ───────────────────────────── the cell reader ─────────────────────────────

interface PartState {
  start: number;
  groups: Group[];
  /** «ежегодно» in this part: months without a year recur, and are not ambiguous. */
  recurringWord: boolean;
  yieldMark: number;
}

class CellReader {
  private readonly toks: Tok[];
  readonly intervals: Interval[] = [];
  readonly issues: DeadlineIssue[] = [];
  private readonly qualifiers: { start: number; end: number }[] = [];
  private part: PartState;
  /** Groups that just took a year: «, 2025» after them adds another year (seed 004 «Январь 2024, 2025 года»). */
  private extendable: Group[] | null = null;
  /** A «до» is waiting for its date. */
  private untilNext = false;
  /** Where the run of filler words before the current token began, so fragments read «В течение года». */
  private phraseStart: number | undefined;

  constructor(private readonly text: string, normalized: string, private readonly period: Period | undefined) {
    this.toks = tokenize(normalized);
    this.part = this.newPart(0);
  }

  run(): void {
    let i = 0;
    while (i < this.toks.length) {
      const t = this.toks[i]!;
      if (t.kind === 'punct' && (t.text === ';' || t.text === '\n')) {
        if (!(t.text === '\n' && this.lineContinues(i))) {
          this.endPart(t.start);
          this.part = this.newPart(t.end);
        }
        i++;
        continue;
      }
      i = Math.max(this.step(i), i + 1);
    }
    this.endPart(this.text.length);
    this.settleQualifiers();
  }

  // ── parts

  private newPart(start: number): PartState {
    this.extendable = null;
    this.untilNext = false;
    this.phraseStart = undefined;
    return { start, groups: [], recurringWord: false, yieldMark: this.yieldCount() };
  }

  private yieldCount(): number {
    return this.intervals.length + this.issues.length + this.qualifiers.length;
  }

  /** «Февраль<br>2023 года»: a line that starts with a year completes the months above it. */
  private lineContinues(i: number): boolean {
    const next = this.toks[i + 1];
    const yearFirst = isYearTok(next) || (next?.kind === 'word' && YEAR_WORDS.has(next.text));
    return yearFirst && (this.pending().length > 0 || this.extendable !== null);
  }

  private pending(): Group[] {
    return this.part.groups.filter((g) => !g.ctx);
  }

  private endPart(end: number): void {
    const part = this.part;
    const yearless = part.groups.filter((g) => !g.ctx && g.y1 === undefined);
    for (const g of part.groups) {
      if (g.ctx) this.resolve(g, g.ctx);
      else if (g.y1 !== undefined) this.resolve(g, { school: false, years: [this.rolloverEndYear(g)] });
    }
    if (yearless.length > 0) this.resolveByPeriod(yearless, part);
    if (part.recurringWord && part.groups.length === 0 && this.period) {
      this.intervals.push({ start: this.period.start, end: this.period.end, recurring: true });
    }
    if (this.yieldCount() === part.yieldMark) {
      const fragment = this.text.slice(part.start, end).trim();
      if (significant(fragment)) this.issue('unparsed', fragment);
    }
  }

  /** «Сентябрь 2022 – май»: the end comes in the next year when its month is earlier. */
  private rolloverEndYear(g: Group): number {
    const y1 = g.y1!;
    const earlier = g.to.m < g.from.m || (g.to.m === g.from.m && (g.to.d ?? 31) < (g.from.d ?? 1));
    return earlier ? y1 + 1 : y1;
  }

  /** Months without a year, read through P (domain.md §4). */
  private resolveByPeriod(groups: Group[], part: PartState): void {
    const fragment = this.text.slice(groups[0]!.start, groups[groups.length - 1]!.end).trim();
    if (!this.period) {
      this.issue('ambiguous-year', fragment);
      return;
    }
    const { school, years } = periodYears(this.period);
    const several = years.length > 1;
    if (several) {
      const list = groups.length >= 2 && !contiguous(groups, school);
      this.issue(list || part.recurringWord ? 'recurring' : 'ambiguous-year', fragment);
    }
    for (const g of groups) this.resolve(g, { school, years, fromPeriod: several });
  }

  /** A group in its years → intervals (or an invalid-date / reversed-range issue). */
  private resolve(g: Group, ctx: YearCtx): void {
    const { from, to } = monthsOf(g, ctx.school);
    const fragment = this.text.slice(g.start, g.end).trim();
    const years = g.y1 !== undefined ? ctx.years.slice(0, 1) : ctx.years;
    for (const y of years) {
      const startYear = g.y1 ?? yearOfMonth(from.m, y, ctx.school);
      const endYear = g.y1 !== undefined ? y : yearOfMonth(to.m, y, ctx.school);
      const endDay = to.d ?? (isValidDate(endYear, to.m, 1) ? daysInMonth(endYear, to.m) : 0);
      if (!isValidDate(startYear, from.m, from.d ?? 1) || !isValidDate(endYear, to.m, endDay)) {
        this.issue('invalid-date', fragment);
        continue;
      }
      const end = iso(endYear, to.m, endDay);
      let start = iso(startYear, from.m, from.d ?? 1);
      if (end < start) {
        this.issue('reversed-range', fragment);
        continue;
      }
      if (g.until) start = this.untilStart(end, to.m, endYear, ctx);
      this.intervals.push(ctx.fromPeriod ? { start, end, recurring: true } : { start, end });
    }
  }

  /** «До 20.09.2023»: from the start of P when it comes first, else from the 1st of the month. */
  private untilStart(end: IsoDate, m: number, y: number, ctx: YearCtx): IsoDate {
    if (!ctx.fromPeriod && this.period && this.period.start <= end) return this.period.start;
    return monthStart(y, m);
  }

  private settleQualifiers(): void {
    const reading = this.intervals.length > 0 || this.issues.some((i) => i.flag !== 'unparsed');
    for (const q of this.qualifiers) this.issue(reading ? 'vague' : 'not-a-deadline', this.text.slice(q.start, q.end).trim());
  }

  private issue(flag: DeadlineFlag, fragment: string): void {
    if (!this.issues.some((i) => i.flag === flag && i.fragment === fragment)) this.issues.push({ flag, fragment });
  }

  // ── one step of the pass: returns the index of the next unread token

  private step(i: number): number {
    const t = this.toks[i]!;
    if (t.kind === 'punct') {
      if (t.text !== ',') this.extendable = null;
      this.phraseStart = undefined;
      return i + 1;
    }
    const group = this.groupAt(i) ?? this.quarterAt(i);
    if (group) {
      this.addGroup(group.group);
      return group.next;
    }
    if (isYearTok(t)) return this.year(i);
    if (t.kind === 'word') return this.word(i);
    this.settle();
    return i + 1;
  }

  /** Consumes the context of filler words: the start of the phrase they began. */
  private settle(keepExtendable = false): number {
    const start = this.phraseStart;
    this.phraseStart = undefined;
    this.untilNext = false;
    if (!keepExtendable) this.extendable = null;
    return start ?? -1;
  }

  private addGroup(g: Group): void {
    if (this.untilNext) g.until = true;
    this.settle();
    this.part.groups.push(g);
  }

  /** A month, a date, or a range of them: «Сентябрь», «Сентябрь-октябрь», «Ноябрь 2022 г. – май», «с 1 по …». */
  private groupAt(i: number): { group: Group; next: number } | undefined {
    const toks = this.toks;
    const first = endpointAt(toks, i) ?? this.dayBeforeRange(i);
    if (!first) return undefined;
    let j = first.next;
    let y1 = first.y;
    // A bare month's own year is read here only when a range follows («Ноябрь 2022 г. – май 2023»);
    // otherwise it is left to year(), so «Январь 2024, 2025 года» can list years.
    if (y1 === undefined && first.d === undefined && isYearTok(toks[j])) {
      const k = skipYearWords(toks, j + 1);
      if (this.connectorAt(k)) {
        y1 = numValue(toks[j]);
        j = k;
      }
    }
    const second = this.connectorAt(j) ? endpointAt(toks, j + 1) : undefined;
    if (second) j = second.next;
    const group: Group = { from: { m: first.m, d: first.d }, to: second ? { m: second.m, d: second.d } : { m: first.m, d: first.d }, start: toks[i]!.start, end: toks[j - 1]!.end };
    if (second && y1 !== undefined) {
      group.y1 = y1;
      if (second.y !== undefined) group.ctx = { school: false, years: [second.y] };
    } else if ((second ?? first).y !== undefined) {
      group.ctx = { school: false, years: [(second ?? first).y!] };
    }
    return { group, next: j };
  }

  /** «1-15 сентября», «с 1 по 15 сентября»: the first day takes the month of the second. */
  private dayBeforeRange(i: number): Endpoint | undefined {
    const t = this.toks[i];
    const day = numValue(t);
    if (t?.kind !== 'num' || t.text.length > 2 || day < 1 || day > 31 || !this.connectorAt(i + 1)) return undefined;
    const second = endpointAt(this.toks, i + 2);
    return second?.d !== undefined && this.toks[i + 2]?.kind === 'num' ? { d: day, m: second.m, next: i + 1 } : undefined;
  }

  /** «-», «по», «до» followed by another endpoint. */
  private connectorAt(j: number): boolean {
    const t = this.toks[j];
    return (isPunct(t, '-') || isWord(t, 'по', 'до')) && endpointAt(this.toks, j + 1) !== undefined;
  }

  /** «I полугодие», «1-я четверть», «III-IV четверть», «IV квартал». */
  private quarterAt(i: number): { group: Group; next: number } | undefined {
    const n1 = this.numeralAt(i);
    if (!n1) return undefined;
    let j = n1.next;
    let n2 = n1;
    if (isPunct(this.toks[j], '-')) {
      const second = this.numeralAt(j + 1);
      if (second) {
        n2 = second;
        j = second.next;
      }
    }
    const unitTok = this.toks[j];
    const unit = unitTok?.kind === 'word' ? unitOf(unitTok.text) : undefined;
    if (!unit || n2.value < n1.value) return undefined;
    const span = { start: this.toks[i]!.start, end: unitTok!.end };
    if (unit === 'half') {
      if (n2.value > 2) return undefined;
      return { group: { from: { m: 1 }, to: { m: 12 }, halves: [n1.value, n2.value], ...span }, next: j + 1 };
    }
    const from = unit === 'quarter' ? 3 * n1.value - 2 : SCHOOL_QUARTERS[n1.value - 1]![0];
    const to = unit === 'quarter' ? 3 * n2.value : SCHOOL_QUARTERS[n2.value - 1]![1];
    return { group: { from: { m: from }, to: { m: to }, ...span }, next: j + 1 };
  }

  private numeralAt(i: number): { value: number; next: number } | undefined {
    const t = this.toks[i];
    const value = t?.kind === 'word' ? romanValue(t.text) : t?.kind === 'num' && t.text.length === 1 ? numValue(t) : undefined;
    if (value === undefined || value < 1 || value > 4) return undefined;
    // «1-я», «2-ое»
    const dash = this.toks[i + 1];
    const ending = this.toks[i + 2];
    const ordinal = isPunct(dash, '-') && ending?.kind === 'word' && ORDINAL_ENDINGS.has(ending.text) && touching(t, dash) && touching(dash, ending);
    return { value, next: ordinal ? i + 3 : i + 1 };
  }

  // ── years

  private year(i: number): number {
    const toks = this.toks;
    const y = numValue(toks[i]);
    if (isPunct(toks[i + 1], '-/')) {
      const y2 = secondYear(y, toks[i + 2]);
      if (y2 !== undefined) {
        let k = skipYearWords(toks, i + 3);
        const school = skipSchoolWords(toks, k);
        if (school !== undefined) k = school;
        this.yearRange(y, y2, school !== undefined, toks[i]!.start, toks[k - 1]!.end);
        return k;
      }
    }
    const k = skipYearWords(toks, i + 1);
    const school = skipSchoolWords(toks, k);
    if (school !== undefined) {
      // «2023 учебный год»: the school year that starts in 2023.
      this.yearRange(y, y + 1, true, toks[i]!.start, toks[school - 1]!.end);
      return school;
    }
    this.singleYear(y, toks[i]!.start, toks[k - 1]!.end);
    return k;
  }

  private singleYear(y: number, start: number, end: number): void {
    const pending = this.pending();
    if (pending.length > 0) {
      for (const g of pending) {
        g.ctx = { school: false, years: [y] };
        g.end = Math.max(g.end, end);
      }
      this.settle();
      this.extendable = pending;
      return;
    }
    if (this.extendable) {
      for (const g of this.extendable) {
        if (!g.ctx!.years.includes(y) && g.ctx!.years.length < MAX_YEARS) g.ctx!.years.push(y);
        g.end = Math.max(g.end, end);
      }
      this.settle(true);
      return;
    }
    const g: Group = { from: { m: 1 }, to: { m: 12 }, ctx: { school: false, years: [y] }, start, end };
    this.addGroup(g);
    this.extendable = [g];
  }

  /** «2023-2025 гг.», «2022-2023 учебный год»: a span, or the years of the months before it. */
  private yearRange(y1: number, y2: number, school: boolean, start: number, end: number): void {
    const pending = this.pending();
    if (pending.length === 0) {
      // One group from the first to the last month, so a reversed range is caught like any other.
      const months = school ? { from: { m: 9 }, to: { m: 8 } } : { from: { m: 1 }, to: { m: 12 } };
      this.addGroup({ ...months, y1, ctx: { school: false, years: [y2] }, start, end });
      return;
    }
    if (y2 < y1) {
      this.issue('reversed-range', this.text.slice(start, end).trim());
      this.settle();
      return;
    }
    const years: number[] = [];
    for (let y = y1; y <= (school ? Math.max(y1, y2 - 1) : y2) && years.length < MAX_YEARS; y++) years.push(y);
    for (const g of pending) {
      g.ctx = g.y1 !== undefined ? { school: false, years: [y2] } : { school, years };
      g.end = Math.max(g.end, end);
    }
    this.settle();
  }

  // ── words

  private word(i: number): number {
    const t = this.toks[i]!;
    const w = t.text;
    if (w === 'и') {
      this.phraseStart = undefined;
      return i + 1; // a list goes on: «Январь 2024 и 2025»
    }
    if ((w === 'по' || w === 'при' || w === 'согласно') && this.qualifierAt(i + 1)) return this.qualifier(i);
    if (w === 'до' || w === 'по' || w === 'позднее' || w === 'позже') this.untilNext = true;
    const cls = classify(w);
    if ((w === 'течение' || w === 'весь' || w === 'всего') && this.vagueFollows(i + 1)) {
      this.phraseStart ??= t.start;
      return this.vague(i + 1);
    }
    switch (cls) {
      case 'filler':
        this.phraseStart ??= t.start;
        this.extendable = null;
        return i + 1;
      case 'vague':
        // «в период с 1 по 15 сентября» names a span, it is not vague.
        if (w.startsWith('период') && (isWord(this.toks[i + 1], 'с') || endpointAt(this.toks, i + 1))) {
          this.phraseStart ??= t.start;
          return i + 1;
        }
        return this.vague(i);
      case 'school':
        return this.vague(i);
      case 'year-word':
        // A year word without a year: «в течение года». «г.» alone means nothing.
        if (w === 'г' || w === 'гг') {
          this.settle();
          return i + 1;
        }
        return this.vague(i);
      case 'recurring':
        return this.recurring(i, w.startsWith('кажд') ? 2 : 1);
      case 'unit': {
        // «V квартал»: a quarter we could not number; the year after it must not pass for the answer.
        const prev = this.toks[i - 1];
        const from = prev && prev.kind !== 'punct' ? prev.start : t.start;
        this.settle();
        this.issue('unparsed', this.text.slice(from, t.end).trim());
        return i + 1;
      }
      default:
        if (w === 'раз' && isWord(this.toks[i + 1], 'в')) return this.recurring(i, 3);
        if ((w === 'дважды' || w === 'трижды') && isWord(this.toks[i + 1], 'в')) return this.recurring(i, 3);
        this.settle();
        return i + 1;
    }
  }

  private vagueFollows(j: number): boolean {
    const t = this.toks[j];
    if (t?.kind !== 'word') return false;
    const cls = classify(t.text);
    return cls === 'unknown' || cls === 'unit' || VAGUE_AFTER.has(t.text);
  }

  /** A vague phrase from token i on: «учебного года», «всего периода», «постоянно». Interval = P. */
  private vague(i: number): number {
    let j = i + 1;
    while (this.toks[j]?.kind === 'word') {
      const w = this.toks[j]!.text;
      const cls = classify(w);
      if (!(cls === 'vague' || cls === 'year-word' || cls === 'school' || cls === 'unit' || VAGUE_GLUE.has(w))) break;
      j++;
    }
    const start = this.settle();
    this.issue('vague', this.text.slice(start >= 0 ? start : this.toks[i]!.start, this.toks[j - 1]!.end).trim());
    if (this.period) this.intervals.push({ start: this.period.start, end: this.period.end, vague: true });
    return j;
  }

  /** «ежегодно», «каждый месяц» (length 2), «раз в квартал» (length 3). */
  private recurring(i: number, length: number): number {
    let j = i + 1;
    while (j < i + length && this.toks[j]?.kind === 'word') j++;
    const start = this.settle();
    this.part.recurringWord = true;
    this.issue('recurring', this.text.slice(start >= 0 ? start : this.toks[i]!.start, this.toks[j - 1]!.end).trim());
    return j;
  }

  private qualifierAt(j: number): boolean {
    const t = this.toks[j];
    return t?.kind === 'word' && QUALIFIER_STEMS.some((s) => t.text.startsWith(s));
  }

  /** «по отдельному плану», «по мере необходимости»: decided once the whole cell is read. */
  private qualifier(i: number): number {
    let j = i + 2;
    while (this.toks[j]?.kind === 'word' && classify(this.toks[j]!.text) === 'unknown') j++;
    const start = this.settle();
    this.qualifiers.push({ start: start >= 0 ? start : this.toks[i]!.start, end: this.toks[j - 1]!.end });
    return j;
  }
}

/** Does a leftover piece of text hold anything but punctuation? */
function significant(fragment: string): boolean {
  for (const c of fragment) if (!' \t,.;:()-–—«»"\''.includes(c)) return true;
  return false;
}

// ───────────────────────────── results ─────────────────────────────

function nextDay(d: IsoDate): IsoDate {
  const t = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)) + 1);
  return Number.isNaN(t) ? d : new Date(t).toISOString().slice(0, 10);
}

const kindRank = (i: Interval) => (i.vague ? 2 : i.recurring ? 1 : 0);

function compareIntervals(a: Interval, b: Interval): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return kindRank(a) - kindRank(b);
}

/** Sort; merge touching or overlapping spans of the same kind (vague spans are only de-duplicated). */
function mergeIntervals(list: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const rank of [0, 1, 2]) {
    const same = list.filter((i) => kindRank(i) === rank).sort(compareIntervals);
    let last: Interval | undefined;
    for (const i of same) {
      const joins = last && (rank === 2 ? last.start === i.start && last.end === i.end : nextDay(last.end) >= i.start);
      if (last && joins) {
        if (i.end > last.end) last.end = i.end;
      } else {
        last = { ...i };
        out.push(last);
      }
    }
  }
  return out.sort(compareIntervals);
}

function flagsOf(issues: readonly DeadlineIssue[]): DeadlineFlag[] {
  return FLAG_ORDER.filter((f) => issues.some((i) => i.flag === f));
}

export function parseDeadline(text: string, period?: Period): ParsedDeadline {
  try {
    const source = typeof text === 'string' ? text : '';
    const head = source.slice(0, MAX_DEADLINE_CHARS);
    const reader = new CellReader(head, normalize(head), validPeriod(period));
    reader.run();
    const issues = reader.issues;
    const rest = source.slice(MAX_DEADLINE_CHARS).trim();
    if (rest) issues.push({ flag: 'unparsed', fragment: rest.slice(0, 60) });
    const intervals = mergeIntervals(reader.intervals);
    if (intervals.length === 0 && issues.length === 0 && head.trim() !== '') issues.push({ flag: 'unparsed', fragment: head.trim() });
    return { intervals, flags: flagsOf(issues), issues };
  } catch {
    // Defensive only: the reader is not expected to throw, but a deadline must never break a document.
    return { intervals: [], flags: ['unparsed'], issues: [{ flag: 'unparsed', fragment: String(text).slice(0, 60) }] };
  }
}

// ───────────────────────────── periods and single dates ─────────────────────────────

/** Is the year at i part of a date («30.03.2022», «сентября 2023», «2023-09-22») rather than a period? */
function yearInDate(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (isPunct(prev, '.') && touching(prev, toks[i]) && toks[i - 2]?.kind === 'num') return true;
  if (prev?.kind === 'word' && monthOf(prev.text) !== undefined) return true;
  return endpointAt(toks, i) !== undefined;
}

/** Finds the period in a title or a front-matter value: the best candidate, those after «на» first. */
export function parsePeriod(text: string): Period | undefined {
  try {
    const source = String(text).slice(0, MAX_DEADLINE_CHARS);
    const toks = tokenize(normalize(source));
    let best: { score: number; period: Period } | undefined;
    for (let i = 0; i < toks.length; i++) {
      if (!isYearTok(toks[i]) || yearInDate(toks, i)) continue;
      const found = periodAt(toks, i, source);
      if (found && (!best || found.score > best.score)) best = found;
    }
    return best?.period;
  } catch {
    return undefined;
  }
}

function periodAt(toks: readonly Tok[], i: number, source: string): { score: number; period: Period } | undefined {
  const y1 = numValue(toks[i]);
  const bonus = isWord(toks[i - 1], 'на') ? 10 : 0;
  const make = (kind: Period['kind'], start: IsoDate, end: IsoDate, k: number, score: number) => ({
    score: score + bonus,
    period: { kind, start, end, text: source.slice(toks[i]!.start, toks[k - 1]!.end).trim() },
  });
  if (isPunct(toks[i + 1], '-/')) {
    const y2 = secondYear(y1, toks[i + 2]);
    if (y2 !== undefined && y2 >= y1 && y2 - y1 <= 20) {
      const k = skipYearWords(toks, i + 3);
      const school = skipSchoolWords(toks, k);
      if (school !== undefined && y2 > y1) return make(y2 === y1 + 1 ? 'school-year' : 'school-years', iso(y1, 9, 1), iso(y2, 8, 31), school, 3);
      if (school === undefined) return make('calendar', iso(y1, 1, 1), iso(y2, 12, 31), k, 2);
    }
  }
  const k = skipYearWords(toks, i + 1);
  const school = skipSchoolWords(toks, k);
  if (school !== undefined) return make('school-year', iso(y1, 9, 1), iso(y1 + 1, 8, 31), school, 1);
  const hasYearWord = toks.slice(i + 1, k).some((t) => t.kind === 'word');
  const alone = toks.length === k && i === 0;
  if (hasYearWord || bonus > 0 || alone) return make('calendar', iso(y1, 1, 1), iso(y1, 12, 31), k, 1);
  return undefined;
}

/** The first complete, existing date in the text: «22» сентября 2023г. | 22.09.2023 | 2023-09-22. */
export function parseRussianDate(text: string): IsoDate | undefined {
  try {
    const toks = tokenize(normalize(String(text).slice(0, MAX_DEADLINE_CHARS)));
    for (let i = 0; i < toks.length; i++) {
      const e = endpointAt(toks, i);
      if (e && e.d !== undefined && e.y !== undefined && isValidDate(e.y, e.m, e.d)) return iso(e.y, e.m, e.d);
    }
    return undefined;
  } catch {
    return undefined;
  }
}

const MONTHS_RU_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function formatDate(d: IsoDate, locale: 'ru' | 'en'): string {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  if (d.length !== 10 || !isValidDate(y, m, day)) return d;
  return `${day} ${(locale === 'ru' ? MONTHS_RU_GENITIVE : MONTHS_EN)[m - 1]} ${y}`;
}

/** «1 сентября 2023 – 31 октября 2023»; a single day is written once. */
export function formatInterval(i: Interval, locale: 'ru' | 'en'): string {
  const start = formatDate(i.start, locale);
  return i.start === i.end ? start : `${start} – ${formatDate(i.end, locale)}`;
}
