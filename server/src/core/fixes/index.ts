/**
 * Quick fixes and refactors: pure functions of (text, analysis) → edits. The LSP adapter
 * (lsp/code-actions.ts) turns them into code actions; tests apply them and re-check.
 *
 * Rules own their fixes: a rule names the fixes it offers (`Rule.fixes`, a FixKind each), and FIXERS
 * below holds one fixer per FixKind — a record over the union, so a name without a fixer does not
 * compile. `fixesForDiagnostic` runs the fixers its rule names; nothing is looked up by a string in
 * the diagnostic.
 *
 * | fix kind (rule)                         | fix                                                    | safe |
 * |-----------------------------------------|--------------------------------------------------------|------|
 * | insert-stage (missing-stage)            | insert the stage row with placeholders (insert-stage)  | no   |
 * | add-column (missing-column)             | add the column, placeholders in activity rows          | no   |
 * | swap-range (reversed-range)             | swap start and end                                     | no — the parser cannot tell which bound is wrong |
 * | add-year (ambiguous-year)               | add a year of the period / «(ежегодно)»                | no — a choice |
 * | mark-review (vague-deadline)            | hidden review mark (review-mark.ts)                    | no — a decision per activity |
 * | front-matter-kind (unknown-kind)        | front matter with a kind / a profile                   | no — a choice |
 * | front-matter-period (missing-period)    | front matter with a candidate period                   | no — a choice |
 * | set-number (numbering)                  | write the expected number                              | yes, unless it duplicates a number |
 * | add-section (missing-section)           | the section's heading and the template's text for it   | no — example text |
 * | insert-roadmap-table (missing-roadmap-table) | the profile's roadmap table from the template     | no — example rows |
 * | insert-personal-line (personal-missing-field) | «Наставник: …» and the other head lines of a ППН | no — placeholders |
 * | any deadline cell                       | canonical spelling (deadline-spelling.ts)              | yes — verified to read the same |
 *
 * fixAll = the safe fixes: missing numbers, and the spelling of every deadline cell whose
 * canonical form reads exactly as the original. It never inserts placeholders and never changes
 * what a deadline means.
 *
 * A fixer that throws offers nothing and is recorded in `analysis.internalErrors` (with `fix`), as a
 * rule that throws is: a fix must never take down the editor, and a failure must not go unseen.
 */
import { type Analysis, recordInternalError } from '../analyze';
import type { Diagnostic } from '../diagnostic';
import { mergeEditGroups, type TextEdit } from '../editing/edits';
import type { Span } from '../model';
import { RULES } from '../rules';
import type { FixKind, Rule } from '../rules/rule';
import { addColumn } from './add-column';
import { addSection } from './add-section';
import { addYear, normalizeFix } from './deadline-spelling';
import type { DiagnosticFixer, Fix, FixContext, FixOptions } from './fix';
import { deadlineRowAt } from './fix';
import { frontMatterForMissingPeriod, frontMatterForUnknownKind, frontMatterRefactor } from './front-matter';
import { insertPersonalLine } from './insert-personal-line';
import { insertRoadmapTable } from './insert-roadmap-table';
import { insertStage } from './insert-stage';
import { markForReview } from './review-mark';
import { setNumber } from './set-number';
import { swapReversedRange } from './swap-range';

export type { Fix, FixOptions } from './fix';
export { REVIEW_MARK, hasReviewMark } from './review-mark';
export { PLACEHOLDER, isPlaceholder } from './placeholders';

interface Fixer {
  run: DiagnosticFixer;
  /** It may return a safe fix (see the table above): fix-all runs only these. */
  canBeSafe: boolean;
}

