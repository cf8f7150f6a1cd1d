/** Month expressions of a cell («Сентябрь-октябрь», «I полугодие») and the years they are read in. */
import { iso, type Period } from '../dates';
import { halfMonths, MAX_YEARS } from './lexicon';

/** Years a group is read in. school: each year is the first of a school year (Sep–Dec in it, Jan–Aug in the next). */
export interface YearCtx {
  school: boolean;
  years: number[];
  fromPeriod?: boolean;
}

/** A month expression waiting for, or holding, its year(s). */
export interface Group {
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

export function monthsOf(g: Group, school: boolean): { from: { m: number; d?: number }; to: { m: number; d?: number } } {
  if (!g.halves) return { from: g.from, to: g.to };
  return { from: { m: halfMonths(g.halves[0], school)[0] }, to: { m: halfMonths(g.halves[1], school)[1] } };
}

/** Position of a month in the reading order: Sep = 0 … Aug = 11 for a school year, Jan = 0 for a calendar one. */
export function monthIndex(m: number, school: boolean): number {
  return school ? (m + 3) % 12 : m - 1;
}

export function yearOfMonth(m: number, y: number, school: boolean): number {
  return school && m < 9 ? y + 1 : y;
}

/** Do the groups together cover one unbroken run of months? («Август, сентябрь» yes; «Март, июнь» no.) */
export function contiguous(groups: readonly Group[], school: boolean): boolean {
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

export function periodYears(p: Period): { school: boolean; years: number[] } {
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

export function validPeriod(p: Period | undefined): Period | undefined {
  const shape = (d: string) =>
    typeof d === 'string' && d.length === 10 && d[4] === '-' && d[7] === '-' && !Number.isNaN(Number(d.slice(0, 4)));
  return p && shape(p.start) && shape(p.end) && p.start <= p.end ? p : undefined;
}
