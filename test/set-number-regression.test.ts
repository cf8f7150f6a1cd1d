/**
 * Found by fuzzing: a short row with no «№» cell got its number written into another column by the
 * «safe» set-number fix, again on every fix-all. The fix is no longer offered for such a row.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { applyEdits } from '../server/src/core/edits';
import { fixAll, fixesForDiagnostic } from '../server/src/core/fixes';

const TEXT = readFileSync('test/fixtures/regressions/number-cell-missing-in-ragged-row.md', 'utf8');

test('a row without a number cell gets no number written into another column', () => {
  const analysis = analyze(TEXT);
  const numbering = analysis.diagnostics.filter((d) => d.code === 'numbering');
  assert.ok(numbering.length > 0, 'the fixture still has a numbering remark');
  for (const d of numbering) {
    for (const fix of fixesForDiagnostic(TEXT, analysis, d)) assert.notEqual(fix.id, 'set-number', 'set-number offered on a row without a number cell');
  }
  const once = applyEdits(TEXT, fixAll(TEXT, analysis));
  assert.equal(applyEdits(once, fixAll(once, analyze(once))), once, 'fix-all is idempotent');
});
