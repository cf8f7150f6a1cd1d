/** Responsibles: every Ответственные cell of seeds 000, 001, 004, role variants, typos, staff. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseResponsible, ROLES, type ResponsiblePart } from '../server/src/core/domain/responsible';

/** A part as [role, «Фамилия И.О.»]; either may be undefined. */
type Expected = [role: string | undefined, person?: string];

function shape(parts: ResponsiblePart[]): Expected[] {
  return parts.map((p) => (p.person ? [p.role, `${p.person.surname} ${p.person.initials}`] : [p.role]));
}

function check(cell: string, expected: Expected[], staff?: readonly string[]): void {
  const parts = parseResponsible(cell, staff);
  assert.deepEqual(shape(parts), expected);
  for (const p of parts) assert.equal(p.known, true, `part ${JSON.stringify(p.text)} should be known`);
}

const p = (person: string): Expected => [undefined, person];
const HEADS: Expected = ['school-heads'];

const SEED_CELLS: [seed: string, cell: string, expected: Expected[]][] = [
  // 000 (one cell per stage row)
  ['000', 'Директор, рабочая группа', [['director'], ['working-group']]],
  ['000', 'Куратор, рабочая группа', [['curator'], ['working-group']]],
  ['000', 'Куратор, психолог', [['curator'], ['psychologist']]],
  ['000', 'Куратор, администрация', [['curator'], ['administration']]],
  ['000', 'Куратор', [['curator']]],
  ['000', 'Директор Т.А.Сергеева', [['director', 'Сергеева Т.А.']]],
  // 001
  ['001', 'Директор, заместители директора', [['director'], ['deputy-director']]],
  ['001', 'Директор, заместители директора, куратор', [['director'], ['deputy-director'], ['curator']]],
  ['001', 'Наставник', [['mentor']]],
  ['001', 'Заместитель директора', [['deputy-director']]],
  ['001', 'Заместитель директора по МР', [['deputy-director']]],
  ['001', 'Педагог-наставники, заместитель директора по МР', [['mentor'], ['deputy-director']]],
  ['001', '<p>Заместитель директора, куратор школы РАН</p>', [['deputy-director'], ['curator']]],
  ['001', 'И.Э. Кашенова', [p('Кашенова И.Э.')]],
  // 004 (cells are one name per line)
  ['004', 'Ростовская Е.В.\nМалинина Я.Н.', [p('Ростовская Е.В.'), p('Малинина Я.Н.')]],
  ['004', 'Руководители ОО', [HEADS]],
  ['004', 'Ростовская Е.В.\nМалинина Я.Н.\nЗолотухина О.А.', [p('Ростовская Е.В.'), p('Малинина Я.Н.'), p('Золотухина О.А.')]],
  [
    '004',
    'Ростовская Е.В.\nМалинина Я.Н.\nБаранова Е.Е.\nЗолотухина О.А.',
    [p('Ростовская Е.В.'), p('Малинина Я.Н.'), p('Баранова Е.Е.'), p('Золотухина О.А.')],
  ],
  [
    '004',
    'Ростовская Е.В.\nБаранова Е.Е.\nЗолотухина О.А.\nруководители ОО',
    [p('Ростовская Е.В.'), p('Баранова Е.Е.'), p('Золотухина О.А.'), HEADS],
  ],
  [
    '004',
    'Ростовская Е.В.\nМалинина Я.Н.\nБаранова Е.Е.\nЗолотухина О.А.\nруководители ОО',
    [p('Ростовская Е.В.'), p('Малинина Я.Н.'), p('Баранова Е.Е.'), p('Золотухина О.А.'), HEADS],
  ],
  ['004', 'Ерыкалова Е.С.\nМалинина Я.Н.\nруководители ОО', [p('Ерыкалова Е.С.'), p('Малинина Я.Н.'), HEADS]],
  ['004', 'Ростовская Е.В.\nМалинина Я.Н.\nБаранова Е.Е.', [p('Ростовская Е.В.'), p('Малинина Я.Н.'), p('Баранова Е.Е.')]],
  ['004', 'Малинина Я.Н.\nОрлова И.В.', [p('Малинина Я.Н.'), p('Орлова И.В.')]],
  [
    '004',
    'Ростовская Е.В.\nМалинина Я.Н.\nБаранова Е.Е.\nЗолотухина О.А.\nФилатова Е.Л.\nЛазарева Ю.Н.\nМорозова В.В.\nруководители ОО',
    [
      p('Ростовская Е.В.'),
      p('Малинина Я.Н.'),
      p('Баранова Е.Е.'),
      p('Золотухина О.А.'),
      p('Филатова Е.Л.'),
      p('Лазарева Ю.Н.'),
      p('Морозова В.В.'),
      HEADS,
    ],
  ],
  [
    '004',
    'Ростовская Е.В.\nМалинина Я.Н.\nБаранова Е.Е.\nруководители ОО',
    [p('Ростовская Е.В.'), p('Малинина Я.Н.'), p('Баранова Е.Е.'), HEADS],
  ],
  ['004', 'Специалисты ДО\nруководители ОО', [['do-specialists'], HEADS]],
  [
    '004',
    'Базанова С.О.\nЕрыкалова Е.С.\nРостовская Е.В.\nКудряшова Н.И.\nЛомтева Я.А.\nШатерник Е.В.',
    [p('Базанова С.О.'), p('Ерыкалова Е.С.'), p('Ростовская Е.В.'), p('Кудряшова Н.И.'), p('Ломтева Я.А.'), p('Шатерник Е.В.')],
  ],
  [
    '004',
    'Базанова С.О.\nРостовская Е.В.\nМалинина Я.Н.\nБаранова Е.Е.\nруководители ОО',
    [p('Базанова С.О.'), p('Ростовская Е.В.'), p('Малинина Я.Н.'), p('Баранова Е.Е.'), HEADS],
  ],
  // the same cells as Markdown writes them
  ['004 md', 'Ростовская Е.В.<br>Малинина Я.Н.<br/>руководители ОО', [p('Ростовская Е.В.'), p('Малинина Я.Н.'), HEADS]],
  ['004 md', 'Ростовская Е.В. Малинина Я.Н. Золотухина О.А.', [p('Ростовская Е.В.'), p('Малинина Я.Н.'), p('Золотухина О.А.')]],
  // 002 §2 and title pages
  ['002', 'Миклюкова Л. А.', [p('Миклюкова Л.А.')]],
  ['002', 'Виноградова О. К.', [p('Виноградова О.К.')]],
  ['002', 'Куратор Программы', [['curator']]],
  ['002', 'Наставники', [['mentor']]],
  ['002', 'Педагог-психолог', [['psychologist']]],
  ['002', 'Наставляемые', [['mentee']]],
  ['003', 'С.В. Лукьяненко', [p('Лукьяненко С.В.')]],
];

