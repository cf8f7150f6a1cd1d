/**
 * Efficiency indicators (issue 4, docs/domain.md §12 «Показатели эффективности») on seed 002's own table: known marks give known
 * subtotals, total, maximum, percent and level, including the level boundaries 8/9 and 14/15.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { defaultLevels } from '../server/src/core/scores/efficiency';
import { efficiencyOf, type Fill, programWithTable, seed002With } from './scores-support';

const CRITERIA = [
  'Оценка программы наставничества в организации',
  'Определение эффективности участников наставнической деятельности в организации',
  'Изменения в личности наставляемого',
];

describe('efficiency: seed 002 filled with known marks', () => {
  const cases: { fills: Fill[]; subtotals: number[]; total: number; percent: number; level: string }[] = [
    { fills: [2, 2, 2, 2, 2, 1, 1, 0, 0], subtotals: [10, 2, 0], total: 12, percent: 67, level: 'допустимый уровень' },
    { fills: [2, 2, 2, 2, 0, 0, 0, 0, 0], subtotals: [8, 0, 0], total: 8, percent: 44, level: 'недопустимый уровень' },
    { fills: [2, 2, 2, 2, 1, 0, 0, 0, 0], subtotals: [9, 0, 0], total: 9, percent: 50, level: 'допустимый уровень' },
    { fills: [2, 2, 2, 2, 2, 2, 2, 0, 0], subtotals: [10, 4, 0], total: 14, percent: 78, level: 'допустимый уровень' },
    { fills: [2, 2, 2, 2, 2, 2, 2, 1, 0], subtotals: [10, 4, 1], total: 15, percent: 83, level: 'оптимальный уровень' },
    { fills: [2, 2, 2, 2, 2, 2, 2, 2, 2], subtotals: [10, 4, 4], total: 18, percent: 100, level: 'оптимальный уровень' },
    { fills: [0, 0, 0, 0, 0, 0, 0, 0, 0], subtotals: [0, 0, 0], total: 0, percent: 0, level: 'недопустимый уровень' },
  ];
  for (const c of cases) {
    test(`${c.fills.join(' ')} → ${c.total} of 18, ${c.level}`, () => {
      const { e, codes } = efficiencyOf(seed002With(c.fills));
      assert.deepEqual(
        e.indicators.map((i) => i.points),
        c.fills,
      );
      assert.deepEqual(
        e.criteria.map((x) => x.name),
        CRITERIA,
      );
      assert.deepEqual(
        e.criteria.map((x) => x.points),
        c.subtotals,
      );
      assert.deepEqual(
        e.criteria.map((x) => x.max),
        [10, 4, 4],
      );
      assert.equal(e.total, c.total);
      assert.equal(e.max, 18);
      assert.equal(e.percent, c.percent);
      assert.equal(e.scored, 9);
      assert.equal(e.partial, false);
      assert.equal(e.levelsSource, 'document');
      assert.equal(e.level?.name, c.level);
      assert.deepEqual(
        e.levels.map((l) => [l.from, l.to]),
        [
          [15, 18],
          [9, 14],
          [0, 8],
        ],
      );
      for (const code of ['score-unscored', 'score-levels', 'score-invalid-mark', 'score-multiple-marks'])
        assert.ok(!codes.includes(code), `${code} in ${codes}`);
    });
  }

  test('every accepted mark counts: ✓ ✔ + x х v V да Да X', () => {
    for (const mark of ['✓', '✔', '+', 'x', 'х', 'v', 'V', 'да', 'Да', 'X', 'Х']) {
      const { e, codes } = efficiencyOf(seed002With([2, 1, 0, 2, 1, 0, 2, 1, 0], { mark }));
      assert.equal(e.total, 9, `mark ${mark}`);
      assert.equal(e.scored, 9, `mark ${mark}`);
      assert.ok(!codes.includes('score-invalid-mark'), `mark ${mark}: ${codes}`);
    }
  });

  test('the empty table (the seed as it is) reports 0 of 9 scored, partial, and no level — never «недопустимый»', () => {
    const { e, analysis } = efficiencyOf(seed002With(Array<Fill>(9).fill(null)));
    assert.equal(e.scored, 0);
    assert.equal(e.indicators.length, 9);
    assert.equal(e.partial, true);
    assert.equal(e.level, null);
    const unscored = analysis.diagnostics.filter((d) => d.code === 'score-unscored');
    assert.equal(unscored.length, 1);
    assert.equal(unscored[0]!.severity, 'info');
    assert.match(unscored[0]!.message.ru, /0 из 9 показателей/);
    assert.doesNotMatch(unscored[0]!.message.ru, /недопустим/);
    assert.deepEqual((unscored[0]!.data as { rows: number[] }).rows, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test('a partly filled table is partial: the total counts the marks so far, no level', () => {
    const { e, codes } = efficiencyOf(seed002With([2, 2, null, 1, null, null, null, null, null]));
    assert.equal(e.total, 5);
    assert.equal(e.scored, 3);
    assert.equal(e.partial, true);
    assert.equal(e.level, null);
    assert.ok(codes.includes('score-unscored'));
  });

  test('a tenth indicator under «15–18» fires score-levels; nine do not', () => {
    const ten = efficiencyOf(seed002With([2, 2, 2, 2, 2, 2, 2, 2, 2], { extra: [['', 'Наставляемый самостоятельно проводит уроки', 2]] }));
    assert.equal(ten.e.max, 20);
    assert.equal(ten.e.total, 20);
    assert.ok(ten.e.levelProblems.some((p) => p.kind === 'range'));
    const levels = ten.analysis.diagnostics.filter((d) => d.code === 'score-levels');
    assert.equal(levels.length, 1);
    assert.equal(levels[0]!.severity, 'warning');
    assert.match(levels[0]!.message.ru, /10 показателей/);
    assert.match(levels[0]!.message.ru, /максимум 20 баллов/);
    // The total 20 lies above every written level: no level rather than a wrong one.
    assert.equal(ten.e.level, null);
    assert.ok(!efficiencyOf(seed002With([2, 2, 2, 2, 2, 2, 2, 2, 2])).codes.includes('score-levels'));
  });

  test('two marks in one row fire score-multiple-marks (error) and leave the row unscored', () => {
    const { e, analysis } = efficiencyOf(seed002With([2, 2, { cells: ['✓', '✓', ''] }, 2, 2, 2, 2, 2, 2]));
    const d = analysis.diagnostics.filter((x) => x.code === 'score-multiple-marks');
    assert.equal(d.length, 1);
    assert.equal(d[0]!.severity, 'error');
    assert.equal(e.indicators[2]!.points, null);
    assert.equal(e.indicators[2]!.problem?.kind, 'multiple-marks');
    assert.equal(e.partial, true);
    assert.equal(e.total, 16);
  });

  test('a «3» fires score-invalid-mark (error); so does an unreadable mark', () => {
    for (const bad of ['3', '?', 'частично']) {
      const { e, analysis } = efficiencyOf(seed002With([2, 2, { cells: [bad, '', ''] }, 2, 2, 2, 2, 2, 2]));
      const d = analysis.diagnostics.filter((x) => x.code === 'score-invalid-mark');
      assert.equal(d.length, 1, `«${bad}»`);
      assert.equal(d[0]!.severity, 'error');
      assert.equal(analysis.model.length >= d[0]!.span.end, true);
      assert.equal(seed002With([2, 2, { cells: [bad, '', ''] }, 2, 2, 2, 2, 2, 2]).slice(d[0]!.span.start, d[0]!.span.end), bad);
      assert.equal(e.indicators[2]!.points, null);
      // An invalid mark is an error, not «unscored» as well.
      assert.ok(!analysis.diagnostics.some((x) => x.code === 'score-unscored'));
    }
  });
});

describe('efficiency: a «Балл» column with numbers', () => {
  for (const header of ['Балл', 'Баллы', 'Оценка']) {
    test(`«${header}»: numbers 0, 1, 2 are the points; 3 is invalid`, () => {
      const table = [
        `| Критерии | Показатели | ${header} |`,
        '|---|---|---|',
        '| Профессиональная компетентность | Владеет методами наставнической деятельности | 2 |',
        '|  | Помогает планировать уроки | 1 |',
        '| Коммуникативная компетентность | Выстраивает доверительные отношения | 2 балла |',
        '|  | Проводит встречи регулярно | 0 |',
      ].join('\n');
      const { e, codes } = efficiencyOf(
        programWithTable(table, '7–8 баллов – оптимальный уровень;\n4–6 баллов – допустимый уровень;\n0–3 балла – недопустимый уровень.'),
      );
      assert.deepEqual(
        e.indicators.map((i) => i.points),
        [2, 1, 2, 0],
      );
      assert.deepEqual(
        e.criteria.map((c) => [c.points, c.max]),
        [
          [3, 4],
          [2, 4],
        ],
      );
      assert.equal(e.total, 5);
      assert.equal(e.max, 8);
      assert.equal(e.level?.name, 'допустимый уровень');
      assert.ok(!codes.includes('score-invalid-mark') && !codes.includes('score-levels'), codes.join());
      const bad = efficiencyOf(programWithTable(table.replace('| 0 |', '| 3 |')));
      assert.ok(bad.codes.includes('score-invalid-mark'));
    });
  }
});

describe('efficiency: other points-column layouts', () => {
  test('points in parentheses and columns in another order («0 баллов» first)', () => {
    const table = [
      '| Критерии | Показатели | Не проявляется (0 баллов) | Частично проявляется (1 балл) | Проявляется в полной мере (2 балла) |',
      '|---|---|---|---|---|',
      '| Профессиональная компетентность | Владеет методами |  |  | ✓ |',
      '|  | Помогает планировать уроки |  | + |  |',
      '| Коммуникативная компетентность | Выстраивает отношения | х |  |  |',
    ].join('\n');
    const { e } = efficiencyOf(programWithTable(table));
    assert.deepEqual(
      e.indicators.map((i) => i.points),
      [2, 1, 0],
    );
    assert.equal(e.max, 6);
  });
});

describe('efficiency: levels', () => {
  const fourRows = [
    '| Критерии | Показатели | Проявляется в полной мере, 2 балла | Частично проявляется, 1 балл | Не проявляется, 0 баллов |',
    '|---|---|---|---|---|',
    '| Профессиональная компетентность | Владеет методами | ✓ |  |  |',
    '|  | Помогает планировать уроки |  | ✓ |  |',
    '| Коммуникативная компетентность | Выстраивает отношения | ✓ |  |  |',
    '|  | Проводит встречи регулярно |  |  | ✓ |',
  ].join('\n');

  test('without levels after the table, the defaults are scaled to the maximum (and documented)', () => {
    assert.deepEqual(
      defaultLevels(18).map((l) => [l.from, l.to]),
      [
        [15, 18],
        [9, 14],
        [0, 8],
      ],
    );
    assert.deepEqual(
      defaultLevels(8).map((l) => [l.from, l.to]),
      [
        [7, 8],
        [4, 6],
        [0, 3],
      ],
    );
    assert.deepEqual(
      defaultLevels(20).map((l) => [l.from, l.to]),
      [
        [16, 20],
        [9, 15],
        [0, 8],
      ],
    );
    const { e, codes } = efficiencyOf(programWithTable(fourRows));
    assert.equal(e.levelsSource, 'default');
    assert.equal(e.total, 5);
    assert.equal(e.level?.name, 'допустимый уровень');
    assert.equal(e.level?.nameEn, 'acceptable level');
    assert.ok(!codes.includes('score-levels'));
  });

  test('levels on one line separated by «;», with or without «баллов»', () => {
    const { e, codes } = efficiencyOf(
      programWithTable(fourRows, '7–8 баллов – оптимальный уровень; 4–6 – допустимый; 0–3 – недопустимый.'),
    );
    assert.equal(e.levelsSource, 'document');
    assert.deepEqual(
      e.levels.map((l) => [l.from, l.to, l.name]),
      [
        [7, 8, 'оптимальный уровень'],
        [4, 6, 'допустимый'],
        [0, 3, 'недопустимый'],
      ],
    );
    assert.equal(e.level?.name, 'допустимый');
    assert.ok(!codes.includes('score-levels'));
  });

  test('«от N до M» and «N баллов и более» are levels too', () => {
    const { e } = efficiencyOf(
      programWithTable(
        fourRows,
        'от 0 до 3 баллов – недопустимый уровень;\nот 4 до 6 баллов – допустимый уровень;\n7 баллов и более – оптимальный уровень.',
      ),
    );
    assert.deepEqual(
      e.levels.map((l) => [l.from, l.to]),
      [
        [0, 3],
        [4, 6],
        [7, 8],
      ],
    );
    assert.deepEqual(e.levelProblems, []);
  });

  test('a gap and an overlap between levels fire score-levels', () => {
    const gap = efficiencyOf(
      programWithTable(fourRows, '7–8 баллов – оптимальный уровень;\n5–6 баллов – допустимый уровень;\n0–3 балла – недопустимый уровень.'),
    );
    assert.deepEqual(
      gap.e.levelProblems.map((p) => [p.kind, p.text]),
      [['gap', '4–4']],
    );
    const d = gap.analysis.diagnostics.find((x) => x.code === 'score-levels');
    assert.ok(d);
    assert.match(d.message.ru, /4 балла/);
    assert.match(d.message.ru, /не входит ни в один уровень/);
    const overlap = efficiencyOf(
      programWithTable(fourRows, '6–8 баллов – оптимальный уровень;\n4–6 баллов – допустимый уровень;\n0–3 балла – недопустимый уровень.'),
    );
    assert.deepEqual(
      overlap.e.levelProblems.map((p) => p.kind),
      ['overlap'],
    );
    assert.ok(overlap.codes.includes('score-levels'));
  });

  test('text after the levels does not become a level; a sentence with years is no level', () => {
    const { e } = efficiencyOf(
      programWithTable(
        fourRows,
        '7–8 баллов – оптимальный уровень;\n4–6 баллов – допустимый уровень;\n0–3 балла – недопустимый уровень.\n\nПрограмма реализуется в 2025–2026 годах.',
      ),
    );
    assert.equal(e.levels.length, 3);
    const years = efficiencyOf(programWithTable(fourRows, 'Мониторинг проводится в 2025–2026 учебном году.'));
    assert.equal(years.e.levelsSource, 'default');
  });
});

describe('efficiency: the seed itself', () => {
  test('seed 002 as written: one scoring table of 9 indicators in 3 criteria, levels from the document', () => {
    const text = seed002With(Array<Fill>(9).fill(null));
    const scores = computeScores(analyze(text).model);
    assert.equal(scores.efficiency.length, 1);
    const e = scores.efficiency[0]!;
    assert.equal(e.max, 18);
    assert.deepEqual(
      e.criteria.map((c) => c.indicators),
      [5, 2, 2],
    );
    assert.equal(e.levelsSource, 'document');
  });
});
