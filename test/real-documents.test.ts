/**
 * What real school documents do that the project's own examples do not (issue «Real documents»):
 * each case is shaped after a document of the real-world corpus (test/fixtures/real-world/), cut
 * down to what the case needs, and asserts both that it is read right and that nothing false is
 * reported — with a near miss where one exists, so each test can fail.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { parseDocument } from '../server/src/core/read/parse';
import { columnRole } from '../server/src/core/read/columns';
import { computeScores } from '../server/src/core/scores';

const serious = (text: string) => analyze(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
const codes = (text: string) => serious(text).map((d) => d.code);
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** A plan by sections, as an official Word template gives it (fixtures 10, 11): column numbers, section rows, «1.1» / «1.2.». */
const SECTIONED = `УТВЕРЖДАЮ

Директор МБОУ Сосновской СОШ № 2

«30» августа 2024 г.

**План мероприятий (дорожная карта) внедрения целевой модели наставничества обучающихся МБОУ Сосновской СОШ № 2 на 2024-2025 учебный год**

| № п/п | Наименование мероприятий | Срок реализации | Ответственный исполнитель | Результат. Вид документа |
|---|---|---|---|---|
| 1 | 2 | 3 | 4 | 5 |
| 1. | Нормативное правовое регулирование внедрения целевой модели наставничества | | | |
| 1.1 | Утверждение состава рабочей группы | Сентябрь 2024 | Директор | Приказ |
| 1.2. | Назначение куратора внедрения целевой модели | Сентябрь 2024 | Директор | Приказ |
| 2. | Организационное обеспечение | | | |
| 2.1 | Формирование базы наставников | Октябрь 2024 | Куратор | База наставников |
| 2.2 | Формирование базы наставляемых | Октябрь 2024 | Куратор, классные руководители | База наставляемых |
`;

describe('1. the column-number row under the header', () => {
  test('is no activity, no deadline «3», no responsible «4», and does not start the numbering', () => {
    const model = parseDocument(SECTIONED);
    const row = model.tables[0]!.rows[0]!;
    assert.equal(row.isColumnNumbers, true);
    assert.equal(row.number, undefined);
    assert.equal(row.deadline, undefined);
    assert.equal(row.responsible, undefined);
    const found = analyze(SECTIONED).diagnostics.filter((d) => lineOf(SECTIONED, d.span.start) === 11);
    assert.deepEqual(
      found.map((d) => d.code),
      [],
    );
  });
  test('near miss: a first row with words in it is an activity', () => {
    const text = SECTIONED.replace('| 1 | 2 | 3 | 4 | 5 |', '| 1 | Совещание | 3 | 4 | 5 |');
    assert.ok(codes(text).includes('unparsed-deadline'));
  });
});

describe('2. section rows', () => {
  test('«1. Нормативное правовое регулирование …» with empty cells needs no deadline, responsible or result', () => {
    const model = parseDocument(SECTIONED);
    const sections = model.tables[0]!.rows.filter((r) => r.isSection).map((r) => r.number);
    assert.deepEqual(sections, ['1.', '2.']);
    assert.deepEqual(codes(SECTIONED), []);
  });
  test('Roman sections, «Раздел 2.», a bold row and a title alone in its row', () => {
    const text = `# Дорожная карта реализации программы наставничества педагогических работников на 2024-2025 учебный год

| № | Мероприятие | Сроки | Ответственные |
|---|---|---|---|
| I. | Организационно-координационные мероприятия | | |
| 1. | Приказ о назначении куратора | Сентябрь 2024 | Директор |
| 2. | Положение о наставничестве | Сентябрь 2024 | Куратор |
| II. | Методическое сопровождение | | |
| 3. | Семинар для наставников | Октябрь 2024 | Методист |
| | **Раздел 3. Информационное сопровождение** | | |
| 4. | Раздел «Наставничество» на сайте | Октябрь 2024 | Куратор |
`;
    const rows = parseDocument(text).tables[0]!.rows;
    assert.deepEqual(
      rows.filter((r) => r.isSection).map((r) => r.activity?.text),
      ['Организационно-координационные мероприятия', 'Методическое сопровождение', 'Раздел 3. Информационное сопровождение'],
    );
    assert.deepEqual(codes(text), []);
  });
  test('near miss: an item «1.2» with only its text is an activity whose cells are empty', () => {
    const text = SECTIONED.replace(
      '| 1.2. | Назначение куратора внедрения целевой модели | Сентябрь 2024 | Директор | Приказ |',
      '| 1.2. | Назначение куратора внедрения целевой модели | | | |',
    );
    assert.deepEqual(codes(text).sort(), ['missing-deadline', 'missing-responsible', 'missing-result']);
  });
  test('a line that only continues the cell above («2) …») is no activity of its own', () => {
    const text = `# Дорожная карта наставничества педагогических работников на 2024-2025 учебный год

| Этап | Мероприятия | Сроки | Ответственные |
|---|---|---|---|
| Формирование банка наставников | 1) Анкетирование педагогов | Сентябрь 2024 | Куратор |
| | 2) формирование банка данных наставников | | |
`;
    const rows = parseDocument(text).tables[0]!.rows;
    assert.equal(rows[1]!.continuesAbove, true);
    assert.deepEqual(
      codes(text).filter((c) => c.startsWith('missing-') && c !== 'missing-stage'),
      [],
    );
  });
});

