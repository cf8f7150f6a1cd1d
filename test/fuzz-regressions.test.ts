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
import { applyEdits } from '../server/src/core/editing/edits';
import { fixAll, fixesForDiagnostic } from '../server/src/core/fixes';
import { formatTables } from '../server/src/core/editing/format';
import { computeScores } from '../server/src/core/scores';

const DIR = join(__dirname, 'fixtures', 'regressions');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const FILES = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.md')) : [];

/**
 * format-long-cell.md is kept in git with its 100 KB cell cut to a few repetitions (4 KB instead of
 * 190 KB): the fuzzer's input is this text with « Мероприятие по наставничеству<br>» repeated 1978
 * times before the mutated copy (an ANSI colour code inside the word) and 1010 times after it.
 */
const LONG_CELL = 'format-long-cell.md';
function longCellDocument(): string {
  const unit = ' Мероприятие по наставничеству<br>';
  const mutated = ' М\x1b[31mероприятие по наставничеству<br>';
  const short = read(LONG_CELL);
  assert.equal(short.split(unit + mutated + unit).length, 2, `${LONG_CELL}: the cut cell is where it was`);
  const text = short.replace(unit + mutated + unit, unit.repeat(1978) + mutated + unit.repeat(1010));
  assert.equal(text.length, 105_714, 'the fuzzer’s input, character for character');
  return text;
}
/** A regression input as the fuzzer saved it. */
const input = (name: string): string => (name === LONG_CELL ? longCellDocument() : read(name));

describe('regressions found by fuzzing', () => {
  for (const name of FILES) {
    test(`${name}: analysed, formatted and fixed without an error`, () => {
      const text = input(name);
      const analysis = analyze(text);
      assert.deepEqual(analysis.internalErrors, []);
      computeScores(analysis.model, allProfiles());
      for (const d of analysis.diagnostics) assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length);
      const formatted = applyEdits(text, formatTables(text, analysis.model));
      assert.deepEqual(analyze(formatted).internalErrors, []);
      for (const d of analysis.diagnostics)
        for (const f of fixesForDiagnostic(text, analysis, d)) assert.deepEqual(analyze(applyEdits(text, f.edits)).internalErrors, []);
      applyEdits(text, fixAll(text, analysis));
    });
  }

  test('front-matter-not-a-mapping.md: no front-matter fix is offered into a block that does not read as YAML', () => {
    // Appending «вид: …» to «вид»» would leave the block unreadable (unknown-kind stays); replacing it
    // would lose what was written. invalid-front-matter says how to repair it instead.
    const text = read('front-matter-not-a-mapping.md');
    const analysis = analyze(text);
    const d = analysis.diagnostics.find((x) => x.code === 'unknown-kind');
    assert.ok(d);
    assert.ok(analysis.diagnostics.some((x) => x.code === 'invalid-front-matter'));
    const fixes = fixesForDiagnostic(text, analysis, d, { today: '2025-10-01' });
    assert.deepEqual(
      fixes.filter((f) => f.id.startsWith('add-front-matter')),
      [],
    );
  });

  test('front-matter-not-a-mapping.md, repaired by hand: the kind fix then clears unknown-kind', () => {
    const text = read('front-matter-not-a-mapping.md').replace('вид»', 'организация: МБОУ СОШ № 1');
    const analysis = analyze(text);
    const d = analysis.diagnostics.find((x) => x.code === 'unknown-kind');
    assert.ok(d);
    const fix = fixesForDiagnostic(text, analysis, d, { today: '2025-10-01' }).find((f) => f.id === 'add-front-matter:roadmap');
    assert.ok(fix);
    const after = applyEdits(text, fix.edits);
    assert.ok(after.includes('организация: МБОУ СОШ № 1'), 'the key already there is kept');
    assert.ok(!analyze(after).diagnostics.some((x) => x.code === 'unknown-kind'), 'unknown-kind is gone');
  });

  test('number-cell-missing-in-ragged-row.md: fix-all writes a missing number into the № column, once', () => {
    const text = read('number-cell-missing-in-ragged-row.md');
    const once = applyEdits(text, fixAll(text, analyze(text)));
    assert.equal(applyEdits(once, fixAll(once, analyze(once))), once, 'fix-all is idempotent');
    const row = analyze(once).model.tables[0]!.rows[1]!;
    assert.equal(row.number, '2.');
    assert.equal(row.responsible?.cell.text, '', 'nothing written into the responsibles column: it is added empty');
    assert.ok(once.includes('| Октябрь 2025 | | 2. |'), 'the short row got the empty cells up to «№»');
  });

  test('format-pushes-row-over-line-cap.md: formatting keeps every row in its table, and is idempotent', () => {
    const text = read('format-pushes-row-over-line-cap.md');
    const before = analyze(text).model;
    const once = applyEdits(text, formatTables(text, before));
    const after = analyze(once);
    assert.equal(after.model.tables[0]!.rows.length, before.tables[0]!.rows.length, 'no row lost');
    assert.ok(!after.diagnostics.some((d) => d.code === 'input-limit'), 'no line pushed over the cap');
    assert.equal(applyEdits(once, formatTables(once, after.model)), once, 'idempotent');
  });

  test('title-over-the-pipe-cap.md: a heading with many «|» is kept, so the roadmap is still read and checked', () => {
    // The guard used to blank it (70 pipes > MAX_ROW_CELLS): no title, no kind, no diagnostic at all.
    const analysis = analyze(read('title-over-the-pipe-cap.md'));
    assert.equal(analysis.model.meta.kind, 'roadmap');
    assert.ok(!analysis.diagnostics.some((d) => d.code === 'input-limit'), 'a heading is not skipped');
    assert.ok(analysis.diagnostics.length > 0, 'the roadmap gets its diagnostics');
  });

  test('format-long-cell.md: a 100 KB cell is formatted without segmenting all of it (was 52 s), idempotently', { timeout: 60_000 }, () => {
    const text = longCellDocument();
    const once = applyEdits(text, formatTables(text, analyze(text).model));
    const bare = (t: string) => t.replace(/[ \t]+/g, '').replace(/-{3,}/g, '---');
    assert.equal(bare(once), bare(text), 'only blanks around pipes and delimiter lengths change');
    assert.equal(applyEdits(once, formatTables(once, analyze(once).model)), once, 'idempotent');
  });
});
