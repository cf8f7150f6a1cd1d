/**
 * The cell reader: one left-to-right pass over a deadline cell's tokens that groups months, gives
 * them their years and collects intervals and issues (the decisions are listed in index.ts).
 */
import { daysInMonth, type Interval, iso, type IsoDate, isValidDate, monthStart, type Period } from '../dates';
import { contiguous, type Group, monthsOf, periodYears, type YearCtx, yearOfMonth } from './month-groups';
import type { DeadlineFlag, DeadlineIssue } from './parsed-deadline';
import {
  classify,
  type Endpoint,
  endpointAt,
  isPunct,
  isWord,
  isYearTok,
  MAX_YEARS,
  numValue,
  ORDINAL_ENDINGS,
  QUALIFIER_STEMS,
  romanValue,
  SCHOOL_QUARTERS,
  secondYear,
  skipSchoolWords,
  skipYearWords,
  type Tok,
  tokenize,
  touching,
  unitOf,
  VAGUE_AFTER,
  VAGUE_GLUE,
  YEAR_WORDS,
} from './lexicon';

type Edge = 'start' | 'end';
/** «начало», «в конце» … of a school year. */
const EDGE_OF = new Map<string, Edge>([
  ['начало', 'start'],
  ['начала', 'start'],
  ['началу', 'start'],
  ['начале', 'start'],
  ['конец', 'end'],
  ['конца', 'end'],
  ['концу', 'end'],
  ['конце', 'end'],
  // «По окончании / завершении учебного года»: its end, like «в конце».
  ['окончание', 'end'],
  ['окончании', 'end'],
  ['окончания', 'end'],
  ['завершении', 'end'],
  ['завершения', 'end'],
]);
const EDGE_WORDS = new Set(EDGE_OF.keys());
/** «каждый год», «раз в год», «раз в учебный год»: the last word of a yearly phrase. */
const YEARLY_UNITS = new Set(['год', 'года', 'году']);

interface PartState {
  start: number;
  groups: Group[];
  /** «ежегодно» in this part: months without a year recur, and are not ambiguous. */
  recurringWord: boolean;
  /** A yearly word («ежегодно», «каждый год»): months with a year recur in the later years of P too. */
  yearly: boolean;
  yieldMark: number;
}

export class CellReader {
  private readonly toks: Tok[];
  readonly intervals: Interval[] = [];
  readonly issues: DeadlineIssue[] = [];
  private readonly qualifiers: { start: number; end: number }[] = [];
  private part: PartState;
  /** Groups that just took a year: «, 2025» after them adds another year (examples/004 «Январь 2024, 2025 года»). */
  private extendable: Group[] | null = null;
  /** A «до» is waiting for its date. */
  private untilNext = false;
  /** Where the run of filler words before the current token began, so fragments read «В течение года». */
  private phraseStart: number | undefined;

  constructor(
    private readonly text: string,
    normalized: string,
    private readonly period: Period | undefined,
  ) {
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
    return { start, groups: [], recurringWord: false, yearly: false, yieldMark: this.yieldCount() };
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
    if (part.yearly) this.repeatYearly(part);
    if (part.recurringWord && part.groups.length === 0 && this.period) {
      this.intervals.push({ start: this.period.start, end: this.period.end, recurring: true });
    }
    if (this.yieldCount() === part.yieldMark) {
      const fragment = this.text.slice(part.start, end).trim();
      if (significant(fragment)) this.issue('unparsed', fragment);
    }
  }

  /**
   * «Август 2023, далее ежегодно»: a month with its year and a yearly word recurs in every later year
   * of P (recurring occurrences). Not for «до …» groups, whole years or cross-year ranges: «ежегодно
   * до 2025 г.» is not «every year after 2025».
   */
  private repeatYearly(part: PartState): void {
    if (!this.period) return;
    const periodEnd = this.period.end;
    for (const g of part.groups) {
      if (!g.ctx || g.ctx.fromPeriod || g.until || g.y1 !== undefined || g.halves) continue;
      if (g.from.m === 1 && g.to.m === 12 && g.from.d === undefined && g.to.d === undefined) continue;
      const last = Math.max(...g.ctx.years);
      for (let y = last + 1; y <= last + MAX_YEARS; y++) {
        const startDay = g.from.d ?? 1;
        if (!isValidDate(y, g.from.m, startDay)) continue;
        const start = iso(y, g.from.m, startDay);
        if (start > periodEnd) break;
        const endDay = g.to.d ?? daysInMonth(y, g.to.m);
        if (!isValidDate(y, g.to.m, endDay) || iso(y, g.to.m, endDay) < start) continue;
        this.intervals.push({ start, end: iso(y, g.to.m, endDay), recurring: true });
      }
    }
  }

  /** «Сентябрь 2022 – май»: the end comes in the next year when its month is earlier. */
  private rolloverEndYear(g: Group): number {
    const y1 = g.y1!;
    const earlier = g.to.m < g.from.m || (g.to.m === g.from.m && (g.to.d ?? 31) < (g.from.d ?? 1));
    return earlier ? y1 + 1 : y1;
  }