describe('3. headers as schools write them', () => {
  const cases: [string, string][] = [
    ['№ п/п', 'number'],
    ['NN п/п', 'number'],
    ['№№', 'number'],
    ['Наименование мероприятия(й)', 'activity'],
    ['Содержание деятельности (и примерный план мероприятий)', 'activity'],
    ['План работы', 'activity'],
    ['Срок(и) реализации', 'deadline'],
    ['Сроки исполнения', 'deadline'],
    ['Срок проведения', 'deadline'],
    ['Дата', 'deadline'],
    ['Ответственный исполнитель', 'responsible'],
    ['Исполнители', 'responsible'],
    ['Ответственные лица', 'responsible'],
    ['Результат. Вид документа', 'result'],
    ['Ожидаемый / Планируемый результат', 'result'],
    ['Форма отчётности', 'result'],
    ['Форма представления результата', 'result'],
    ['Выход', 'result'],
    ['Отметка о выполнении', 'other'],
    ['Участники', 'other'],
  ];
  for (const [header, role] of cases) test(`«${header}» → ${role}`, () => assert.equal(columnRole(header).role, role));
});

describe('5. the profile from the title and the text', () => {
  const titled = (title: string) =>
    `# ${title}\n\n| Мероприятие | Сроки | Ответственные |\n|---|---|---|\n| Совещание наставников | Сентябрь 2024 | Куратор |\n`;
  const cases: [string, string | undefined][] = [
    ['Дорожная карта внедрения целевой модели наставничества обучающихся на 2024-2025 учебный год', 'pupils'],
    ['Дорожная карта по реализации Положения о системе наставничества педагогических работников', 'teachers'],
    ['План мероприятий по наставничеству молодых специалистов на 2024-2025 учебный год', 'teachers'],
    ['Дорожная карта наставничества студентов ГБПОУ «Колледж связи» на 2024-2025 учебный год', 'pupils'],
    ['Дорожная карта реализации программы наставничества воспитанников МБДОУ № 5', 'pupils'],
    ['Дорожная карта наставничества педагогов и обучающихся на 2024-2025 учебный год', undefined],
  ];
  for (const [title, profile] of cases) {
    test(`«${title}» → ${profile ?? 'undecided by the title'}`, () => {
      const meta = parseDocument(titled(title)).meta;
      if (profile) {
        assert.equal(meta.profile, profile);
        assert.equal(meta.profileSource, 'title');
      } else {
        assert.notEqual(meta.profileSource, 'title');
      }
    });
  }
});

