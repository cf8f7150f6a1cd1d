/**
 * Reading the list of mentoring pairs (core/workspace/pair-list.ts) and a ППН's pair
 * (core/workspace/pair-facts.ts) on tables and headers as schools write them (docs/domain.md §18
 * «Наставнические пары»); tables that only look like a pair list list no pairs.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { shortName } from '../server/src/core/domain/person-names';
import { isPersonalProgram, readPairFacts } from '../server/src/core/workspace/pair-facts';
import { readPairList } from '../server/src/core/workspace/pair-list';

function pairs(text: string) {
  return readPairList(analyze(text).model).map((p) => ({
    mentor: shortName(p.mentor),
    mentee: shortName(p.mentee),
    ...(p.mentorPosition ? { mentorPosition: p.mentorPosition } : {}),
    ...(p.menteePosition ? { menteePosition: p.menteePosition } : {}),
    ...(p.form ? { form: p.form } : {}),
    ...(p.period ? { period: `${p.period.start}…${p.period.end}` } : {}),
    row: text.slice(p.span.start, p.span.end).split('|')[1]!.trim(),
  }));
}

describe('the list of pairs', () => {
  test('an order with «ФИО наставника», «Должность наставника», … columns', () => {
    const text = readFileSync('test/fixtures/school/приказ-о-закреплении-пар.md', 'utf8');
    const found = pairs(text);
    assert.equal(found.length, 4);
    assert.deepEqual(found[0], {
      mentor: 'Иванова А.А.',
      mentee: 'Петров П.П.',
      mentorPosition: 'учитель математики',
      menteePosition: 'учитель математики',
      form: 'педагог – педагог',
      period: '2025-10-01…2026-05-31',
      row: '1.',
    });
    assert.deepEqual(
      found.map((p) => p.form),
      ['педагог – педагог', 'педагог – педагог', 'педагог – педагог', 'руководитель – педагог'],
    );
  });

  test('«Наставник (ФИО, должность)» cells: the name, then the position', () => {
    const text = [
      '# Приказ о закреплении наставнических пар на 2025-2026 учебный год',
      '',
      '| № п/п | Наставник (ФИО, должность) | Наставляемый (ФИО, должность) | Форма наставничества | Период наставничества |',
      '|---|---|---|---|---|',
      '| 1 | Иванова Анна Андреевна, учитель математики | Петров Павел Петрович, ' +
        'учитель математики (стаж 1 год) | «педагог – педагог» | октябрь 2025 – май 2026 |',
      '| 2 | Н.В. Соколова – учитель русского языка | КУЗНЕЦОВА М.С., учитель русского языка | ' +
        'педагог – педагог | с 01.10.2025 по 31.05.2026 |',
    ].join('\n');
    assert.deepEqual(pairs(text), [
      {
        mentor: 'Иванова А.А.',
        mentee: 'Петров П.П.',
        mentorPosition: 'учитель математики',
        menteePosition: 'учитель математики (стаж 1 год)',
        form: 'педагог – педагог',
        period: '2025-10-01…2026-05-31',
        row: '1',
      },
      {
        mentor: 'Соколова Н.В.',
        mentee: 'Кузнецова М.С.',
        mentorPosition: 'учитель русского языка',
        menteePosition: 'учитель русского языка',
        form: 'педагог – педагог',
        period: '2025-10-01…2026-05-31',
        row: '2',
      },
    ]);
  });

  test('«Молодой специалист», «Педагог-наставник» headers in a roadmap section', () => {
    const text = [
      '# Дорожная карта реализации системы наставничества педагогических работников на 2025-2026 учебный год',
      '',
      '## Наставнические пары',
      '',
      '| Педагог-наставник | Молодой специалист | Форма |',
      '|---|---|---|',
      '| Морозова Е.И. | Волкова Д.А. | учитель – учитель |',
    ].join('\n');
    assert.deepEqual(pairs(text), [{ mentor: 'Морозова Е.И.', mentee: 'Волкова Д.А.', form: 'учитель – учитель', row: 'Морозова Е.И.' }]);
  });

  test('a table describing who may be a mentor lists no pairs; a group row is left out', () => {
    const text = [
      '# Программа наставничества «Учитель – учитель»',
      '',
      '| Наставник | Наставляемый |',
      '|---|---|',
      '| • Опытный педагог, имеющий профессиональные успехи | • Молодой специалист с опытом работы от 0 до 3 лет |',
      '',
      '| ФИО наставника | ФИО наставляемых |',
      '|---|---|',
      '| Иванова А.А. | Петров П.П., Сидоров С.С. |',
      '| Соколова Н.В. | Кузнецова М.С. |',
    ].join('\n');
    assert.deepEqual(
      pairs(text).map((p) => `${p.mentor} – ${p.mentee}`),
      ['Соколова Н.В. – Кузнецова М.С.'],
    );
  });

  test('no document of examples/ or the real-world corpus lists pairs (no false pair lists)', () => {
    for (const dir of ['examples', 'test/fixtures/real-world']) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        assert.deepEqual(pairs(readFileSync(`${dir}/${file}`, 'utf8')), [], `${dir}/${file}`);
      }
    }
  });
});

describe('the pair of a ППН', () => {
  test('labelled lines: mentor, mentee, form, period', () => {
    const text = readFileSync('test/fixtures/school/ппн-морозова-волкова.md', 'utf8');
    const { model } = analyze(text);
    assert.ok(isPersonalProgram(model));
    const facts = readPairFacts(model, text);
    assert.equal(facts.mentor && shortName(facts.mentor), 'Морозова Е.И.');
    assert.equal(facts.mentee && shortName(facts.mentee), 'Волкова Д.А.');
    assert.equal(facts.form, 'педагог – педагог');
    assert.deepEqual([facts.period?.start, facts.period?.end], ['2025-10-01', '2026-05-31']);
    assert.equal(text.slice(facts.mentorSpan!.start, facts.mentorSpan!.end), 'Е. И. Морозова, учитель начальных классов');
  });

  test('a two-column table of the same labels, and emphasis around labels', () => {
    const text = [
      '# Персонализированная программа наставничества',
      '',
      '| | |',
      '|---|---|',
      '| ФИО наставника | Соколова Наталья Викторовна |',
      '| ФИО наставляемого | Кузнецова Мария Сергеевна |',
      '',
      '**Срок реализации программы:** октябрь 2025 – май 2026',
    ].join('\n');
    const { model } = analyze(text);
    const facts = readPairFacts(model, text);
    assert.equal(facts.mentor && shortName(facts.mentor), 'Соколова Н.В.');
    assert.equal(facts.mentee && shortName(facts.mentee), 'Кузнецова М.С.');
    assert.deepEqual([facts.period?.start, facts.period?.end], ['2025-10-01', '2026-05-31']);
  });

  test('a roadmap or an order is no ППН', () => {
    for (const file of ['test/fixtures/school/дорожная-карта.md', 'test/fixtures/school/приказ-о-закреплении-пар.md']) {
      assert.equal(isPersonalProgram(analyze(readFileSync(file, 'utf8')).model), false, file);
    }
  });
});
