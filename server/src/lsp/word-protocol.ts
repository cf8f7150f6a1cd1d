/**
 * The Word requests between the VS Code client and the server (lsp/word-requests.ts does the work).
 * Kept apart, with no imports of the conversion modules, so the client bundle stays without them.
 */
import type { Message } from '../core/diagnostic';

export const IMPORT_WORD_REQUEST = 'nastavnik/importWord';
export const EXPORT_WORD_REQUEST = 'nastavnik/exportWord';

export interface WordRequest {
  /** The file to convert: a Word file for import, the Markdown file for export. */
  path: string;
  /** Export: the text as the editor has it (unsaved edits included); else the file is read. */
  text?: string;
  /** Replace the target if it exists (the user said yes). */
  force?: boolean;
}

export type WordResult = { ok: true; path: string; warnings: Message[] } | { ok: false; exists?: string; message: Message };
