/**
 * Russian deadline cells («Сроки») → sets of day intervals, read in the context of the document
 * period P (docs/domain.md §9 «Сроки», §8 «Период»); plus single approval dates. The public face of the deadline modules:
 * lexicon.ts (tokens and words), cell-reader.ts (the pass over a cell), month-groups.ts (months and
 * their years), merge-intervals.ts, period.ts (the period of a title, `parsePeriod`), single-dates.ts
 * (`parseRussianDate`, `formatInterval`), status.ts (what a cell amounts to for check, scores, preview and report: `deadlineStatus`).
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
 *    above («Февраль<br>2023 года», examples/004).
 *  - Groups still without a year at the end of their part are read through P (docs/domain.md §9 «Сроки», «Ноябрь-декабрь»).
 *
 * Decisions the domain itself leaves open (listed in docs/domain.md §9 «Сроки», tested in
 * test/deadline.test.ts):
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
 *    года»: interval = P, vague: true. «ежегодно», «ежемесячно», «раз в …», «2 раза в год», «каждый
 *    …», «до 25 числа каждого месяца», «по итогам полугодия / четверти / года»: interval = P,
 *    recurring: true, flag 'recurring' (with months in the same part: those months every year).
 *  - A yearly word next to a month with its year («Август 2023, далее ежегодно», «Ежегодно, начиная
 *    с сентября 2023»): that month, then the same month of every later year of P (recurring: true).
 *    Not for «до …», whole years or cross-year ranges («ежегодно до 2025 г.» stays as it is).
 *  - «в начале учебного года» = September, «в конце учебного года» / «по итогам учебного года» =
 *    May–June: months without a year, read through P (every year of a multi-year P, flagged
 *    'recurring', not 'ambiguous-year') or through a school year written after them. «до / к концу
 *    учебного года» stays vague (= P).
 *  - «по отдельному плану», «по мере необходимости», «по запросу», «по графику», «по плану ОО», «при
 *    необходимости» …: 'not-a-deadline' when the cell has no other reading (the vague-deadline hint:
 *    a vague deadline, not a missing one); next to a real deadline (in parentheses or not) they only
 *    add 'vague'.
 *  - Empty or blank text: no intervals and no flags (an empty cell is the caller's concern). Any
 *    other text that yields nothing, or a part of a cell that yields nothing, is 'unparsed'.
 *    Text beyond MAX_DEADLINE_CHARS is not read and is reported as 'unparsed'.
 */
import type { Period } from '../dates';
import { CellReader } from './cell-reader';
import { MAX_DEADLINE_CHARS, normalize } from './lexicon';
import { mergeIntervals } from './merge-intervals';
import { validPeriod } from './month-groups';
import { type DeadlineFlag, type DeadlineIssue, FLAG_ORDER, type ParsedDeadline } from './parsed-deadline';

export { MAX_DEADLINE_CHARS } from './lexicon';
export { type DeadlineFlag, type DeadlineIssue, FLAG_ORDER, type ParsedDeadline } from './parsed-deadline';
export { parsePeriod, UNTIL_PERIOD_YEARS } from './period';
export { formatInterval, parseRussianDate } from './single-dates';
export { deadlineStatus, hasDeadline, isUnparsed, vagueKind, type DeadlineStatus, type VagueKind } from './status';

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
