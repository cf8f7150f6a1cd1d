/**
 * Found by fuzzing: a short row with no «№» cell got its number written into another column by the
 * «safe» set-number fix, again on every fix-all. The fix now adds the empty cells up to «№» first
 * (as add-column does), so the number lands in its column, once.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { applyEdits } from '../server/src/core/editing/edits';
import { fixAll, fixesForDiagnostic } from '../server/src/core/fixes';

const TEXT = readFileSync('test/fixtures/regressions/number-cell-missing-in-ragged-row.md', 'utf8');

test('a row without a number cell gets its number in the «№» column, the cells before it added empty', () => {
  const analysis = analyze(TEXT);
  const numbering = analysis.diagnostics.filter((d) => d.code === 'numbering');
  assert.ok(numbering.length > 0, 'the fixture still has a numbering remark');
  const fix = numbering.flatMap((d) => fixesForDiagnostic(TEXT, analysis, d)).find((f) => f.id === 'set-number');
  assert.ok(fix, 'set-number is offered');
  const fixed = applyEdits(TEXT, fix.edits);
  assert.ok(fixed.includes('| Отбор и обучение наставников | Семинар | Октябрь 2025 | | 2. |'), fixed);
  const after = analyze(fixed);
  assert.ok(!after.diagnostics.some((d) => d.code === 'numbering'), 'the numbering remark is gone');
  const row = after.model.tables[0]!.rows[1]!;
  assert.equal(row.number, '2.');
  assert.equal(row.responsible?.cell.text, '');
  const once = applyEdits(TEXT, fixAll(TEXT, analysis));
  assert.equal(applyEdits(once, fixAll(once, analyze(once))), once, 'fix-all is idempotent');
});
