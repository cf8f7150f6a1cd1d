/**
 * The CLI's own counted words: «19 замечаний: 6 ошибок, 6 предупреждений, 7 подсказок». Plural forms
 * and numbers come from the core's `words.ts` (Intl), as everywhere. One word per severity, as in VS Code.
 */
import type { Locale, Severity } from '../core/diagnostic';
import type { Noun } from '../core/words';

export { count, formatNumber, type Noun } from '../core/words';

/** The name of a severity in a message line; VS Code's words in English. */
export const SEVERITY_WORD: Record<Severity, Record<Locale, string>> = {
  error: { ru: 'ошибка', en: 'error' },
  warning: { ru: 'предупреждение', en: 'warning' },
  info: { ru: 'информация', en: 'information' },
  hint: { ru: 'подсказка', en: 'hint' },
};

export const SEVERITY_NOUN: Record<Severity, Noun> = {
  error: { ru: { one: 'ошибка', few: 'ошибки', many: 'ошибок' }, en: { one: 'error', other: 'errors' } },
  warning: { ru: { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений' }, en: { one: 'warning', other: 'warnings' } },
  // «Информация» has no natural count form; the counted noun is its plain plural, kept one word.
  info: { ru: { one: 'информация', few: 'информации', many: 'информаций' }, en: { one: 'information', other: 'information' } },
  hint: { ru: { one: 'подсказка', few: 'подсказки', many: 'подсказок' }, en: { one: 'hint', other: 'hints' } },
};

export const NOUN = {
  remark: { ru: { one: 'замечание', few: 'замечания', many: 'замечаний' }, en: { one: 'problem', other: 'problems' } },
  file: { ru: { one: 'файл', few: 'файла', many: 'файлов' }, en: { one: 'file', other: 'files' } },
} satisfies Record<string, Noun>;
