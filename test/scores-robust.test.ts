/**
 * Scores never throw (issue 4 §6): ragged scoring tables, HTML in cells, empty tables, header-only
 * tables, random junk in scoring, target and questionnaire shapes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { efficiencyOf, POINTS_HEADER, programWithTable } from './scores-support';

function scoresOf(text: string) {
  const analysis = analyze(text);
  assert.deepEqual(analysis.internalErrors, [], 'no rule failed');
  return computeScores(analysis.model);
}

describe('scores on awkward tables', () => {
  test('ragged rows: missing and extra cells', () => {
    const table = `${POINTS_HEADER}
|---|---|---|---|---|
| Критерий | Показатель один | ✓ |
|  | Показатель два |  | ✓ |  | лишняя | ещё |
| Только критерий |
|  |  |  |  |  |`;
    const { e } = efficiencyOf(programWithTable(table));
    assert.deepEqual(
      e.indicators.map((i) => [i.indicator, i.points]),
      [
        ['Показатель один', 2],
        ['Показатель два', 1],
      ],
    );
    assert.equal(e.max, 4);
  });

  test('HTML in cells: <br>, <p>, a mark wrapped in tags', () => {
    const table = `${POINTS_HEADER}
|---|---|---|---|---|
| Критерий<br>второй строкой | Показатель <b>один</b> | <b>✓</b> |  |  |
|  | <p>Показатель</p><p>два</p> |  | <span>+</span> |  |`;
    const { e, codes } = efficiencyOf(programWithTable(table));
    assert.deepEqual(
      e.indicators.map((i) => i.points),
      [2, 1],
    );
    assert.ok(!codes.includes('score-invalid-mark'), codes.join());
  });

  test('a header-only scoring table: no indicators, no level, nothing thrown', () => {
    const { e } = efficiencyOf(programWithTable(`${POINTS_HEADER}\n|---|---|---|---|---|`, '15–18 баллов – оптимальный уровень;'));
    assert.equal(e.indicators.length, 0);
    assert.equal(e.max, 0);
    assert.equal(e.percent, 0);
    assert.equal(e.level, null);
  });

  test('a «Балл» table with no indicator column and a one-column questionnaire', () => {
    const s1 = scoresOf(programWithTable('| Балл |\n|---|\n| 2 |\n| 7 |'));
    assert.equal(s1.efficiency.length, 1);
    const s2 = scoresOf(`---\nвид: программа\n---\n# Программа наставничества\n\n## Анкета\n\n| До |\n|---|\n| 5 |\n| 0 |\n`);
    assert.equal(s2.questionnaires.length, 1);
  });

  test('random cells in scoring, target, questionnaire and roadmap shapes never throw', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        '✓',
        '+',
        'х',
        '2',
        '3',
        '-1',
        '1,5',
        'не менее',
        'не менее двух',
        '2025 год – не менее 10',
        '<br>',
        '<b>',
        '&nbsp;',
        '10',
        '0',
        'до',
        'NaN',
        'Infinity',
        '9999999999999999999999',
      ),
      fc.string({ maxLength: 12 }).map((s) => s.replace(/[|\n\r`]/g, ' ')),
    );
    const headers = [
      POINTS_HEADER,
      '| Критерии | Показатели | Балл |',
      '| Вопрос | До | После |',
      '| Показатель | 2025 | 2026 | 2027 | Факт |',
      '| № | Мероприятия | Сроки | Ответственные | Результат | Факт |',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...headers),
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }),
        fc.string({ maxLength: 40 }),
        (header, rows, after) => {
          const width = header.split('|').length - 2;
          const body = rows.map((r) => '| ' + r.join(' | ') + ' |').join('\n');
          const text =
            `---\nвид: программа\n---\n# Программа наставничества\n\n## Анкета и ` +
            `показатели\n\n${header}\n|${'---|'.repeat(width)}\n${body}\n\n${after}\n`;
          const s = scoresOf(text);
          for (const e of s.efficiency) {
            assert.ok(Number.isFinite(e.total) && Number.isFinite(e.percent));
            assert.ok(e.total <= e.max);
          }
          for (const q of s.questionnaires) if (q.mean !== null) assert.ok(q.mean >= 1 && q.mean <= 10);
          JSON.stringify(s);
        },
      ),
      { numRuns: 300 },
    );
  });
});
