/**
 * `nastavnik report <folder> [--out report.html] [--format html|csv]`: one page for a department
 * checking all its schools. Files are found as `check` finds them (unified-engine: folders, globs,
 * `.nastavnikignore`); each is analysed once by the core; the page is rendered by render/report.ts.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { unified, type Processor } from 'unified';
import { engine } from 'unified-engine';
import type { VFile } from 'vfile';
import { allProfiles, analyze } from '../core/analyze';
import type { Locale } from '../core/diagnostic';
import { localeFrom } from './locale';
import { renderDoc } from '../render/context';
import { type ReportEntry, reportCsv, reportHtml } from '../render/report';
import { ConfigLookup } from '../environment/config-lookup';
import { localToday, parseToday } from '../environment/today';
import { count, type Noun } from '../core/words';
import { profileHelp, readProfileOption } from './profile-option';
import { uncheckableContent } from './unchecked';
import { localeBeforeParsing, optionError } from './usage';

export const REPORT_USAGE = `nastavnik report <папка|файлы…> [--out report.html] [--format html|csv] [--locale ru|en] [--profile P]
  Один HTML-файл со сводной таблицей (сортируется по любой колонке) и подробностями по каждому
  документу; --format csv — та же таблица для Excel (UTF-8 с BOM, разделитель «;»).`;

const REPORT_USAGE_EN = `nastavnik report <folder|files…> [--out report.html] [--format html|csv] [--locale ru|en] [--profile P]
  One HTML file with a summary table (sortable by any column) and the details of each document;
  --format csv — the same table for Excel (UTF-8 with a BOM, «;» as the separator).`;

const usage = (locale: Locale): string => (locale === 'en' ? REPORT_USAGE_EN : REPORT_USAGE);

interface Collected {
  path: string;
  text: string;
  raw: Uint8Array | string;
}

function collect(inputs: string[]): Promise<Collected[]> {
  const files: Collected[] = [];
  const processor = unified().use(function (this: Processor) {
    // unified types its parser/compiler slots loosely; ours only keep the text.
    this.parser = (doc: string, file: VFile) => {
      files.push({ path: file.path, text: doc, raw: file.value instanceof Uint8Array ? file.value : doc });
      return { type: 'root', children: [] };
    };
    this.compiler = () => '';
  }) as unknown as Processor;
  return new Promise((resolve, reject) => {
    engine(
      {
        processor,
        files: inputs,
        extensions: ['md', 'markdown'],
        ignoreName: '.nastavnikignore',
        cwd: process.cwd(),
        out: false,
        quiet: true,
        silentlyIgnore: true,
        reporter: () => '',
      },
      (error) => (error ? reject(error) : resolve(files)),
    );
  });
}

const DOCUMENT: Noun = { ru: { one: 'документ', few: 'документа', many: 'документов' }, en: { one: 'document', other: 'documents' } };

export async function runReport(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        locale: { type: 'string' },
        profile: { type: 'string', short: 'p' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(optionError(error, 'report', localeBeforeParsing(argv)) + '\n');
    return 2;
  }
  const { values, positionals } = parsed;
  const locale = localeFrom(values.locale, positionals);
  const say = (ru: string, en: string): void => {
    process.stderr.write(`${locale === 'en' ? en : ru}\n`);
  };
  if (values.help) {
    process.stdout.write(`${usage(locale)}\n\n${profileHelp(process.cwd(), locale)}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    say(
      `Укажите папку с документами: nastavnik report examples/ --out report.html\n\n${REPORT_USAGE}`,
      `Give a folder of documents: nastavnik report examples/ --out report.html\n\n${REPORT_USAGE_EN}`,
    );
    return 2;
  }
  const format = values.format ?? 'html';
  if (format !== 'html' && format !== 'csv') {
    say(`Неизвестный формат «${format}». Для отчёта допустимо: html, csv.`, `Unknown format «${format}». A report can be: html, csv.`);
    return 2;
  }
  const today = values.today === undefined ? localToday() : parseToday(values.today);
  if (today === undefined) {
    say('Дата --today пишется как ГГГГ-ММ-ДД, например 2025-11-20.', 'Write the --today date as YYYY-MM-DD, e.g. 2025-11-20.');
    return 2;
  }
  const profile = readProfileOption(values.profile, positionals, locale);
  if (!profile.ok) {
    process.stderr.write(profile.message + '\n');
    return 2;
  }
  let files: Collected[];
  try {
    files = await collect(positionals);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    say(`Не удалось прочитать «${positionals.join(' ')}»: ${reason}`, `Could not read «${positionals.join(' ')}»: ${reason}`);
    return 2;
  }
  const configs = new ConfigLookup();
  const entries: ReportEntry[] = [];
  const skipped: string[] = [];
  for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) {
    const shown = relative(process.cwd(), file.path) || file.path;
    // Empty and binary files (a .docx renamed .md) are skipped before parsing, as `check` skips them.
    if (uncheckableContent(file.raw)) {
      skipped.push(shown);
      continue;
    }
    const { loaded } = configs.forFile(file.path);
    const analysis = analyze(file.text, { config: loaded.config, profile: profile.profile });
    if (!analysis.model.looksRelevant) {
      skipped.push(shown);
      continue;
    }
    entries.push({ path: shown, doc: renderDoc(file.text, analysis, allProfiles(loaded.config)) });
  }
  if (files.length === 0) {
    say(`В «${positionals.join(' ')}» не найдено ни одного файла .md.`, `No .md file was found in «${positionals.join(' ')}».`);
    return 2;
  }
  const output =
    format === 'csv'
      ? reportCsv(entries, locale)
      : reportHtml(entries, { locale, today, nonce: randomBytes(16).toString('base64'), folder: positionals.join(' '), skipped });
  if (values.out) {
    writeFileSync(values.out, output, 'utf8');
    process.stderr.write(
      (locale === 'en'
        ? `Report written: ${values.out} (${count(entries.length, DOCUMENT, 'en')})`
        : `Отчёт сохранён: ${values.out} (документов: ${entries.length})`) + `\n`,
    );
  } else {
    process.stdout.write(output);
  }
  // Files were found, none was a document: the report is written (it names them) but says «nothing checked».
  return entries.length === 0 ? 3 : 0;
}
