/**
 * `nastavnik import <file.docx|file.doc|file.odt|file.rtf> [--out file.md] [--force]`: a Word
 * document → Markdown beside it (server/src/word/import.ts does the work). Progress and warnings go
 * to stderr, the path of the written Markdown to stdout (`--out -` prints the Markdown itself),
 * `--format json` prints one JSON object instead. Nothing is written when the import fails, and an
 * existing file is never replaced without --force. Exit codes: word/import-error.ts, docs/word.md.
 */
import { existsSync } from 'node:fs';
import { writeWhole } from '../word/write-whole';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale, Message } from '../core/diagnostic';
import { localeFrom } from './locale';
import { localeBeforeParsing, optionError } from './usage';
import { IMPORT_USAGE } from './word-usage';
import { IMPORT_EXIT, WordImportError } from '../word/import-error';
import { defaultOutput, importWord, type ImportResult } from '../word/import';

const HELP = `${IMPORT_USAGE}

Коды выхода: 0 — готово; 2 — неверные аргументы, файл не найден, нет LibreOffice; 3 — файл .md уже есть
(добавьте --force); 4 — файл больше 50 МБ; 5 — файл повреждён или это не документ Word; 6 — испорчен
XML внутри документа; 7 — документ защищён паролем; 8 — файл распаковывается в недопустимо большой
объём; 9 — LibreOffice не смог преобразовать файл; 10 — не удалось записать .md; 11 — внутренняя ошибка.`;

const IMPORT_USAGE_EN = `nastavnik import <file.docx|.doc|.odt|.rtf> [--out file.md] [--force] [--format text|json]
  A Word document → Markdown beside it (plan.docx → plan.md); --out - prints the Markdown.
  An existing file is replaced only with --force. .doc, .odt and .rtf are read through LibreOffice.`;

const HELP_EN = `${IMPORT_USAGE_EN}

Exit codes: 0 — done; 2 — wrong arguments, file not found, no LibreOffice; 3 — the .md file exists
(add --force); 4 — the file is over 50 MB; 5 — the file is damaged or not a Word document; 6 — broken
XML inside the document; 7 — the document is password-protected; 8 — the file unpacks to an unacceptably
large size; 9 — LibreOffice could not convert the file; 10 — the .md could not be written; 11 — internal error.`;

function usageError(ru: string, en: string): WordImportError {
  return new WordImportError('usage', { ru, en });
}

/** Writes the Markdown (word/write-whole.ts); a refusal in the user's words. */
function writeOutput(out: string, text: string, force: boolean): void {
  try {
    writeWhole(out, text, force);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists(out);
    throw new WordImportError(
      'writeFailed',
      {
        ru:
          `Не удалось записать «${out}» (${code ?? 'ошибка'}): проверьте, что папка ` +
          'существует и в неё можно писать, или укажите другой путь: --out папка/файл.md',
        en: `Could not write «${out}» (${code ?? 'error'}): check that the folder exists and is writable, or give another path: --out folder/file.md`,
      },
      error instanceof Error ? error.message : String(error),
    );
  }
}

function exists(out: string): WordImportError {
  return new WordImportError('outputExists', {
    ru: `Файл «${out}» уже есть, он не заменён. Чтобы заменить его, добавьте --force; чтобы сохранить рядом — укажите другое имя: --out новый.md`,
    en: `«${out}» already exists and was not replaced. Add --force to replace it, or give another name: --out new.md`,
  });
}

function summaryLine(r: ImportResult, out: string, locale: Locale): string {
  const s = r.summary;
  if (locale === 'en') {
    return `Done: ${s.tables} table(s), ${s.rows} plan row(s); the check finds ${s.errors} error(s), ${s.warnings} warning(s): nastavnik check ${out}`;
  }
  return (
    `Готово: таблиц — ${s.tables}, строк плана — ${s.rows}; проверка находит ошибок: ` +
    `${s.errors}, предупреждений: ${s.warnings}. Подробно: nastavnik check ${out}`
  );
}

