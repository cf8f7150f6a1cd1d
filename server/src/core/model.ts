import type { InputLimit } from './read/guard';
/**
 * The document model: what every rule, score, hover and preview reads. Built once per text by
 * `parseDocument`; plain data (JSON-serialisable) so the CLI can print it and tests can compare it.
 * Offsets are UTF-16 indexes into the original text (BOM included), as LSP and JS strings count.
 */
import type { IsoDate, Period } from './domain/dates';
import type { ParsedDeadline } from './domain/deadline';
import type { ResponsiblePart } from './domain/responsible';
import type { StageMatch } from './domain/stages';
import type { FrontMatterResult } from './read/frontmatter';

/**
 * `other`: about mentorship, but no roadmap, programme or complex of measures (a regulation, an order, the target model).
 * `personal`: one pair's personalised programme (ППН), docs/domain.md §17 «Персонализированная программа наставничества».
 */
export type DocumentKind = 'roadmap' | 'program' | 'personal' | 'municipal' | 'other' | 'unknown';

export interface Span {
  start: number;
  end: number;
}

/** One piece of a cell: cells written as `a<br>b`, `<p>…</p>` or list items hold several parts. */
export interface TextPart {
  text: string;
  span: Span;
}

export interface Cell {
  /** All parts joined by '\n', HTML removed. */
  text: string;
  parts: TextPart[];
  /** The cell's content between its pipes (trimmed); for an empty cell, a zero-width span where text would go. */
  span: Span;
}

export type ColumnRole =
  | 'number'
  | 'stage'
  | 'activity'
  | 'deadline'
  | 'responsible'
  | 'result'
  | 'points'
  | 'criterion'
  | 'indicator'
  | 'fact'
  | 'plan'
  | 'other';

export interface Column {
  index: number;
  header: string;
  role: ColumnRole;
  span: Span;
  points?: number;
}

/** `personal`: the plan table of a personalised programme (its rows are read like a roadmap's, no stages are checked). */
export type TableKind = 'roadmap' | 'personal' | 'stages' | 'scoring' | 'management' | 'forms' | 'questionnaire' | 'other';

export interface Row {
  index: number;
  span: Span;
  cells: Cell[];
  number?: string;
  /** Matched stage: from this row's stage cell, or continued from the row above when the cell is empty. */
  stage?: { text: string; match?: StageMatch; continued: boolean };
  activity?: Cell;
  deadline?: { cell: Cell; parsed: ParsedDeadline };
  responsible?: { cell: Cell; parts: ResponsiblePart[] };
  result?: Cell;
  /** A section row in a numbered complex of measures («1. | Нормативно-правовое регулирование | | |»). */
  isSection: boolean;
  /** The column-number row under the header (`| 1 | 2 | 3 |`): no activity, no number, nothing to check. */
  isColumnNumbers?: boolean;
  /** Only continues the text of the row above («- …», «2) …»: Word split a cell): no activity of its own. */
  continuesAbove?: boolean;
}

export interface Table {
  index: number;
  kind: TableKind;
  span: Span;
  headerSpan: Span;
  /** Heading path above the table, nearest last. */
  section: string[];
  columns: Column[];
  rows: Row[];
  profile?: string;
  /** Lines of text right after the table (levels of a scoring table live there). */
  after: TextPart[];
}

export interface Section {
  depth: number;
  title: string;
  span: Span;
  number?: string;
}

export interface DocumentMeta {
  kind: DocumentKind;
  /** `content`: no title names the kind; the tables and sections tell it (a plan-shaped table, a «Пояснительная записка»). */
  kindSource: 'front-matter' | 'title' | 'content' | 'none';
  profile?: string;
  profileSource: 'front-matter' | 'title' | 'tables' | 'text' | 'none';
  period?: Period;
  periodSource: 'front-matter' | 'title' | 'none';
  approved?: IsoDate;
  organization?: string;
  title?: string;
  /** Raw front matter keys (normalised to English) and values, when present. */
  frontMatter?: Record<string, string>;
  frontMatterSpan?: Span;
  frontMatterProblems?: FrontMatterResult['problems'];
}

/** A comment `<!-- nastavnik-disable code -->` … `<!-- nastavnik-enable code -->`. */
export interface Suppression {
  codes: string[] | 'all';
  start: number;
  end: number;
}

export interface DocumentModel {
  meta: DocumentMeta;
  sections: Section[];
  tables: Table[];
  suppressions: Suppression[];
  /** True when the text looks like a mentorship document at all (gates every diagnostic). */
  looksRelevant: boolean;
  /** Length of the analysed text; the parse step caps pathological input. */
  length: number;
  /** Set when part of the document was not analysed (size caps). */
  /** Lines not parsed because they would stall the parser (core/read/guard.ts). */
  limits?: InputLimit[];
  truncated?: { reason: string; at: number };
}
