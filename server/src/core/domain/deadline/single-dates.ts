/** Single dates: the approval date of a title page, and an interval written out for people. */
import { type Interval, iso, type IsoDate, isValidDate } from '../dates';
import { monthName } from '../months';
import { endpointAt, MAX_DEADLINE_CHARS, normalize, tokenize } from './lexicon';

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

function formatDate(d: IsoDate, locale: 'ru' | 'en'): string {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  if (d.length !== 10 || !isValidDate(y, m, day)) return d;
  return `${day} ${monthName(m, locale, 'genitive')} ${y}`;
}

/** «1 сентября 2023 – 31 октября 2023»; a single day is written once. */
export function formatInterval(i: Interval, locale: 'ru' | 'en'): string {
  const start = formatDate(i.start, locale);
  return i.start === i.end ? start : `${start} – ${formatDate(i.end, locale)}`;
}