describe('seed Ответственные cells', () => {
  for (const [seed, cell, expected] of SEED_CELLS) {
    test(`${seed}: ${JSON.stringify(cell)}`, () => check(cell, expected));
  }
  test('001: the empty cell has no parts', () => {
    assert.deepEqual(parseResponsible(''), []);
    assert.deepEqual(parseResponsible('  \n '), []);
    assert.deepEqual(parseResponsible('<p></p>'), []);
    assert.deepEqual(parseResponsible('—'), []);
  });
  test('a part keeps its own text, trimmed', () => {
    assert.deepEqual(
      parseResponsible(' Куратор ,  рабочая группа. ').map((x) => x.text),
      ['Куратор', 'рабочая группа'],
    );
    assert.deepEqual(
      parseResponsible('Ростовская Е.В.').map((x) => x.text),
      ['Ростовская Е.В.'],
    );
  });
});

describe('role variants', () => {
  const cases: [string, Expected[]][] = [
    ['ДИРЕКТОР', [['director']]],
    ['Руководитель ОО', [['director']]],
    ['Заведующий', [['director']]],
    ['заместители директора', [['deputy-director']]],
    ['зам. директора по УВР', [['deputy-director']]],
    ['Зам.директора по ВР', [['deputy-director']]],
    ['зам. дир. по УВР', [['deputy-director']]],
    ['Завуч', [['deputy-director']]],
    ['Заместитель директора по УВР и ВР', [['deputy-director']]],
    ['Куратор школы РАН', [['curator']]],
    ['кураторы', [['curator']]],
    ['Психолог', [['psychologist']]],
    ['Педагог – психолог', [['psychologist']]],
    ['педагоги-психологи', [['psychologist']]],
    ['Рабочая группа', [['working-group']]],
    ['Администрация школы', [['administration']]],
    ['Методист', [['methodist']]],
    ['Классный руководитель', [['class-teacher']]],
    ['классные руководители', [['class-teacher']]],
    ['Социальный педагог', [['social-pedagogue']]],
    ['Педагог-наставники', [['mentor']]],
    ['педагоги-наставники', [['mentor']]],
    ['Наставники', [['mentor']]],
    ['руководители ОО', [['school-heads']]],
    ['Руководители образовательных организаций', [['school-heads']]],
    ['Специалисты ДО', [['do-specialists']]],
    ['Педагогический совет', [['pedagogical-council']]],
    ['Методический совет', [['methodical-council']]],
    ['Руководители ШМО', [['methodical-association']]],
    ['Учителя-предметники', [['teachers']]],
    ['Тьютор', [['tutor']]],
    ['Советник директора по воспитанию', [['education-advisor']]],
    ['Педагог-организатор', [['pedagogue-organizer']]],
    ['Родители', [['parents']]],
    ['Директор и куратор', [['director'], ['curator']]],
    ['Куратор; психолог', [['curator'], ['psychologist']]],
    ['Куратор (по согласованию)', [['curator']]],
    ['Куратор (Иванова И.И.)', [['curator', 'Иванова И.И.']]],
    ['Т.А. Сергеева, директор', [p('Сергеева Т.А.'), ['director']]],
    ['Директор Сергеева Т.А.', [['director', 'Сергеева Т.А.']]],
    ['Петров-Водкин К.С.', [p('Петров-Водкин К.С.')]],
    ['Семёнова А.Б.', [p('Семёнова А.Б.')]],
  ];
  for (const [cell, expected] of cases) {
    test(`${JSON.stringify(cell)}`, () => check(cell, expected));
  }
});

