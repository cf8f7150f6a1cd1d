/**
 * Quick fixes and refactors: pure functions of (text, analysis) → edits. The LSP adapter
 * (lsp/code-actions.ts) turns them into code actions; tests apply them and re-check.
 *
 * | diagnostic           | fix                                                     | safe |
 * |----------------------|---------------------------------------------------------|------|
 * | missing-stage        | insert the stage row with placeholders (insert-stage)   | no   |
 * | missing-column       | add the column, placeholders in activity rows           | no   |
 * | reversed-range       | swap start and end                                       | no — the parser cannot tell which bound is wrong |
 * | ambiguous-year       | add a year of the period / «(ежегодно)»                 | no — a choice |
 * | vague-deadline       | hidden review mark (review-mark.ts)                      | no — a decision per activity |
 * | unknown-kind         | front matter with a kind / a profile                     | no — a choice |
 * | missing-period       | front matter with a candidate period                     | no — a choice |
 * | numbering (no number)| write the expected number                                | yes, unless it duplicates a number |
 * | any deadline cell    | canonical spelling (deadline-spelling.ts)                | yes — verified to read the same |
 *
 * fixAll = the safe fixes: missing numbers, and the spelling of every deadline cell whose
 * canonical form reads exactly as the original. It never inserts placeholders and never changes
 * what a deadline means.
 */
import type { Analysis } from '../analyze';
import type { Diagnostic } from '../diagnostic';
import { mergeEditGroups, type TextEdit } from '../edits';
import type { Span } from '../model';
import { addColumn } from './add-column';
import { addYear, normalizeFix } from './deadline-spelling';
import type { DiagnosticFixer, Fix, FixContext, FixOptions } from './fix';
import { deadlineRowAt } from './fix';
import { frontMatterForMissingPeriod, frontMatterForUnknownKind, frontMatterRefactor } from './front-matter';
import { insertStage } from './insert-stage';
import { markForReview } from './review-mark';
import { setNumber } from './set-number';
import { swapReversedRange } from './swap-range';

export type { Fix, FixOptions } from './fix';
export { REVIEW_MARK, hasReviewMark } from './review-mark';
export { PLACEHOLDER, isPlaceholder } from './placeholders';

const FIXERS: Readonly<Record<string, DiagnosticFixer>> = {
  'missing-stage': insertStage,
  'missing-column': addColumn,
  'reversed-range': swapReversedRange,
  'ambiguous-year': addYear,
  'vague-deadline': markForReview,
  'unknown-kind': frontMatterForUnknownKind,
  'missing-period': frontMatterForMissingPeriod,
  numbering: setNumber,
};

/** Diagnostics whose fixer may return a safe fix (see the table above). */
const MAY_BE_SAFE = new Set(['numbering']);

/** A selection over a whole table offers at most this many spelling refactors (one per cell). */
const MAX_REFACTORS = 20;

function context(text: string, analysis: Analysis, options: FixOptions = {}): FixContext {
  return { text, analysis, options };
}

/** A fix must never take down the editor: a failing fixer offers nothing (and tests catch it). */
function guarded(run: () => Fix[]): Fix[] {
  try {
    return run();
  } catch {
    return [];
  }
}

export function fixesForDiagnostic(text: string, analysis: Analysis, diagnostic: Diagnostic, options?: FixOptions): Fix[] {
  const ctx = context(text, analysis, options);
  const fixer = FIXERS[diagnostic.code];
  const fixes = fixer ? guarded(() => fixer(ctx, diagnostic)) : [];
  // A diagnostic on a deadline cell also offers the cell's canonical spelling.
  const located = deadlineRowAt(ctx, diagnostic.span);
  if (located) {
    const spelling = guarded(() => {
      const f = normalizeFix(ctx, located.cell, 'quickfix', diagnostic.code);
      return f ? [f] : [];
    });
    fixes.push(...spelling);
  }
  return fixes;
}

/** Refactors for a cursor or selection, not tied to a diagnostic: the spelling of a deadline cell, front matter. */
export function fixesAt(text: string, analysis: Analysis, span: Span, options?: FixOptions): Fix[] {
  const ctx = context(text, analysis, options);
  const out: Fix[] = [];
  for (const table of analysis.model.tables) {
    if (span.end < table.span.start || span.start > table.span.end) continue;
    for (const row of table.rows) {
      const cell = row.deadline?.cell;
      if (!cell || span.end < cell.span.start || span.start > cell.span.end) continue;
      if (out.length >= MAX_REFACTORS) break;
      out.push(...guarded(() => {
        const f = normalizeFix(ctx, cell, 'refactor');
        return f ? [f] : [];
      }));
    }
  }
  out.push(...guarded(() => frontMatterRefactor(ctx, span)));
  return out;
}

/** All safe fixes at once, non-overlapping (a fix that would overlap one already taken is left out whole). */
export function fixAll(text: string, analysis: Analysis, options?: FixOptions): TextEdit[] {
  const ctx = context(text, analysis, options);
  const groups: TextEdit[][] = [];
  for (const d of analysis.diagnostics) {
    // Only these fixers can return a safe fix; the others are not run for nothing.
    if (!MAY_BE_SAFE.has(d.code)) continue;
    for (const f of guarded(() => FIXERS[d.code]!(ctx, d))) if (f.safe) groups.push(f.edits);
  }
  for (const table of analysis.model.tables) {
    for (const row of table.rows) {
      if (!row.deadline) continue;
      const f = guarded(() => {
        const n = normalizeFix(ctx, row.deadline!.cell, 'refactor');
        return n ? [n] : [];
      })[0];
      if (f?.safe) groups.push(f.edits);
    }
  }
  return mergeEditGroups(groups);
}