export async function runImport(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        locale: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(optionError(error, 'import', localeBeforeParsing(argv)) + '\n');
    return IMPORT_EXIT.usage;
  }
  const { values, positionals } = parsed;
  const locale = localeFrom(values.locale, positionals);
  if (values.help) {
    process.stdout.write((locale === 'en' ? HELP_EN : HELP) + '\n');
    return 0;
  }
  const json = values.format === 'json';
  const say = (m: Message): void => {
    if (!values.quiet || json) process.stderr.write(m[locale] + '\n');
  };
  const input = positionals[0];
  const toStdout = values.out === '-';
  const out = toStdout ? '-' : (values.out ?? (input ? defaultOutput(input) : ''));
  try {
    if (values.format !== undefined && values.format !== 'text' && values.format !== 'json') {
      throw usageError(
        `Неизвестный формат «${values.format}». Допустимо: text, json.`,
        `Unknown format «${values.format}». Allowed: text, json.`,
      );
    }
    if (!input || positionals.length > 1) {
      throw usageError(
        `Укажите один файл: nastavnik import план.docx\n\n${HELP}`,
        `Give one file: nastavnik import plan.docx\n\n${HELP_EN}`,
      );
    }
    if (!toStdout && resolve(out) === resolve(input)) {
      throw usageError(
        `Файл результата совпадает с исходным «${input}». Укажите другое имя: --out план.md`,
        `The output is the input «${input}» itself. Give another name: --out plan.md`,
      );
    }
    // Refused before the work: a minute of LibreOffice must not end in «file exists».
    if (!toStdout && !values.force && existsSync(out)) throw exists(out);
    if (!json && !values.quiet) say({ ru: `Импорт «${input}»…`, en: `Importing «${input}»…` });
    const result = await importWord(input);
    if (toStdout) process.stdout.write(result.markdown);
    else writeOutput(out, result.markdown, values.force === true);
    if (json) {
      process.stdout.write(
        JSON.stringify(
          {
            input,
            output: out,
            via: result.via,
            frontMatter: result.frontMatter,
            undetermined: result.undetermined,
            warnings: result.warnings.map((w) => w[locale]),
            notes: result.notes,
            summary: result.summary,
            ms: result.ms,
          },
          null,
          2,
        ) + '\n',
      );
      return IMPORT_EXIT.ok;
    }
    for (const w of result.warnings) say({ ru: `Внимание: ${w.ru}`, en: `Note: ${w.en}` });
    if (result.undetermined.length > 0) {
      say({
        ru: `Не определено по тексту документа: ${result.undetermined.join(', ')} — впишите в начало файла (front matter).`,
        en: `Not determined from the document's text: ${result.undetermined.join(', ')} — fill them in at the top of the file (front matter).`,
      });
    }
    if (!toStdout) {
      say({ ru: summaryLine(result, out, 'ru'), en: summaryLine(result, out, 'en') });
      process.stdout.write(out + '\n');
    }
    return IMPORT_EXIT.ok;
  } catch (error) {
    const failure =
      error instanceof WordImportError
        ? error
        : new WordImportError(
            'internal',
            {
              ru:
                `Не удалось импортировать «${input ?? ''}»: внутренняя ошибка Наставника при чтении файла. Сохраните ` +
                'файл в Word заново как .docx и повторите; если не поможет — сообщите о файле разработчикам.',
              en:
                `Could not import «${input ?? ''}»: an internal error while reading the file. Save it again ` +
                'in Word as .docx and retry; if that does not help, report the file to the developers.',
            },
            error instanceof Error ? (error.stack ?? error.message) : String(error),
          );
    process.stderr.write(failure.text[locale] + '\n');
    if (json) {
      process.stdout.write(
        JSON.stringify(
          {
            input: input ?? null,
            output: out || null,
            error: { reason: failure.reason, exitCode: failure.exitCode, message: failure.text[locale], detail: failure.detail ?? null },
          },
          null,
          2,
        ) + '\n',
      );
    }
    return failure.exitCode;
  }
}
