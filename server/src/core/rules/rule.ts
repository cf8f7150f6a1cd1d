/** The shape of a rule module: one code, one default severity, one check over the model. */
import type { Diagnostic, Message, Severity } from '../diagnostic';
import type { DocumentModel, Span } from '../model';
import type { IsoDate } from '../domain/dates';
import type { Profile } from '../domain/profiles';
import { isSpace } from '../read/text';

export interface Report {
  span: Span;
  message: Message;
  /** Overrides the rule's default (e.g. «по отдельному плану» is a warning, other vague forms a hint). */
  severity?: Severity;
  data?: Record<string, unknown>;
}

export interface RuleContext {
  model: DocumentModel;
  text: string;
  profiles: readonly Profile[];
  report(report: Report): void;
  /** Today's date when the caller gave one (AnalyzeOptions.today); rules about today report nothing without it. */
  today?: IsoDate;
  /**
   * The model comes through a parse cache, so unchanged rows keep their cell objects between analyses:
   * row rules' verdicts are remembered per row (row-rule.ts), and readings per cell.
   */
  reusesCells?: boolean;
}

/**
 * The quick fixes a rule can offer, by name. A rule declares the ones it offers (`Rule.fixes`);
 * fixes/index.ts must hold a fixer for every name (a record over this union), so a rule cannot
 * advertise a fix that does not exist. Rules never import the fixers themselves: fixes sit above
 * rules (they read the analysis), and a rule only says which of them apply to its reports.
 */
export type FixKind =
  | 'insert-stage'
  | 'add-column'
  | 'swap-range'
  | 'add-year'
  | 'mark-review'
  | 'front-matter-kind'
  | 'front-matter-period'
  | 'set-number'
  | 'add-section'
  | 'insert-roadmap-table'
  | 'insert-personal-line';

export interface Rule {
  code: string;
  defaultSeverity: Severity;
  /** One line for the rule list and settings. */
  title: Message;
  /**
   * The fixes offered for this rule's reports, in the order they are listed. Each fixer reads the
   * report's `data` and returns nothing when a report does not give it enough to act on.
   */
  fixes?: readonly FixKind[];
  check(context: RuleContext): void;
}

export type { Diagnostic };

/** «…» around a fragment of user text in a message, shortened so messages stay one line. */
export function quoted(text: string, max = 60): string {
  // The words of the text joined by single spaces (whitespace collapsed, ends trimmed) — read only
  // until they are longer than `max`: a defect in every row of a long table quotes thousands of
  // cells of hundreds of characters per keystroke, and only the first 60 are shown. A plain scan:
  // no regex match objects, no word array (this runs once per diagnostic).
  let one = '';
  let i = 0;
  const n = text.length;
  while (i < n && one.length <= max) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    one = one === '' ? text.slice(start, i) : one + ' ' + text.slice(start, i);
  }
  return `«${one.length > max ? one.slice(0, max - 1) + '…' : one}»`;
}
