/**
 * The language of every CLI command (check, scores, model, report, import, export alike), chosen in the
 * one order of environment/locale.ts: `--locale`, NASTAVNIK_LOCALE, `locale` of the `.nastavnik.json`
 * that applies to the first input (a folder's own, a file's folder's; the working folder's when no input
 * exists yet), the system language (LC_ALL, LC_MESSAGES, LANG), Russian.
 */
import { type Stats, statSync } from 'node:fs';
import type { Locale } from '../core/diagnostic';
import { ConfigLookup } from '../environment/config-lookup';
import { chooseLocale } from '../environment/locale';

/** The `.nastavnik.json` locale for a run over `inputs`: that of the first input that exists, else of the working folder. */
function configLocale(inputs: readonly string[]): string | undefined {
  const lookup = new ConfigLookup();
  for (const input of inputs) {
    let stat: Stats | undefined;
    try {
      stat = statSync(input, { throwIfNoEntry: false });
    } catch {
      stat = undefined; // unreadable: the next input decides
    }
    if (stat) return (stat.isDirectory() ? lookup.forDir(input) : lookup.forFile(input)).loaded.config.locale;
  }
  return lookup.forDir(process.cwd()).loaded.config.locale;
}

export function localeFrom(flag: string | undefined, inputs: readonly string[] = []): Locale {
  return chooseLocale({ flag, config: configLocale(inputs), env: process.env });
}
