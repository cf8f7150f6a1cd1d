import type { Rule } from './rule';

export const invalidFrontMatter: Rule = {
  code: 'invalid-front-matter',
  defaultSeverity: 'warning',
  title: { ru: 'Ошибка во front matter', en: 'Front matter problem' },
  check({ model, report }) {
    const span = model.meta.frontMatterSpan;
    if (!span) return;
    for (const p of model.meta.frontMatterProblems ?? []) {
      const message =
        p.message === 'yaml'
          ? { ru: `Front matter не читается как YAML (${p.detail}). Пишите строки вида «период: 2024-2025 учебный год».`, en: `Front matter is not valid YAML (${p.detail}). Write lines like «period: 2024-2025 учебный год».` }
          : p.message === 'unknown-key'
            ? { ru: `Неизвестный ключ «${p.detail}». Допустимы: вид, профиль, период, утверждено, организация.`, en: `Unknown key «${p.detail}». Use kind, profile, period, approved, organization.` }
            : p.message === 'bad-kind'
              ? { ru: `Вид «${p.detail}» не распознан. Укажите «дорожная карта», «программа» или «комплекс мер».`, en: `Kind «${p.detail}» is not recognised. Use roadmap, program or municipal.` }
              : { ru: `Профиль «${p.detail}» не распознан. Укажите «педагоги», «обучающиеся» или «муниципальный».`, en: `Profile «${p.detail}» is not recognised. Use teachers, pupils or municipal.` };
      report({ span, message });
    }
    const fm = model.meta.frontMatter ?? {};
    if (fm.period && model.meta.periodSource !== 'front-matter') {
      report({ span, message: { ru: `Период «${fm.period}» не распознан. Пишите «2024-2025 учебный год» или «2024-2026».`, en: `Period «${fm.period}» is not understood. Write «2024-2025 учебный год» or «2024-2026».` } });
    }
    if (fm.approved && !model.meta.approved) {
      report({ span, message: { ru: `Дата утверждения «${fm.approved}» не распознана. Пишите «2024-08-30» или «30.08.2024».`, en: `Approval date «${fm.approved}» is not understood. Write «2024-08-30» or «30.08.2024».` } });
    }
  },
};