const FIXERS: { readonly [K in FixKind]: Fixer } = {
  'insert-stage': { run: insertStage, canBeSafe: false },
  'add-column': { run: addColumn, canBeSafe: false },
  'swap-range': { run: swapReversedRange, canBeSafe: false },
  'add-year': { run: addYear, canBeSafe: false },
  'mark-review': { run: markForReview, canBeSafe: false },
  'front-matter-kind': { run: frontMatterForUnknownKind, canBeSafe: false },
  'front-matter-period': { run: frontMatterForMissingPeriod, canBeSafe: false },
  'set-number': { run: setNumber, canBeSafe: true },
  'add-section': { run: addSection, canBeSafe: false },
  'insert-roadmap-table': { run: insertRoadmapTable, canBeSafe: false },
  'insert-personal-line': { run: insertPersonalLine, canBeSafe: false },
};

const RULE_OF: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.code, r]));

/** The ids the two refactors are recorded under when they fail (they belong to no rule): their fix ids. */
const SPELLING = 'normalize-deadline';
const FRONT_MATTER = 'add-front-matter';

/** A selection over a whole table offers at most this many spelling refactors (one per cell). */
const MAX_REFACTORS = 20;

function context(text: string, analysis: Analysis, options: FixOptions = {}): FixContext {
  return { text, analysis, options };
}

/** Runs one fixer; a failure offers nothing and is recorded in the analysis under `code` and `fix`. */
function guarded(analysis: Analysis, code: string, fix: string, run: () => Fix[]): Fix[] {
  try {
    return run();
  } catch (error) {
    recordInternalError(analysis, code, error, fix);
    return [];
  }
}

/** The fixes the diagnostic's own rule offers for it (its `fixes`), in the rule's order. */
export function ruleFixesForDiagnostic(text: string, analysis: Analysis, diagnostic: Diagnostic, options?: FixOptions): Fix[] {
  const ctx = context(text, analysis, options);
  const kinds = RULE_OF.get(diagnostic.code)?.fixes ?? [];
  return kinds.flatMap((kind) =>
    guarded(analysis, diagnostic.code, kind, () => FIXERS[kind].run(ctx, diagnostic)).map((f) => ({ ...f, fixKind: kind })),
  );
}

/** Everything offered for a diagnostic: its rule's fixes, and on a deadline cell the cell's canonical spelling. */
export function fixesForDiagnostic(text: string, analysis: Analysis, diagnostic: Diagnostic, options?: FixOptions): Fix[] {
  const ctx = context(text, analysis, options);
  const fixes = ruleFixesForDiagnostic(text, analysis, diagnostic, options);
  fixes.push(
    ...guarded(analysis, diagnostic.code, SPELLING, () => {
      const located = deadlineRowAt(ctx, diagnostic.span);
      const f = located ? normalizeFix(ctx, located.cell, 'quickfix', diagnostic.code) : undefined;
      return f ? [f] : [];
    }),
  );
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
      out.push(
        ...guarded(analysis, SPELLING, SPELLING, () => {
          const f = normalizeFix(ctx, cell, 'refactor');
          return f ? [f] : [];
        }),
      );
    }
  }
  out.push(...guarded(analysis, FRONT_MATTER, FRONT_MATTER, () => frontMatterRefactor(ctx, span)));
  return out;
}

/** All safe fixes at once, non-overlapping (a fix that would overlap one already taken is left out whole). */
export function fixAll(text: string, analysis: Analysis, options?: FixOptions): TextEdit[] {
  const ctx = context(text, analysis, options);
  const groups: TextEdit[][] = [];
  for (const d of analysis.diagnostics) {
    // Only fixers that may return a safe fix are run; the others are not run for nothing.
    for (const kind of RULE_OF.get(d.code)?.fixes ?? []) {
      if (!FIXERS[kind].canBeSafe) continue;
      for (const f of guarded(analysis, d.code, kind, () => FIXERS[kind].run(ctx, d))) if (f.safe) groups.push(f.edits);
    }
  }
  for (const table of analysis.model.tables) {
    for (const row of table.rows) {
      if (!row.deadline) continue;
      const f = guarded(analysis, SPELLING, SPELLING, () => {
        const n = normalizeFix(ctx, row.deadline!.cell, 'refactor');
        return n ? [n] : [];
      })[0];
      if (f?.safe) groups.push(f.edits);
    }
  }
  return mergeEditGroups(groups);
}
