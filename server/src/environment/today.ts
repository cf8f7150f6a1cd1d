/**
 * Today's date as the user sees it (local time zone), for completion, quick fixes and reports. The core
 * reads no clock: it is given this. `--today` (the CLI's `report`) and tests set it instead.
 */
import { type IsoDate, iso, isValidDate } from '../core/domain/dates';

/** Today in the local time zone as YYYY-MM-DD (not `toISOString()`, which is UTC: wrong after 21:00 in Moscow). */
export function localToday(now: Date = new Date()): IsoDate {
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A date typed by the user (`--today 2025-11-20`) as IsoDate; undefined when it is not a real YYYY-MM-DD date. */
export function parseToday(text: string): IsoDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? iso(y, mo, d) : undefined;
}
