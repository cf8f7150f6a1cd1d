/**
 * Property tests on table-aware mutations of the examples (fuzz-table-mutations.ts) and on the
 * generators of fuzz-arbitraries.ts: the core never throws; formatting keeps every cell's text; and
 * each quick fix does what it says — fixes that add (a stage row, a column, a year, a review mark)
 * only insert, fixes that rewrite touch only the diagnostic's own text (or the front matter block),
 * and after the fix that diagnostic is gone. Fixed seed, bounded runs (test/slow/fuzz.test.ts covers the
 * character-level mutations; `npm run fuzz` runs everything far longer).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { allProfiles, analyze } from '../../server/src/core/analyze';
import type { Diagnostic } from '../../server/src/core/diagnostic';
import { applyEdits, type TextEdit } from '../../server/src/core/editing/edits';
import { type Fix, fixAll, fixesForDiagnostic } from '../../server/src/core/fixes';
import { formatTables } from '../../server/src/core/editing/format';
import { computeScores } from '../../server/src/core/scores';
import { anyDocument } from '../fuzz-arbitraries';
import { tableMutatedExample } from '../fuzz-table-mutations';

const SEED = 20261123;
const OPTIONS = { today: '2025-10-01' };
/** Fixes that only add text: the user's text must come out unchanged (as a subsequence, in place). */
const INSERT_ONLY = new Set(['insert-stage', 'add-column', 'add-year', 'mark-review']);
const documents = fc.oneof({ arbitrary: tableMutatedExample, weight: 3 }, { arbitrary: anyDocument, weight: 1 });

/** Where an offset of the old text lands in the new one (an offset inside a replaced range goes to its start). */
function mapOffset(edits: readonly TextEdit[], p: number): number {
  let q = p;
  for (const e of edits) {
    if (e.end <= p) q += e.newText.length - (e.end - e.start);
    else if (e.start < p) q -= p - e.start;
  }
  return q;
}

/** Is `at` between the two halves of an emoji or other astral character? */
function splitsSurrogatePair(text: string, at: number): boolean {
  const high = text.charCodeAt(at - 1);
  const low = text.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** The block between the opening `---` and the closing one, when the text starts with one (read or not). */
function frontMatterBlock(text: string): { start: number; end: number } | undefined {
  const m = /^\ufeff?---\r?\n/.exec(text);
  if (!m) return undefined;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(m[0].length - 1));
  return close ? { start: 0, end: m[0].length - 1 + close.index + close[0].length } : undefined;
}

function checkFix(text: string, d: Diagnostic, fix: Fix): void {
  const out = applyEdits(text, fix.edits); // throws on overlapping or out-of-range edits
  const id = fix.id.split(':')[0]!;
  const where = `${fix.id} for ${d.code} at ${d.span.start}`;
  for (const e of fix.edits) {
    if (e.start === e.end) continue;
    assert.ok(!INSERT_ONLY.has(id), `${where}: replaces ${JSON.stringify(text.slice(e.start, e.end))} but should only insert`);
    const block = id === 'add-front-matter' ? frontMatterBlock(text) : undefined;
    const inside = (s: { start: number; end: number } | undefined) => s !== undefined && e.start >= s.start && e.end <= s.end;
    assert.ok(inside(d.span) || inside(block), `${where}: replaces ${JSON.stringify(text.slice(e.start, e.end))} outside its diagnostic`);
  }
  const after = analyze(out);
  assert.deepEqual(after.internalErrors, [], where);
  // A spelling rewrite is offered next to any diagnostic on a deadline cell; it does not claim to fix it.
  if (id === 'normalize-deadline') return;
  // Known: a front matter that is not «ключ: значение» lines stays unreadable when a key is appended
  // (test/fuzz-regressions.test.ts has it as a todo for the fix module).
  if (id === 'add-front-matter' && after.diagnostics.some((x) => x.code === 'invalid-front-matter')) return;
  const start = mapOffset(fix.edits, d.span.start);
  const still = after.diagnostics.find(
    (x) => x.code === d.code && x.severity === d.severity && x.message.ru === d.message.ru && x.span.start === start,
  );
  assert.equal(still, undefined, `${where}: the diagnostic is still there after the fix`);
}

describe('fuzz: table mutations of the examples', () => {
  test('the core never throws; ranges inside the text; scores computed', () => {
    fc.assert(
      fc.property(tableMutatedExample, (text) => {
        const analysis = analyze(text);
        assert.deepEqual(analysis.internalErrors, []);
        computeScores(analysis.model, allProfiles());
        for (const d of analysis.diagnostics) {
          assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length, `${d.code} ${JSON.stringify(d.span)}`);
          for (const at of [d.span.start, d.span.end])
            assert.ok(!splitsSurrogatePair(text, at), `${d.code} splits a surrogate pair at ${at}`);
        }
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  test('formatting keeps every cell of every table, and is idempotent', () => {
    fc.assert(
      fc.property(tableMutatedExample, (text) => {
        const before = analyze(text).model;
        const once = applyEdits(text, formatTables(text, before));
        const after = analyze(once).model;
        const cells = (m: typeof before) => m.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
        assert.deepEqual(cells(after), cells(before));
        assert.equal(applyEdits(once, formatTables(once, after)), once);
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  test('every quick fix inserts or rewrites only its own text, and its diagnostic goes', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const analysis = analyze(text);
        for (const d of analysis.diagnostics.slice(0, 15)) {
          for (const fix of fixesForDiagnostic(text, analysis, d, OPTIONS)) checkFix(text, d, fix);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  test('fix-all is idempotent on mutated tables', () => {
    fc.assert(
      fc.property(tableMutatedExample, (text) => {
        const once = applyEdits(text, fixAll(text, analyze(text)));
        assert.deepEqual(fixAll(once, analyze(once)), []);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
