/**
 * `nastavnik` command line: check, model, scores. Files, folders, globs and `.nastavnikignore` are
 * found by unified-engine's finder (find-files.ts); each file is read, analysed by the core exactly
 * once and reduced to what the report prints before the next one is read (check-files.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { analyze } from '../core/analyze';
import type { Locale } from '../core/diagnostic';
import { LineIndex } from '../core/read/text';
import { isBatchWorker, runBatchWorker } from './batch';
import { checkFiles } from './check-files';
import { findFiles } from './find-files';
import { checkReport } from './check-report';
import type { ReportedDiagnostic } from './file-report';
import { folderFindings } from './folder-checks';
import { writeInChunks } from './json-pieces';
import { ConfigLookup, type FoundConfig } from '../environment/config-lookup';
import { localToday, parseToday } from '../environment/today';
import type { ConfigFileProblems } from './output';
import { isFolder, noMarkdownMessage } from './unchecked';
import { readProfileOption } from './profile-option';
import { useOracleParse } from '../core/read/fast-parse';
import { localeFrom } from './locale';
import { runReport } from './report';
import { commandHelp, FORMATS, fullUsage, isCommand, localeBeforeParsing, OPTIONS, optionError, version } from './usage';

type Format = 'text' | 'json' | 'sarif';

interface CheckOptions {
  format: Format;
  profile?: string;
  locale: Locale;
  quiet: boolean;
  color: boolean;
  verbose: boolean;
  scoresOnly?: boolean;
  /** The date personalised programmes' deadlines are judged against: `--today`, else the local date. */
  today?: string;
}

/** Exit status when files were found but none of them could be checked (docs/cli-json.md). */
export const EXIT_NOTHING_CHECKED = 3;

/** Glob characters: such an argument is a pattern, not a path that must exist. */
const GLOB = /[*?[\]{}!]/;

/** Progress goes to stderr, only on a terminal, and only once a run is long enough to need it. */
const PROGRESS_FROM = 10;

async function check(inputs: string[], options: CheckOptions): Promise<number> {
  const ru = options.locale === 'ru';
  const missing = inputs.filter((f) => !GLOB.test(f) && !existsSync(f));
  for (const f of missing) {
    process.stderr.write(ru ? `Не найден файл или папка «${f}». Проверьте путь.\n` : `File or folder «${f}» not found. Check the path.\n`);
  }
  const files = inputs.filter((f) => !missing.includes(f));
  if (files.length === 0) return 2;

  const configs = new ConfigLookup();
  const tty = process.stderr.isTTY === true && !options.quiet;
  let progressShown = false;
  const progress = (n: number) => {
    if (!tty || n < PROGRESS_FROM) return;
    progressShown = true;
    process.stderr.write(ru ? `\rПроверено файлов: ${n}…` : `\rFiles checked: ${n}…`);
  };
  const cwd = process.cwd();
  const found = await findFiles(files, cwd);
  const { entries, unreadable, configsUsed } = await checkFiles(
    found,
    {
      profile: options.profile,
      today: options.today,
      // Only the JSON and `nastavnik scores` print scores; the text report and SARIF never compute them.
      scores: options.scoresOnly === true || options.format === 'json',
      cwd,
      workerEntry: __filename,
    },
    configs,
    progress,
  );
  const checked = entries.flatMap((e) => ('checked' in e ? [e.checked] : []));
  const unchecked = entries.flatMap((e) => ('unchecked' in e ? [e.unchecked] : []));
  // Pairs and their programmes across each school's folder (docs/domain.md §18 «Наставнические пары»).
  const findings = options.scoresOnly
    ? new Map<string, ReportedDiagnostic[]>()
    : folderFindings(checked, (path) => configs.forFile(path).loaded.config);
  // The settings of the files analysed: an empty or binary file's `.nastavnik.json` is not looked at.
  const withProblems = configs.withProblems().filter((f) => f.path !== undefined && configsUsed.has(f.path));
  if (progressShown) process.stderr.write('\r\x1b[K');
  const report = checkReport(entries, findings, {
    format: options.format,
    scoresOnly: options.scoresOnly === true,
    locale: options.locale,
    problems: configProblems(withProblems),
    text: {
      locale: options.locale,
      color: options.color,
      verbose: options.verbose,
      quiet: options.quiet,
      width: process.stdout.isTTY === true ? process.stdout.columns : Number(process.env.COLUMNS) || undefined,
    },
  });
  await writeInChunks(report, process.stdout);
  reportConfigProblems(withProblems, options);
  for (const f of unreadable) {
    const reason = f.unreadable;
    const notFound = /no such file/i.test(reason);
    process.stderr.write(
      ru
        ? `Не удалось прочитать «${f.path}»: ${notFound ? 'файл не найден' : reason}.\n`
        : `Could not read «${f.path}»: ${notFound ? 'file not found' : reason}.\n`,
    );
  }
  if (checked.length === 0 && unchecked.length === 0 && unreadable.length === 0) {
    process.stderr.write(noMarkdownMessage(files, options.locale));
    // A folder that holds files, none of them Markdown: found, but nothing to check. A glob matching nothing: a wrong path.
    return files.some(isFolder) ? EXIT_NOTHING_CHECKED : 2;
  }
  if (missing.length > 0 || unreadable.length > 0) return 2;
  if (checked.length === 0) {
    if (options.format === 'text' && !options.quiet) {
      process.stderr.write(ru ? 'Ни один файл не проверен: см. причины выше.\n' : 'No file was checked: see the reasons above.\n');
    }
    return EXIT_NOTHING_CHECKED;
  }
  return checked.some((c) => c.counts.error > 0) ? 1 : 0;
}

