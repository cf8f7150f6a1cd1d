/**
 * Inputs the fuzzers found (test/fixtures/regressions/, where `npm run fuzz` also saves crashes and
 * hangs): each must go through the core, the formatter and every quick fix cleanly. Behaviour still
 * wrong on one of them is a `todo` naming the fixture, so it shows in every test run until fixed.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { allProfiles, analyze } from '../server/src/core/analyze';
import { applyEdits } from '../server/src/core/edits';
import { fixAll, fixesForDiagnostic } from '../server/src/core/fixes';
import { formatTables } from '../server/src/core/format';
import { computeScores } from '../server/src/core/scores';

const DIR = join(__dirname, 'fixtures', 'regressions');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const FILES = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.md')) : [];

describe('regressions found by fuzzing', () => {
  for (const name of FILES) {
    test(`${name}: analysed, formatted and fixed without an error`, () => {
      const text = read(name);
      const analysis = analyze(text);
      assert.deepEqual(analysis.internalErrors, []);
      computeScores(analysis.model, allProfiles());
      for (const d of analysis.diagnostics) assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length);
      const formatted = applyEdits(text, formatTables(text, analysis.model));
      assert.equal(applyEdits(formatted, formatTables(formatted, analyze(formatted).model)), formatted);
      for (const d of analysis.diagnostics) for (const f of fixesForDiagnostic(text, analysis, d)) assert.deepEqual(analyze(applyEdits(text, f.edits)).internalErrors, []);
      applyEdits(text, fixAll(text, analysis));
    });
  }

  test('front-matter-not-a-mapping.md: «указать вид документа» clears unknown-kind', { todo: 'fixes/front-matter.ts appends «вид: …» inside a front matter that is not «ключ: значение» lines (here «вид»»); it stays unreadable and unknown-kind stays. The fix should replace such a block, or not be offered.' }, () => {
    const text = read('front-matter-not-a-mapping.md');
    const analysis = analyze(text);
    const d = analysis.diagnostics.find((x) => x.code === 'unknown-kind');
    assert.ok(d);
    const fix = fixesForDiagnostic(text, analysis, d, { today: '2025-10-01' }).find((f) => f.id === 'add-front-matter:roadmap');
    assert.ok(fix);
    const after = analyze(applyEdits(text, fix.edits));
    assert.ok(!after.diagnostics.some((x) => x.code === 'unknown-kind' && x.message.ru === d.message.ru), 'unknown-kind is gone');
  });

  test('title-over-the-pipe-cap.md: a line skipped by the parser guard is reported', { todo: 'core/guard.ts blanks the title (70 pipes > MAX_ROW_CELLS); the document then does not look like a roadmap, analyze returns before any rule, and the user gets no diagnostic at all — not even input-limit.' }, () => {
    const analysis = analyze(read('title-over-the-pipe-cap.md'));
    assert.ok(analysis.diagnostics.some((d) => d.code === 'input-limit'));
  });
});
