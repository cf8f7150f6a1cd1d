/**
 * The editor's limit on diagnostics per document (lsp/problem-cap.ts): a roadmap with a defect in
 * every row is shown its most severe problems first, in document order, and one notice saying how
 * many there are; under the limit nothing changes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateDefectiveRoadmap as defectiveRoadmap } from '../bench/generate';
import { analyze } from '../server/src/core/analyze';
import fc from 'fast-check';
import { type Diagnostic, SEVERITY_ORDER } from '../server/src/core/diagnostic';
import { capProblems, TOO_MANY_PROBLEMS } from '../server/src/lsp/problem-cap';

test('over the limit: the most severe first, in document order, and a notice with the count', () => {
  const all = analyze(defectiveRoadmap(300)).diagnostics;
  assert.ok(all.length >= 250, `${all.length} diagnostics`);
  const errors = all.filter((d) => d.severity === 'error').length;
  assert.ok(errors >= 80 && errors < 150, `${errors} errors`);
  const shown = capProblems(all, 150);
  assert.equal(shown.length, 151);
  const [notice, ...kept] = shown;
  assert.equal(notice!.code, TOO_MANY_PROBLEMS);
  assert.equal(notice!.severity, 'info');
  assert.deepEqual(notice!.span, { start: 0, end: 0 });
  assert.match(notice!.message.ru, new RegExp(`^В документе ${all.length} замечаний, в редакторе показаны первые 150: сначала ошибки`));
  assert.match(notice!.message.ru, /поставьте 0 в настройке «Nastavnik: Max Problems»/);
  assert.match(notice!.message.en, new RegExp(`^This document has ${all.length} problems; the editor shows the first 150`));
  const many = Array.from({ length: 1002 }, (_, i) => ({ ...all[0]!, span: { start: i, end: i + 1 } }));
  assert.match(
    capProblems(many, 1000)[0]!.message.ru,
    /^В документе 1\u00a0002 замечания, в редакторе показаны первые 1\u00a0000:/,
    'Russian number form and thousands',
  );
  // Every error is kept; what was dropped is never more severe than what was kept.
  assert.equal(kept.filter((d) => d.severity === 'error').length, errors);
  const dropped = all.filter((d) => !kept.includes(d));
  assert.equal(dropped.length, all.length - 150);
  const leastKept = Math.max(...kept.map((d) => SEVERITY_ORDER[d.severity]));
  assert.ok(dropped.every((d) => SEVERITY_ORDER[d.severity] >= leastKept));
  assert.deepEqual(
    kept,
    all.filter((d) => kept.includes(d)),
    'in document order',
  );
});

test('at or under the limit, or with no limit (0), every diagnostic as it was', () => {
  const all = analyze(defectiveRoadmap(30)).diagnostics;
  assert.deepEqual(capProblems(all, all.length), all);
  assert.deepEqual(capProblems(all, 0), all);
  assert.deepEqual(capProblems([], 10), []);
});

test('the cap keeps exactly what sorting by severity, then position, and taking the first would', () => {
  const severities = ['error', 'warning', 'info', 'hint'] as const;
  const bySort = (ds: Diagnostic[], max: number) =>
    ds
      .map((d, index) => ({ d, index }))
      .sort((a, b) => SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity] || a.index - b.index)
      .slice(0, max)
      .sort((a, b) => a.index - b.index)
      .map((x) => x.d);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...severities), { maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (kinds, max) => {
      const ds: Diagnostic[] = kinds.map((severity, i) => ({
        code: 'x',
        severity,
        message: { ru: '', en: '' },
        span: { start: i, end: i },
      }));
      const shown = capProblems(ds, max);
      assert.deepEqual(ds.length > max ? shown.slice(1) : shown, ds.length > max ? bySort(ds, max) : ds);
    }),
    { numRuns: 2000 },
  );
});
