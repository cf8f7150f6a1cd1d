/**
 * The language of messages, chosen one way by the CLI, the language server and the VS Code client.
 * The first source that names a language wins:
 *
 * 1. an explicit choice for this run: `--locale` on the command line;
 * 2. the user's setting: `nastavnik.locale` in the editor (`auto` says nothing), else the
 *    `NASTAVNIK_LOCALE` environment variable — the same setting for programs without editor settings
 *    (the CLI, a server started by Neovim or Emacs);
 * 3. `locale` in the `.nastavnik.json` that applies (to the document; in the CLI, to the first input);
 * 4. the editor's display language (VS Code's `vscode.env.language`, the LSP `initialize` `locale`);
 * 5. the system language: `LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them (`C` and `POSIX` say nothing);
 * 6. Russian.
 *
 * A value starting with `en` (`en`, `en-US`, `en_GB.UTF-8`) means English; any other named language, Russian
 * (the documents are Russian, and Russian is the product's first language).
 */
import type { Locale } from '../core/diagnostic';

/** The environment variables read (a test passes its own; the default is the process's). */
export type LocaleEnv = Readonly<Record<string, string | undefined>>;

export interface LocaleSources {
  /** `--locale` as typed. */
  flag?: string;
  /** The editor's `nastavnik.locale` (`auto` or absent: no choice). */
  setting?: string;
  /** `locale` of the `.nastavnik.json` that applies. */
  config?: string;
  /** The editor's display language. */
  editor?: string;
  env?: LocaleEnv;
}

/** The language a value names; undefined when it names none (absent, empty, `auto`, `C`, `POSIX`). */
export function localeOf(value: string | undefined): Locale | undefined {
  const v = value?.trim().toLowerCase();
  if (!v || v === 'auto' || v === 'c' || v.startsWith('c.') || v === 'posix') return undefined;
  return v.startsWith('en') ? 'en' : 'ru';
}

/** The system language from POSIX locale variables: LC_ALL overrides LC_MESSAGES, which overrides LANG. */
export function systemLocale(env: LocaleEnv): Locale | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return localeOf(value); // the first one set decides, even if it says `C`
  }
  return undefined;
}

export function chooseLocale(sources: LocaleSources): Locale {
  const env = sources.env ?? process.env;
  return (
    localeOf(sources.flag) ??
    localeOf(sources.setting) ??
    localeOf(env.NASTAVNIK_LOCALE) ??
    localeOf(sources.config) ??
    localeOf(sources.editor) ??
    systemLocale(env) ??
    'ru'
  );
}
