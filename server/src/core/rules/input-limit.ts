import { MAX_LINE_CHARS, MAX_ROW_CELLS } from '../read/guard';
import type { Message } from '../diagnostic';
import type { InputLimit } from '../read/guard';
import type { Rule } from './rule';
import { quoted } from './rule';
import { formatNumber } from '../words';

function messageFor(limit: InputLimit, excerpt: string): Message {
  switch (limit.kind) {
    case 'long-line':
      return {
        ru:
          `Строка ${excerpt} длиннее ${formatNumber(MAX_LINE_CHARS, 'ru')} символов (${formatNumber(limit.detail, 'ru')}): ` +
          'она не разобрана и не проверена. Разбейте её на несколько строк или ячеек.',
        en:
          `The line ${excerpt} is longer than ${formatNumber(MAX_LINE_CHARS, 'en')} characters (${formatNumber(limit.detail, 'en')}): ` +
          'it was not read or checked. Split it into several lines or cells.',
      };
    case 'wide-row':
      return {
        ru:
          `В строке таблицы ${excerpt} ${limit.detail} ячеек (больше ${MAX_ROW_CELLS}): она не ` +
          'разобрана и не проверена. Проверьте, не слились ли строки таблицы в одну, и разбейте её.',
        en:
          `The table line ${excerpt} has ${limit.detail} cells (more than ${MAX_ROW_CELLS}): ` +
          'it was not read or checked. Check whether table rows ran together and split them.',
      };
    case 'size':
      return {
        ru:
          `Документ слишком большой (текст начиная с ${excerpt} не проверен): проверены только ` +
          `первые ${formatNumber(limit.detail, 'ru')} символов. Разделите его на несколько файлов.`,
        en:
          `The document is too large (nothing from ${excerpt} on was checked): only the first ` +
          `${formatNumber(limit.detail, 'en')} characters were checked. Split it into several files.`,
      };
  }
}

/**
 * Input the parser was not given because it would stall it (core/read/guard.ts): a line longer than
 * 20,000 characters, a table line of more than 64 cells, or a document beyond the size cap.
 *
 * data: { kind: 'long-line' | 'wide-row' | 'size', detail (length, cells or the cap) }
 */
export const inputLimit: Rule = {
  code: 'input-limit',
  defaultSeverity: 'warning',
  title: { ru: 'Часть документа не проверена', en: 'Part of the document not checked' },
  check({ model, text, report }) {
    const limits: InputLimit[] = [...(model.limits ?? [])];
    if (model.truncated) limits.push({ kind: 'size', span: { start: model.truncated.at, end: model.length }, detail: model.truncated.at });
    for (const limit of limits) {
      const excerpt = quoted(text.slice(limit.span.start, Math.min(limit.span.end, limit.span.start + 200)), 30);
      report({ span: limit.span, message: messageFor(limit, excerpt), data: { kind: limit.kind, detail: limit.detail } });
    }
  },
};