describe('6. stages in the schools’ own words', () => {
  const table = (stages: string[]) => `# Дорожная карта реализации системы наставничества педагогических работников на 2024-2025 учебный год

| Этап | Мероприятия | Сроки | Ответственные |
|---|---|---|---|
${stages.map((s, i) => `| ${s} | Мероприятие ${i + 1} | Сентябрь 2024 | Куратор |`).join('\n')}
`;
  const standard = [
    'Формирование банка наставляемых',
    'Формирование банка наставников',
    'Отбор и обучение наставников',
    'Организация и осуществление работы наставнических пар/групп',
    'Завершение персонализированных программ наставничества',
    'Информационная поддержка системы наставничества',
  ];
  for (const preparation of [
    'Подготовка и принятие локальных нормативных правовых актов',
    'Нормативно-правовое обеспечение',
    'Подготовка условий для реализации системы наставничества',
  ]) {
    test(`«${preparation}» is the preparation stage`, () => {
      assert.deepEqual(codes(table([preparation, ...standard])), []);
    });
  }
  test('a stage the matcher cannot place is reported once, as unknown, naming the stage not found — never also as missing', () => {
    const found = analyze(table(['Работа с документами', ...standard])).diagnostics.filter((d) => d.code.includes('stage'));
    assert.deepEqual(
      found.map((d) => d.code),
      ['unknown-stage'],
    );
    assert.match(found[0]!.message.ru, /Подготовка условий/);
  });
  test('a plan by phases («Организационный», «Основной», «Итоговый этап») gets one hint, not a cascade of errors', () => {
    const found = analyze(
      table(['Организационный этап', 'Диагностический этап', 'Основной (практический) этап', 'Аналитический этап']),
    ).diagnostics.filter((d) => d.code.includes('stage'));
    assert.deepEqual(
      found.map((d) => [d.code, d.severity]),
      [['missing-stage', 'hint']],
    );
  });
  test('a plan by its own sections gets one hint, and completeness does not count the profile’s stages either', () => {
    const text = `# План мероприятий по внедрению целевой модели наставничества обучающихся на 2024-2025 учебный год

| № | Мероприятие | Сроки | Ответственные |
|---|---|---|---|
| 1. | Организационное обеспечение | | |
| 1.1 | Приказ о назначении куратора | Сентябрь 2024 | Директор |
| 2. | Методическое сопровождение | | |
| 2.1 | Семинар для наставников | Октябрь 2024 | Методист |
| 3. | Информационное сопровождение | | |
| 3.1 | Раздел «Наставничество» на сайте | Октябрь 2024 | Куратор |
`;
    const { model, diagnostics } = analyze(text);
    assert.deepEqual(
      diagnostics.filter((d) => d.code.includes('stage')).map((d) => [d.code, d.severity]),
      [['missing-stage', 'hint']],
    );
    const completeness = computeScores(model).completeness.document!;
    assert.equal(completeness.stages, undefined);
    assert.equal(completeness.percent, 100);
  });
  test('near miss: a standard list with one stage really missing is still an error', () => {
    assert.deepEqual(codes(table(standard)), ['missing-stage']);
  });
});

describe('8. numbering in the school’s own scheme', () => {
  const numbered = (numbers: string[]) => `# Дорожная карта наставничества педагогических работников на 2024-2025 учебный год

| № | Мероприятие | Сроки | Ответственные |
|---|---|---|---|
${numbers.map((n, i) => (/^[IVX]/.test(n) ? `| ${n} | Раздел ${i} | | |` : `| ${n} | Мероприятие ${i} | Сентябрь 2024 | Куратор |`)).join('\n')}
`;
  test('«1)», «2)», «3)»', () => assert.deepEqual(codes(numbered(['1)', '2)', '3)'])), []));
  test('Roman sections with items restarting at 1', () => assert.deepEqual(codes(numbered(['I.', '1.', '2.', 'II.', '1.', '2.'])), []));
  test('Roman sections with items running on', () => assert.deepEqual(codes(numbered(['I.', '1.', '2.', 'II.', '3.', '4.'])), []));
  test('«1.1» next to «1.2.» is one hint', () => {
    const found = analyze(numbered(['1.', '1.1', '1.2.', '1.3.', '2.', '2.1'])).diagnostics.filter((d) => d.code === 'numbering');
    assert.deepEqual(
      found.map((d) => d.severity),
      ['hint'],
    );
  });
  test('near miss: a real gap is a warning', () => assert.deepEqual(codes(numbered(['1.', '2.', '4.'])), ['numbering']));
  test('near miss: a Roman section skipped is a warning', () =>
    assert.deepEqual(codes(numbered(['I.', '1.', 'III.', '2.'])), ['numbering']));
});

