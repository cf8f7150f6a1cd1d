/**
 * Target indicators (seed 004 §6): «не менее N» per year in digits or words, target-decreasing,
 * and fulfilment = fact / plan where a «Факт» column exists.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { readCount } from '../server/src/core/scores/marks';
import { readTargets } from '../server/src/core/scores/targets';

const SEED_004 = readFileSync('examples/004-arkhangelsk-municipal.md', 'utf8');
const RISING = '2023 год – не менее 25;<br>- 2024 год – не менее 35;<br>- 2025 год – не менее 45';

function run(text: string) {
  const analysis = analyze(text);
  return {
    analysis,
    targets: computeScores(analysis.model).targets,
    decreasing: analysis.diagnostics.filter((d) => d.code === 'target-decreasing'),
  };
}

const MUNICIPAL = `---
вид: комплекс мер
профиль: муниципальный
период: 2025-2027
---
# Комплекс мер по развитию наставничества в образовательных организациях города на 2025-2027 годы
`;

describe('targets of seed 004', () => {
  test('6.1: 25 → 35 → 45 read per year, rising: no warning', () => {
    assert.ok(SEED_004.includes(RISING));
    const { targets, decreasing } = run(SEED_004);
    const t61 = targets.find((t) => t.number === '6.1')!;
    assert.deepEqual(
      t61.targets.map((y) => [y.year, y.plan]),
      [
        [2023, 25],
        [2024, 35],
        [2025, 45],
      ],
    );
    assert.equal(t61.text, 'Увеличение числа программ наставничества');
    assert.deepEqual(t61.decreasing, []);
    assert.equal(t61.fulfilment, undefined, 'no «Факт» column');
    assert.deepEqual(decreasing, []);
  });

  test('6.2 «не менее двух» and 6.3 «не менее 5» are targets for the whole period', () => {
    const { targets } = run(SEED_004);
    assert.deepEqual(targets.find((t) => t.number === '6.2')!.targets, [{ year: null, plan: 2 }]);
    assert.deepEqual(targets.find((t) => t.number === '6.3')!.targets, [{ year: null, plan: 5 }]);
    assert.equal(targets.length, 3);
  });

  test('45 → 35 fires target-decreasing (warning) on 6.1', () => {
    const text = SEED_004.replace(RISING, '2023 год – не менее 25;<br>- 2024 год – не менее 45;<br>- 2025 год – не менее 35');
    const { targets, decreasing, analysis } = run(text);
    const t61 = targets.find((t) => t.number === '6.1')!;
    assert.deepEqual(
      t61.decreasing.map((d) => [d.from.year, d.from.plan, d.to.year, d.to.plan]),
      [[2024, 45, 2025, 35]],
    );
    assert.equal(decreasing.length, 1);
    assert.equal(decreasing[0]!.severity, 'warning');
    assert.match(decreasing[0]!.message.ru, /2025 год.*35.*2024 год.*45/);
    assert.match(text.slice(decreasing[0]!.span.start, decreasing[0]!.span.end), /^Увеличение числа программ/);
    assert.equal(analysis.internalErrors.length, 0);
  });
});

describe('reading «не менее N»', () => {
  test('digits and words', () => {
    const cases: [string, number | undefined][] = [
      ['25', 25],
      ['двух', 2],
      ['пяти', 5],
      ['2-х', 2],
      ['80%', 80],
      ['десяти', 10],
      ['двадцати пяти', 25],
      ['сорока', 40],
      ['трёх', 3],
      ['многих', undefined],
    ];
    for (const [word, n] of cases) assert.equal(readCount(word), n, word);
  });

  test('per year, the year before or after; a period «2023–2025 гг.» is no year', () => {
    assert.deepEqual(readTargets('2025 год – не менее 40; 2026 год – не менее 60; 2027 год – не менее 80'), [
      { year: 2025, plan: 40 },
      { year: 2026, plan: 60 },
      { year: 2027, plan: 80 },
    ]);
    assert.deepEqual(readTargets('не менее 10 пар (2025 г.), не менее 12 пар (2026 г.)'), [
      { year: 2025, plan: 10 },
      { year: 2026, plan: 12 },
    ]);
    assert.deepEqual(readTargets('в 2023–2025 гг. не менее трёх проектов'), [{ year: null, plan: 3 }]);
    assert.deepEqual(readTargets('Реализация не менее чем двух проектов'), [{ year: null, plan: 2 }]);
    assert.deepEqual(readTargets('Проведение семинаров'), []);
  });
});

describe('fulfilment with a «Факт» column', () => {
  test('per-year facts in a «Фактически» column: fact / plan per year and overall', () => {
    const text = `${MUNICIPAL}
| № | Мероприятия | Сроки | Ответственные | Фактически |
|---|---|---|---|---|
| 1. | Целевые индикаторы | | | |
| 1.1 | Число наставнических пар: 2025 год – не менее 40; 2026 год – не менее 60; 2027 год – не менее 80 \
| Декабрь 2025 – декабрь 2027 | Специалисты ДО | 2025 год – 44; 2026 год – 45 |
| 1.2 | Проведение не менее двух конференций | 2025-2027 гг. | Специалисты ДО | 1 |
`;
    const { targets, decreasing } = run(text);
    const pairs = targets.find((t) => t.number === '1.1')!;
    assert.deepEqual(pairs.targets, [
      { year: 2025, plan: 40, fact: 44, fulfilment: 110 },
      { year: 2026, plan: 60, fact: 45, fulfilment: 75 },
      { year: 2027, plan: 80 },
    ]);
    // (44 + 45) / (40 + 60) over the years that have a fact.
    assert.equal(pairs.fulfilment, 89);
    const conferences = targets.find((t) => t.number === '1.2')!;
    assert.deepEqual(conferences.targets, [{ year: null, plan: 2, fact: 1, fulfilment: 50 }]);
    assert.equal(conferences.fulfilment, 50);
    assert.deepEqual(decreasing, []);
  });

  test('year columns with plan and «факт» per year', () => {
    const text = `${MUNICIPAL}
## Целевые показатели

| Показатель | 2025 | 2026 | 2027 | 2025 факт |
|---|---|---|---|---|
| Доля педагогов-наставников, % | не менее 20 | не менее 25 | не менее 30 | 22 |
| Число программ наставничества | 12 | 10 | 14 | 12 |
`;
    const { targets, decreasing } = run(text);
    assert.equal(targets.length, 2);
    assert.deepEqual(targets[0]!.targets, [
      { year: 2025, plan: 20, fact: 22, fulfilment: 110 },
      { year: 2026, plan: 25 },
      { year: 2027, plan: 30 },
    ]);
    assert.equal(targets[0]!.text, 'Доля педагогов-наставников, %');
    assert.deepEqual(
      targets[1]!.decreasing.map((d) => [d.from.year, d.to.year]),
      [[2025, 2026]],
    );
    assert.equal(decreasing.length, 1);
  });
});
