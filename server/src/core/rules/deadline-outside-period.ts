import { formatInterval } from '../domain/deadline';
import type { IsoDate } from '../domain/dates';
import { readPersonalProgramme } from '../domain/personal';
import type { Period } from '../domain/dates';
import { quoted } from './rule';
import { rowRule } from './row-rule';
import { filledDeadline, isPlanTable } from './table-views';

/**
 * Wholly outside the period: a warning. Running past its end: a hint. Starting before the period
 * and ending inside it is normal preparation (examples/000 starts in August) and is not reported. So is,
 * at most as a hint, a preparation month right before the period («Август 2023» in a plan for the
 * 2023/2024 school year) and a cell that also names dates inside the period («Август 2023, далее
 * ежегодно»): real plans write both, and the period is kept.
 *
 * data: { table, row, start, end (ISO dates of the interval reported), position: 'outside' | 'past-end' }
 */
export const deadlineOutsidePeriod = rowRule({
  code: 'deadline-outside-period',
  defaultSeverity: 'warning',
  title: { ru: 'Срок вне периода', en: 'Deadline outside the period' },
  rows: {
    facts(table, { model, text }): Period | undefined {
      if (!isPlanTable(table)) return undefined;
      // A personalised programme may name its period in a head line under a heading («Срок реализации: …»).
      return model.meta.period ?? (model.meta.kind === 'personal' ? readPersonalProgramme(model, text).period?.period : undefined);
    },
    key: (period) => `${period.start}|${period.end}|${period.text}`,
    judge(row, table, period, _context, out) {
      const deadline = filledDeadline(row);
      if (!deadline) return;
      const { cell, parsed } = deadline;
      const concrete = parsed.intervals.filter((i) => !i.vague);
      const outside = concrete.find((i) => i.end < period.start || i.start > period.end);
      const pastEnd = concrete.find((i) => i.start <= period.end && i.end > period.end);
      const hit = outside ?? pastEnd;
      if (!hit) return;
      const alsoInside = concrete.some((i) => i.end >= period.start && i.start <= period.end);
      const justBefore = outside !== undefined && outside.end < period.start && daysBetween(outside.end, period.start) <= 31;
      out.push({
        span: cell.span,
        severity: outside && !alsoInside && !justBefore ? undefined : 'hint',
        message: {
          ru:
            `Срок ${quoted(cell.text)} (${formatInterval(hit, 'ru')}) ` +
            `${outside ? 'лежит вне периода' : 'выходит за конец периода'} документа «${period.text}». ` +
            'Проверьте год или период.',
          en:
            `Deadline ${quoted(cell.text)} (${formatInterval(hit, 'en')}) ${outside ? 'lies outside' : 'runs past the end of'} ` +
            `the document period «${period.text}». Check the year or the period.`,
        },
        data: { table: table.index, row: row.index, start: hit.start, end: hit.end, position: outside ? 'outside' : 'past-end' },
      });
    },
  },
});

function daysBetween(a: IsoDate, b: IsoDate): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}