function configProblems(found: readonly FoundConfig[]): ConfigFileProblems[] {
  return found.map((f) => ({ path: f.path ?? '', text: f.text ?? '', problems: f.loaded.problems }));
}

/** Once per broken `.nastavnik.json`, on stderr: where it is, what is wrong, that the defaults stand in. */
function reportConfigProblems(found: readonly FoundConfig[], options: { locale: Locale }): void {
  for (const f of found) {
    const index = new LineIndex(f.text ?? '');
    for (const p of f.loaded.problems) {
      const at = index.position(p.start);
      process.stderr.write(`${f.path}:${at.line + 1}:${at.character + 1}: ${p.message[options.locale]}\n`);
    }
  }
}

function model(file: string, profile: string | undefined, locale: Locale): number {
  let text: string;
  try {
    if (statSync(file).isDirectory()) {
      process.stderr.write(
        locale === 'ru'
          ? `«${file}» — папка. Укажите один файл: nastavnik model examples/000-spb-school34-roadmap.md\n`
          : `«${file}» is a folder. Give one file: nastavnik model examples/000-spb-school34-roadmap.md\n`,
      );
      return 2;
    }
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(locale === 'ru' ? `Не найден файл «${file}». Проверьте путь.\n` : `File «${file}» not found. Check the path.\n`);
    return 2;
  }
  const finder = new ConfigLookup();
  const { loaded } = finder.forFile(file);
  reportConfigProblems(finder.withProblems(), { locale });
  const analysis = analyze(text, { config: loaded.config, profile });
  process.stdout.write(JSON.stringify(analysis.model, null, 2) + '\n');
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  // `report` has its own options (--out); it parses them itself.
  if (argv[0] === 'report') return runReport(argv.slice(1));
  // `import` reads Word files and has its own options (--out, --force); see import-command.ts.
  // The Word code is loaded only for these two commands: word-commands.ts, a bundle of its own (so the `.js`).
  if (argv[0] === 'import') return (await import('./word-commands.js')).runImport(argv.slice(1));
  // `export` writes a Word file (or PDF) beside the Markdown; its options are its own (export-command.ts).
  if (argv[0] === 'export') return (await import('./word-commands.js')).runExport(argv.slice(1));
  // `nastavnik help check` reads as `nastavnik check --help`.
  if (argv[0] === 'help' && argv[1] !== undefined) return main([argv[1], '--help']);
  const early = localeBeforeParsing(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        profile: { type: 'string', short: 'p' },
        locale: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean', short: 'v' },
        color: { type: 'boolean' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (error) {
    process.stderr.write(
      optionError(
        error,
        argv.find((a) => !a.startsWith('-')),
        early,
      ) + '\n',
    );
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    process.stdout.write(`nastavnik ${version()}\n`);
    return 0;
  }
  if (!command) {
    process.stdout.write(fullUsage(localeFrom(values.locale)) + '\n');
    return values.help ? 0 : 2;
  }
  if (!isCommand(command)) {
    process.stderr.write(
      early === 'ru'
        ? `Неизвестная команда «${command}». Команды: check, scores, model, report, import, export. Справка: nastavnik --help\n`
        : `Unknown command «${command}». Commands: check, scores, model, report, import, export. See: nastavnik --help\n`,
    );
    return 2;
  }
  if (values.help) {
    process.stdout.write(commandHelp(command, localeFrom(values.locale, rest)) + '\n');
    return 0;
  }
  // An option another command takes (`model --quiet`) is refused rather than silently ignored.
  const foreign = Object.keys(values).filter((k) => !OPTIONS[command].includes(k));
  if (foreign.length > 0) {
    process.stderr.write(
      early === 'ru'
        ? `Команда ${command} не принимает параметр «--${foreign[0]}». Список параметров: nastavnik ${command} --help\n`
        : `Command ${command} does not take «--${foreign[0]}». See the options: nastavnik ${command} --help\n`,
    );
    return 2;
  }
  const formats = FORMATS[command];
  const format = (values.format ?? formats[0]!) as Format;
  if (!formats.includes(format)) {
    process.stderr.write(
      early === 'ru'
        ? `Неизвестный формат «${format}» для команды ${command}. Допустимо: ${formats.join(', ')}.\n`
        : `Unknown format «${format}» for ${command}. Allowed: ${formats.join(', ')}.\n`,
    );
    return 2;
  }
  if (values.locale !== undefined && !/^(ru|en)([-_][a-z]+)?$/i.test(values.locale)) {
    process.stderr.write(`Неизвестный язык «${values.locale}». Допустимо: ru, en. / Unknown locale «${values.locale}». Allowed: ru, en.\n`);
    return 2;
  }
  const locale = localeFrom(values.locale, rest);
  // «--profile педагоги», «--profile Teachers», a workspace id: refused before anything is read or printed.
  const profile = readProfileOption(values.profile, rest, locale);
  if (!profile.ok) {
    process.stderr.write(profile.message + '\n');
    return 2;
  }
  // `--today 2025-11-20`: reproducible runs; otherwise the local date (the core reads no clock).
  const today = values.today === undefined ? localToday() : parseToday(values.today);
  if (!today) {
    process.stderr.write(
      locale === 'ru'
        ? `Дата --today пишется как ГГГГ-ММ-ДД, например 2025-11-20 (получено «${values.today}»).\n`
        : `--today takes a date as YYYY-MM-DD, e.g. 2025-11-20 (got «${values.today}»).\n`,
    );
    return 2;
  }
  const options: CheckOptions = {
    format,
    today,
    profile: profile.profile,
    locale,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    color: values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR),
  };
  const ru = locale === 'ru';
  switch (command) {
    case 'check':
      if (rest.length === 0) {
        process.stderr.write(
          ru ? 'Укажите файлы или папки: nastavnik check examples/\n' : 'Give files or folders: nastavnik check examples/\n',
        );
        return 2;
      }
      return check(rest, options);
    case 'scores': {
      if (rest.length === 0) {
        process.stderr.write(
          ru ? 'Укажите файлы или папки: nastavnik scores examples/\n' : 'Give files or folders: nastavnik scores examples/\n',
        );
        return 2;
      }
      // Scores are a report, not a verdict: the exit status does not depend on diagnostics, only on
      // whether the files were there (2) and whether anything could be scored (3).
      const status = await check(rest, { ...options, scoresOnly: true });
      return status === 1 ? 0 : status;
    }
    case 'model':
      if (rest.length !== 1) {
        process.stderr.write(
          ru
            ? 'Укажите один файл: nastavnik model examples/000-spb-school34-roadmap.md\n'
            : 'Give one file: nastavnik model examples/000-spb-school34-roadmap.md\n',
        );
        return 2;
      }
      return model(rest[0]!, options.profile, options.locale);
  }
}

// Bisecting a parse difference: remark alone, as the tests' oracle (core/read/fast-parse.ts).
useOracleParse(process.env.NASTAVNIK_ORACLE_PARSE === '1');
// The same bundle is the batch worker (batch.ts): a worker analyses files and never runs the command line.
// The command line runs only when this file is the program (`node dist/cli.js`, the `nastavnik` bin), not when
// a test imports `main`; the bundle is CommonJS, so `require.main` names the program's own module.
if (isBatchWorker()) runBatchWorker();
else if (require.main === module) {
  // V8 lets the heap grow to several times what stays alive when collections are cheap, as they are
  // here (each file's analysis dies young; what is kept is serialised outside the heap): over 10,000
  // files that was 300–430 MB of peak RSS for ≈ 40 MB alive. A growth factor of 1.5 keeps it near
  // 225 MB at the same speed (measured over 4,000 files: 16.6 s and 314 MB before, 17–18.6 s and 225 MB after).
  setFlagsFromString('--heap-growing-percent=50');
  // `nastavnik check … | head` closes the pipe early: stop quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`nastavnik: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
