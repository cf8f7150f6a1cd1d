/**
 * The rules that look across a school's folder rather than at one document (folder-checks.ts runs
 * them). Their codes are a stable contract like the codes of `rules/index.ts`: settings,
 * `.nastavnik.json` and suppression comments name them the same way.
 */
import type { Message, Severity } from '../diagnostic';

export interface FolderRule {
  code: string;
  defaultSeverity: Severity;
  title: Message;
}

export const PAIR_WITHOUT_PROGRAM = 'pair-without-program';
export const DUPLICATE_PERSONAL_PROGRAM = 'duplicate-personal-program';
export const UNLISTED_PAIR = 'unlisted-pair';
export const PERSONAL_PERIOD_OUTSIDE = 'personal-period-outside';
export const PAIR_NOT_IN_STAFF = 'pair-not-in-staff';

export const FOLDER_RULES: readonly FolderRule[] = [
  {
    code: PAIR_WITHOUT_PROGRAM,
    defaultSeverity: 'warning',
    title: {
      ru: 'У пары из списка наставнических пар нет персонализированной программы в папке',
      en: 'A listed mentoring pair has no personalised programme in the folder',
    },
  },
  {
    code: DUPLICATE_PERSONAL_PROGRAM,
    defaultSeverity: 'warning',
    title: { ru: 'У одной пары две персонализированные программы или больше', en: 'One pair has two or more personalised programmes' },
  },
  {
    code: UNLISTED_PAIR,
    defaultSeverity: 'warning',
    title: {
      ru: 'Персонализированная программа пары, которой нет в списке наставнических пар',
      en: 'A personalised programme of a pair that is not in the list of pairs',
    },
  },
  {
    code: PERSONAL_PERIOD_OUTSIDE,
    defaultSeverity: 'warning',
    title: {
      ru: 'Срок персонализированной программы выходит за период дорожной карты',
      en: 'A personalised programme’s period goes beyond the roadmap’s',
    },
  },
  {
    code: PAIR_NOT_IN_STAFF,
    defaultSeverity: 'warning',
    title: {
      ru: 'Наставника или наставляемого нет в списке сотрудников (staff в .nastavnik.json)',
      en: 'A mentor or mentee is not on the staff list (staff in .nastavnik.json)',
    },
  },
];
