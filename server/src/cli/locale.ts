/** The language of every CLI command, chosen one way (check, scores, model, report, import, export alike). */
import type { Locale } from '../core/diagnostic';
import { ConfigFinder } from './config-files';

/** --locale, then NASTAVNIK_LOCALE, then `locale` of the .nastavnik.json above the working folder, then Russian. */
export function localeFrom(value: string | undefined): Locale {
  const v = value ?? process.env.NASTAVNIK_LOCALE ?? new ConfigFinder().forDir(process.cwd()).loaded.config.locale ?? 'ru';
  return v.toLowerCase().startsWith('en') ? 'en' : 'ru';
}