  /** Months without a year, read through P (docs/domain.md §9 «Сроки»). */
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
      // «Август-сентябрь» with no year in a school year: the August before it (preparation), not
      // the last August of the year, which would read as a reversed range.
      const preparation = ctx.school && g.y1 === undefined && from.m === 8 && to.m !== 8;
      const startYear = g.y1 ?? (preparation ? y : yearOfMonth(from.m, y, ctx.school));
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
    const next = this.toks[i + 1];
    if (t.kind === 'num' && t.text.length <= 2) {
      // «до 25 числа каждого месяца», «2 раза в год»: the number belongs to the phrase after it.
      if (isWord(next, 'числа', 'число')) {
        this.phraseStart ??= t.start;
        return i + 1;
      }
      if (isWord(next, 'раз', 'раза') && isWord(this.toks[i + 2], 'в', 'во')) {
        this.settle();
        this.phraseStart = t.start;
        return i + 1;
      }
    }
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
    const group: Group = {
      from: { m: first.m, d: first.d },
      to: second ? { m: second.m, d: second.d } : { m: first.m, d: first.d },
      start: toks[i]!.start,
      end: toks[j - 1]!.end,
    };
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
    const ordinal =
      isPunct(dash, '-') && ending?.kind === 'word' && ORDINAL_ENDINGS.has(ending.text) && touching(t, dash) && touching(dash, ending);
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
    const afterPo = isWord(this.toks[i - 1], 'по') && (w === 'окончании' || w === 'завершении');
    if (EDGE_WORDS.has(w) && (afterPo || !isWord(this.toks[i - 1], 'до', 'к', 'ко', 'по', 'с', 'со', 'от'))) {
      const next = this.schoolEdges(i);
      if (next !== undefined) return next;
    }
    if (w.startsWith('итог')) {
      const next = this.results(i);
      if (next !== undefined) return next;
    }
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
        if ((w === 'раз' || w === 'раза') && isWord(this.toks[i + 1], 'в', 'во')) return this.recurring(i, 3);
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

  /** «ежегодно», «каждый месяц» (length 2), «раз в квартал», «2 раза в год» (length 3). */
  private recurring(i: number, length: number): number {
    let j = i + 1;
    while (j < i + length && this.toks[j]?.kind === 'word') j++;
    const start = this.settle();
    this.part.recurringWord = true;
    const words = this.toks.slice(i, j).map((t) => t.text);
    if (
      words[0]!.startsWith('ежегодн') ||
      (words.length > 1 && (words[0]!.startsWith('кажд') || words[0]!.startsWith('раз')) && YEARLY_UNITS.has(words[words.length - 1]!))
    ) {
      this.part.yearly = true;
    }
    this.issue('recurring', this.text.slice(start >= 0 ? start : this.toks[i]!.start, this.toks[j - 1]!.end).trim());
    return j;
  }

  /**
   * «в начале учебного года» → September, «в конце учебного года» → May–June, «в начале и в конце
   * учебного года» → both; read like months without a year (so through P, or through the school
   * year written after them: «в начале 2023-2024 учебного года»). In a multi-year P they recur every
   * year: the phrase names a moment of each school year, it is not an ambiguous year. Returns
   * undefined when no school year follows («в конце года», «начало мероприятия»).
   */
  private schoolEdges(i: number): number | undefined {
    const toks = this.toks;
    const edges: Edge[] = [];
    let j = i;
    for (; j < toks.length; j++) {
      const t = toks[j]!;
      const edge = t.kind === 'word' ? EDGE_OF.get(t.text) : undefined;
      if (edge) edges.push(edge);
      else if (!(isWord(t, 'и', 'в', 'во') || isPunct(t, ','))) break;
    }
    const next = this.schoolYearAt(j);
    if (next === undefined || edges.length === 0) return undefined;
    this.addEdges(edges, i, Math.max(j, next.resume));
    return next.resume;
  }

  /** «по итогам полугодия / четверти / года» recur; «по итогам учебного года» is its end (May–June). */
  private results(i: number): number | undefined {
    const toks = this.toks;
    const t = toks[i + 1];
    if (t?.kind !== 'word') return undefined;
    if (unitOf(t.text) || (YEAR_WORDS.has(t.text) && t.text !== 'г' && t.text !== 'гг')) return this.recurring(i, 2);
    const next = this.schoolYearAt(i + 1);
    if (next === undefined) return undefined;
    this.addEdges(['end'], i, Math.max(i + 1, next.resume));
    return next.resume;
  }

  /**
   * At j: «учебного года» (resume after it) or a school year written out, «2023-2024 учебного года»
   * (resume at the year, which year() then gives to the groups before it).
   */
  private schoolYearAt(j: number): { resume: number } | undefined {
    const toks = this.toks;
    const t = toks[j];
    if (t?.kind === 'word' && classify(t.text) === 'school') {
      const k = skipSchoolWords(toks, j);
      const hasYearWord = k !== undefined && toks.slice(j + 1, k).some((x) => x.kind === 'word' && YEAR_WORDS.has(x.text));
      return hasYearWord ? { resume: k } : undefined;
    }
    if (isYearTok(t)) {
      const y2 = isPunct(toks[j + 1], '-/') ? secondYear(numValue(t), toks[j + 2]) : undefined;
      const k = skipYearWords(toks, y2 !== undefined ? j + 3 : j + 1);
      return skipSchoolWords(toks, k) !== undefined ? { resume: j } : undefined;
    }
    return undefined;
  }

  /** Groups for the edges named from token i to before token j. */
  private addEdges(edges: readonly Edge[], i: number, j: number): void {
    const start = this.phraseStart ?? this.toks[i]!.start;
    const end = this.toks[j - 1]!.end;
    this.part.recurringWord = true;
    this.untilNext = false; // «по итогам учебного года» is its end, not «until» it
    for (const edge of new Set(edges)) {
      const months = edge === 'start' ? { from: { m: 9 }, to: { m: 9 } } : { from: { m: 5 }, to: { m: 6 } };
      this.addGroup({ ...months, start, end });
    }
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
