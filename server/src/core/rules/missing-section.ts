import type { Rule } from './rule';
import { normalizeWords } from '../read/text';

/**
 * Sections of a programme (docs/domain.md §16 «Разделы программы»). Mandatory: the explanatory note, the stages, monitoring
 * and the roadmap — without them a programme cannot be carried out or checked (the reasons are in
 * docs/rules/missing-section.md). The rest are recommended: a warning.
 */
export const PROGRAM_SECTIONS = [
  { id: 'explanatory-note', ru: 'Пояснительная записка', en: 'Explanatory note', mandatory: true, pattern: /пояснительн|цел[ьи] и задач/ },
  { id: 'management', ru: 'Структура управления', en: 'Management structure', mandatory: false, pattern: /структур[аы] управлен/ },
  { id: 'stages', ru: 'Этапы реализации', en: 'Stages', mandatory: true, pattern: /этап/ },
  { id: 'staffing', ru: 'Кадровые условия', en: 'Staffing', mandatory: false, pattern: /кадров/ },
  {
    id: 'forms',
    ru: 'Формы наставничества',
    en: 'Forms of mentorship',
    mandatory: false,
    pattern: /форм[аы] наставничеств|форм\S* (?:и методы )?(?:работы|наставни)|форм\S* и метод/,
  },
  {
    id: 'monitoring',
    ru: 'Мониторинг и оценка результатов',
    en: 'Monitoring and evaluation',
    mandatory: true,
    pattern: /мониторинг|оценк[аи] результат/,
  },
  {
    id: 'criteria',
    ru: 'Критерии эффективности работы наставника',
    en: 'Mentor efficiency criteria',
    mandatory: false,
    pattern: /критери|показател[ьи] эффективност/,
  },
  { id: 'motivation', ru: 'Мотивация и поощрение наставников', en: 'Motivation of mentors', mandatory: false, pattern: /мотивац|поощрен/ },
  {
    id: 'roadmap',
    ru: 'Дорожная карта',
    en: 'Roadmap',
    mandatory: true,
    pattern: /дорожн(ая|ой) карт|план мероприятий|план\S* (?:\S+ ){0,3}(?:работ|становлени|реализаци|наставни)/,
  },
] as const;

/**
 * Reported on the programme's title (else the front matter), once per missing section.
 *
 * data: { section (an id of PROGRAM_SECTIONS), heading (the Russian heading to add) }
 */
export const missingSection: Rule = {
  code: 'missing-section',
  defaultSeverity: 'error',
  fixes: ['add-section'],
  title: { ru: 'Нет раздела программы', en: 'Programme section missing' },
  check({ model, report }) {
    if (model.meta.kind !== 'program') return;
    const titles = model.sections.filter((s) => s.title !== model.meta.title).map((s) => normalizeWords(s.title));
    const at = model.sections.find((s) => s.title === model.meta.title)?.span ?? model.meta.frontMatterSpan ?? { start: 0, end: 0 };
    for (const section of PROGRAM_SECTIONS) {
      if (titles.some((t) => section.pattern.test(t))) continue;
      report({
        span: at,
        severity: section.mandatory ? 'error' : 'warning',
        message: {
          ru:
            `В программе нет ${section.mandatory ? 'обязательного' : 'рекомендуемого'} ` +
            `раздела «${section.ru}». Добавьте заголовок «## ${section.ru}» и текст раздела.`,
          en:
            `The programme has no «${section.ru}» (${section.en}) section (${section.mandatory ? 'mandatory' : 'recommended'}). ` +
            `Add a heading «## ${section.ru}» and its content.`,
        },
        data: { section: section.id, heading: section.ru },
      });
    }
  },
};
