import type { IsoDate } from '../domain/dates';
import { readPersonalProgramme } from '../domain/personal';
import type { Rule } from './rule';
import { quoted } from './rule';

/** The date `months` calendar months after `date`, the day before (01.09 + 3 → 30.11: three whole months). */
function monthsLater(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  return t.toISOString().slice(0, 10);
}

/** Whole months from start to end, for the message (a started month counts). */
function monthsBetween(start: IsoDate, end: IsoDate): number {
  const [y1, m1] = start.split('-').map(Number) as [number, number];
  const [y2, m2] = end.split('-').map(Number) as [number, number];
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

/**
 * A personalised programme runs from three months to one year (docs/domain.md §17): a period shorter
 * or longer is reported on the period as written. A school year (1 September – 31 August) is a year.
 *
 * data: { start, end, months, problem: 'short' | 'long' }
 */
export const personalPeriodLength: Rule = {
  code: 'personal-period-length',
  defaultSeverity: 'warning',
  title: { ru: 'Срок персонализированной программы вне 3–12 месяцев', en: 'Personalised programme period not 3–12 months' },
  check({ model, text, report }) {
    if (model.meta.kind !== 'personal') return;
    const found = readPersonalProgramme(model, text).period;
    if (!found || found.period.startAssumed) return;
    const { start, end, text: written } = found.period;
    const short = end < monthsLater(start, 3);
    const long = end > monthsLater(start, 12);
    if (!short && !long) return;
    const months = monthsBetween(start, end);
    report({
      span: found.span,
      message: short
        ? {
            ru:
              `Срок программы ${quoted(written)} короче трёх месяцев. Персонализированная ` +
              'программа рассчитана на срок от 3 месяцев до 1 года: проверьте даты.',
            en:
              `The period ${quoted(written)} is shorter than three months. ` +
              'A personalised programme runs from three months to a year: check the dates.',
          }
        : {
            ru:
              `Срок программы ${quoted(written)} — ${months} мес., больше года. Персонализированная программа ` +
              'рассчитана на срок от 3 месяцев до 1 года: проверьте даты, сократите срок или составьте новую программу на следующий год.',
            en:
              `The period ${quoted(written)} is ${months} months, more than a year. A personalised programme ` +
              'runs from three months to a year: check the dates, shorten it or write a new programme for the next year.',
          },
      data: { start, end, months, problem: short ? 'short' : 'long' },
    });
  },
};
