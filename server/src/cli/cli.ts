/**
 * `nastavnik` command line: check, model, scores. Files, folders, globs and `.nastavnikignore` are
 * handled by unified-engine; each file is analysed by the core exactly once.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { unified, type Processor } from 'unified';
import { engine } from 'unified-engine';
import type { VFile } from 'vfile';
import { reporter as vfileReporter } from 'vfile-reporter';
import { allProfiles, analyze } from '../core/analyze';
import { computeScores } from '../core/scores';
import { scoresText } from './scores-text';
import type { Locale } from '../core/diagnostic';
import { LineIndex } from '../core/text';
import { ConfigFinder } from './config-files';
import { type CheckedFile, toJson, toSarif } from './output';

const USAGE = `Наставник — проверка дорожных карт и программ наставничества

  nastavnik check <файлы|папки|маски…> [--format text|json|sarif] [--profile P] [--locale ru|en]
  nastavnik model <файл>                 модель документа в JSON
  nastavnik scores <файлы|папки…> [--format text|json]

Код выхода 1, если найдена хотя бы одна ошибка.`;

type Format = 'text' | 'json' | 'sarif';

interface CheckOptions { format: Format; profile?: string; locale: Locale; quiet: boolean; color: boolean; scoresOnly?: boolean }

function localeFrom(value: string | undefined): Locale {
  const v = value ?? process.env.NASTAVNIK_LOCALE ?? 'ru';
  return v.toLowerCase().startsWith('en') ? 'en' : 'ru';
}

/** A unified "parser" that runs the core and keeps its result on the file: one analysis per file. */
function nastavnikProcessor(options: CheckOptions, configs: ConfigFinder, checked: CheckedFile[], progress: (n: number) => void): Processor {
  return unified().use(function (this: Processor) {
    // unified types its parser/compiler slots loosely; ours return an empty root and a string.
    this.parser = (doc: string, file: VFile) => {
      const { loaded } = configs.forFile(file.path);
      const analysis = analyze(doc, { config: loaded.config, profile: options.profile });
      const index = new LineIndex(doc);
      for (const d of analysis.diagnostics) {
        const start = index.position(d.span.start);
        const end = index.position(d.span.end);
        const message = file.message(d.message[options.locale], {
          place: { start: { line: start.line + 1, column: start.character + 1 }, end: { line: end.line + 1, column: end.character + 1 } },
          ruleId: d.code,
          source: 'nastavnik',
        });
        // vfile's three levels: fatal = error, false = warning, undefined = info (our info and hints).
        message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
      }
      checked.push({ path: file.path, text: doc, analysis, scores: computeScores(analysis.model, allProfiles(loaded.config)) });
      progress(checked.length);
      return { type: 'root', children: [] };
    };
    this.compiler = () => '';
  }) as unknown as Processor;
}

async function check(files: string[], options: CheckOptions): Promise<number> {
  const checked: CheckedFile[] = [];
  const configs = new ConfigFinder();
  const tty = process.stderr.isTTY === true && options.format === 'text';
  const progress = (n: number) => {
    if (tty && n % 5 === 0) process.stderr.write(`\rПроверено файлов: ${n}…`);
  };
  const processor = nastavnikProcessor(options, configs, checked, progress);
  const code = await new Promise<number>((resolve, reject) => {
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
        // unified-engine writes reports to stderr by default; a report is this command's output
        // (JSON and SARIF are piped into other tools), so it goes to stdout.
        streamError: process.stdout,
        silentlyIgnore: false,
        reporter: (vfiles: VFile[]) => {
          if (tty) process.stderr.write('\r\x1b[K');
          if (options.scoresOnly) {
            const files = order(checked, vfiles);
            if (options.format === 'json') return JSON.stringify(files.map((f) => ({ file: f.path, kind: f.analysis.model.meta.kind, scores: f.scores })), null, 2) + '\n';
            return files.map((f) => scoresText(f, options.locale)).join('\n') + '\n';
          }
          if (options.format === 'json') return toJson(order(checked, vfiles), options.locale) + '\n';
          if (options.format === 'sarif') return toSarif(order(checked, vfiles), options.locale) + '\n';
          return vfileReporter(vfiles, { color: options.color, quiet: options.quiet, verbose: false }) + '\n';
        },
      },
      (error, status) => (error ? reject(error) : resolve(status ?? 0)),
    );
  });
  return code;
}

/** The engine reports files in its order; keep the JSON in the same order. */
function order(checked: CheckedFile[], vfiles: VFile[]): CheckedFile[] {
  const byPath = new Map(checked.map((c) => [c.path, c]));
  return vfiles.map((f) => byPath.get(f.path)).filter((c): c is CheckedFile => c !== undefined);
}

function model(file: string, profile: string | undefined): number {
  const text = readFileSync(file, 'utf8');
  const { loaded } = new ConfigFinder().forFile(file);
  const analysis = analyze(text, { config: loaded.config, profile });
  process.stdout.write(JSON.stringify(analysis.model, null, 2) + '\n');
  return 0;
}

export async function main(argv: string[]): Promise<number> {
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
    process.stdout.write(USAGE + '\n');
    return command || values.help ? 0 : 2;
  }
  const format = (values.format ?? 'text') as Format;
  if (!['text', 'json', 'sarif'].includes(format)) {
    process.stderr.write(`Неизвестный формат «${format}». Допустимо: text, json, sarif.\n`);
    return 2;
  }
  const options: CheckOptions = {
    format,
    profile: values.profile,
    locale: localeFrom(values.locale),
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
      return model(rest[0]!, values.profile);
    default:
      process.stderr.write(`Неизвестная команда «${command}».\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`nastavnik: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
