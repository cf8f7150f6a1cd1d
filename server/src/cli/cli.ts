/**
 * `nastavnik` command line: check, model, scores. Files, folders, globs and `.nastavnikignore` are
 * handled by unified-engine; each file is analysed by the core exactly once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { unified, type Processor } from 'unified';
import { engine } from 'unified-engine';
import type { VFile } from 'vfile';
import { reporter as vfileReporter } from 'vfile-reporter';
import { analyze } from '../core/analyze';
import { scoresText } from './scores-text';
import type { Locale } from '../core/diagnostic';
import { LineIndex } from '../core/text';
import { BatchAnalyzer, isBatchWorker, runBatchWorker, type FileResult } from './batch';
import { ConfigFinder, type FoundConfig } from './config-files';
import { type CheckedFile, type ConfigFileProblems, localizeReport, toJson, toSarif } from './output';
import { profileHelp, readProfileOption } from './profile-option';
import { runReport } from './report';
import { runImport } from './import-command';
import { runExport } from './export-command';

const USAGE = `Наставник — проверка дорожных карт и программ наставничества

  nastavnik check <файлы|папки|маски…> [--format text|json|sarif] [--profile P] [--locale ru|en]
  nastavnik model <файл>                 модель документа в JSON
  nastavnik scores <файлы|папки…> [--format text|json]
  nastavnik report <папка> [--out report.html] [--format html|csv]   сводный отчёт по папке
  nastavnik import <файл.docx|.doc> [--out файл.md] [--force]    документ Word → Markdown
  nastavnik export <файл.md> [--out файл.docx] [--format docx|pdf] [--force]   Markdown → документ Word (PDF)

Код выхода 1, если найдена хотя бы одна ошибка.`;

const usage = (): string => `${USAGE}\n\n${profileHelp()}`;

type Format = 'text' | 'json' | 'sarif';

interface CheckOptions { format: Format; profile?: string; locale: Locale; quiet: boolean; color: boolean; scoresOnly?: boolean }

/** --locale, then NASTAVNIK_LOCALE, then `locale` of the .nastavnik.json above the working folder, then Russian. */
function localeFrom(value: string | undefined): Locale {
  const v = value ?? process.env.NASTAVNIK_LOCALE ?? new ConfigFinder().forDir(process.cwd()).loaded.config.locale ?? 'ru';
  return v.toLowerCase().startsWith('en') ? 'en' : 'ru';
}

/**
 * A unified processor that runs the core once per file: the parser only hands the text on; the
 * analysis is a transformer, so that with many files it can run in a worker thread (batch.ts).
 */
