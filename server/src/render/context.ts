/**
 * What every renderer reads: the text, the core's analysis and scores of it, and a line index so a
 * drawn item can carry the editor line it came from (`data-line`, 0-based, for «reveal in editor»).
 */
import type { Analysis } from '../core/analyze';
import type { Locale } from '../core/diagnostic';
import type { Row, Table } from '../core/model';
import type { Profile } from '../core/domain/profiles';
import { BUILTIN_PROFILES } from '../core/domain/profiles';
import { computeScores, type Scores } from '../core/scores';
import { LineIndex } from '../core/read/text';
import { inLocale } from './labels';

export interface RenderDoc {
  text: string;
  analysis: Analysis;
  scores: Scores;
  lines: LineIndex;
  profiles: readonly Profile[];
  /** The dashboard: items with a line can be clicked (and focused) to reveal the line. */
  interactive: boolean;
}

export function renderDoc(
  text: string,
  analysis: Analysis,
  profiles: readonly Profile[] = BUILTIN_PROFILES,
  interactive = false,
): RenderDoc {
  return { text, analysis, scores: computeScores(analysis.model, profiles), lines: new LineIndex(text), profiles, interactive };
}

/** Attributes of an item that stands for an editor line; focusable and announced as a button only where a click does something. */
export function jumpAttrs(doc: RenderDoc, line: number, locale: Locale): string {
  if (!doc.interactive) return `data-line="${line}"`;
  return (
    `data-line="${line}" tabindex="0" role="button" aria-label="` +
    `${inLocale(locale, `Показать строку ${line + 1} в редакторе`, `Show line ${line + 1} in the editor`)}"`
  );
}

export function lineOf(doc: RenderDoc, offset: number): number {
  return doc.lines.position(offset).line;
}

/** How a row is named to the user: its own number when it has one, else its line. */
export function rowName(doc: RenderDoc, row: Row, locale: Locale): string {
  return row.number
    ? `№ ${row.number}`
    : inLocale(locale, `строка ${lineOf(doc, row.span.start) + 1}`, `line ${lineOf(doc, row.span.start) + 1}`);
}

export function tableRow(table: Table, index: number): Row | undefined {
  return table.rows.find((r) => r.index === index);
}
