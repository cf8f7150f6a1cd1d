/**
 * Document templates as completions, for editors that do not load VS Code's contributed snippets
 * (Neovim, Emacs, Helix…): which templates fit where the cursor is, and the word they replace.
 *  - a stage row, on a new line right under a roadmap table's rows (the table's profile), the
 *    stages the table lacks first;
 *  - a whole document, in an (almost) empty document;
 *  - a table (efficiency indicators, targets, questionnaire…), on any other line outside a table.
 * Filtered here by the word typed (Russian or Latin prefix, or a word of one), because not every
 * client filters on `filterText`: Eglot and some Neovim setups match the label.
 * Pure: the LSP adapter turns the result into snippet or plain-text items.
 */
import type { Locale } from '../diagnostic';
import type { DocumentModel, Span, Table } from '../model';
import { TEMPLATES, type Template } from './templates';

export interface TemplateCompletion {
  replace: Span;
  /** The word typed at the start of the line (may be empty). */
  typed: string;
  templates: Template[];
}

/** How much text (besides what is being typed) still counts as an empty document. */
const NEARLY_EMPTY = 40;

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

/** The template's prefix the typed word matches (from its start, or from a word after «-»), if any. */
function matchingPrefix(template: Template, typed: string): string | undefined {
  const word = fold(typed);
  return template.prefix.find((p) => {
    const prefix = fold(p);
    return prefix.startsWith(word) || prefix.includes(`-${word}`);
  });
}

/** A Latin prefix reads better in an English session; a Russian one otherwise. */
function preferredPrefix(template: Template, locale: Locale): string {
  const latin = template.prefix.find((p) => /^[a-z]/i.test(p));
  return (locale === 'en' && latin) || template.prefix[0]!;
}

/**
 * The label to show: the prefix the user is typing (so a client that filters on labels keeps the item),
 * or, before anything is typed, the prefix of the session's language.
 */
export function templateLabel(template: Template, typed: string, locale: Locale): string {
  if (typed === '') return preferredPrefix(template, locale);
  return matchingPrefix(template, typed) ?? preferredPrefix(template, locale);
}

/** The number a row inserted at `offset` continues with: one more than the row above («9.» → 10, «3.2» → 4). */
function nextNumber(table: Table, offset: number): number | undefined {
  const above = table.rows.filter((r) => r.span.end < offset && r.number !== undefined && /^\d/.test(r.number));
  const last = above[above.length - 1];
  return last ? Number(/^\d+/.exec(last.number!)![0]) + 1 : undefined;
}

/**
 * Stage rows of the table's profile, the stages the table does not have yet first, each numbered to
 * follow the row above (a stage-row template's number is its tab stop 1; a municipal measure mirrors it).
 */
function stageRows(table: Table, model: DocumentModel, offset: number): Template[] {
  const profile = table.profile ?? model.meta.profile;
  const present = new Set(table.rows.map((r) => r.stage?.match?.stageId).filter((id): id is string => id !== undefined));
  const rows = TEMPLATES.filter((t) => t.kind === 'stage-row' && (!profile || t.profile === profile));
  const missing = (t: Template) => (t.stageId !== undefined && present.has(t.stageId) ? 1 : 0);
  const next = nextNumber(table, offset);
  return [...rows] // sort is stable: profile order within each group
    .sort((a, b) => missing(a) - missing(b))
    .map((t) => (next === undefined ? t : { ...t, body: t.body.replace(/^\| \$\{1:\d+\}/, `| \${1:${next}}`) }));
}

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
  const result = (candidates: Template[]): TemplateCompletion | null => {
    const templates = candidates.filter((t) => typed === '' || matchingPrefix(t, typed) !== undefined);
    return templates.length > 0 ? { replace, typed, templates } : null;
  };

  const previousLine = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(lineStart - 1, 0)).replace(/\r$/, '');
  // The word typed right under a table is read as a new one-cell row, so the table may end here.
  const tableAbove = model.tables.find((t) => t.kind === 'roadmap' && t.span.start < lineStart && t.span.end >= lineStart - 2);
  if (tableAbove && previousLine.trimStart().startsWith('|')) return result(stageRows(tableAbove, model, lineStart));
  if (previousLine.trimStart().startsWith('|')) return null; // right under another table: a row would join it
  const nearlyEmpty = text.trim().length - typed.length <= NEARLY_EMPTY;
  return result(TEMPLATES.filter((t) => t.kind === 'table' || (t.kind === 'document' && nearlyEmpty)));
}