describe('10. recognised by content, not by a title template', () => {
  const plan =
    '| Мероприятие | Сроки | Ответственные |\n|---|---|---|\n| Встреча наставника и молодого педагога | Сентябрь 2024 | Наставник |\n';
  const cases: [string, string][] = [
    ['# Программа наставнической деятельности МБОУ СОШ № 6 на 2024-2025 учебный год', 'program'],
    ['# Программа организации наставничества в ДОУ на 2024-2025 учебный год', 'program'],
    ['# Рабочая программа по наставничеству на 2024-2025 учебный год', 'program'],
    ['# ПРОГРАММА «МОЛОДОЙ ПЕДАГОГ – ПЕРСПЕКТИВНОЕ ЗАВТРА» 2024-2025 год', 'program'],
    ['# План работы с молодым специалистом на 2024-2025 учебный год', 'roadmap'],
    ['# Индивидуальный план наставника и молодого педагога на 2024-2025 учебный год', 'roadmap'],
    ['**ПЛАН МЕРОПРИЯТИЙ (ДОРОЖНАЯ КАРТА) ПО НАСТАВНИЧЕСТВУ НА 2024-2025 УЧЕБНЫЙ ГОД**', 'roadmap'],
  ];
  for (const [title, kind] of cases) {
    test(`${title} → ${kind}`, () => assert.equal(parseDocument(`${title}\n\n${plan}`).meta.kind, kind));
  }
  test('a file with no title: its plan makes it a roadmap, and a hint says so', () => {
    const text = `Мероприятия по наставничеству на 2024-2025 учебный год.\n\n${plan}`;
    const { model, diagnostics } = analyze(text);
    assert.equal(model.meta.kind, 'roadmap');
    assert.equal(model.meta.kindSource, 'content');
    assert.match(diagnostics.find((d) => d.code === 'unknown-kind')!.message.ru, /проверен как дорожная карта/);
  });
  test('a programme opening on «Пояснительная записка» is a programme', () => {
    const text = '## Пояснительная записка\n\nНастоящая программа наставничества разработана для обучающихся школы.\n';
    assert.equal(parseDocument(text).meta.kind, 'program');
  });
  test('a «Комплекс мер» of a resource centre that mentions mentorship in passing is not checked', () => {
    const text =
      '# Комплекс мер (дорожная карта) по созданию центра цифрового образования ' +
      `«IT-куб» на 2024 год\n\nЦентр развивает в том числе наставничество.\n\n${plan}`;
    const analysis = analyze(text);
    assert.equal(analysis.model.looksRelevant, false);
    assert.deepEqual(analysis.diagnostics, []);
  });
});

describe('11. mentorship documents that are not roadmaps or programmes', () => {
  for (const title of [
    'Положение о системе наставничества педагогических работников МБОУ СОШ № 16',
    'Приказ о закреплении наставнических пар',
    'О внедрении целевой модели наставничества в МБОУ СОШ № 3',
    'Муниципальная целевая модель наставничества',
  ]) {
    test(`«${title}»: another mentorship document, only its form checked`, () => {
      const { model, diagnostics } = analyze(`# ${title}\n\n1. Общие положения. Наставничество организуется приказом директора.\n`);
      assert.equal(model.meta.kind, 'other');
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity]),
        [['unknown-kind', 'info']],
      );
      assert.match(diagnostics[0]!.message.ru, /не дорожная карта и не программа.*проверено только оформление/);
      assert.doesNotMatch(diagnostics[0]!.message.ru, /не похож/);
    });
  }
});