function nastavnikProcessor(options: CheckOptions, configs: ConfigFinder, checked: CheckedFile[], progress: (n: number) => void, batch: BatchAnalyzer): Processor {
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
      const { loaded } = configs.forFile(file.path);
      const record = ({ analysis, scores }: FileResult): void => {
        const index = new LineIndex(doc);
        for (const d of analysis.diagnostics) {
          const start = index.position(d.span.start);
          const end = index.position(d.span.end);
          const message = file.message(d.message[options.locale], {
            place: { start: { line: start.line + 1, column: start.character + 1 }, end: { line: end.line + 1, column: end.character + 1 } },
            ruleId: d.code,
          });
          // vfile's three levels: fatal = error, false = warning, undefined = info (our info and hints).
          message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
        }
        checked.push({ path: file.path, text: doc, analysis, scores });
        progress(checked.length);
      };
      const result = batch.analyze({ text: doc, config: loaded.config, profile: options.profile });
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
  const configs = new ConfigFinder();
  const tty = process.stderr.isTTY === true && !options.quiet;
  let progressShown = false;
  const progress = (n: number) => {
    if (!tty || n < PROGRESS_FROM) return;
    progressShown = true;
    process.stderr.write(ru ? `\rПроверено файлов: ${n}…` : `\rFiles checked: ${n}…`);
  };
  const batch = new BatchAnalyzer(__filename);
  const processor = nastavnikProcessor(options, configs, checked, progress, batch);

  let unreadable: VFile[] = [];
  const render = (vfiles: VFile[]): string => {
    // Files the engine could not read never reached the core; they are reported apart, in the user's language.
    const analysed = new Set(checked.map((c) => c.path));
    // A file named twice («plan.md» and «*.md») is reported once.
    const seen = new Set<string>();
    vfiles = vfiles.filter((f) => !seen.has(f.path) && seen.add(f.path));
    unreadable = vfiles.filter((f) => !analysed.has(f.path));
    const ours = order(checked, vfiles.filter((f) => analysed.has(f.path)));
    const problems = configProblems(configs.withProblems());
    if (options.scoresOnly) {
      if (options.format === 'json') return JSON.stringify(ours.map((f) => ({ file: f.path, kind: f.analysis.model.meta.kind, scores: f.scores })), null, 2) + '\n';
      return ours.map((f) => scoresText(f, options.locale)).join('\n') + '\n';
    }
    if (options.format === 'json') return toJson(ours, options.locale, problems) + '\n';
    if (options.format === 'sarif') return toSarif(ours, options.locale, problems) + '\n';
    if (ours.length === 0) return '';
    const report = vfileReporter(vfiles.filter((f) => analysed.has(f.path)), { color: options.color, quiet: options.quiet, verbose: false });
    return localizeReport(report, options.locale) + '\n';
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
  if (checked.length === 0 && unreadable.length === 0) {
    process.stderr.write(
      ru
        ? `Не найдено ни одного файла Markdown (.md) в «${files.join('», «')}».\n`
        : `No Markdown (.md) files found in «${files.join('», «')}».\n`,
    );
    return 2;
  }
  if (missing.length > 0 || unreadable.length > 0) return 2;
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
      process.stderr.write(locale === 'ru' ? `«${file}» — папка. Укажите один файл: nastavnik model examples/000-spb-school34-roadmap.md\n` : `«${file}» is a folder. Give one file: nastavnik model examples/000-spb-school34-roadmap.md\n`);
      return 2;
    }
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(locale === 'ru' ? `Не найден файл «${file}». Проверьте путь.\n` : `File «${file}» not found. Check the path.\n`);
    return 2;
  }
  const finder = new ConfigFinder();
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
  if (argv[0] === 'import') return runImport(argv.slice(1));
  // `export` writes a Word file (or PDF) beside the Markdown; its options are its own (export-command.ts).
  if (argv[0] === 'export') return runExport(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      profile: { type: 'string', short: 'p' },
      locale: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      color: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(usage() + '\n');
    return command || values.help ? 0 : 2;
  }
  const format = (values.format ?? 'text') as Format;
  if (!['text', 'json', 'sarif'].includes(format)) {
    process.stderr.write(`Неизвестный формат «${format}». Допустимо: text, json, sarif.\n`);
    return 2;
  }
  const locale = localeFrom(values.locale);
  // «--profile педагоги», «--profile Teachers», a workspace id: refused before anything is read or printed.
  const profile = readProfileOption(values.profile, rest, locale);
  if (!profile.ok) {
    process.stderr.write(profile.message + '\n');
    return 2;
  }
  const options: CheckOptions = {
    format,
    profile: profile.profile,
    locale,
    quiet: values.quiet ?? false,
    color: values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR),
  };
  switch (command) {
    case 'check':
      if (rest.length === 0) {
        process.stderr.write('Укажите файлы или папки: nastavnik check examples/\n');
        return 2;
      }
      return check(rest, options);
    case 'scores':
      if (rest.length === 0) {
        process.stderr.write('Укажите файлы или папки: nastavnik scores examples/\n');
        return 2;
      }
      // Scores are a report, not a verdict: the exit status does not depend on diagnostics.
      await check(rest, { ...options, scoresOnly: true });
      return 0;
    case 'model':
      if (rest.length !== 1) {
        process.stderr.write('Укажите один файл: nastavnik model examples/000-spb-school34-roadmap.md\n');
        return 2;
      }
      return model(rest[0]!, options.profile, options.locale);
    default:
      process.stderr.write(`Неизвестная команда «${command}».\n\n${usage()}\n`);
      return 2;
  }
}

// The same bundle is the batch worker (batch.ts): a worker analyses files and never runs the command line.
if (isBatchWorker()) runBatchWorker();
else main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`nastavnik: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
