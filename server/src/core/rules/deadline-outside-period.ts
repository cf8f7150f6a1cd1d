import { formatInterval } from '../domain/deadline';
import type { IsoDate } from '../domain/dates';
import { readPersonalProgramme } from '../domain/personal';
import { CellVerdicts } from './cell-verdicts';
import type { Report, Rule } from './rule';
import { quoted } from './rule';
import { deadlineCells } from './table-views';

/**
 * Wholly outside the period: a warning. Running past its end: a hint. Starting before the period
 * and ending inside it is normal preparation (examples/000 starts in August) and is not reported. So is,
 * at most as a hint, a preparation month right before the period («Август 2023» in a plan for the
 * 2023/2024 school year) and a cell that also names dates inside the period («Август 2023, далее
 * ежегодно»): real plans write both, and the period is kept.
 *
 * data: { table, row, start, end (ISO dates of the interval reported), position: 'outside' | 'past-end' }
 */
export const deadlineOutsidePeriod: Rule = {
  code: 'deadline-outside-period',
  defaultSeverity: 'warning',
  title: { ru: 'Срок вне периода', en: 'Deadline outside the period' },
  check({ model, text, report, reusesCells = false }) {
    // A personalised programme may name its period in a head line under a heading («Срок реализации: …»).
    const period = model.meta.period ?? (model.meta.kind === 'personal' ? readPersonalProgramme(model, text).period?.period : undefined);
    if (!period) return;
    for (const { table, row, cell, parsed } of deadlineCells(model)) {
      const deps = [table.index, row.index, parsed, period.start, period.end, period.text];
      const found = verdicts.of(reusesCells, cell, deps, (): Report | undefined => {
        const concrete = parsed.intervals.filter((i) => !i.vague);
        const outside = concrete.find((i) => i.end < period.start || i.start > period.end);
        const pastEnd = concrete.find((i) => i.start <= period.end && i.end > period.end);
        const hit = outside ?? pastEnd;
        if (!hit) return undefined;
        const alsoInside = concrete.some((i) => i.end >= period.start && i.start <= period.end);
        const justBefore = outside !== undefined && outside.end < period.start && daysBetween(outside.end, period.start) <= 31;
        return {
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
        };
      });
      if (found) report(found);
    }
  },
};

function daysBetween(a: IsoDate, b: IsoDate): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

const verdicts = new CellVerdicts<Report | undefined>();
