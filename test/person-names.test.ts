/**
 * Person names in their written forms (core/domain/person-names.ts, docs/domain.md §18 «Наставнические
 * пары»): what is read as a name and what is not, which forms are one person, and a property: any
 * full name is the same person as each of its abbreviations, in every order and in capitals.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  matchPerson,
  type PersonName,
  readPersonName,
  readPersonNames,
  samePerson,
  shortName,
} from '../server/src/core/domain/person-names';

const SEED = 20261203;

function read(text: string): PersonName {
  const name = readPersonName(text);
  assert.ok(name, `no name read in «${text}»`);
  return name;
}

describe('reading a name', () => {
  const CASES: [string, string | undefined][] = [
    ['Иванова А.А.', 'Иванова А.А.'],
    ['Иванова А. А.', 'Иванова А.А.'],
    ['Иванова А.А', 'Иванова А.А.'],
    ['А.А. Иванова', 'Иванова А.А.'],
    ['А.А.Иванова', 'Иванова А.А.'],
    ['А. А. Иванова', 'Иванова А.А.'],
    ['Иванова Анна Андреевна', 'Иванова А.А.'],
    ['Анна Андреевна Иванова', 'Иванова А.А.'],
    ['Иванова Анна', 'Иванова А.'],
    ['ИВАНОВА А.А.', 'Иванова А.А.'],
    ['ИВАНОВА АННА АНДРЕЕВНА', 'Иванова А.А.'],
    ['Ёлкина Алёна Петровна', 'Ёлкина А.П.'],
    ['Петрова-Водкина Е.С.', 'Петрова-Водкина Е.С.'],
    ['Иванова', 'Иванова'],
    ['Иванова, учитель математики', 'Иванова'],
    // A name inside a cell with the position, before or after it.
    ['Соколова Наталья Викторовна, учитель математики высшей категории', 'Соколова Н.В.'],
    ['учитель математики Соколова Н.В.', 'Соколова Н.В.'],
    ['Учитель Иванова Анна Андреевна', 'Иванова А.А.'],
    ['Педагог-наставник Кузнецова М.С. (стаж 25 лет)', 'Кузнецова М.С.'],
    ['Кузнецов Илья Ильич', 'Кузнецов И.И.'],
    // No names: roles, descriptions, headers, common words.
    ['Наставник', undefined],
    ['Наставляемый', undefined],
    ['Молодой специалист', undefined],
    ['Опытный педагог', undefined],
    ['Учитель математики', undefined],
    ['• Опытный педагог, имеющий профессиональные успехи', undefined],
    ['Педагог – педагог', undefined],
    ['01.10.2025 – 31.05.2026', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of CASES) {
    test(`«${text}» → ${expected ?? 'no name'}`, () => {
      const name = readPersonName(text);
      assert.equal(name ? shortName(name) : undefined, expected);
    });
  }

  test('several names in a cell, in order, with their offsets', () => {
    const text = 'Иванова А.А., Петров П.П. и А.С. Сидорова';
    const names = readPersonNames(text);
    assert.deepEqual(
      names.map((n) => [shortName(n), text.slice(n.start, n.end)]),
      [
        ['Иванова А.А.', 'Иванова А.А.'],
        ['Петров П.П.', 'Петров П.П.'],
        ['Сидорова А.С.', 'А.С. Сидорова'],
      ],
    );
  });
});

describe('the same person', () => {
  const SAME: [string, string][] = [
    ['Иванова А.А.', 'Иванова Анна Андреевна'],
    ['Иванова А.А.', 'А.А. Иванова'],
    ['Иванова А.А.', 'Иванова А. А.'],
    ['Иванова А.А.', 'Иванова Анна'],
    ['Иванова А.А.', 'ИВАНОВА А.А.'],
    ['Иванова Анна Андреевна', 'Анна Андреевна Иванова'],
    ['Алёшина А.А.', 'Алешина Анна Андреевна'],
    ['Фёдорова Алёна Петровна', 'Федорова Алена Петровна'],
    ['Иванова А.А.', 'Иванова'],
  ];
  const DIFFERENT: [string, string][] = [
    ['Иванова А.А.', 'Иванова А.Б.'],
    ['Иванова А.А.', 'Иванова Б.А.'],
    ['Иванов А.А.', 'Иванова А.А.'],
    ['Иванова Анна Андреевна', 'Иванова Алла Андреевна'],
    ['Иванова Анна Андреевна', 'Иванова Анна Алексеевна'],
    ['Иванова А.А.', 'Петрова А.А.'],
  ];
  for (const [a, b] of SAME) test(`«${a}» = «${b}»`, () => assert.ok(samePerson(read(a), read(b)) && samePerson(read(b), read(a))));
  for (const [a, b] of DIFFERENT) test(`«${a}» ≠ «${b}»`, () => assert.ok(!samePerson(read(a), read(b)) && !samePerson(read(b), read(a))));

  test('a surname alone matches only a surname the list has once', () => {
    const list = ['Иванова А.А.', 'Иванова Анна Андреевна', 'Петров П.П.', 'Соколова Н.В.', 'Соколова Е.И.'].map(read);
    assert.deepEqual(matchPerson(read('Иванова'), list).map(shortName), ['Иванова А.А.', 'Иванова А.А.'], 'two writings of one person');
    assert.deepEqual(matchPerson(read('Петров'), list).map(shortName), ['Петров П.П.']);
    assert.deepEqual(matchPerson(read('Соколова'), list), [], 'two different Соколовы: none');
    assert.deepEqual(matchPerson(read('Соколова Н.'), list).map(shortName), ['Соколова Н.В.']);
    assert.deepEqual(matchPerson(read('Петрова'), list), [], '«Петрова» is not «Петров»');
  });

  test('an initial alone that fits two people matches neither', () => {
    const list = ['Иванова А.А.', 'Иванова А.Б.'].map(read);
    assert.deepEqual(matchPerson(read('Иванова Анна'), list), []);
    assert.deepEqual(matchPerson(read('Иванова А.Б.'), list).map(shortName), ['Иванова А.Б.']);
  });
});

describe('property: a full name is the same person in every written form', () => {
  const letters = 'абвгдеклмнопрстуфхшщ';
  const stem = (min: number, max: number) =>
    fc.array(fc.constantFrom(...letters), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const person = fc.record({
    surname: fc
      .tuple(stem(2, 6), fc.constantFrom('ова', 'ева', 'ина', 'ская', 'ов', 'ев', 'ин', 'ский', 'енко'))
      .map(([s, e]) => cap(s + e)),
    given: fc.tuple(stem(2, 5), fc.constantFrom('а', 'ия', 'ан', 'ей')).map(([s, e]) => cap(s + e)),
    patronymic: fc.tuple(stem(2, 5), fc.constantFrom('овна', 'евна', 'ович', 'евич', 'ична')).map(([s, e]) => cap(s + e)),
  });
  const forms = (s: string, g: string, p: string): string[] => {
    const [i, j] = [g[0]!, p[0]!];
    const base = [
      `${s} ${i}.${j}.`,
      `${s} ${i}. ${j}.`,
      `${s} ${i}.${j}`,
      `${i}.${j}. ${s}`,
      `${i}. ${j}. ${s}`,
      `${i}.${j}.${s}`,
      `${g} ${p} ${s}`,
      `${s} ${g} ${p}`,
      `${s} ${g}`,
      `${s} ${i}.`,
    ];
    return [...base, ...base.map((f) => f.toUpperCase()), ...base.map((f) => `${f}, учитель математики`)];
  };

  test('every form reads as the same person as the full name, and a different initial does not', () => {
    fc.assert(
      fc.property(person, ({ surname, given, patronymic }) => {
        const full = read(`${surname} ${given} ${patronymic}`);
        for (const form of forms(surname, given, patronymic)) {
          const name = read(form);
          assert.equal(name.surname, surname.toLowerCase().replace(/ё/g, 'е'), form);
          assert.ok(samePerson(full, name), `«${form}» is «${full.text}»`);
        }
        const other = patronymic[0] === 'Ю' ? 'Я' : 'Ю';
        assert.ok(!samePerson(full, read(`${surname} ${given[0]}.${other}.`)));
        assert.ok(!samePerson(full, read(`${surname}а ${given[0]}.${patronymic[0]}.`)), 'another surname');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
