/**
 * `nastavnik` command line: check, model, scores. Files, folders, globs and `.nastavnikignore` are
 * handled by unified-engine; each file is analysed by the core exactly once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { unified, type Processor } from 'unified';
import { engine } from 'unified-engine';
import type { VFile } from 'vfile';
import { analyze } from '../core/analyze';
import { scoresText } from './scores-text';
import type { Locale } from '../core/diagnostic';
import { LineIndex } from '../core/read/text';
import { BatchAnalyzer, isBatchWorker, runBatchWorker, type FileResult } from './batch';
import { addFolderChecks } from './folder-checks';
import { ConfigLookup, type FoundConfig } from '../environment/config-lookup';
import { localToday, parseToday } from '../environment/today';
import { type CheckedFile, type ConfigFileProblems, toJson, toSarif } from './output';
import { displayPath, textReport, type ReportEntry } from './text-report';
import { isFolder, noMarkdownMessage, uncheckableContent, uncheckedMessage, uncheckedToJson, type UncheckedFile } from './unchecked';
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

/**
 * A unified processor that runs the core once per file: the parser only hands the text on; the
 * analysis is a transformer, so that with many files it can run in a worker thread (batch.ts).
 */
function nastavnikProcessor(
  options: CheckOptions,
  configs: ConfigLookup,
  checked: CheckedFile[],
  unchecked: UncheckedFile[],
  progress: (n: number) => void,
  batch: BatchAnalyzer,
): Processor {
  const texts = new WeakMap<VFile, string>();
  return unified().use(function (this: Processor) {
    // unified types its parser/compiler slots loosely; ours return an empty root and a string.
    this.parser = (doc: string, file: VFile) => {
      texts.set(file, doc);
      return { type: 'root', children: [] };
    };
    this.compiler = () => '';
    return (_tree: unknown, file: VFile): Promise<void> | void => {
      const doc = texts.get(file) ?? '';
      // Empty or binary (a .docx renamed .md): said so at once, never parsed (10 MB of binary took 21 s).
      const raw = file.value instanceof Uint8Array ? file.value : doc;
      const cannot = uncheckableContent(raw);
      if (cannot) {
        unchecked.push({ path: file.path, reason: cannot });
        progress(checked.length + unchecked.length);
        return;
      }
      const { loaded } = configs.forFile(file.path);
      const record = ({ analysis, scores }: FileResult): void => {
        // The same rule as `report`: a Markdown file that is no mentorship document (a README) is not «clean».
        if (!analysis.model.looksRelevant) unchecked.push({ path: file.path, reason: 'not-mentorship' });
        else checked.push({ path: file.path, text: doc, analysis, scores });
        progress(checked.length + unchecked.length);
      };
      const result = batch.analyze({ text: doc, config: loaded.config, profile: options.profile, today: options.today });
      return result instanceof Promise ? result.then(record) : record(result);
    };
  }) as unknown as Processor;
}

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

  const checked: CheckedFile[] = [];
  const unchecked: UncheckedFile[] = [];
  const configs = new ConfigLookup();
  const tty = process.stderr.isTTY === true && !options.quiet;
  let progressShown = false;
  const progress = (n: number) => {
    if (!tty || n < PROGRESS_FROM) return;
    progressShown = true;
    process.stderr.write(ru ? `\rПроверено файлов: ${n}…` : `\rFiles checked: ${n}…`);
  };
  const batch = new BatchAnalyzer(__filename);
  const processor = nastavnikProcessor(options, configs, checked, unchecked, progress, batch);

  let unreadable: VFile[] = [];
  const render = (vfiles: VFile[]): string => {
    // Files the engine could not read never reached the core; they are reported apart, in the user's language.
    const analysed = new Set(checked.map((c) => c.path));
    const skipped = new Map(unchecked.map((u) => [u.path, u]));
    // A file named twice («plan.md» and «*.md») is reported once.
    const seen = new Set<string>();
    vfiles = vfiles.filter((f) => !seen.has(f.path) && seen.add(f.path));
    unreadable = vfiles.filter((f) => !analysed.has(f.path) && !skipped.has(f.path));
    const ours = order(
      checked,
      vfiles.filter((f) => analysed.has(f.path)),
    );
    const notChecked = vfiles.map((f) => skipped.get(f.path)).filter((u): u is UncheckedFile => u !== undefined);
    // Pairs and their programmes across each school's folder (docs/domain.md §18 «Наставнические пары»).
    if (!options.scoresOnly) addFolderChecks(ours, (path) => configs.forFile(path).loaded.config);
    const problems = configProblems(configs.withProblems());
    if (options.scoresOnly) {
      if (options.format === 'json') {
        const scored = ours.map((f) => ({ file: displayPath(f.path), kind: f.analysis.model.meta.kind, scores: f.scores }));
        const none = uncheckedToJson(notChecked, options.locale).map((u) => ({
          file: displayPath(u.file),
          kind: null,
          scores: null,
          unchecked: u.reason,
          message: u.message,
        }));
        return JSON.stringify([...scored, ...none], null, 2) + '\n';
      }
      const texts = vfiles.flatMap((f) => {
        const c = ours.find((x) => x.path === f.path);
        if (c) return [scoresText({ ...c, path: displayPath(c.path) }, options.locale)];
        const u = skipped.get(f.path);
        return u ? [`${displayPath(u.path)}: ${uncheckedMessage(u.reason, options.locale)}\n`] : [];
      });
      return texts.length ? texts.join('\n') + '\n' : '';
    }
    if (options.format === 'json') return toJson(ours, options.locale, problems, notChecked) + '\n';
    if (options.format === 'sarif') return toSarif(ours, options.locale, problems, notChecked) + '\n';
    const entries: ReportEntry[] = vfiles.flatMap((f): ReportEntry[] => {
      const c = ours.find((x) => x.path === f.path);
      if (c) return [{ checked: c }];
      const u = skipped.get(f.path);
      return u ? [{ unchecked: u }] : [];
    });
    if (entries.length === 0) return '';
    const width = process.stdout.isTTY === true ? process.stdout.columns : Number(process.env.COLUMNS) || undefined;
    return (
      textReport(entries, { locale: options.locale, color: options.color, verbose: options.verbose, quiet: options.quiet, width }) + '\n'
    );
  };

  let report = '';
  await new Promise<number>((resolve, reject) => {
    engine(
      {
        processor,
        files,
        extensions: ['md', 'markdown'],
        ignoreName: '.nastavnikignore',
        cwd: process.cwd(),
        color: options.color,
        quiet: options.quiet,
        out: false,
        silentlyIgnore: false,
        // The engine writes what a reporter returns to stderr. The report is the result (JSON and SARIF
        // must be pipeable), so it is kept here and printed on stdout after the run.
        reporter: (vfiles: VFile[]) => {
          report = render(vfiles);
          return '';
        },
      },
      (error, status) => (error ? reject(error) : resolve(status ?? 0)),
    );
  }).finally(() => batch.close());
  if (progressShown) process.stderr.write('\r\x1b[K');
  process.stdout.write(report);
  reportConfigProblems(configs.withProblems(), options);
  for (const f of unreadable) {
    const reason = f.messages[0]?.reason ?? '';
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
  return checked.some((c) => c.analysis.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
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

/** The engine reports files in its order; keep the JSON in the same order. */
function order(checked: CheckedFile[], vfiles: VFile[]): CheckedFile[] {
  const byPath = new Map(checked.map((c) => [c.path, c]));
  return vfiles.map((f) => byPath.get(f.path)).filter((c): c is CheckedFile => c !== undefined);
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
