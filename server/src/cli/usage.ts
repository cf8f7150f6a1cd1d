/**
 * What `nastavnik --help`, `nastavnik <команда> --help` and `--version` print, which options and
 * values each command takes, and Node's parseArgs errors retold in Russian: a user who mistypes
 * an option gets one short line and where to look, never a stack trace or «Unknown option».
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locale } from '../core/diagnostic';
import { localeFrom } from './locale';
import { EXPORT_USAGE, IMPORT_USAGE } from './word-usage';
import { profileHelp } from './profile-option';
import { REPORT_USAGE } from './report';

export type Command = 'check' | 'scores' | 'model';

/** The formats each command prints; anything else is refused with exit code 2. */
export const FORMATS: Record<Command, readonly string[]> = { check: ['text', 'json', 'sarif'], scores: ['text', 'json'], model: ['json'] };

/** The options each command accepts (names as in parseArgs); another one is refused, not ignored. */
export const OPTIONS: Record<Command, readonly string[]> = {
  check: ['format', 'profile', 'locale', 'quiet', 'verbose', 'color', 'today', 'help'],
  scores: ['format', 'profile', 'locale', 'quiet', 'color', 'today', 'help'],
  model: ['format', 'profile', 'locale', 'help'],
};

const EXIT_CODES = `Коды выхода:
  0 — проверено, ошибок нет
  1 — найдена хотя бы одна ошибка
  2 — неверный вызов, файл или папка не найдены, файл не читается
  3 — ни один файл не проверен (пустые, двоичные файлы, не документы наставничества, в папке нет .md)`;

const COMMON = `      --locale ru|en       язык сообщений (по умолчанию — NASTAVNIK_LOCALE, .nastavnik.json, язык системы (LANG), иначе ru)
  -h, --help               эта справка`;

const HELP: Record<Command, () => string> = {
  check: () => `nastavnik check <файлы|папки|маски…> [параметры]
  Проверяет дорожные карты, программы наставничества и комплексы мер в Markdown (.md).

  -f, --format text|json|sarif   text — для чтения (по умолчанию); json — docs/cli-json.md; sarif — SARIF 2.1.0
  -p, --profile P          профиль для всех документов (см. ниже)
  -q, --quiet              только файлы с замечаниями и непроверенные; без строки «Проверено файлов: N…»
  -v, --verbose            сообщения целиком, не сокращая их по ширине терминала
      --color              цвет в выводе и при выводе не на терминал
      --today ГГГГ-ММ-ДД   дата, с которой сравниваются сроки ППН (по умолчанию — сегодняшняя)
${COMMON}

${profileHelp()}

${EXIT_CODES}`,
  scores: () => `nastavnik scores <файлы|папки…> [параметры]
  Баллы и полнота: показатели эффективности, полнота дорожной карты, целевые показатели, анкеты.

  -f, --format text|json   text — для чтения (по умолчанию); json — computeScores() каждого файла (docs/scores.md)
  -p, --profile P          профиль для всех документов (см. ниже)
  -q, --quiet              без строки «Проверено файлов: N…» на терминале
      --color              цвет в выводе
      --today ГГГГ-ММ-ДД   дата для прогресса ППН: просроченные мероприятия (по умолчанию — сегодняшняя)
${COMMON}

${profileHelp()}

Коды выхода: 0 — готово (замечания на код не влияют); 2 — неверный вызов, файл не найден;
3 — ни один файл не посчитан (пустые, двоичные, не документы наставничества, нет файлов .md).`,
  model: () => `nastavnik model <файл> [параметры]
  Модель документа (вид, профиль, период, разделы, таблицы) в JSON — для разработчиков.

  -f, --format json        единственный вид вывода
  -p, --profile P          профиль документа (см. ниже)
${COMMON}

${profileHelp()}

Коды выхода: 0 — готово; 2 — неверный вызов, файл не найден.`,
};

const COMMON_EN = `      --locale ru|en       language of the messages (default: NASTAVNIK_LOCALE, .nastavnik.json, LANG, else ru)
  -h, --help               this help`;

const EXIT_CODES_EN = `Exit codes:
  0 — checked, no errors
  1 — at least one error
  2 — bad usage, a file or folder not found, a file that cannot be read
  3 — no file was checked (empty or binary files, not mentorship documents, no .md in the folder)`;