describe('unknown parts', () => {
  const cases: [string, Expected[]][] = [
    ['Куратр', [[undefined]]],
    ['Дирестор', [[undefined]]],
    ['Заместитль директора', [[undefined]]],
    ['Бухгалтер Иванова И.И.', [[undefined, 'Иванова И.И.']]],
    ['Иванова', [[undefined]]],
    ['Т.А.', [[undefined]]],
    ['xyz', [[undefined]]],
    ['Совет старшеклассников', [[undefined]]],
  ];
  for (const [cell, expected] of cases) {
    test(`${JSON.stringify(cell)} → known=false`, () => {
      const parts = parseResponsible(cell);
      assert.deepEqual(shape(parts), expected);
      assert.ok(parts.every((x) => x.known === false));
    });
  }
  test('a typo next to a known role only flags the typo', () => {
    assert.deepEqual(
      parseResponsible('Директор, Куратр').map((x) => x.known),
      [true, false],
    );
  });
});

describe('staff', () => {
  const staff = ['Ростовская Е. В.', 'малинина я.н.', 'Т.А. Сергеева', 'Совет старшеклассников'];
  const cases: [cell: string, known: boolean[]][] = [
    ['Ростовская Е.В.', [true]],
    ['Ростовская Е. В.', [true]],
    ['Е.В. Ростовская', [true]],
    ['Малинина Я.Н.', [true]],
    ['Сергеева Т.А.', [true]],
    ['Директор Т.А.Сергеева', [true]],
    ['совет  старшеклассников', [true]],
    ['Орлова И.В.', [false]], // a person not on the list
    ['Ростовска Е.В.', [false]], // a typo of a listed person
    ['Директор Орлова И.В.', [false]],
    ['Куратор', [true]], // roles stay known
    ['Куратр', [false]],
  ];
  for (const [cell, known] of cases) {
    test(`${JSON.stringify(cell)} → ${known.join(', ')}`, () => {
      assert.deepEqual(
        parseResponsible(cell, staff).map((x) => x.known),
        known,
      );
    });
  }
  test('without a staff list the same persons are known and the council is not', () => {
    assert.deepEqual(
      parseResponsible('Орлова И.В.\nСовет старшеклассников').map((x) => x.known),
      [true, false],
    );
    assert.deepEqual(
      parseResponsible('Орлова И.В.', []).map((x) => x.known),
      [true],
    );
  });
});

describe('ROLES', () => {
  test('keys are unique and cover every role the parser returns', () => {
    const keys = ROLES.map((r) => r.key);
    assert.equal(new Set(keys).size, keys.length);
    const seen = new Set<string>();
    for (const [, cell] of SEED_CELLS) for (const x of parseResponsible(cell)) if (x.role) seen.add(x.role);
    for (const role of ['methodist', 'class-teacher', 'social-pedagogue', 'pedagogical-council', 'methodical-council']) seen.add(role);
    for (const role of seen) assert.ok(keys.includes(role), role);
    for (const r of ROLES) assert.ok(r.ru && r.en, r.key);
  });
});

describe('robustness', () => {
  function randomText(seed: number, length: number): string {
    const alphabet =
      'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯabcXYZ0123456789 .,;:!?-–—/\\|()[]{}<>«»"\'\n\t и И.О. <br> ';
    let x = seed;
    let out = '';
    for (let i = 0; i < length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      out += alphabet[x % alphabet.length];
    }
    return out;
  }
  test('5,000 random characters never throw and give well-formed parts', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const parts = parseResponsible(randomText(seed, 5000), seed % 2 ? ['Иванова И.И.', 'Куратор'] : undefined);
      assert.ok(Array.isArray(parts));
      for (const x of parts) {
        assert.ok(x.text.length > 0);
        assert.equal(typeof x.known, 'boolean');
        assert.ok(x.role === undefined || ROLES.some((r) => r.key === x.role));
      }
    }
  });
  test('hostile inputs finish with well-formed parts (speed: npm run bench)', () => {
    const hostile = [
      '('.repeat(200_000),
      '<'.repeat(200_000),
      ' и '.repeat(60_000),
      'А.'.repeat(100_000),
      'Иванова '.repeat(30_000) + 'И.И.',
      '-'.repeat(200_000) + 'x',
    ];
    for (const text of hostile) {
      for (const part of parseResponsible(text, ['Иванова И.И.'])) assert.equal(typeof part.text, 'string');
    }
  });
  test('non-string input is tolerated', () => {
    assert.deepEqual(parseResponsible(undefined as unknown as string), []);
    assert.deepEqual(parseResponsible(null as unknown as string, null as unknown as string[]), []);
  });
});
