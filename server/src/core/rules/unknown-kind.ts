import type { Rule } from './rule';
import { isStageTable } from './helpers';

/**
 * A mentorship-looking document whose kind or profile cannot be told: checks are then guesses.
 * The profile matters only where there are stages to check (a table with a stage column or section
 * rows); a file that is not about mentorship never gets here (analyze drops it).
 *
 * data: { fix: 'add-front-matter', missing: 'kind' | 'profile' }
 */
export const unknownKind: Rule = {
  code: 'unknown-kind',
  defaultSeverity: 'hint',
  title: { ru: 'Не определён вид или профиль документа', en: 'Document kind or profile not recognised' },
  check({ model, report }) {
    const at = model.meta.frontMatterSpan ?? model.sections[0]?.span ?? model.tables[0]?.headerSpan ?? { start: 0, end: 0 };
    if (model.meta.kind === 'unknown') {
      report({
        span: at,
        message: {
          ru: 'Не удалось определить вид документа, поэтому он проверен не полностью. Назовите его в заголовке («# Дорожная карта …», «# Программа наставничества …») или укажите в начале документа (front matter) «вид: дорожная карта».',
          en: 'Cannot tell the kind of this document. Add front matter «kind: roadmap» (or program, municipal) or a title «Дорожная карта …».',
        },
        data: { fix: 'add-front-matter', missing: 'kind' },
      });
    } else if (!model.meta.profile && model.tables.some(isStageTable)) {
      report({
        span: at,
        message: {
          ru: 'Не удалось определить профиль (педагоги, обучающиеся, муниципальный). Этапы не проверены. Укажите профиль в начале документа (front matter), например «профиль: педагоги».',
          en: 'Cannot tell the profile (teachers, pupils, municipal). Add «profile: teachers» to the front matter so the stages can be checked.',
        },
        data: { fix: 'add-front-matter', missing: 'profile' },
      });
    }
  },
};
