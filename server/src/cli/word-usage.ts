/**
 * The Russian synopses of `nastavnik import` and `nastavnik export`, apart from the commands: `nastavnik
 * --help` lists them, and importing them from the commands would load the Word code (mammoth, docx,
 * jszip…) on every run of the CLI; cli.ts loads that code only when one of these commands runs.
 */
export const IMPORT_USAGE = `nastavnik import <файл.docx|.doc|.odt|.rtf> [--out файл.md] [--force] [--format text|json]
  Документ Word → Markdown рядом с ним (план.docx → план.md); --out - печатает Markdown.
  Существующий файл заменяется только с --force. .doc, .odt и .rtf читаются через LibreOffice.`;

export const EXPORT_USAGE = `nastavnik export <файл.md> [--out файл.docx] [--format docx|pdf] [--force] [--profile P] [--locale ru|en]
  Документ Word рядом с исходным файлом (plan.md → plan.docx): A4 (дорожная карта и комплекс мер —
  альбомная страница), Times New Roman, блок «УТВЕРЖДАЮ» справа вверху, таблицы Word с шапкой на каждой
  странице, номера страниц. --format pdf — PDF через LibreOffice. Существующий файл заменяется только
  с --force. Если файл не записан — сообщение и код выхода: 2 (аргументы, нет файла или LibreOffice),
  3 (файл уже есть), 4 (больше 5 МБ), 5 (не текст UTF-8), 9 (LibreOffice не сделал PDF), 10 (запись).`;
