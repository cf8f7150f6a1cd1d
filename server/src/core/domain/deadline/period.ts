/**
 * The period of a document, read from its title, a front-matter value or a short preamble line.
 *
 * Forms read (each tested in test/deadline.test.ts and test/deadline-real-world.test.ts):
 *  - «2022-2023 учебный год», «на 2023/2024 учебный год», «2022/23 уч. год» → one school year
 *    (1 September – 31 August), kind 'school-year';
 *  - «2023-2026 учебные годы» → several school years, kind 'school-years';
 *  - «на 2020 – 2024 учебный год» → the same span of school years (2020-09-01 … 2024-08-31), kind
 *    'school-years', with `multiYearSchool: true`: the title says «учебный год» but names four;
 *  - «на 2023 – 2025 гг.», «2021-2024 г.г.», «2021-2024 гг.», «в 2023-2024 годах», «2023-2025» →
 *    calendar years (1 January – 31 December);
 *  - «2024 год», «на 2024», «2024» alone → one calendar year;
 *  - «(сентябрь 2022 г. – май 2024 г.)», «с 01.09.2022 по 31.05.2024» → exactly those months or days
 *    (both ends with their year; at least two months apart — «12.10.2023 – 15.10.2023» is an event).
 *    A span that starts on 1 September is a school one ('school-year' when it ends by the next
 *    31 August, else 'school-years'), any other a calendar one;
 *  - «на период до 2030 года», «до 2030 г.» → ends 31 December 2030. The start is not written and the
 *    core has no clock, so it is assumed to be 1 January five years before the end year (2025-01-01),
 *    flagged `startAssumed: true`. Why five: a school's development programme, the document such an
 *    «until» period usually comes from, runs for up to five years; reading the start as 1 January of
 *    the end year would put every deadline of the earlier years outside the period (false alarms),
 *    and a longer span only weakens the month-without-year reading. Any written period in the same
 *    text is preferred to it.
 * Never a period: a year inside a date («от 18.02.2022», «№ 273-ФЗ от 29.12.2012», «от «30» августа
 * 2024 г.») or a number that is no year.
 * Several candidates: the best score wins, one right after «на» first; then a school-year span, a span
 * of months or days, a calendar span, a single year, an «until» year.
 */
import { daysInMonth, iso, isValidDate, type Period } from '../dates';
import {
  type Endpoint,
  endpointAt,
  isPunct,
  isWord,
  isYearTok,
  MAX_DEADLINE_CHARS,
  monthOf,
  normalize,
  numValue,
  secondYear,
  skipSchoolWords,
  skipYearWords,
  type Tok,
  tokenize,
  touching,
} from './lexicon';

/** Years before the end year that an «until» period («до 2030 года») is assumed to start. */
export const UNTIL_PERIOD_YEARS = 5;

/** Longest span read as a period: a longer one is a typo or a list of unrelated years. */
const MAX_PERIOD_YEARS = 20;

/** Shortest span of months or days read as a period (calendar months from the first to the last). */
const MIN_SPAN_MONTHS = 2;

/** Words that make «2020-2024 …» plural: «учебные годы», «годах». Without them «учебный год» names one year. */
const PLURAL_WORDS = new Set(['учебные', 'учебных', 'учебным', 'учебными', 'годы', 'годов', 'годах', 'годам', 'гг']);

interface Candidate {
  score: number;
  period: Period;
}

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
    let best: Candidate | undefined;
    const consider = (found: Candidate | undefined) => {
      if (found && (!best || found.score > best.score)) best = found;
    };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.kind === 'word' || (t.kind === 'num' && t.text.length <= 2)) consider(spanAt(toks, i, source));
      else if (isYearTok(t) && !yearInDate(toks, i)) consider(periodAt(toks, i, source));
    }
    return best?.period;
  } catch {
    return undefined;
  }
}

