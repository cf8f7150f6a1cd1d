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
import { localeFrom } from './locale';
import { renderDoc } from '../render/context';
import { type ReportEntry, reportCsv, reportHtml } from '../render/report';
import { ConfigFinder } from './config-files';
import { profileHelp, readProfileOption } from './profile-option';
import { uncheckableContent } from './unchecked';
import { localeBeforeParsing, optionError } from './usage';

export const REPORT_USAGE = `nastavnik report <папка|файлы…> [--out report.html] [--format html|csv] [--locale ru|en] [--profile P]
  Один HTML-файл со сводной таблицей (сортируется по любой колонке) и подробностями по каждому
  документу; --format csv — та же таблица для Excel (UTF-8 с BOM, разделитель «;»).`;

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

function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

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
  if (values.help) {
    process.stdout.write(`${REPORT_USAGE}\n\n${profileHelp()}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`Укажите папку с документами: nastavnik report examples/ --out report.html\n\n${REPORT_USAGE}\n`);
    return 2;
  }
  const format = values.format ?? 'html';
  if (format !== 'html' && format !== 'csv') {
    process.stderr.write(`Неизвестный формат «${format}». Для отчёта допустимо: html, csv.\n`);
    return 2;
  }
  const today = values.today ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    process.stderr.write(`Дата --today пишется как ГГГГ-ММ-ДД, например 2025-11-20.\n`);
    return 2;
  }
  const locale = localeFrom(values.locale);
  const profile = readProfileOption(values.profile, positionals, locale);
  if (!profile.ok) {
    process.stderr.write(profile.message + '\n');
    return 2;
  }
  let files: Collected[];
  try {
    files = await collect(positionals);
  } catch (error) {
    process.stderr.write(`Не удалось прочитать «${positionals.join(' ')}»: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const configs = new ConfigFinder();
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
    process.stderr.write(`В «${positionals.join(' ')}» не найдено ни одного файла .md.\n`);
    return 2;
  }
  const output =
    format === 'csv'
      ? reportCsv(entries, locale)
      : reportHtml(entries, { locale, today, nonce: randomBytes(16).toString('base64'), folder: positionals.join(' '), skipped });
  if (values.out) {
    writeFileSync(values.out, output, 'utf8');
    process.stderr.write(
      `${locale === 'en' ? `Report written: ${values.out} (${entries.length} documents)` : `Отчёт сохранён: ${values.out} (документов: ${entries.length})`}\n`,
    );
  } else {
    process.stdout.write(output);
  }
  // Files were found, none was a document: the report is written (it names them) but says «nothing checked».
  return entries.length === 0 ? 3 : 0;
}
