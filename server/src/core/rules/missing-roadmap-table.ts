import type { Rule } from './rule';
import { normalizeWords } from '../text';

export const missingRoadmapTable: Rule = {
  code: 'missing-roadmap-table',
  defaultSeverity: 'error',
  title: { ru: 'Нет таблицы дорожной карты', en: 'No roadmap table' },
  check({ model, report }) {
    if (model.tables.some((t) => t.kind === 'roadmap')) return;
    const roadmapSection = model.sections.find((s) => s !== model.sections[0] && /дорожн(ая|ой) карт|план мероприятий/.test(normalizeWords(s.title)));
    if (model.meta.kind === 'program' && !roadmapSection) return; // missing-section reports it
    if (model.meta.kind === 'unknown') return;
    report({
      span: roadmapSection?.span ?? model.sections[0]?.span ?? model.meta.frontMatterSpan ?? { start: 0, end: 0 },
      message: {
        ru: 'Не найдена таблица дорожной карты. Добавьте таблицу со столбцами «Этап | Мероприятия | Сроки | Ответственные» (сниппет «дк-педагоги»).',
        en: 'No roadmap table found. Add a table with the columns «Этап | Мероприятия | Сроки | Ответственные» (snippet «roadmap-teachers»).',
      },
    });
  },
};
