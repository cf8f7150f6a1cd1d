/**
 * Numbers and counted nouns in the CLI's own words: «19 замечаний: 6 ошибок, 6 предупреждений,
 * 7 подсказок». Plural forms come from Intl.PluralRules, numbers from Intl.NumberFormat, so «1 234»
 * and «21 ошибка» are right without hand-written rules. One word per severity, as in VS Code.
 */
import type { Locale, Severity } from '../core/diagnostic';

const RULES = { ru: new Intl.PluralRules('ru'), en: new Intl.PluralRules('en') };
const NUMBERS = { ru: new Intl.NumberFormat('ru-RU'), en: new Intl.NumberFormat('en-US') };

/** Forms of a noun by plural category: Russian one / few / many, English one / other. */
export interface Noun {
  ru: { one: string; few: string; many: string };
  en: { one: string; other: string };
}

export function formatNumber(n: number, locale: Locale): string {
  return NUMBERS[locale].format(n);
}

/** «21 ошибка», «3 errors». */
export function count(n: number, noun: Noun, locale: Locale): string {
  const category = RULES[locale].select(n);
  const word =
    locale === 'ru'
      ? category === 'one'
        ? noun.ru.one
        : category === 'few'
          ? noun.ru.few
          : noun.ru.many
      : category === 'one'
        ? noun.en.one
        : noun.en.other;
  return `${formatNumber(n, locale)} ${word}`;
}

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
