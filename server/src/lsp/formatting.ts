/** Document and range formatting: the core's table formatter (core/editing/format.ts) as LSP text edits. */
import type { Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import { formatTables } from '../core/editing/format';
import { toLspEdit, toSpan } from './convert';

/** Edits that align every table (or every table the range touches) of the analysed document. */
export function formatEdits(doc: TextDocument, analysis: Analysis, range?: Range): LspTextEdit[] {
  const text = doc.getText();
  // The analysis must be of this very text: offsets of another version would corrupt the document.
  if (analysis.model.length !== text.length) return [];
  return formatTables(text, analysis.model, range ? toSpan(doc, range) : undefined).map((e) => toLspEdit(doc, e));
}
