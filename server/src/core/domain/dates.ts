/**
 * Calendar primitives shared by the deadline parser, the period parser and the rules.
 * Dates are ISO strings 'YYYY-MM-DD': they compare correctly as strings and print as JSON.
 */
export type IsoDate = string;

/** A closed interval of days [start, end]. */
export interface Interval {
  start: IsoDate;
  end: IsoDate;
  /** Read from a vague form («в течение учебного года», «постоянно»): it equals the period and
   *  takes no part in chronology checks. */
  vague?: boolean;
  /** One of several occurrences of a recurring deadline («ежегодно», «Март, июнь, сентябрь»). */
  recurring?: boolean;
}

/** The document period P that gives deadlines their context. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
  /** 'school-year': one school year (1 Sep – 31 Aug); 'school-years': several; 'calendar': one or
   *  more calendar years. Decides how a month without a year is read. */
  kind: 'school-year' | 'school-years' | 'calendar';
  /** The text it was read from, for messages. */
  text: string;
  /** «на 2020 – 2024 учебный год»: several school years written as one «учебный год» (kind
   *  'school-years'); set only when true, so a rule can say the title names one year but means four. */
  multiYearSchool?: boolean;
  /** «на период до 2030 года»: only the end is written; the start is assumed (1 January five years
   *  before the end year, see core/domain/deadline/period.ts). Set only when true. */
  startAssumed?: boolean;
}

export function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function monthStart(year: number, month: number): IsoDate {
  return iso(year, month, 1);
}

export function monthEnd(year: number, month: number): IsoDate {
  return iso(year, month, daysInMonth(year, month));
}
