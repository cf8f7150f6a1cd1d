import { readPairList } from '../workspace/pair-list';
import type { Rule } from './rule';
import { isStageTable } from './table-views';

/**
 * A mentorship-looking document whose kind or profile cannot be told: checks are then guesses.
 * The profile matters only where there are stages to check (a table with a stage column or section
 * rows); a file that is not about mentorship never gets here (analyze drops it).
 *
 * data: { missing: 'kind' | 'profile' }
 */
export const unknownKind: Rule = {
  code: 'unknown-kind',
  defaultSeverity: 'hint',
  fixes: ['front-matter-kind'],
  title: { ru: 'Не определён вид или профиль документа', en: 'Document kind or profile not recognised' },
  check({ model, report }) {
    const at = model.meta.frontMatterSpan ?? model.sections[0]?.span ?? model.tables[0]?.headerSpan ?? { start: 0, end: 0 };
    if (model.meta.kind === 'other' && readPairList(model).length > 0) {
      // An order or a list of pairs: not a plan to rename, but the folder's list the ППН are checked against.
      report({
        span: at,
        severity: 'info',
        message: {
          ru:
            'Это список наставнических пар (например, приказ о закреплении пар): он сверяется с персонализированными ' +
            'программами этой папки, а сам проверен только по оформлению.',
          en:
            'This is a list of mentoring pairs (e.g. an order assigning them): the personalised programmes of this folder ' +
            'are checked against it; the list itself was checked for its form only.',
        },
        data: { missing: 'kind' },
      });
    } else if (model.meta.kind === 'other') {
      report({
        span: at,
        severity: 'info',
        message: {
          ru:
            'Это другой документ о наставничестве: не дорожная карта и не программа, поэтому проверено ' +
            'только оформление. Если это план мероприятий, назовите его в заголовке («# Дорожная карта …», ' +
            '«# План мероприятий …») или укажите в начале документа (front matter) «вид: дорожная карта».',
          en:
            'This is another mentorship document, not a roadmap or a programme: only its form was checked. If it is ' +
            'a plan of activities, say so in the title («# Дорожная карта …») or add front matter «kind: roadmap».',
        },
        data: { missing: 'kind' },
      });
    } else if (model.meta.kindSource === 'content') {
      report({
        span: at,
        message: {
          ru:
            'Вид документа не назван в заголовке; по таблице мероприятий он проверен как дорожная карта (план мероприятий). ' +
            'Если это не так, укажите вид в заголовке или в начале документа (front matter): «вид: программа».',
          en:
            'The title does not name the kind of document; judging by its table of activities it was checked ' +
            'as a roadmap. If it is something else, name it in the title or in front matter («kind: program»).',
        },
        data: { missing: 'kind' },
      });
    } else if (model.meta.kind === 'unknown') {
      report({
        span: at,
        message: {
          ru:
            'Не удалось определить вид документа, поэтому он проверен не полностью. Назовите его в заголовке («# Дорожная ' +
            'карта …», «# Программа наставничества …») или укажите в начале документа (front matter) «вид: дорожная карта».',
          en: 'Cannot tell the kind of this document. Add front matter «kind: roadmap» (or program, municipal) or a title «Дорожная карта …».',
        },
        data: { missing: 'kind' },
      });
    } else if (!model.meta.profile && model.tables.some(isStageTable)) {
      report({
        span: at,
        message: {
          ru:
            'Не удалось определить профиль (педагоги, обучающиеся, муниципальный). Этапы не проверены. ' +
            'Укажите профиль в начале документа (front matter), например «профиль: педагоги».',
          en: 'Cannot tell the profile (teachers, pupils, municipal). Add «profile: teachers» to the front matter so the stages can be checked.',
        },
        data: { missing: 'profile' },
      });
    }
  },
};
