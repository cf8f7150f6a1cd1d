/**
 * The real-world corpus (test/fixtures/real-world/, issue «Real documents»): documents of real
 * schools, kindergartens, colleges and departments, each with the findings a reviewer expected
 * before looking at Nastavnik's output. No false alarm at warning or error level anywhere; each
 * document read as the kind the reviewer named; the corpus-wide targets of the issue held.
 * `npm run accuracy -- --verbose` shows the same comparison in detail.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { corpusNames, documentPath, evaluate, readExpected, totals } from './real-world-support';

const names = corpusNames();
const results = names.map((n) => evaluate(n));

describe('real-world corpus', () => {
  test('holds at least 30 public documents besides the seeds, each with its source', () => {
    const own = names.filter((n) => !n.startsWith('seed-'));
    assert.ok(own.length >= 30, `only ${own.length} documents`);
    for (const n of names) {
      assert.ok(existsSync(documentPath(n)), `${n}: no document`);
      assert.ok(readExpected(n).source, `${n}: no source`);
    }
  });

  for (const r of results) {
    test(`${r.name}: no false alarm, read as a ${r.expected.kind}`, () => {
      const alarms = r.falseAlarms.map((f) => `line ${f.line} ${f.code} (${f.severity}): ${f.message}`);
      assert.deepEqual(alarms, []);
      assert.equal(r.kind, r.expected.kind);
    });
  }

  test('precision ≥ 95 % and recall ≥ 90 % over the corpus', () => {
    const t = totals(results);
    assert.ok(t.precision >= 0.95, `precision ${t.precision}`);
    assert.ok(t.recall >= 0.9, `recall ${t.recall} (${t.found} of ${t.defects})`);
  });

  test('the evaluation counts a finding nobody expected as a false alarm, and an expected one not found as a miss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-corpus-'));
    try {
      // An empty «Ответственные» cell on line 5: missing-responsible.
      writeFileSync(
        join(dir, '01-probe.md'),
        '# Дорожная карта наставничества педагогических работников на 2025-2026 учебный год\n\n| Этап | Мероприятия | Сроки ' +
          '| Ответственные |\n|---|---|---|---|\n| Формирование банка наставников | Анкетирование | Сентябрь 2025 | |\n',
      );
      writeFileSync(
        join(dir, '01-probe.expected.yaml'),
        'source: probe\nkind: roadmap\ndefects:\n  - code: missing-deadline\n    line: 5\ntolerated:\n  - code: missing-stage\n',
      );
      const r = evaluate('01-probe', dir);
      assert.deepEqual(
        r.falseAlarms.map((f) => [f.code, f.line]),
        [['missing-responsible', 5]],
      );
      assert.deepEqual(
        r.missed.map((m) => m.code),
        ['missing-deadline'],
      );
      assert.ok(r.tolerated.every((t) => t.code === 'missing-stage') && r.tolerated.length > 0);
      const t = totals([r]);
      assert.equal(t.precision, 0);
      assert.equal(t.recall, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
