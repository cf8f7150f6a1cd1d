/**
 * «Наставник: Импорт из Word…» and «Наставник: Экспорт в Word» for editors: two requests the client
 * sends with a file path; the server converts with the same modules as `nastavnik import / export`
 * (server/src/word/) and writes the file. Never a second copy of the conversion in the client, and
 * never a file replaced unasked: an existing target is reported back, and the client asks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Message } from '../core/diagnostic';
import type { WorkspaceConfig } from '../core/config';
import { exportDocx } from '../word/export';
import { defaultOutput, importWord } from '../word/import';
import { WordImportError } from '../word/import-error';
import { writeWhole } from '../word/write-whole';
import type { WordRequest, WordResult } from './word-protocol';

export { EXPORT_WORD_REQUEST, IMPORT_WORD_REQUEST } from './word-protocol';

/** Export refuses texts over this size, as the CLI does (cli/export-command.ts). */
const MAX_EXPORT_CHARS = 5 * 1024 * 1024;

const BAD_REQUEST: WordResult = { ok: false, message: { ru: 'Не указан файл для преобразования.', en: 'No file to convert was given.' } };

export async function importWordFile(params: WordRequest | null): Promise<WordResult> {
  if (typeof params?.path !== 'string' || params.path === '') return BAD_REQUEST;
  const out = defaultOutput(params.path);
  if (existsSync(out) && !params.force) return { ok: false, exists: out, message: existsMessage(out) };
  try {
    const result = await importWord(params.path);
    writeWhole(out, result.markdown, params.force === true);
    return { ok: true, path: out, warnings: result.warnings };
  } catch (error) {
    if (error instanceof WordImportError) return { ok: false, message: error.text };
    return { ok: false, message: failed(error) };
  }
}

export async function exportWordFile(params: WordRequest | null, config?: WorkspaceConfig): Promise<WordResult> {
  if (typeof params?.path !== 'string' || params.path === '') return BAD_REQUEST;
  const out = join(dirname(params.path), `${basename(params.path, extname(params.path))}.docx`);
  if (existsSync(out) && !params.force) return { ok: false, exists: out, message: existsMessage(out) };
  try {
    const text = typeof params.text === 'string' ? params.text : readFileSync(params.path, 'utf8');
    if (text.length > MAX_EXPORT_CHARS) {
      return {
        ok: false,
        message: {
          ru: 'Документ больше 5 МБ: такой файл в Word не выгружается. Разделите документ на части.',
          en: 'The document is over 5 MB: too big to export to Word. Split it into parts.',
        },
      };
    }
    const { docx } = await exportDocx(text, { config });
    writeWhole(out, docx, params.force === true);
    return { ok: true, path: out, warnings: [] };
  } catch (error) {
    return { ok: false, message: failed(error) };
  }
}

function existsMessage(out: string): Message {
  return { ru: `Файл «${basename(out)}» уже есть.`, en: `«${basename(out)}» already exists.` };
}

function failed(error: unknown): Message {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ru: `Не удалось преобразовать документ (${detail}). Проверьте, что файл не открыт в другой программе и папка доступна для записи.`,
    en: `Could not convert the document (${detail}). Check that the file is not open elsewhere and the folder is writable.`,
  };
}
