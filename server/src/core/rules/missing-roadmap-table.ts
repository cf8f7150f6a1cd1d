import type { Rule } from './rule';
import { normalizeWords } from '../read/text';

/**
 * A roadmap (or a programme's roadmap section) without a table that reads as a roadmap. A programme
 * without any roadmap section is left to missing-section. Reported on the roadmap heading, else the title.
 *
 * data: { profile? }
 */
export const missingRoadmapTable: Rule = {
  code: 'missing-roadmap-table',
  defaultSeverity: 'error',
  fixes: ['insert-roadmap-table'],
  title: { ru: 'Нет таблицы дорожной карты', en: 'No roadmap table' },
  check({ model, report }) {
    if (model.tables.some((t) => t.kind === 'roadmap')) return;
    const roadmapSection = model.sections.find(
      (s) => s !== model.sections[0] && /дорожн(ая|ой) карт|план мероприятий/.test(normalizeWords(s.title)),
    );
    if (model.meta.kind === 'program' && !roadmapSection) return; // missing-section reports it
    if (model.meta.kind === 'unknown' || model.meta.kind === 'other') return; // no plan is expected
    if (model.meta.kind === 'personal') return; // its plan is no roadmap: personal-missing-field reports it
    report({
      span: roadmapSection?.span ?? model.sections[0]?.span ?? model.meta.frontMatterSpan ?? { start: 0, end: 0 },
      message: {
        ru: 'Не найдена таблица дорожной карты. Добавьте таблицу со столбцами «Этап | Мероприятия | Сроки | Ответственные» (сниппет «дк-педагоги»).',
        en: 'No roadmap table found. Add a table with the columns «Этап | Мероприятия | Сроки | Ответственные» (snippet «roadmap-teachers»).',
      },
      data: { ...(model.meta.profile ? { profile: model.meta.profile } : {}) },
    });
  },
};
