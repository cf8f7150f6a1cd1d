/**
 * Numbers and counted nouns in messages: «21 ошибка», «3 строки», «1 234 символа», «1,5 балла». Plural
 * categories come from Intl.PluralRules and numbers from Intl.NumberFormat, so the hard cases (11–14,
 * 111, fractions) are right without hand-written rules. Pure: Intl reads no file and no clock.
 */
import type { Locale } from './diagnostic';

const RULES: Record<Locale, Intl.PluralRules> = { ru: new Intl.PluralRules('ru'), en: new Intl.PluralRules('en') };
const NUMBERS: Record<Locale, Intl.NumberFormat> = { ru: new Intl.NumberFormat('ru-RU'), en: new Intl.NumberFormat('en-US') };

/**
 * Russian forms of a noun after a number: one «балл» (1, 21), few «балла» (2–4, 22), many «баллов»
 * (0, 5–20, 25). A fraction takes the genitive singular («1,5 балла»), which is the few form unless given.
 */
export interface RussianForms {
  one: string;
  few: string;
  many: string;
  other?: string;
}

/** Forms of a noun in both languages: English has one «error» and other «errors». */
export interface Noun {
  ru: RussianForms;
  en: { one: string; other: string };
}

/** The Russian form for n: plural(2, 'балл', 'балла', 'баллов') → «балла». */
export function plural(n: number, one: string, few: string, many: string, other: string = few): string {
  switch (RULES.ru.select(n)) {
    case 'one':
      return one;
    case 'few':
      return few;
    case 'many':
      return many;
    default:
      return other;
  }
}

/** The form of a noun for n in a locale, without the number. */
export function nounFor(n: number, noun: Noun, locale: Locale): string {
  if (locale === 'en') return RULES.en.select(n) === 'one' ? noun.en.one : noun.en.other;
  const f = noun.ru;
  return plural(n, f.one, f.few, f.many, f.other);
}

/** A number as the locale writes it: «1 234,5» (with a no-break space), «1,234.5». */
export function formatNumber(n: number, locale: Locale): string {
  return NUMBERS[locale].format(n);
}

/** The number and its noun: «21 ошибка», «3 errors». */
export function count(n: number, noun: Noun, locale: Locale): string {
  return `${formatNumber(n, locale)} ${nounFor(n, noun, locale)}`;
}

/** The number and its English noun: countEn(3, 'row', 'rows') → «3 rows». */
export function countEn(n: number, one: string, other: string): string {
  return `${formatNumber(n, 'en')} ${RULES.en.select(n) === 'one' ? one : other}`;
}

/** The number and its Russian noun: countRu(5, 'строка', 'строки', 'строк') → «5 строк». */
export function countRu(n: number, one: string, few: string, many: string): string {
  return `${formatNumber(n, 'ru')} ${plural(n, one, few, many)}`;
}
