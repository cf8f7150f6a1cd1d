/**
 * Document templates as completions, for editors that do not load VS Code's contributed snippets
 * (Neovim, Emacs, Helix…): which templates fit where the cursor is, and the word they replace.
 *  - a stage row, on a new line right under a roadmap table's rows (the table's profile);
 *  - a whole document, in an (almost) empty document;
 *  - a table (efficiency indicators, targets, questionnaire…), on any line outside a table.
 * Pure: the LSP adapter turns the result into snippet or plain-text items.
 */
import type { DocumentModel, Span } from './model';
import { TEMPLATES, type Template } from './templates';

export interface TemplateCompletion { replace: Span; templates: Template[] }

/** How much text (besides what is being typed) still counts as an empty document. */
const NEARLY_EMPTY = 40;

export function templateCompletionsAt(text: string, model: DocumentModel, offset: number): TemplateCompletion | null {
  if (offset < 0 || offset > text.length) return null;
  const fm = model.meta.frontMatterSpan;
  if (fm && offset >= fm.start && offset <= fm.end) return null; // front matter has its own completion
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const typed = text.slice(lineStart, offset);
  // Only a word being typed at the start of a line (prefixes are «дк-педагоги», «roadmap-teachers»…).
  if (!/^[\p{L}\p{N}-]*$/u.test(typed)) return null;
  const lineEnd = text.indexOf('\n', offset);
  const rest = text.slice(offset, lineEnd === -1 ? text.length : lineEnd).trim();
  if (rest !== '') return null;
  const replace = { start: lineStart, end: offset };

  const previousLine = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(lineStart - 1, 0)).replace(/\r$/, '');
  // The word typed right under a table is read as a new one-cell row, so the table may end here.
  const tableAbove = model.tables.find((t) => t.kind === 'roadmap' && t.span.start < lineStart && t.span.end >= lineStart - 2);
  if (tableAbove && previousLine.trimStart().startsWith('|')) {
    const profile = tableAbove.profile ?? model.meta.profile;
    const rows = TEMPLATES.filter((t) => t.kind === 'stage-row' && (!profile || t.profile === profile));
    return rows.length > 0 ? { replace, templates: rows } : null;
  }
  if (previousLine.trimStart().startsWith('|')) return null; // right under another table: a row would join it
  const nearlyEmpty = text.trim().length - typed.length <= NEARLY_EMPTY;
  const templates = TEMPLATES.filter((t) => t.kind === 'table' || (t.kind === 'document' && nearlyEmpty));
  return templates.length > 0 ? { replace, templates } : null;
}
