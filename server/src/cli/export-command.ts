/**
 * `nastavnik export <file.md> [--out file.docx] [--format docx|pdf] [--force]`: a Word file (or a PDF
 * through LibreOffice) beside the Markdown, to print and sign. The document is built by
 * word/export.ts from the core's reading of the text; here only files: what may be read, where the
 * result goes, and never over an existing file without --force. Every refusal is a message that says
 * what to do and an exit code (EXPORT_EXIT), with nothing written.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeWhole } from '../word/write-whole';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../core/diagnostic';
import { ConfigLookup } from '../environment/config-lookup';
import { localeFrom } from './locale';
import { localeBeforeParsing, optionError } from './usage';
import { EXPORT_USAGE } from './word-usage';
import { exportDocx, type ExportSummary } from '../word/export';
import { docxToPdf, findSoffice, PDF_TIMEOUT_MS } from '../word/export-soffice';
import { readProfileOption } from './profile-option';

const EXPORT_USAGE_EN = `nastavnik export <file.md> [--out file.docx] [--format docx|pdf] [--force] [--profile P] [--locale ru|en]
  A Word document beside the source file (plan.md → plan.docx): A4 (a roadmap and a municipal action plan on
  a landscape page), Times New Roman, the «УТВЕРЖДАЮ» block at the top right, Word tables with the header on
  every page, page numbers. --format pdf — a PDF through LibreOffice. An existing file is replaced only
  with --force. When no file is written — a message and an exit code: 2 (arguments, no file or LibreOffice),
  3 (the file exists), 4 (over 5 MB), 5 (not UTF-8 text), 9 (LibreOffice made no PDF), 10 (writing).`;

/**
 * Real roadmaps and programmes are under 1 MB. At this limit a generated 4 500-row roadmap (5 MB of
 * UTF-8) exports in ≈ 13 s with ≈ 600 MB of memory on the 2-core test machine: beyond it, a refusal.
 */
export const MAX_EXPORT_BYTES = 5 * 1024 * 1024;

const MARKDOWN = new Set(['.md', '.markdown']);

type Format = 'docx' | 'pdf';

/**
 * Exit codes, the same numbers `nastavnik import` uses for the same reasons (docs/word.md), so one
 * script can handle both commands.
 */
export const EXPORT_EXIT = {
  ok: 0,
  /** Wrong arguments, no such file, not a .md file, an unknown format or profile, LibreOffice missing for PDF. */
  usage: 2,
  /** The target exists and --force was not given. */
  outputExists: 3,
  /** Over MAX_EXPORT_BYTES. */
  tooLarge: 4,
  /** Not text: binary data, or not UTF-8. */
  notText: 5,
  /** LibreOffice could not make the PDF, or took longer than the time limit. */
  conversionFailed: 9,
  /** The result could not be written (no such folder, no permission, disk full). */
  writeFailed: 10,
} as const;

class Refusal {
  constructor(
    readonly ru: string,
    readonly en: string,
    readonly code: number = EXPORT_EXIT.usage,
  ) {}
}

const megabytes = (bytes: number, locale: Locale): string => (bytes / 1024 / 1024).toFixed(1).replace('.', locale === 'ru' ? ',' : '.');

/** The Markdown text of `file`, or why it cannot be exported. */
function readInput(file: string): string | Refusal {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return new Refusal(`Не найден файл «${file}». Проверьте путь.`, `File «${file}» not found. Check the path.`);
  }
  if (stats.isDirectory()) {
    return new Refusal(
      `«${file}» — папка. Укажите один файл: nastavnik export ${join(file, 'plan.md')}`,
      `«${file}» is a folder. Give one file: nastavnik export ${join(file, 'plan.md')}`,
    );
  }
  if (!stats.isFile())
    return new Refusal(`«${file}» — не обычный файл. Укажите файл .md.`, `«${file}» is not a regular file. Give a .md file.`);
  if (!MARKDOWN.has(extname(file).toLowerCase())) {
    return new Refusal(
      `«${file}» — не файл Markdown. Экспортируются файлы .md (документ Word сначала импортируйте: nastavnik import).`,
      `«${file}» is not a Markdown file. Export takes .md files (import a Word document first: nastavnik import).`,
    );
  }
  if (stats.size > MAX_EXPORT_BYTES) {
    return new Refusal(
      `«${file}» слишком большой для экспорта: ${megabytes(stats.size, 'ru')} МБ, ` +
        `предел — ${megabytes(MAX_EXPORT_BYTES, 'ru')} МБ. Разделите документ на части.`,
      `«${file}» is too big to export: ${megabytes(stats.size, 'en')} MB, the limit is ${megabytes(MAX_EXPORT_BYTES, 'en')} MB. Split the document.`,
      EXPORT_EXIT.tooLarge,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return new Refusal(`Не удалось прочитать «${file}»: ${reason}.`, `Could not read «${file}»: ${reason}.`);
  }
  const notText = new Refusal(
    `«${file}» не похож на текст Markdown (двоичные данные или кодировка не UTF-8). Сохраните документ как текст в UTF-8.`,
    `«${file}» does not look like Markdown text (binary data, or not UTF-8). Save the document as UTF-8 text.`,
    EXPORT_EXIT.notText,
  );
  if (bytes.includes(0)) return notText;
  try {
    // The BOM stays: the core counts offsets with it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return notText;
  }
}

