/** A cell's intervals sorted, with touching or overlapping spans of the same kind merged. */
import type { Interval, IsoDate } from '../dates';

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
export function mergeIntervals(list: Interval[]): Interval[] {
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
