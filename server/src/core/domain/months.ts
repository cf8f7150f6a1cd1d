/**
 * Month names for what the program writes (labels, completion, fixed deadlines, dates in messages and
 * in Word), one table for all. Reading months in documents is the parser's business
 * (`deadline/lexicon.ts`: stems, case forms, abbreviations).
 */
import type { Locale } from '../diagnostic';

/** Index 0 is January. «март 2026» */
export const MONTHS_RU_NOMINATIVE: readonly string[] = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** «15 марта 2026» */
export const MONTHS_RU_GENITIVE: readonly string[] = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** Short labels for axes and tooltips: «15 мар 2026». */
export const MONTHS_RU_SHORT: readonly string[] = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

export const MONTHS_EN: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const MONTHS_EN_SHORT: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The name of month 1–12: `nominative` «март» / March, `genitive` (after a day) «марта» / March,
 * `short` «мар» / Mar. A month outside 1–12 wraps (0 is December), as axis arithmetic produces.
 */
export function monthName(month: number, locale: Locale, form: 'nominative' | 'genitive' | 'short'): string {
  const i = (((month - 1) % 12) + 12) % 12;
  if (locale === 'en') return (form === 'short' ? MONTHS_EN_SHORT : MONTHS_EN)[i]!;
  return (form === 'short' ? MONTHS_RU_SHORT : form === 'genitive' ? MONTHS_RU_GENITIVE : MONTHS_RU_NOMINATIVE)[i]!;
}
