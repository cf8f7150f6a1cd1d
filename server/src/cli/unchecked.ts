/**
 * Files that `check`, `scores` and `report` found but did not check, and why. «Замечаний нет» must
 * mean «checked, and clean»: an empty file, a binary file named .md, or a Markdown file that is no
 * mentorship document (a README) is said to be unchecked instead, in every output format.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Locale } from '../core/diagnostic';
import { count, NOUN } from './words';

export type UncheckedReason = 'empty' | 'binary' | 'not-mentorship';

export interface UncheckedFile {
  path: string;
  reason: UncheckedReason;
}

/** Bytes looked at to tell a binary file: enough for any real header, cheap even for a 10 MB file. */
const SNIFF_BYTES = 8192;

/**
 * Why a file's raw content cannot be checked, before anything parses it; undefined when it can.
 * Binary: a NUL byte or invalid UTF-8 in the first 8 KB (a Word file renamed .md, an image…).
 */
export function uncheckableContent(raw: Uint8Array | string | undefined): UncheckedReason | undefined {
  if (raw === undefined || raw.length === 0) return 'empty';
  if (typeof raw === 'string') {
    const head = raw.slice(0, SNIFF_BYTES);
    if (head.includes('\u0000') || head.includes('\uFFFD')) return 'binary';
    return raw.trim() === '' ? 'empty' : undefined;
  }
  const head = raw.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return 'binary';
  try {
    // `stream: true`: a multi-byte letter cut by the 8 KB boundary is not a decoding error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return 'binary';
  }
  // Whitespace only (spaces, line breaks, a BOM) is an empty document too.
  return /^[\s\uFEFF]*$/.test(new TextDecoder().decode(head)) && raw.length <= SNIFF_BYTES ? 'empty' : undefined;
}

const REASONS: Record<UncheckedReason, Record<Locale, string>> = {
  empty: {
    ru: 'файл пустой — нечего проверять',
    en: 'the file is empty — nothing to check',
  },
  binary: {
    ru:
      'это не текст, а двоичный файл (например, документ Word или картинка с расширением ' +
      '.md); документ Word переведите в Markdown: nastavnik import файл.docx',
    en: 'this is a binary file, not text (e.g. a Word document or a picture named .md); convert a Word document to Markdown: nastavnik import file.docx',
  },
  'not-mentorship': {
    ru: 'не похож на дорожную карту, программу наставничества или комплекс мер; если это один из них, укажите вид в начале файла (kind: roadmap)',
    en: 'does not look like a roadmap, mentorship programme or complex of measures; if it is one, state the kind at the top of the file (kind: roadmap)',
  },
};

/** The plain statement for a file that was not checked, without the path. */
export function uncheckedMessage(reason: UncheckedReason, locale: Locale): string {
  return `${locale === 'ru' ? 'не проверен' : 'not checked'}: ${REASONS[reason][locale]}`;
}

export function uncheckedToJson(files: readonly UncheckedFile[], locale: Locale) {
  return files.map((f) => ({ file: f.path, reason: f.reason, message: uncheckedMessage(f.reason, locale) }));
}

/** Files below a folder, counted by extension (for «no Markdown here: 2 .docx, 1 .txt»); stops after `limit` entries. */
export function countByExtension(dir: string, limit = 10_000): Map<string, number> {
  const counts = new Map<string, number>();
  const stack = [dir];
  let seen = 0;
  while (stack.length > 0 && seen < limit) {
    const current = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue; // unreadable sub-folder: counted as nothing
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      seen++;
      if (e.isDirectory()) stack.push(join(current, e.name));
      else if (e.isFile()) {
        const ext = extname(e.name).toLowerCase(); // '' — no extension
        counts.set(ext, (counts.get(ext) ?? 0) + 1);
      }
    }
  }
  return counts;
}

export const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** «No Markdown in docs/: 2 .docx files, 1 .txt file» and what to do about each kind found. */
export function noMarkdownMessage(inputs: string[], locale: Locale): string {
  const ru = locale === 'ru';
  const where = `«${inputs.join('», «')}»`;
  const counts = new Map<string, number>();
  for (const dir of inputs.filter(isFolder)) {
    for (const [ext, n] of countByExtension(dir)) counts.set(ext, (counts.get(ext) ?? 0) + n);
  }
  const lines = [ru ? `Не найдено ни одного файла Markdown (.md) в ${where}.` : `No Markdown (.md) files found in ${where}.`];
  if (counts.size > 0) {
    const found = [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([ext, n]) => `${count(n, NOUN.file, locale)} ${ext || (ru ? 'без расширения' : 'without an extension')}`);
    lines.push(ru ? `Найдено: ${found.join(', ')}.` : `Found: ${found.join(', ')}.`);
  }
  if (counts.has('.docx') || counts.has('.doc')) {
    lines.push(
      ru
        ? 'Документы Word переведите в Markdown и проверьте: nastavnik import файл.docx, затем nastavnik check файл.md'
        : 'Convert Word documents to Markdown, then check them: nastavnik import file.docx, then nastavnik check file.md',
    );
  }
  if (counts.has('.txt')) {
    lines.push(
      ru
        ? 'Текстовый файл (.txt) с таблицами Markdown переименуйте в .md.'
        : 'Rename a text file (.txt) that holds Markdown tables to .md.',
    );
  }
  if (counts.size === 0)
    lines.push(
      ru
        ? 'Папка пуста. Укажите папку с документами: nastavnik check examples/'
        : 'The folder is empty. Give a folder with documents: nastavnik check examples/',
    );
  return lines.join('\n') + '\n';
}
