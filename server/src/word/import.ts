/**
 * `importWord`: a Word document (.docx; .doc, .odt, .rtf through LibreOffice) → Markdown that
 * Nastavnik reads: front matter with what the document states, the title as `# …`, tables as GFM
 * tables. Node-side (files, a child process); the reading of the result is the core's.
 *
 * .docx → checks (docx-guard.ts) → mammoth (HTML) → html-to-markdown.ts → shape-title.ts →
 * front-matter-from-text.ts. Throws WordImportError (with its exit code) when it cannot go on; never
 * writes anything itself.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import mammoth from 'mammoth';
import { analyze } from '../core/analyze';
import type { Message } from '../core/diagnostic';
import { createParseCache } from '../core/read/parse';
import { MAX_INPUT_BYTES, checkDocx, containerOf, encrypted, tooLarge } from './docx-guard';
import { frontMatterFor } from './front-matter-from-text';
import { htmlToMdast, mdastToMarkdown, emptyNotes, type ConversionNotes } from './html-to-markdown';
import { WordImportError } from './import-error';
import { shapeTitle } from './shape-title';
import { sofficeConvert } from './soffice';

/** Extensions imported directly, and those LibreOffice turns into .docx first. */
export const DOCX_EXTENSIONS = ['.docx', '.docm', '.dotx'] as const;
export const SOFFICE_EXTENSIONS = ['.doc', '.dot', '.odt', '.rtf'] as const;

export type WordInput = string | { bytes: Buffer; name: string };

export interface ImportOptions {
  /** The soffice to run (default: found on PATH); the time limit for it. */
  soffice?: string;
  sofficeTimeoutMs?: number;
  /** Write the front matter block (default true). */
  frontMatter?: boolean;
}

export interface ImportSummary {
  kind: string;
  title?: string;
  /** Tables and their activity rows as the core reads them. */
  tables: number;
  rows: number;
  errors: number;
  warnings: number;
}

export interface ImportResult {
  markdown: string;
  /** What the user should know: pictures left out, links dropped, no plan table… */
  warnings: Message[];
  /** How the file was read: directly, or through LibreOffice. */
  via: 'mammoth' | 'libreoffice';
  frontMatter: Record<string, string>;
  undetermined: string[];
  notes: ConversionNotes;
  summary: ImportSummary;
  /** Milliseconds spent, for the CLI's --format json and measurements. */
  ms: number;
}

const MAMMOTH_STYLE_MAP = [
  // Word's «Название» style is the document's title.
  "p[style-name='Title'] => h1:fresh",
];

/** mammoth's warnings that say nothing to a methodist: styles it has no mapping for, picture formats. */
const QUIET_WARNING =
  /^Unrecognised (paragraph|run|table) style|^Image of type|unlikely to display|^An unrecognised element was ignored: (w:|v:|o:|wp:|mc:|m:)/;

function readInput(input: WordInput): { bytes: Buffer; name: string; path?: string } {
  if (typeof input !== 'string') {
    if (input.bytes.length > MAX_INPUT_BYTES) throw tooLarge(input.name, input.bytes.length);
    return input;
  }
  let size: number;
  try {
    const st = statSync(input);
    if (st.isDirectory()) {
      throw new WordImportError('usage', {
        ru: `«${input}» — папка. Укажите один файл: nastavnik import план.docx`,
        en: `«${input}» is a folder. Give one file: nastavnik import plan.docx`,
      });
    }
    size = st.size;
  } catch (error) {
    if (error instanceof WordImportError) throw error;
    throw new WordImportError('usage', {
      ru: `Не найден файл «${input}». Проверьте путь.`,
      en: `File «${input}» not found. Check the path.`,
    });
  }
  // Refused before it is read: a 2 GB file must not be loaded to learn it is too big.
  if (size > MAX_INPUT_BYTES) throw tooLarge(input, size);
  return { bytes: readFileSync(input), name: input, path: input };
}

