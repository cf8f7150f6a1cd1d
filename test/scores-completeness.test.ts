/**
 * Completeness of a roadmap (docs/scores.md): for every example, the components counted by hand
 * from the document and the documented formula — mean of the shares that apply, in percent,
 * rounded — computed here, not by the code under test.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { BUILTIN_PROFILES } from '../server/src/core/domain/profiles';
import { computeScores } from '../server/src/core/scores';
import { COL, roadmap, ROWS, withCell, withoutColumn, withoutRow } from './rules-support';

type Part = [done: number, total: number];

/** The formula of docs/scores.md, written out independently. */
function byHand(parts: (Part | undefined)[]): number {
  const shares = parts.filter((p): p is Part => p !== undefined && p[1] > 0).map(([d, t]) => d / t);
  return Math.round((100 * shares.reduce((a, b) => a + b, 0)) / shares.length);
}

interface Expected {
  stages?: Part;
  deadlines: Part;
  responsibles: Part;
  results?: Part;
  percent: number;
}

/**
 * Counted by reading each example (activity rows: rows with text in the activity column that are
 * not section rows «1. | Нормативно-правовое регулирование | | |»).
 */
const EXPECTED: Record<string, Expected> = {
  // Teachers: 6 mandatory stages, all present; 8 activity rows, all with deadline and responsible; no result column.
  '000-spb-school34-roadmap.md': {
    stages: [6, 6],
    deadlines: [8, 8],
    responsibles: [8, 8],
    percent: byHand([
      [6, 6],
      [8, 8],
      [8, 8],
    ]),
  },
  // Pupils: 7 of 7 stages; 8 rows; the continuation row of «Организация…» has neither responsible nor result.
  '001-tomsk-lyceum-roadmap.md': {
    stages: [7, 7],
    deadlines: [8, 8],
    responsibles: [7, 8],
    results: [7, 8],
    percent: byHand([
      [7, 7],
      [8, 8],
      [7, 8],
      [7, 8],
    ]),
  },
  // §9 roadmap: 7 rows «№ | Наименование этапа | Содержание деятельности», 6 of 6 stages, no deadline or responsible column.
  '002-krasnomayskaya-program.md': {
    stages: [6, 6],
    deadlines: [0, 7],
    responsibles: [0, 7],
    percent: byHand([
      [6, 6],
      [0, 7],
      [0, 7],
    ]),
  },
  // College: 6 of 6 stages, 7 activity rows (the line «2) Формирование банка данных…» only continues the
  // cell of stage 3, split by a Word page break), no «Сроки», no «Ответственные»: low.
  '003-severodvinsk-college-roadmap.md': {
    stages: [6, 6],
    deadlines: [0, 7],
    responsibles: [0, 7],
    percent: byHand([
      [6, 6],
      [0, 7],
      [0, 7],
    ]),
  },
  // Municipal: 27 measures in 6 sections (3+8+5+3+5+3), all filled; the municipal profile has no mandatory stages.
  '004-arkhangelsk-municipal.md': {
    deadlines: [27, 27],
    responsibles: [27, 27],
    results: [27, 27],
    percent: byHand([
      [27, 27],
      [27, 27],
      [27, 27],
    ]),
  },
  'clean-municipal.md': { deadlines: [10, 10], responsibles: [10, 10], results: [10, 10], percent: 100 },
  'clean-pupils-roadmap.md': { stages: [7, 7], deadlines: [11, 11], responsibles: [11, 11], results: [11, 11], percent: 100 },
  'clean-teachers-roadmap.md': { stages: [6, 6], deadlines: [12, 12], responsibles: [12, 12], results: [12, 12], percent: 100 },
};

/** Pairs' personalised programmes (docs/domain.md §17): their plan is no roadmap, its score is progress (docs/scores.md §4а). */
const PERSONAL = new Set(['ppn-ivanova-petrov.md']);

const part = (c: { done: number; total: number } | undefined): Part | undefined => (c ? [c.done, c.total] : undefined);

describe('completeness of every example', () => {
  test('the mandatory stage counts used here are the profiles’', () => {
    const mandatory = (id: string) => BUILTIN_PROFILES.find((p) => p.id === id)!.stages.filter((s) => s.mandatory).length;
    assert.equal(mandatory('teachers'), 6);
    assert.equal(mandatory('pupils'), 7);
    assert.equal(mandatory('municipal'), 0);
  });

  test('every example has expectations here', () => {
    const files = readdirSync('examples').filter((f) => f.endsWith('.md') && f !== 'README.md' && !PERSONAL.has(f));
    assert.deepEqual(files.sort(), Object.keys(EXPECTED).sort());
  });

  test('a personalised programme has no roadmap to measure: no completeness, progress instead', () => {
    for (const file of PERSONAL) {
      const scores = computeScores(analyze(readFileSync(`examples/${file}`, 'utf8')).model);
      assert.equal(scores.completeness.document, null, file);
      assert.deepEqual(scores.completeness.tables, [], file);
      assert.ok(scores.progress, file);
    }
  });

  for (const [file, want] of Object.entries(EXPECTED)) {
    test(file, () => {
      const c = computeScores(analyze(readFileSync(`examples/${file}`, 'utf8')).model).completeness;
      assert.equal(c.tables.length, 1, 'one roadmap table');
      for (const got of [c.document!, c.tables[0]!]) {
        assert.deepEqual(part(got.stages), want.stages);
        assert.deepEqual(part(got.deadlines), want.deadlines);
        assert.deepEqual(part(got.responsibles), want.responsibles);
        assert.deepEqual(part(got.results), want.results);
        assert.equal(got.percent, want.percent);
      }
    });
  }

  test('the hand-computed values: 000 100 %, 001 94 %, 002 and 003 33 %', () => {
    assert.equal(EXPECTED['000-spb-school34-roadmap.md']!.percent, 100);
    assert.equal(EXPECTED['001-tomsk-lyceum-roadmap.md']!.percent, 94);
    assert.equal(EXPECTED['002-krasnomayskaya-program.md']!.percent, 33);
    assert.equal(EXPECTED['003-severodvinsk-college-roadmap.md']!.percent, 33);
  });
});

