/**
 * Questionnaires (МР-42/02): items scored 1–10, «до»/«после» columns or one column per respondent;
 * mean per item, overall mean, change entry → exit; score-out-of-range outside 1–10.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { PROGRAM_FRONT } from './scores-support';

function questionnaire(table: string, heading = '## Анкета наставляемого') {
  const text = `${PROGRAM_FRONT}\n${heading}\n\nОцените утверждения по шкале от 1 до 10.\n\n${table}\n`;
  const analysis = analyze(text);
  const scores = computeScores(analysis.model);
  return { text, analysis, scores, q: scores.questionnaires[0], out: analysis.diagnostics.filter((d) => d.code === 'score-out-of-range') };
}

describe('questionnaires', () => {
  test('«До» / «После»: mean per item, means at entry and exit, change', () => {
    const { q, out, scores } = questionnaire(`| № | Вопрос | До | После |
|---|---|---|---|
| 1 | Насколько комфортно вы чувствуете себя в коллективе? | 5 | 8 |
| 2 | Насколько уверенно вы планируете уроки? | 4 | 9 |
| 3 | Насколько легко вам работать с родителями? | 6 | 6 |`);
    assert.ok(q);
    assert.equal(scores.efficiency.length, 0, 'not a scoring table');
    assert.equal(q.layout, 'before-after');
    assert.deepEqual(
      q.items.map((i) => [i.before, i.after, i.mean, i.change]),
      [
        [5, 8, 6.5, 3],
        [4, 9, 6.5, 5],
        [6, 6, 6, 0],
      ],
    );
    assert.equal(q.meanBefore, 5);
    assert.equal(q.meanAfter, 7.67);
    assert.equal(q.change, 2.67);
    assert.equal(q.mean, 6.33);
    assert.equal(q.items[0]!.item, 'Насколько комфортно вы чувствуете себя в коллективе?');
    assert.deepEqual(out, []);
  });

  test('entry/exit columns written as «На входе» / «По итогам программы», with a summary column left out', () => {
    const { q } = questionnaire(`| Утверждение | Оценка на входе | Оценка по итогам программы | Среднее |
|---|---|---|---|
| Я понимаю свои профессиональные цели | 3 | 7 | 5 |
| Я умею выстраивать отношения с классом | 5 | 8 | 6,5 |`);
    assert.ok(q);
    assert.deepEqual(
      q.items.map((i) => [i.before, i.after]),
      [
        [3, 7],
        [5, 8],
      ],
    );
    assert.equal(q.change, 3.5);
  });

  test('one column per respondent: mean per item and overall, no change', () => {
    const { q, out } = questionnaire(
      `| Вопрос | Наставник 1 | Наставник 2 | Наставник 3 |
|---|---|---|---|
| Удовлетворённость программой | 8 | 9 | 10 |
| Полезность встреч | 7 | 7,5 |  |`,
      '## Анкета наставника',
    );
    assert.ok(q);
    assert.equal(q.layout, 'respondents');
    assert.deepEqual(
      q.items.map((i) => i.mean),
      [9, 7.25],
    );
    assert.equal(q.mean, 8.3);
    assert.equal(q.change, undefined);
    assert.deepEqual(out, []);
  });

  test('an «Оценка» column under «Анкета» is a questionnaire, not a 0/1/2 scoring table', () => {
    const { q, scores, analysis } = questionnaire(`| Вопрос | Оценка |
|---|---|
| Насколько вам интересно в программе? | 9 |
| Насколько полезен наставник? | 10 |`);
    assert.ok(q);
    assert.equal(scores.efficiency.length, 0);
    assert.equal(q.mean, 9.5);
    assert.ok(!analysis.diagnostics.some((d) => d.code === 'score-invalid-mark'));
  });

  test('values outside 1–10 fire score-out-of-range (error) on the cell and stay out of the means', () => {
    const { q, out, text } = questionnaire(`| Вопрос | До | После |
|---|---|---|
| Насколько комфортно вы чувствуете себя в коллективе? | 0 | 8 |
| Насколько уверенно вы планируете уроки? | 4 | 19 |
| Насколько легко вам работать с родителями? | 6 | хорошо |`);
    assert.ok(q);
    assert.deepEqual(
      out.map((d) => text.slice(d.span.start, d.span.end)),
      ['0', '19', 'хорошо'],
    );
    assert.ok(out.every((d) => d.severity === 'error'));
    assert.match(out[1]!.message.ru, /«19».*вне шкалы/);
    assert.match(out[1]!.message.ru, /от 1 до 10/);
    assert.deepEqual(
      q.items.map((i) => [i.before, i.after]),
      [
        [undefined, 8],
        [4, undefined],
        [6, undefined],
      ],
    );
    assert.equal(q.meanBefore, 5);
    assert.equal(q.meanAfter, 8);
    // No item has both values left: no change rather than 8 − 5 over different items.
    assert.equal(q.change, undefined);
  });

  test('a 10 and a 1 are in range; a 10,5 is not', () => {
    const { out, text } = questionnaire(`| Вопрос | До | После |
|---|---|---|
| Вопрос первый | 1 | 10 |
| Вопрос второй | 10,5 | 2 |`);
    assert.deepEqual(
      out.map((d) => text.slice(d.span.start, d.span.end)),
      ['10,5'],
    );
  });
});
