import type { Rule } from './rule';

/**
 * Problems of the YAML front matter: not YAML, an unknown key, a kind, profile, period or approval
 * date that cannot be read. Reported on the front matter block.
 *
 * data: { key?, value? } — the key concerned and its value as written, when there is one.
 */
export const invalidFrontMatter: Rule = {
  code: 'invalid-front-matter',
  defaultSeverity: 'warning',
  title: { ru: 'Ошибка в настройках в начале документа (front matter)', en: 'Front matter problem' },
  check({ model, report }) {
    const span = model.meta.frontMatterSpan;
    if (!span) return;
    for (const p of model.meta.frontMatterProblems ?? []) {
      const message =
        p.message === 'yaml'
          ? {
              ru:
                'Блок настроек в начале документа (front matter, между строками «---») не читается. ' +
                'Пишите каждую настройку отдельной строкой: «период: 2024-2025 учебный год».',
              en: `The front matter is not valid YAML (${p.detail}). Write one setting per line: «period: 2024-2025 учебный год».`,
            }
          : p.message === 'too-long'
            ? {
                ru:
                  'Блок настроек в начале документа (front matter, между строками «---») длиннее ' +
                  '200 строк или 20 000 символов и не прочитан. Оставьте в нём только несколько ' +
                  'строк «ключ: значение»: вид, профиль, период, утверждено, организация.',
                en:
                  `The front matter is too long (${p.detail}) and was not read. Keep only a ` +
                  'few «key: value» lines: kind, profile, period, approved, organization.',
              }
            : p.message === 'unknown-key'
              ? {
                  ru:
                    `Неизвестная настройка «${p.detail}» в начале документа. Исправьте название ` +
                    'или удалите строку; допустимы: вид, профиль, период, утверждено, организация.',
                  en: `Unknown front matter key «${p.detail}». Use kind, profile, period, approved, organization.`,
                }
              : p.message === 'bad-kind'
                ? {
                    ru: `Вид документа «${p.detail}» не распознан. Укажите «дорожная карта», «программа» или «комплекс мер».`,
                    en: `Kind «${p.detail}» is not recognised. Use roadmap, program or municipal.`,
                  }
                : {
                    ru: `Профиль «${p.detail}» не распознан. Укажите «педагоги», «обучающиеся» или «муниципальный».`,
                    en: `Profile «${p.detail}» is not recognised. Use teachers, pupils or municipal.`,
                  };
      const key =
        p.message === 'yaml' || p.message === 'too-long'
          ? undefined
          : p.message === 'unknown-key'
            ? p.detail
            : p.message === 'bad-kind'
              ? 'kind'
              : 'profile';
      report({ span, message, data: key === undefined ? undefined : p.message === 'unknown-key' ? { key } : { key, value: p.detail } });
    }
    const fm = model.meta.frontMatter ?? {};
    if (fm.period && model.meta.periodSource !== 'front-matter') {
      report({
        span,
        message: {
          ru: `Период «${fm.period}» не распознан. Пишите «2024-2025 учебный год» или «2024-2026».`,
          en: `Period «${fm.period}» is not understood. Write «2024-2025 учебный год» or «2024-2026».`,
        },
        data: { key: 'period', value: fm.period },
      });
    }
    if (fm.approved && !model.meta.approved) {
      report({
        span,
        message: {
          ru: `Дата утверждения «${fm.approved}» не распознана. Пишите «2024-08-30» или «30.08.2024».`,
          en: `Approval date «${fm.approved}» is not understood. Write «2024-08-30» or «30.08.2024».`,
        },
        data: { key: 'approved', value: fm.approved },
      });
    }
  },
};
