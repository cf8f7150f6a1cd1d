/** The shape of a fix and what every fix module gets to work with. */
import type { Analysis } from '../analyze';
import type { IsoDate } from '../domain/dates';
import type { Diagnostic, Message } from '../diagnostic';
import type { TextEdit } from '../editing/edits';
import type { Cell, Row, Span, Table } from '../model';
import { BUILTIN_PROFILES, type Profile } from '../domain/profiles';
import type { FixKind } from '../rules/rule';

export interface Fix {
  /** Stable id of the fix kind, with a variant after ':' («add-year:2024»). */
  id: string;
  title: Message;
  kind: 'quickfix' | 'refactor';
  /**
   * May be applied without looking (source.fixAll): it changes no meaning and adds nothing the
   * user has to fill in. See index.ts for which fixes are safe.
   */
  safe: boolean;
  diagnosticCode?: string;
  /** The rule fix kind (Rule.fixes) that made it; absent for refactors such as the deadline spelling. */
  fixKind?: FixKind;
  edits: TextEdit[];
  preferred?: boolean;
}

export interface FixOptions {
  /** Today's date, from the caller (the core reads no clock): proposes a period when the document names none. */
  today?: IsoDate;
  /** Built-in plus workspace profiles (default: the built-ins); the analysis was made with these. */
  profiles?: readonly Profile[];
}

export interface FixContext {
  text: string;
  analysis: Analysis;
  options: FixOptions;
}

export function profilesOf(ctx: FixContext): readonly Profile[] {
  return ctx.options.profiles ?? BUILTIN_PROFILES;
}

export type DiagnosticFixer = (ctx: FixContext, diagnostic: Diagnostic) => Fix[];

export function tableAt(ctx: FixContext, index: unknown): Table | undefined {
  return typeof index === 'number' ? ctx.analysis.model.tables.find((t) => t.index === index) : undefined;
}

/** The roadmap row whose deadline cell a diagnostic points at (rules report on the cell's span). */
export function deadlineRowAt(ctx: FixContext, span: Span): { table: Table; row: Row; cell: Cell } | undefined {
  for (const table of ctx.analysis.model.tables) {
    if (span.start < table.span.start || span.start > table.span.end) continue;
    for (const row of table.rows) {
      const cell = row.deadline?.cell;
      if (cell && cell.span.start === span.start && cell.span.end === span.end) return { table, row, cell };
    }
  }
  return undefined;
}

/** Where `fragment` (as the parser quotes it) is written inside the cell's source, if it is written there as is. */
export function fragmentSpan(text: string, cell: Cell, fragment: string): Span | undefined {
  if (!fragment || fragment.includes('\n')) return undefined;
  const at = text.slice(cell.span.start, cell.span.end).indexOf(fragment);
  return at < 0 ? undefined : { start: cell.span.start + at, end: cell.span.start + at + fragment.length };
}

/** Cell text must never break the table: a pipe in generated text is escaped. */
export function cellText(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
