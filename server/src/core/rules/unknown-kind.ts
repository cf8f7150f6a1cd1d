import type { Rule } from './rule';

/** A mentorship-looking document whose kind or profile cannot be told: checks are then guesses. */
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
          ru: 'Не удалось определить вид документа. Добавьте в начало front matter «вид: дорожная карта» (или «программа», «комплекс мер») либо заголовок «Дорожная карта …».',
          en: 'Cannot tell the kind of this document. Add front matter «kind: roadmap» (or program, municipal) or a title «Дорожная карта …».',
        },
        data: { fix: 'add-front-matter' },
      });
    } else if (!model.meta.profile && model.tables.some((t) => t.kind === 'roadmap')) {
      report({
        span: at,
        message: {
          ru: 'Не удалось определить профиль (педагоги, обучающиеся, муниципальный). Укажите «профиль: педагоги» во front matter — тогда этапы будут проверены.',
          en: 'Cannot tell the profile (teachers, pupils, municipal). Add «profile: teachers» to the front matter so the stages can be checked.',
        },
        data: { fix: 'add-front-matter' },
      });
    }
  },
};