/** Where the result goes: --out, else the input's name with the format's extension. */
function outputPath(input: string, out: string | undefined, format: Format, force: boolean): string | Refusal {
  const target = out ?? join(dirname(input), `${basename(input, extname(input))}.${format}`);
  if (resolve(target) === resolve(input)) {
    return new Refusal(
      `Результат нельзя записать поверх исходного файла «${input}». Укажите другое имя в --out.`,
      `The result cannot overwrite the source «${input}». Give another name with --out.`,
    );
  }
  if (extname(target).toLowerCase() !== `.${format}`) {
    const suggested = `${basename(target, extname(target))}.${format}`;
    return new Refusal(
      `Файл «${target}» не подходит для формата ${format}: укажите --out ${suggested}.`,
      `«${target}» does not suit the ${format} format: use --out ${suggested}.`,
    );
  }
  const folder = dirname(resolve(target));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return new Refusal(
      `Папки «${dirname(target)}» нет. Создайте её или укажите другую в --out.`,
      `Folder «${dirname(target)}» does not exist. Create it or give another with --out.`,
      EXPORT_EXIT.writeFailed,
    );
  }
  if (existsSync(target)) {
    if (statSync(target).isDirectory())
      return new Refusal(`«${target}» — папка. Укажите имя файла в --out.`, `«${target}» is a folder. Give a file name with --out.`);
    if (!force) {
      return new Refusal(
        `Файл «${target}» уже есть и не заменён. Чтобы заменить его, добавьте --force; или укажите другое имя в --out.`,
        `«${target}» already exists and was left as it is. Add --force to replace it, or give another name with --out.`,
        EXPORT_EXIT.outputExists,
      );
    }
  }
  return target;
}

/** Written whole or not at all (word/write-whole.ts); existence was settled by the caller. */
function writeDocx(target: string, bytes: Uint8Array): Refusal | undefined {
  try {
    writeWhole(target, bytes, true);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return new Refusal(
      `Не удалось записать «${target}»: ${reason}. Проверьте права на папку и место на диске.`,
      `Could not write «${target}»: ${reason}. Check the folder's permissions and the free space.`,
      EXPORT_EXIT.writeFailed,
    );
  }
}

const KIND_RU: Record<ExportSummary['kind'], string> = {
  roadmap: 'дорожная карта',
  program: 'программа',
  personal: 'персонализированная программа',
  municipal: 'комплекс мер',
  other: 'документ',
  unknown: 'документ',
};
const KIND_EN: Record<ExportSummary['kind'], string> = {
  roadmap: 'roadmap',
  program: 'programme',
  personal: 'personalised programme',
  municipal: 'complex of measures',
  other: 'document',
  unknown: 'document',
};

function doneMessage(target: string, summary: ExportSummary, filled: { organization: boolean; approved: boolean }, locale: Locale): string {
  const shown = relative(process.cwd(), target) || target;
  const lines: string[] = [];
  if (locale === 'ru') {
    lines.push(
      `Сохранено: ${shown} — ${KIND_RU[summary.kind]}, ${summary.landscape ? 'альбомная' : 'книжная'} страница, таблиц: ${summary.tables}.`,
    );
    if (summary.approval === 'added' && (!filled.organization || !filled.approved)) {
      lines.push('В блоке «УТВЕРЖДАЮ» оставлены пропуски: впишите их в Word или добавьте в front matter «организация:» и «утверждено:».');
    }
  } else {
    lines.push(
      `Saved: ${shown} — ${KIND_EN[summary.kind]}, ${summary.landscape ? 'landscape' : 'portrait'} pages, tables: ${summary.tables}.`,
    );
    if (summary.approval === 'added' && (!filled.organization || !filled.approved)) {
      lines.push('The «УТВЕРЖДАЮ» block has blanks: fill them in Word, or add «организация:» and «утверждено:» to the front matter.');
    }
  }
  return lines.join('\n') + '\n';
}