function periodAt(toks: readonly Tok[], i: number, source: string): Candidate | undefined {
  const y1 = numValue(toks[i]);
  const bonus = isWord(toks[i - 1], 'на') ? 10 : 0;
  const make = (kind: Period['kind'], start: string, end: string, k: number, score: number, extra?: Partial<Period>): Candidate => ({
    score: score + bonus,
    period: { kind, start, end, text: source.slice(toks[i]!.start, toks[k - 1]!.end).trim(), ...extra },
  });
  if (isPunct(toks[i + 1], '-/')) {
    const y2 = secondYear(y1, toks[i + 2]);
    if (y2 !== undefined && y2 >= y1 && y2 - y1 <= MAX_PERIOD_YEARS) {
      const k = skipYearWords(toks, i + 3);
      const school = skipSchoolWords(toks, k);
      if (school !== undefined && y2 > y1) {
        const plural = toks.slice(i + 3, school).some((t) => t.kind === 'word' && PLURAL_WORDS.has(t.text));
        const extra = y2 - y1 >= 2 && !plural ? { multiYearSchool: true } : undefined;
        return make(y2 === y1 + 1 ? 'school-year' : 'school-years', iso(y1, 9, 1), iso(y2, 8, 31), school, 3, extra);
      }
      if (school === undefined) return make('calendar', iso(y1, 1, 1), iso(y2, 12, 31), k, 2);
    }
  }
  const k = skipYearWords(toks, i + 1);
  const school = skipSchoolWords(toks, k);
  if (school !== undefined) return make('school-year', iso(y1, 9, 1), iso(y1 + 1, 8, 31), school, 1);
  const hasYearWord = toks.slice(i + 1, k).some((t) => t.kind === 'word');
  if (isWord(toks[i - 1], 'до') && (hasYearWord || k === toks.length)) {
    // «на период до 2030 года»: the end only. Scored below any written period.
    const start = toks[i - 1]!.start;
    return {
      score: 0.5,
      period: {
        kind: 'calendar',
        start: iso(y1 - UNTIL_PERIOD_YEARS, 1, 1),
        end: iso(y1, 12, 31),
        text: source.slice(start, toks[k - 1]!.end).trim(),
        startAssumed: true,
      },
    };
  }
  const alone = toks.length === k && i === 0;
  if (hasYearWord || bonus > 0 || alone) return make('calendar', iso(y1, 1, 1), iso(y1, 12, 31), k, 1);
  return undefined;
}

/** An endpoint with its year: «сентябрь 2022 г.», «01.09.2022», «1 сентября 2022 г.». */
function datedEndpoint(toks: readonly Tok[], i: number): (Endpoint & { y: number }) | undefined {
  const e = endpointAt(toks, i);
  if (!e) return undefined;
  if (e.y !== undefined) return { ...e, y: e.y };
  if (e.d === undefined && isYearTok(toks[e.next])) return { ...e, y: numValue(toks[e.next]), next: skipYearWords(toks, e.next + 1) };
  return undefined;
}

/** «сентябрь 2022 г. – май 2024 г.», «с 01.09.2022 по 31.05.2024»: both ends with their years. */
function spanAt(toks: readonly Tok[], i: number, source: string): Candidate | undefined {
  const first = datedEndpoint(toks, i);
  if (!first) return undefined;
  const connector = toks[first.next];
  if (!(isPunct(connector, '-') || isWord(connector, 'по', 'до'))) return undefined;
  const second = datedEndpoint(toks, first.next + 1);
  if (!second) return undefined;
  const d1 = first.d ?? 1;
  if (!isValidDate(first.y, first.m, d1) || !isValidDate(second.y, second.m, 1)) return undefined;
  const d2 = second.d ?? daysInMonth(second.y, second.m);
  if (!isValidDate(second.y, second.m, d2)) return undefined;
  const start = iso(first.y, first.m, d1);
  const end = iso(second.y, second.m, d2);
  // A document runs for months: a few days or weeks («12.10.2023 – 15.10.2023») is an event, not a period.
  const months = second.y * 12 + second.m - (first.y * 12 + first.m);
  if (end <= start || months < MIN_SPAN_MONTHS || second.y - first.y > MAX_PERIOD_YEARS) return undefined;
  const school = first.m === 9 && d1 === 1;
  const kind: Period['kind'] = !school ? 'calendar' : end <= iso(first.y + 1, 8, 31) ? 'school-year' : 'school-years';
  const bonus = isWord(toks[i - 1], 'на') ? 10 : 0;
  return { score: 2.5 + bonus, period: { kind, start, end, text: source.slice(toks[i]!.start, toks[second.next - 1]!.end).trim() } };
}
