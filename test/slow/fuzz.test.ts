/**
 * Property tests (fast-check, fixed seed, bounded runs): generated roadmaps and mutated examples.
 * The core never throws and reports no internal error; every diagnostic range lies inside the text
 * and never splits a surrogate pair; formatting changes only whitespace around pipes (and delimiter
 * dashes) and is idempotent; every quick fix applies cleanly and changes nothing outside its edits;
 * fix-all is idempotent. `npm run fuzz` runs the same generators far longer with random seeds.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/editing/edits';
import { fixAll, fixesForDiagnostic } from '../../server/src/core/fixes';
import { formatTables } from '../../server/src/core/editing/format';
import { computeScores } from '../../server/src/core/scores';
import { allProfiles } from '../../server/src/core/analyze';
import { anyDocument } from '../fuzz-arbitraries';

const SEED = 20261122;
// What formatting may change: blanks around pipes and at line ends (cell padding), delimiter dashes.
const squeeze = (t: string): string =>
  t
    .replace(/[ \t]*\|[ \t]*/g, '|')
    .replace(/[ \t]+(?=\r?\n|$)/g, '')
    .replace(/(:?)-{3,}(:?)/g, '$1---$2');

function checkCore(text: string): void {
  const analysis = analyze(text);
  assert.deepEqual(analysis.internalErrors, []);
  computeScores(analysis.model, allProfiles());
  for (const d of analysis.diagnostics) {
    assert.ok(
      d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length,
      `${d.code} ${JSON.stringify(d.span)} outside 0..${text.length}`,
    );
    for (const at of [d.span.start, d.span.end]) {
      const before = text.charCodeAt(at - 1);
      assert.ok(!(at > 0 && at < text.length && before >= 0xd800 && before <= 0xdbff), `${d.code} splits a surrogate pair at ${at}`);
    }
    assert.ok(d.message.ru.length > 0 && d.message.en.length > 0);
  }
}

describe('fuzz: the core on generated and mutated documents', () => {
  test('analyze and computeScores never throw; ranges inside the text', () => {
    fc.assert(fc.property(anyDocument, checkCore), { seed: SEED, numRuns: 150 });
  });

  test('formatting changes only whitespace between pipes and is idempotent', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const once = applyEdits(text, formatTables(text, analyze(text).model));
        assert.equal(squeeze(once), squeeze(text));
        const twice = applyEdits(once, formatTables(once, analyze(once).model));
        assert.equal(twice, once);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  test('every quick fix applies cleanly and keeps the text outside its edits', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const analysis = analyze(text);
        for (const d of analysis.diagnostics.slice(0, 12)) {
          for (const fix of fixesForDiagnostic(text, analysis, d)) {
            const out = applyEdits(text, fix.edits); // throws on overlapping or out-of-range edits
            // Outside the edited region nothing changed: the same prefix and suffix.
            const first = Math.min(...fix.edits.map((e) => e.start));
            const last = Math.max(...fix.edits.map((e) => e.end));
            assert.equal(out.slice(0, first), text.slice(0, first));
            assert.equal(out.slice(out.length - (text.length - last)), text.slice(last));
            checkCore(out);
          }
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  test('fix-all is idempotent', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const once = applyEdits(text, fixAll(text, analyze(text)));
        assert.equal(applyEdits(once, fixAll(once, analyze(once))), once);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