describe('what is missing', () => {
  const of = (text: string) => computeScores(analyze(text).model).completeness;

  test('003: no deadline and no responsible column, said in Russian and English', () => {
    const c = of(readFileSync('examples/003-severodvinsk-college-roadmap.md', 'utf8')).document!;
    assert.deepEqual(c.missing.columns, ['deadline', 'responsible']);
    assert.deepEqual(c.missing.stages, []);
    assert.deepEqual(
      c.gaps.map((g) => g.ru),
      [
        'нет столбца «Сроки» — добавьте его и заполните для каждого мероприятия (7)',
        'нет столбца «Ответственные» — добавьте его и заполните для каждого мероприятия (7)',
      ],
    );
    assert.match(c.gaps[0]!.en, /^no “Сроки \(deadlines\)” column — add it/);
  });

  test('001: the continuation row (7th) lacks responsible and result', () => {
    const c = of(readFileSync('examples/001-tomsk-lyceum-roadmap.md', 'utf8')).tables[0]!;
    assert.deepEqual(c.missing.responsibleRows, [6]);
    assert.deepEqual(c.missing.resultRows, [6]);
    assert.deepEqual(c.missing.deadlineRows, []);
    assert.deepEqual(
      c.gaps.map((g) => g.ru),
      ['не указан ответственный в 1 строке: строка 7', 'не указан результат в 1 строке: строка 7'],
    );
    assert.deepEqual(
      c.gaps.map((g) => g.en),
      ['no responsible in 1 row: row 7', 'no result in 1 row: row 7'],
    );
  });

  test('a clean roadmap: 100 % and no gaps; each defect lowers its component', () => {
    assert.equal(of(roadmap()).document!.percent, 100);
    assert.deepEqual(of(roadmap()).document!.gaps, []);

    // Stage 4 («Отбор и обучение наставников») gone: stages 5 of 6, its row gone from the rows too.
    const noStage = of(roadmap(withoutRow(3))).document!;
    assert.deepEqual(part(noStage.stages), [5, 6]);
    assert.deepEqual(noStage.missing.stages, ['Отбор и обучение наставников']);
    assert.equal(
      noStage.percent,
      byHand([
        [5, 6],
        [6, 6],
        [6, 6],
        [6, 6],
      ]),
    );
    assert.match(noStage.gaps[0]!.ru, /^нет обязательного этапа «Отбор и обучение наставников»$/);
    assert.match(noStage.gaps[0]!.en, /^missing mandatory stage “.+”$/);

    // An unreadable deadline, an empty responsible and an empty result in numbered rows.
    const rows = withCell(5, COL.result, '', withCell(2, COL.responsible, '', withCell(1, COL.deadline, 'когда получится')));
    const holes = of(roadmap(rows)).tables[0]!;
    assert.deepEqual(part(holes.deadlines), [6, 7]);
    assert.deepEqual(part(holes.responsibles), [6, 7]);
    assert.deepEqual(part(holes.results), [6, 7]);
    assert.equal(
      holes.percent,
      byHand([
        [6, 6],
        [6, 7],
        [6, 7],
        [6, 7],
      ]),
    );
    assert.deepEqual(
      holes.gaps.map((g) => g.ru),
      ['нет понятного срока в 1 строке: № 2', 'не указан ответственный в 1 строке: № 3', 'не указан результат в 1 строке: № 6'],
    );
  });

  test('without a result column the results component does not apply', () => {
    const { rows, header } = withoutColumn(COL.result, ROWS);
    const c = of(roadmap(rows, { header })).document!;
    assert.equal(c.results, undefined);
    assert.equal(c.percent, 100);
  });

  test('two roadmap tables: the document pools them, gaps name their table', () => {
    const first = roadmap();
    const second =
      `\n## План мероприятий на второе полугодие\n\n| № | Мероприятия | Сроки | Ответственные ` +
      `|\n|---|---|---|---|\n| 1. | Итоговый семинар | | Куратор |\n| 2. | Отчёт о работе | Май 2026 | |\n`;
    const c = of(first + second);
    assert.equal(c.tables.length, 2);
    const doc = c.document!;
    assert.deepEqual(part(doc.deadlines), [7 + 1, 7 + 2]);
    assert.deepEqual(part(doc.responsibles), [7 + 1, 7 + 2]);
    assert.deepEqual(part(doc.results), [7, 7]);
    assert.equal(doc.percent, byHand([part(doc.stages), [8, 9], [8, 9], [7, 7]]));
    assert.deepEqual(
      doc.missing.rows.deadline.map((r) => [r.table, r.row, r.name]),
      [[1, 0, '№ 1']],
    );
    assert.ok(
      doc.gaps.every((g) => /^таблица 2 \(«План мероприятий на второе полугодие»\): /.test(g.ru)),
      JSON.stringify(doc.gaps),
    );
  });
});