export async function runExport(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        force: { type: 'boolean' },
        profile: { type: 'string', short: 'p' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(optionError(error, 'export', localeBeforeParsing(argv)) + '\n');
    return EXPORT_EXIT.usage;
  }
  const { values, positionals } = parsed;
  const locale = localeFrom(values.locale, positionals);
  const say = (r: Refusal): number => {
    process.stderr.write(`${locale === 'ru' ? r.ru : r.en}\n`);
    return r.code;
  };
  if (values.help) {
    process.stdout.write(`${locale === 'en' ? EXPORT_USAGE_EN : EXPORT_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    return say(
      new Refusal(
        `Укажите один файл Markdown: nastavnik export examples/clean-teachers-roadmap.md\n\n${EXPORT_USAGE}`,
        `Give one Markdown file: nastavnik export examples/clean-teachers-roadmap.md\n\n${EXPORT_USAGE_EN}`,
      ),
    );
  }
  const input = positionals[0]!;
  const requested = values.format ?? (values.out && extname(values.out).toLowerCase() === '.pdf' ? 'pdf' : 'docx');
  if (requested !== 'docx' && requested !== 'pdf') {
    return say(
      new Refusal(
        `Неизвестный формат «${requested}». Для экспорта допустимо: docx, pdf.`,
        `Unknown format «${requested}». Export takes: docx, pdf.`,
      ),
    );
  }
  const format: Format = requested;
  const profile = readProfileOption(values.profile, [input], locale);
  if (!profile.ok) {
    process.stderr.write(profile.message + '\n');
    return EXPORT_EXIT.usage;
  }
  const text = readInput(input);
  if (text instanceof Refusal) return say(text);
  const target = outputPath(input, values.out, format, values.force ?? false);
  if (target instanceof Refusal) return say(target);
  const soffice = format === 'pdf' ? findSoffice() : undefined;
  if (format === 'pdf' && !soffice) {
    return say(
      new Refusal(
        'Для PDF нужен LibreOffice, но он не найден. Установите его (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui; ' +
          'Windows и macOS: libreoffice.org) или экспортируйте в Word без --format pdf и сохраните PDF из Word.',
        'PDF needs LibreOffice, and it was not found. Install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui; ' +
          'Windows and macOS: libreoffice.org), or export to Word without --format pdf and save the PDF from Word.',
      ),
    );
  }

  const { loaded } = new ConfigLookup().forFile(input);
  const { docx, summary } = await exportDocx(text, { config: loaded.config, profile: profile.profile });
  let bytes = docx;
  if (soffice) {
    const pdf = await docxToPdf(docx, soffice);
    if (!pdf.ok) {
      return say(
        pdf.reason === 'timeout'
          ? new Refusal(
              `LibreOffice не успел сделать PDF за ${PDF_TIMEOUT_MS / 1000} с и был ` +
                'остановлен. Экспортируйте в Word (без --format pdf) и сохраните PDF из Word.',
              `LibreOffice did not make the PDF within ${PDF_TIMEOUT_MS / 1000} s and was ` +
                'stopped. Export to Word (without --format pdf) and save the PDF from Word.',
              EXPORT_EXIT.conversionFailed,
            )
          : new Refusal(
              `LibreOffice не смог сделать PDF (${pdf.detail.slice(0, 300)}). Экспортируйте в Word (без --format pdf) и сохраните PDF из Word.`,
              `LibreOffice could not make the PDF (${pdf.detail.slice(0, 300)}). Export to Word (without --format pdf) and save the PDF from Word.`,
              EXPORT_EXIT.conversionFailed,
            ),
      );
    }
    bytes = pdf.pdf;
  }
  const failed = writeDocx(target, bytes);
  if (failed) return say(failed);
  const model = { organization: summary.organization !== undefined, approved: summary.approved !== undefined };
  process.stdout.write(doneMessage(target, summary, model, locale));
  return EXPORT_EXIT.ok;
}