describe('more that real documents do (found by writing the rule docs’ real-world variants)', () => {
  const plan = (
    header: string,
    row: string,
    title = '# Дорожная карта наставничества педагогических работников на 2022-2023 учебный год',
  ) => `${title}\n\n${header}\n${header.replace(/[^|]+/g, '---')}\n${row}\n`;
  test('«Август-сентябрь» with no year in a school year is the August before it, not a reversed range', () => {
    const text = plan('| Мероприятие | Сроки | Ответственные |', '| Подготовка приказов | Август-сентябрь | Директор |');
    assert.deepEqual(codes(text), []);
    assert.deepEqual(
      parseDocument(text).tables[0]!.rows[0]!.deadline!.parsed.intervals.map((i) => [i.start, i.end]),
      [['2022-08-01', '2022-09-30']],
    );
  });
  test('«По окончании учебного года» is its end (May–June), not the whole period', () => {
    const text = plan('| Мероприятие | Сроки | Ответственные |', '| Итоговая конференция | По окончании учебного года | Куратор |');
    const d = parseDocument(text).tables[0]!.rows[0]!.deadline!.parsed;
    assert.deepEqual(
      d.intervals.map((i) => [i.start, i.end]),
      [['2023-05-01', '2023-06-30']],
    );
    assert.deepEqual(
      analyze(text).diagnostics.filter((x) => x.code === 'vague-deadline'),
      [],
    );
  });
  test('«№пп» numbers the rows and «Месяц» gives the deadlines', () => {
    assert.equal(columnRole('№пп').role, 'number');
    assert.equal(columnRole('Месяц').role, 'deadline');
  });
  test('«Вид документа» beside «Ожидаемые результаты»: either one filled is the row’s result', () => {
    const header = '| Мероприятие | Сроки | Ответственные | Вид документа | Ожидаемые результаты |';
    assert.deepEqual(codes(plan(header, '| Приказ о наставничестве | Сентябрь 2022 | Директор | | Назначен куратор |')), []);
    assert.deepEqual(codes(plan(header, '| Приказ о наставничестве | Сентябрь 2022 | Директор | Приказ | |')), []);
    assert.deepEqual(codes(plan(header, '| Приказ о наставничестве | Сентябрь 2022 | Директор | | |')), ['missing-result']);
  });
  test('kindergarten and authority roles are known responsibles', () => {
    for (const who of [
      'Старший воспитатель',
      'Музыкальный руководитель',
      'рук. МО',
      'Начальник управления образования',
      'Региональный центр наставничества',
    ]) {
      const found = analyze(plan('| Мероприятие | Сроки | Ответственные |', `| Семинар | Октябрь 2022 | ${who} |`)).diagnostics.filter(
        (d) => d.code === 'unknown-responsible',
      );
      assert.deepEqual(found, [], who);
    }
  });
  test('«Этап 1. Подготовка условий …» numbers the standard stages, it is no plan by phases', () => {
    const text = `# Дорожная карта наставничества педагогических работников на 2022-2023 учебный год

| Этап | Мероприятия | Сроки | Ответственные |
|---|---|---|---|
| Этап 1. Подготовка условий для реализации системы наставничества | Приказ | Сентябрь 2022 | Директор |
| Этап 2. Формирование банка наставляемых | Анкеты | Сентябрь 2022 | Куратор |
| Этап 3. Формирование банка наставников | Анкеты | Сентябрь 2022 | Куратор |
`;
    const stages = analyze(text).diagnostics.filter((d) => d.code === 'missing-stage');
    assert.ok(stages.length >= 3 && stages.every((d) => d.severity !== 'hint'), JSON.stringify(stages.map((d) => d.severity)));
  });
  test('a programme’s «План профессионального становления …» is its plan section, «Формы и методы работы …» its forms', () => {
    const sections = [
      'Пояснительная записка',
      'Этапы реализации',
      'Формы и методы работы с молодыми специалистами',
      'Мониторинг и оценка результатов',
      'План профессионального становления молодого педагога',
    ];
    const text = `# Программа наставничества молодых педагогов на 2022-2023 учебный год\n\n${sections.map((s) => `## ${s}\n\nТекст раздела.\n`).join('\n')}`;
    const missing = analyze(text)
      .diagnostics.filter((d) => d.code === 'missing-section')
      .map((d) => d.data?.section);
    assert.ok(!missing.includes('roadmap') && !missing.includes('forms'), JSON.stringify(missing));
  });
});