function unsupported(name: string): WordImportError {
  return new WordImportError('usage', {
    ru:
      'Наставник импортирует документы Word и LibreOffice: .docx, .doc, .odt, .rtf. У ' +
      `«${name}» другое расширение. Если это документ Word, сохраните его как .docx.`,
    en:
      `Nastavnik imports Word and LibreOffice documents: .docx, .doc, .odt, .rtf. «${name}» ` +
      'has another extension. If it is a Word document, save it as .docx.',
  });
}

/** Through LibreOffice to .docx; a Buffer input is written to a temporary file first. */
async function viaSoffice(file: { bytes: Buffer; name: string; path?: string }, ext: string, options: ImportOptions): Promise<Buffer> {
  if (file.path) return sofficeConvert(file.path, 'docx', { soffice: options.soffice, timeoutMs: options.sofficeTimeoutMs });
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-import-'));
  try {
    const path = join(dir, `input${ext}`);
    writeFileSync(path, file.bytes);
    return await sofficeConvert(path, 'docx', { soffice: options.soffice, timeoutMs: options.sofficeTimeoutMs });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function mammothFailure(name: string, error: unknown): WordImportError {
  const detail = error instanceof Error ? error.message : String(error);
  // mammoth's XML reader (xmldom) reports «fatalError: …», «error: …» or «warning: …» for bad XML.
  if (/^(?:fatalError|error|warning):/i.test(detail) || /xml/i.test(detail)) {
    return new WordImportError(
      'brokenXml',
      {
        ru:
          `Внутри файла «${name}» испорчен текст документа (неверный XML), его нельзя прочитать. Откройте файл в Word: ` +
          'он предложит восстановить содержимое — согласитесь и сохраните файл заново как .docx, затем повторите импорт.',
        en:
          `The document text inside «${name}» is broken (invalid XML) and cannot be read. Open the file in ` +
          'Word: it offers to recover the contents — accept, save the file again as .docx and import that.',
      },
      detail,
    );
  }
  return new WordImportError(
    'damaged',
    {
      ru:
        `Файл «${name}» не читается как документ Word (.docx): ` +
        `${/main document part/i.test(detail) ? 'в нём нет основного текста документа' : 'он повреждён'}. Откройте его в Word или ` +
        'LibreOffice и сохраните заново как .docx, затем повторите импорт.',
      en:
        `«${name}» cannot be read as a Word document (.docx): ` +
        `${/main document part/i.test(detail) ? 'it has no main document part' : 'it is damaged'}. Open it in Word ` +
        'or LibreOffice, save it again as .docx and import that.',
    },
    detail,
  );
}

/** Reads a Word document and returns its Markdown. Nothing is written. */
export async function importWord(input: WordInput, options: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const file = readInput(input);
  const name = file.name;
  const ext = extname(name).toLowerCase();
  const container = containerOf(file.bytes);
  if (container === 'encrypted-docx') throw encrypted(name);
  let docx: Buffer;
  let via: ImportResult['via'] = 'mammoth';
  if ((DOCX_EXTENSIONS as readonly string[]).includes(ext)) {
    if (container === 'zip') docx = file.bytes;
    else if (container === 'ole' || container === 'rtf') {
      // An old .doc or an .rtf saved under a .docx name: LibreOffice reads it.
      docx = await viaSoffice(file, container === 'rtf' ? '.rtf' : '.doc', options);
      via = 'libreoffice';
    } else {
      throw new WordImportError(
        'damaged',
        {
          ru: `Файл «${name}» — не документ Word: внутри нет ни .docx, ни .doc. Откройте исходный файл в Word и сохраните его как «Документ Word (.docx)».`,
          en: `«${name}» is not a Word document: it holds neither .docx nor .doc. Open the original in Word and save it as «Word Document (.docx)».`,
        },
        `first bytes: ${file.bytes.subarray(0, 8).toString('hex')}`,
      );
    }
  } else if ((SOFFICE_EXTENSIONS as readonly string[]).includes(ext)) {
    docx = await viaSoffice(file, ext, options);
    via = 'libreoffice';
  } else throw unsupported(name);

  if (docx.length > MAX_INPUT_BYTES) throw tooLarge(name, docx.length);
  await checkDocx(name, docx);

  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: docx },
      {
        styleMap: MAMMOTH_STYLE_MAP,
        // Pictures are left out: never unpacked, never inlined as data: addresses.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
    messages = result.messages;
  } catch (error) {
    throw mammothFailure(name, error);
  }

  const notes = emptyNotes();
  const tree = htmlToMdast(html, notes);
  shapeTitle(tree);
  const body = mdastToMarkdown(tree);
  const cache = createParseCache();
  const fm = options.frontMatter === false ? { block: '', values: {}, missing: [] } : frontMatterFor(body, cache);
  const markdown = fm.block + body;

  const { model, diagnostics } = analyze(markdown, { parseCache: cache });
  const warnings: Message[] = [];
  const plan = model.tables.filter((t) => t.kind === 'roadmap' || t.kind === 'stages');
  if (model.tables.length === 0) {
    warnings.push({
      ru:
        'В документе нет ни одной таблицы: таблица плана (этапы, мероприятия, сроки, ответственные) не найдена. ' +
        'Текст перенесён; если план в документе есть, он, вероятно, набран без таблицы — оформите его таблицей.',
      en:
        'The document has no table: no plan table (stages, activities, deadlines, responsibles) was found. The ' +
        'text was imported; if the document has a plan, it is probably typed without a table — make it a table.',
    });
  } else if (plan.length === 0) {
    warnings.push({
      ru:
        `Таблица плана не найдена: ни в одной из таблиц (${model.tables.length}) нет столбцов ` +
        'мероприятий, сроков или ответственных. Проверьте заголовки столбцов в полученном файле.',
      en:
        `No plan table found: none of the ${model.tables.length} tables has activity, ` +
        'deadline or responsible columns. Check the column headers in the result.',
    });
  }
  if (notes.images > 0) {
    warnings.push({
      ru: `Рисунков не перенесено: ${notes.images} (Markdown-версия хранит только текст; на месте отдельного рисунка оставлена пометка).`,
      en: `Pictures left out: ${notes.images} (the Markdown keeps text only; a note marks where a picture stood alone).`,
    });
  }
  if (notes.droppedLinks.length > 0) {
    warnings.push({
      ru: `Убраны ссылки с небезопасным адресом (${notes.droppedLinks.length}: ${notes.droppedLinks
        .slice(0, 3)
        .map((h) => `«${h.slice(0, 60)}»`)
        .join(', ')}): текст ссылок оставлен, сами ссылки — нет.`,
      en: `Links with an unsafe address removed (${notes.droppedLinks.length}: ${notes.droppedLinks
        .slice(0, 3)
        .map((h) => `«${h.slice(0, 60)}»`)
        .join(', ')}): their text is kept, the links are not.`,
    });
  }
  const other = messages.filter((m) => !QUIET_WARNING.test(m.message));
  if (other.length > 0) {
    warnings.push({
      ru: `Часть оформления Word не перенесена (${other.length}): ${other
        .slice(0, 3)
        .map((m) => m.message)
        .join('; ')}.`,
      en: `Some Word formatting was not carried over (${other.length}): ${other
        .slice(0, 3)
        .map((m) => m.message)
        .join('; ')}.`,
    });
  }
  return {
    markdown,
    warnings,
    via,
    frontMatter: fm.values,
    undetermined: fm.missing,
    notes,
    summary: {
      kind: model.meta.kind,
      title: model.meta.title,
      tables: model.tables.length,
      rows: plan.reduce(
        (n, t) => n + t.rows.filter((r) => !r.isSection && !r.isColumnNumbers && r.activity && r.activity.text !== '').length,
        0,
      ),
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    },
    ms: Math.round(performance.now() - started),
  };
}

/** The default output: the input's name with .md, beside it («план.docx» → «план.md»). */
export function defaultOutput(input: string): string {
  const ext = extname(input);
  return ext ? input.slice(0, -ext.length) + '.md' : input + '.md';
}
