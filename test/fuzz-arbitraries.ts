/**
 * Generators for the property tests and `npm run fuzz`: plausible roadmaps built from Russian cell
 * pools, the examples mutated the ways Word conversions and hurried editing break them, and junk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

// NASTAVNIK_ROOT: set by scripts/fuzz.ts, whose workers run from a bundle in a temporary folder.
const ROOT = process.env.NASTAVNIK_ROOT ?? join(__dirname, '..');
export const EXAMPLE_TEXTS: readonly string[] = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8'));

const STAGES = [
  'Подготовка условий для реализации системы наставничества',
  'Формирование банка наставляемых',
  'Формирование базы наставников',
  'Отбор и обучение наставников',
  'Формирование наставнических пар / групп',
  'Завершение персонализированных программ',
  '1.',
  '',
  'Этап 3',
  'Информационное сопровождение',
];
const DEADLINES = [
  'Сентябрь 2025',
  'до 15.10.2025',
  'IV квартал 2025',
  'В течение учебного года',
  'по отдельному плану',
  'май – март 2026',
  '31.02.2026',
  'Ноябрь-декабрь',
  'ежегодно',
  '',
  '01.09.25',
  'сентябрь2025',
  '2025-2026',
  'до 1 октября 2024 г.',
];
const PEOPLE = [
  'Куратор',
  'Директор',
  'Иванова А.А.',
  'заместитель директора по УВР',
  '',
  'Наставники<br>Куратор',
  '[указать ответственных]',
  'Петров П. П., педагог-психолог',
];
const TEXTS = [
  'Анкетирование педагогов',
  'Приказ о внедрении',
  '<p>Семинар</p><p>Консультации</p>',
  '<ol><li>a</li><li>b</li></ol>',
  '**Итог**',
  '`код | с чертой`',
  'текст \\| с экранированной чертой',
  '<script>alert(1)</script>',
  '✓',
  '2 балла',
  '',
  '😀 эмодзи',
  'x'.repeat(300),
];
const JUNK = [
  '|',
  '||',
  '\n',
  '\r\n',
  '\r',
  '\u0000',
  '\u0007',
  '\ufeff',
  '<br>',
  '<p>',
  '</li>',
  '---',
  '\n\n',
  '| --- |',
  '```',
  '<!--',
  '-->',
  '# ',
  '> ',
  '- ',
  '\t',
  '\ud83d',
  '\udc00',
  '[x]: y',
  '&nbsp;',
  '\\',
];

const cell = fc.oneof(fc.constantFrom(...STAGES, ...DEADLINES, ...PEOPLE, ...TEXTS), fc.string({ maxLength: 20 }));

export const roadmapDocument: fc.Arbitrary<string> = fc
  .record({
    frontMatter: fc.boolean(),
    profile: fc.constantFrom('педагоги', 'обучающиеся', 'муниципальный', 'кто-то'),
    period: fc.constantFrom('2025-2026 учебный год', '2023 – 2025 гг.', '', 'когда-нибудь'),
    header: fc.shuffledSubarray(['№', 'Этап', 'Мероприятия', 'Сроки', 'Ответственные', 'Результат', 'Балл', 'Факт'], { minLength: 1 }),
    rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 9 }), { maxLength: 25 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    bigCell: fc.option(fc.nat({ max: 20_000 }), { freq: 8 }),
  })
  .map((d) => {
    const lines = [
      ...(d.frontMatter ? ['---', 'вид: дорожная карта', `профиль: ${d.profile}`, `период: ${d.period}`, '---', ''] : []),
      `# Дорожная карта реализации целевой модели наставничества ${d.period}`,
      '',
      `| ${d.header.join(' | ')} |`,
      `|${d.header.map(() => '---').join('|')}|`,
      ...d.rows.map((r) => `| ${r.join(' | ')} |`),
      '',
      '15–18 баллов – оптимальный уровень',
      '',
    ];
    if (d.bigCell !== null && lines.length > 5) lines[lines.length - 4] += ' ' + 'длинная ячейка '.repeat(Math.ceil(d.bigCell / 15));
    return (d.bom ? '\ufeff' : '') + lines.join(d.crlf ? '\r\n' : '\n');
  });

type Mutation = {
  kind: 'delete' | 'insert' | 'swap-lines' | 'dup-line' | 'strip-pipes' | 'crlf';
  at: number;
  length: number;
  junk: string;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'insert', 'swap-lines', 'dup-line', 'strip-pipes', 'crlf'),
  at: fc.nat(),
  length: fc.nat({ max: 200 }),
  junk: fc.oneof(
    fc.constantFrom(...JUNK),
    fc.string({ maxLength: 8 }),
    fc.constantFrom('- - - - - '.repeat(30), '|'.repeat(100), '<ul><li><ul><li><ul><li>x'.repeat(10)),
  ),
});

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.junk + text.slice(at);
    case 'strip-pipes':
      return text.slice(0, at) + text.slice(at, at + m.length).replace(/\|/g, '') + text.slice(at + m.length);
    case 'crlf':
      return text.slice(0, at) + text.slice(at, at + m.length * 10).replace(/\n/g, '\r\n') + text.slice(at + m.length * 10);
    case 'swap-lines':
    case 'dup-line': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      const j = (m.at + m.length) % lines.length;
      if (m.kind === 'dup-line') lines.splice(i, 0, lines[i]!);
      else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
  }
}

export const mutatedExample: fc.Arbitrary<string> = fc
  .record({ base: fc.constantFrom(...EXAMPLE_TEXTS), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) })
  .map(({ base, mutations }) => mutations.reduce(mutate, base));

export const junk: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom(...JUNK, 'Дорожная карта', 'наставник', '| a |'), { maxLength: 120 }).map((xs) => xs.join('')),
);

export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: roadmapDocument, weight: 3 },
  { arbitrary: mutatedExample, weight: 4 },
  { arbitrary: junk, weight: 1 },
);
