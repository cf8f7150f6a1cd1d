/** What a reader of an exported .docx must find, shared by word-export.test.ts and test/slow/word-libreoffice.test.ts. */
import type { DocumentModel } from '../server/src/core/model';

export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** What a reader must find in the export: the title and every non-empty part of every table cell. */
export function expectedTexts(model: DocumentModel): string[] {
  const out: string[] = [];
  if (model.meta.title) out.push(model.meta.title);
  for (const table of model.tables) {
    for (const column of table.columns) if (column.header.trim()) out.push(column.header);
    for (const row of table.rows) for (const cell of row.cells) for (const part of cell.parts) if (part.text.trim()) out.push(part.text);
  }
  return out.map(norm);
}

export function missingFrom(text: string, expected: readonly string[]): string[] {
  const haystack = norm(text);
  return expected.filter((e) => !haystack.includes(e));
}
