/**
 * `--profile` of the command line: the value as a user types it (an id, a Russian name, any case)
 * → a profile id of the built-in ones or of the `.nastavnik.json` that applies to the inputs and
 * to the working folder. An unknown value is refused before anything is read or printed.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { allProfiles } from '../core/analyze';
import type { Locale } from '../core/diagnostic';
import type { Profile } from '../core/domain/profiles';
import { PROFILE_WORDS, resolveProfileName } from '../core/domain/profile-names';
import { ConfigLookup } from '../environment/config-lookup';

/** Every profile a run may use: built-in, and those of the configs above the working folder and each input. */
export function knownProfiles(inputs: readonly string[], cwd = process.cwd()): Profile[] {
  const finder = new ConfigLookup();
  const byId = new Map<string, Profile>();
  const dirs = [
    cwd,
    ...inputs.map((input) => {
      try {
        if (existsSync(input) && statSync(input).isDirectory()) return resolve(cwd, input);
      } catch {
        // unreadable: its folder's config, as for a file
      }
      return resolve(cwd, input, '..');
    }),
  ];
  for (const dir of dirs) {
    for (const p of allProfiles(finder.forDir(dir).loaded.config)) if (!byId.has(p.id)) byId.set(p.id, p);
  }
  return [...byId.values()];
}

/** «педагоги (teachers), обучающиеся (pupils), муниципальный (municipal), kindergarten» */
export function profileChoices(profiles: readonly Profile[], locale: Locale): string {
  return profiles
    .map((p) => {
      const word = PROFILE_WORDS[p.id];
      if (!word) return p.id;
      return locale === 'ru' ? `${word} (${p.id})` : `${p.id} (${word})`;
    })
    .join(', ');
}

export type ProfileOption = { ok: true; profile: string | undefined } | { ok: false; message: string };

export function readProfileOption(value: string | undefined, inputs: readonly string[], locale: Locale): ProfileOption {
  if (value === undefined) return { ok: true, profile: undefined };
  const profiles = knownProfiles(inputs);
  const id = resolveProfileName(value, profiles);
  if (id) return { ok: true, profile: id };
  const choices = profileChoices(profiles, locale);
  return {
    ok: false,
    message:
      locale === 'ru'
        ? `Неизвестный профиль «${value}». Допустимо: ${choices}; профили рабочей папки задаются в .nastavnik.json (profiles).`
        : `Unknown profile «${value}». Use one of: ${choices}; workspace profiles are defined in .nastavnik.json (profiles).`,
  };
}

/** The `--profile` lines of `--help`, with the profiles of the working folder's `.nastavnik.json`. */
export function profileHelp(cwd = process.cwd(), locale: Locale = 'ru'): string {
  const custom = knownProfiles([], cwd)
    .filter((p) => !PROFILE_WORDS[p.id])
    .map((p) => p.id);
  if (locale === 'en') {
    return [
      `  --profile P  profile for every document: ${allProfiles({})
        .map((p) => p.id)
        .join(', ')}`,
      `               or a profile id of profiles in .nastavnik.json${custom.length ? ` (here: ${custom.join(', ')})` : ''}; any case`,
    ].join('\n');
  }
  const lines = [
    `  --profile P  профиль для всех документов: ${Object.entries(PROFILE_WORDS)
      .map(([id, word]) => `${word} (${id})`)
      .join(', ')}`,
    `               или id профиля из profiles в .nastavnik.json${custom.length ? ` (здесь: ${custom.join(', ')})` : ''}; регистр не важен`,
  ];
  return lines.join('\n');
}
