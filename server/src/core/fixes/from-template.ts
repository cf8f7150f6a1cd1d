/**
 * Text taken from the document templates (editing/templates/) for fixes that insert a whole part of a
 * document: a programme section, a roadmap table. The template is expanded with the document's own
 * period years, so the deadlines it brings fall inside the period the document names; without a
 * period the template's example years stay (nothing can then be checked against a period anyway).
 */
import type { Period } from '../domain/dates';
import { eolOf } from '../editing/edits';
import type { TextEdit } from '../editing/edits';
import { expandSnippet, TEMPLATES } from '../editing/templates';
import { lineEndAt } from '../editing/table-text';

/** The template's text with the period's first and last year typed into its year tab stops (1 and 2). */
export function expandedTemplate(templateId: string, period: Period | undefined): string | undefined {
  const template = TEMPLATES.find((t) => t.id === templateId);
  if (!template) return undefined;
  const values: Record<number, string> = {};
  if (period) {
    values[1] = period.start.slice(0, 4);
    values[2] = period.end.slice(0, 4);
  }
  return expandSnippet(template.body, { values });
}

/** The lines from the one `start` matches up to (not including) the next one `stop` matches; trailing blank lines dropped. */
export function linesBetween(text: string, start: (line: string) => boolean, stop: (line: string) => boolean): string[] | undefined {
  const lines = text.split('\n');
  const from = lines.findIndex(start);
  if (from < 0) return undefined;
  let to = lines.findIndex((l, i) => i > from && stop(l));
  if (to < 0) to = lines.length;
  const out = lines.slice(from, to);
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  return out;
}

/**
 * Inserts a block (lines joined by '\n') as its own paragraph after the line that holds `offset`:
 * a blank line before it and, when text follows directly, a blank line after it — so a table does
 * not swallow the next paragraph as rows and a heading does not run into the text above it.
 */
export function blockAfterLine(text: string, offset: number, block: string): TextEdit {
  const eol = eolOf(text);
  const at = lineEndAt(text, offset);
  const body = block.split('\n').join(eol);
  const rest = text.slice(at).replace(/^\r?\n/, '');
  const followedByText = rest.length > 0 && !/^[ \t]*(\r?\n|$)/.test(rest);
  return { start: at, end: at, newText: eol + eol + body + (followedByText ? eol : '') };
}

/** Appends a block as the last paragraph of the document: one blank line before it, a line break after it. */
export function blockAtEnd(text: string, block: string): TextEdit {
  const eol = eolOf(text);
  const body = block.split('\n').join(eol);
  const gap = text === '' || /(\r?\n)[ \t]*\r?\n[ \t]*$/.test(text) ? '' : /\r?\n[ \t]*$/.test(text) ? eol : eol + eol;
  return { start: text.length, end: text.length, newText: gap + body + eol };
}

/** Inserts a block as its own paragraph at the start of a line (before a heading): a blank line after it. */
export function blockBeforeLine(text: string, lineStart: number, block: string): TextEdit {
  const eol = eolOf(text);
  return { start: lineStart, end: lineStart, newText: block.split('\n').join(eol) + eol + eol };
}