const HELP_EN: Record<Command, () => string> = {
  check: () => `nastavnik check <files|folders|globs…> [options]
  Checks roadmaps, mentorship programmes and municipal complexes of measures written in Markdown (.md).

  -f, --format text|json|sarif   text to read (default); json — docs/cli-json.md; sarif — SARIF 2.1.0
  -p, --profile P          profile for every document (see below)
  -q, --quiet              only files with problems and unchecked files; no «Files checked: N…» line
  -v, --verbose            whole messages, not shortened to the terminal's width
      --color              colour even when the output is not a terminal
      --today YYYY-MM-DD   the date personalised programmes' deadlines are judged against (default: today)
${COMMON_EN}

${profileHelp(undefined, 'en')}

${EXIT_CODES_EN}`,
  scores: () => `nastavnik scores <files|folders…> [options]
  Scores and completeness: efficiency indicators, roadmap completeness, target indicators, questionnaires.

  -f, --format text|json   text to read (default); json — computeScores() of each file (docs/scores.md)
  -p, --profile P          profile for every document (see below)
  -q, --quiet              no «Files checked: N…» line on a terminal
      --color              colour in the output
      --today YYYY-MM-DD   the date for personalised programmes' progress: overdue activities (default: today)
${COMMON_EN}

${profileHelp(undefined, 'en')}

Exit codes: 0 — done (problems do not change it); 2 — bad usage, a file not found;
3 — no file was scored (empty or binary files, not mentorship documents, no .md files).`,
  model: () => `nastavnik model <file> [options]
  The document's model (kind, profile, period, sections, tables) as JSON, for developers.

  -f, --format json        the only output format
  -p, --profile P          the document's profile (see below)
${COMMON_EN}

${profileHelp(undefined, 'en')}

Exit codes: 0 — done; 2 — bad usage, the file not found.`,
};

/** A command's own help, in the user's language. */
export function commandHelp(command: Command, locale: Locale = 'ru'): string {
  return locale === 'en' ? HELP_EN[command]() : HELP[command]();
}

export function isCommand(name: string | undefined): name is Command {
  return name === 'check' || name === 'scores' || name === 'model';
}

/** A function, not a constant: report.ts imports this module, so its usage line is read only when printed. */
export const generalUsage = (locale: Locale = 'ru'): string => (locale === 'en' ? generalUsageEn() : generalUsageRu());

/** `nastavnik --help` in full: the commands, then the profiles `--profile` takes. */
export const fullUsage = (locale: Locale = 'ru'): string => `${generalUsage(locale)}\n\n${profileHelp(undefined, locale)}`;

const generalUsageEn = (): string => `Nastavnik — checks mentorship roadmaps and programmes

  nastavnik check <files|folders|globs…> [--format text|json|sarif] [--profile P] [--locale ru|en] [--verbose]
  nastavnik scores <files|folders…> [--format text|json]     scores and completeness of the documents
  nastavnik model <file>                                      the document's model as JSON
  nastavnik report <folder|files…> [--out report.html] [--format html|csv] [--locale ru|en] [--profile P]
  nastavnik import <file.docx|.doc|.odt|.rtf> [--out file.md] [--force] [--format text|json]
  nastavnik export <file.md> [--out file.docx] [--format docx|pdf] [--force] [--profile P] [--locale ru|en]

  nastavnik <command> --help   the command's options and exit codes
  nastavnik --version          the version

${EXIT_CODES_EN.replace(/^Exit codes:/, 'Exit codes of check (other commands have their own: see their --help):')}`;

const generalUsageRu = (): string => `Наставник — проверка дорожных карт и программ наставничества

  nastavnik check <файлы|папки|маски…> [--format text|json|sarif] [--profile P] [--locale ru|en] [--verbose]
  nastavnik scores <файлы|папки…> [--format text|json]     баллы и полнота документов
  nastavnik model <файл>                                    модель документа в JSON
${[REPORT_USAGE, IMPORT_USAGE, EXPORT_USAGE].map((u) => '  ' + u.split('\n')[0]).join('\n')}

  nastavnik <команда> --help   параметры и коды выхода команды
  nastavnik --version          версия

${EXIT_CODES.replace(/^Коды выхода:/, 'Коды выхода check (у других команд свои — см. их --help):')}`;

/** The version in the package.json next to the bundle (dist/..) or above the sources (server/src/cli/../../..). */
export function version(from = __dirname): string {
  for (let dir = from, i = 0; i < 5; dir = dirname(dir), i++) {
    const candidate = join(dir, 'package.json');
    if (!existsSync(candidate)) continue;
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'nastavnik' && pkg.version) return pkg.version;
    } catch {
      // an unreadable package.json: keep looking upward
    }
  }
  return 'неизвестна';
}

/** The locale for an error found while parsing the options themselves: `--locale` as typed, else the environment. */
export function localeBeforeParsing(argv: readonly string[]): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return localeFrom(flag);
}

/** Node's parseArgs error (English, with its own jargon) as one short line in the user's language. */
export function optionError(error: unknown, command: string | undefined, locale: Locale): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  // The option as the user typed it: the last spelling Node quotes («'-f, --format <value>'» → «--format»).
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  const help =
    'nastavnik ' +
    `${command && (isCommand(command) || command === 'report' || command === 'import' || command === 'export') ? command + ' ' : ''}--help`;
  const ru = locale === 'ru';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return ru ? `Неизвестный параметр «${option}». Список параметров: ${help}` : `Unknown option «${option}». See the options: ${help}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message)
      ? ru
        ? `У параметра «${option}» нет значения, например: ${option} json. Справка: ${help}`
        : `Option «${option}» needs a value, e.g. ${option} json. See: ${help}`
      : ru
        ? `Параметр «${option}» пишется без значения. Справка: ${help}`
        : `Option «${option}» takes no value. See: ${help}`;
  }
  return ru ? `Неверные параметры: ${message}. Справка: ${help}` : `Invalid options: ${message}. See: ${help}`;
}
