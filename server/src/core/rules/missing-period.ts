import type { Rule } from './rule';

/**
 * A mentorship document with no period in the front matter or the title (examples/003). Reported on
 * the front matter, else the title. The fix writes a front matter with a candidate period.
 */
export const missingPeriod: Rule = {
  code: 'missing-period',
  defaultSeverity: 'warning',
  fixes: ['front-matter-period'],
  title: { ru: 'Не указан период', en: 'No period' },
  check({ model, report }) {
    // A regulation or an order has no period of its own; only plans do.
    if (model.meta.kind === 'unknown' || model.meta.kind === 'other' || model.meta.period) return;
    // A pair's programme names its period in its own line: personal-missing-field reports it.
    if (model.meta.kind === 'personal') return;
    const title = model.sections.find((s) => s.title === model.meta.title);
    report({
      span: model.meta.frontMatterSpan ?? title?.span ?? model.sections[0]?.span ?? { start: 0, end: 0 },
      message: {
        ru:
          'Не указан период реализации, поэтому сроки нельзя проверить. Допишите его в заголовок («на ' +
          '2024-2025 учебный год») или в начало документа (front matter): «период: 2024-2025 учебный год».',
        en:
          'No period. Add it to the title («на 2024-2025 учебный год») or to the front ' +
          'matter («period: 2024-2025 учебный год»): deadlines cannot be checked without it.',
      },
    });
  },
};
