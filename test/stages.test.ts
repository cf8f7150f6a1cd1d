/** Stage matcher and profiles: every stage cell of the seeds, near misses, mentions, profile guessing. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_PROFILES, getProfile, type Profile } from '../server/src/core/domain/profiles';
import { findStageMentions, guessProfile, matchStage, normalizeStageText } from '../server/src/core/domain/stages';

function profile(id: string): Profile {
  const p = getProfile(id);
  assert.ok(p, `profile ${id} exists`);
  return p;
}

const schoolProfiles = BUILTIN_PROFILES.filter((p) => p.id !== 'municipal');

/** Seed stage columns as the caller hands them over (<b> already stripped, other HTML left). */
const SEED_TABLES: { name: string; profile: string; cells: [string, string][] }[] = [
  {
    name: 'seed 000 (school No. 34, teachers)',
    profile: 'teachers',
    cells: [
      ['Подготовка условий для реализации системы (целевой модели) наставничества', 'preparation'],
      ['Формирование банка наставляемых', 'mentee-base'],
      ['Формирование банка наставников', 'mentor-base'],
      ['Отбор и обучение наставников', 'selection'],
      ['Организация и осуществление работы наставнических пар/групп', 'pair-work'],
      ['Завершение персонализированных программ наставничества', 'completion'],
      ['Информационная поддержка системы (целевой модели) наставничества', 'information'],
    ],
  },
  {
    name: 'seed 001 (Tomsk lyceum, pupils model)',
    profile: 'pupils',
    cells: [
      ['Подготовка условий для запуска программы наставничества в МБОУ лицей при ТПУ', 'preparation'],
      ['Формирование базы наставников', 'mentor-base'],
      ['Формирование базы наставляемых', 'mentee-base'],
      ['Отбор и обучение наставников', 'selection'],
      ['Формирование наставнических пар / групп', 'pairing'],
      ['Организация и осуществление работы наставнических пар / групп', 'pair-work'],
      ['<p>Завершение наставничества</p>', 'completion'],
    ],
  },
  {
    name: 'seed 002 §3 «Этапы реализации Программы»',
    profile: 'pupils',
    cells: [
      ['Подготовка условий для запуска Программы', 'preparation'],
      ['Формирование базы наставляемых', 'mentee-base'],
      ['Отбор и обучение наставников', 'selection'],
      ['Формирование наставнических пар/групп', 'pairing'],
      ['Организация хода наставнической Программы', 'pair-work'],
      ['Завершение Программы', 'completion'],
    ],
  },
  {
    name: 'seed 002 §9 roadmap',
    profile: 'teachers',
    cells: [
      ['Подготовка условий для реализации системы', 'preparation'],
      ['Формирование банка наставляемых', 'mentee-base'],
      ['Формирование банка наставников', 'mentor-base'],
      ['Отбор и обучение', 'selection'],
      ['Организация и осуществление работы наставнических пар/групп', 'pair-work'],
      ['Завершение персонализированных программ наставничества', 'completion'],
      ['Информационная поддержка системы наставничества', 'information'],
    ],
  },
  {
    name: 'seed 003 (Severodvinsk college)',
    profile: 'teachers',
    cells: [
      ['Подготовка условий для реализации системы наставничества', 'preparation'],
      ['Формирование банка наставляемых', 'mentee-base'],
      ['Формирование банка наставников', 'mentor-base'],
      ['Отбор и обучение', 'selection'],
      ['Организация и осуществление работы наставнических пар/групп', 'pair-work'],
      ['Завершение персонализированных программ наставничества', 'completion'],
      ['Информационная поддержка системы наставничества', 'information'],
    ],
  },
  {
    name: 'seed 004 section headers (municipal)',
    profile: 'municipal',
    cells: [
      ['Нормативно – правовое регулирование развития системы наставничества на муниципальном уровне/ОО', 'regulation'],
      ['Информационно – организационное, методическое, экспертно-консультационное сопровождение ', 'methodical-support'],
      ['Внедрение и реализация "Дорожной карты" на муниципальном уровне/ОО', 'implementation'],
      [
        'Содействие  распространению и внедрению лучших наставнических практик, различных форм и ролевых моделей\nдля педагогов и молодых специалистов',
        'best-practices',
      ],
      ['Мониторинг реализации и оценки результатов реализации программ наставничества', 'monitoring'],
      ['Целевые индикаторы реализации "Дорожной карты"', 'targets'],
    ],
  },
];

/** Seed 002 §5 «Механизм реализации»: a column called «Этапы реализации» that is not a profile's stage list. */
const SEED_002_MECHANISM = [
  'Представление программ наставничества в форме «Учитель – учитель»',
  'Отбор наставников из числа активных и опытных педагогов и педагогов, самостоятельно выражающих желание помочь педагогу',
  'Обучение наставников',
  'Отбор педагогов, испытывающих профессиональные проблемы, проблемы адаптации и желающих добровольно принять участие в Программе наставничества',
  'Формирование пар, групп',
  'Повышение квалификации наставляемого, закрепление в профессии. Творческая деятельность. Успешная адаптация',
  'Рефлексия реализации формы наставничества',
  'Наставник получает уважаемый и заслуженный статус',
];

describe('seed stage tables', () => {
  for (const table of SEED_TABLES) {
    describe(table.name, () => {
      const cells = table.cells.map(([text]) => text);
      test(`guessProfile picks ${table.profile} among all built-in profiles`, () => {
        const guess = guessProfile(cells, BUILTIN_PROFILES);
        assert.equal(guess?.profileId, table.profile);
        assert.ok(guess.score >= 0.75, `score ${guess.score}`);
      });
      test('the pick beats every other profile by a margin', () => {
        const own = guessProfile(cells, [profile(table.profile)])!.score;
        for (const other of BUILTIN_PROFILES.filter((p) => p.id !== table.profile)) {
          const score = guessProfile(cells, [other])?.score ?? 0;
          assert.ok(own - score >= 0.05, `${table.profile} ${own} vs ${other.id} ${score}`);
        }
      });
      if (table.profile !== 'municipal') {
        test('guessProfile picks the same among the school profiles (as the parser asks)', () => {
          assert.equal(guessProfile(cells, schoolProfiles)?.profileId, table.profile);
        });
      }
      for (const [text, expected] of table.cells) {
        test(`${JSON.stringify(text.slice(0, 60))} → ${expected}`, () => {
          const m = matchStage(text, profile(table.profile));
          assert.equal(m?.stageId, expected);
          assert.ok(m.confidence >= 0.5 && m.confidence <= 1, `confidence ${m.confidence}`);
        });
      }
      test('every stage cell maps to a different stage', () => {
        const ids = table.cells.map(([text]) => matchStage(text, profile(table.profile))?.stageId);
        assert.equal(new Set(ids).size, ids.length);
      });
    });
  }

  test('seed 002 §3 lacks exactly the mentor base (the defect the stage rules must report)', () => {
    const p = profile('pupils');
    const present = new Set(SEED_TABLES[2]!.cells.map(([text]) => matchStage(text, p)?.stageId));
    assert.deepEqual(
      p.stages.filter((s) => !present.has(s.id)).map((s) => s.id),
      ['mentor-base'],
    );
  });

  test('seed 002 §5 «Механизм реализации» fits no profile well', () => {
    const guess = guessProfile(SEED_002_MECHANISM, schoolProfiles);
    assert.ok(guess === undefined || guess.score < 0.4, `score ${guess?.score}`);
    // the parser classifies a programme table as a stage table only from 0.7
    assert.ok((guessProfile(SEED_002_MECHANISM, BUILTIN_PROFILES)?.score ?? 0) < 0.7);
  });
});

describe('variants and near misses', () => {
  const cases: [profile: string, text: string, expected: string | undefined][] = [
    // the two bases: mentees («наставляемых») are not mentors («наставников»)
    ['teachers', 'Формирование базы наставляемых', 'mentee-base'],
    ['pupils', 'Формирование базы наставляемых', 'mentee-base'],
    ['pupils', 'Формирование базы наставников', 'mentor-base'],
    ['teachers', 'Формирование банка данных наставляемых', 'mentee-base'],
    ['teachers', 'ФОРМИРОВАНИЕ БАНКА НАСТАВНИКОВ', 'mentor-base'],
    ['teachers', 'Формирование банке наставляемых', 'mentee-base'],
    ['pupils', '2. Формирование базы наставляемых.', 'mentee-base'],
    ['pupils', '«Формирование базы наставников»', 'mentor-base'],
    // pairs: forming vs working, by profile
    ['pupils', 'Формирование пар', 'pairing'],
    ['pupils', 'Организация работы пар', 'pair-work'],
    ['pupils', 'Формирование наставнических пар групп', 'pairing'],
    ['pupils', 'Организация работы наставнических пар/групп', 'pair-work'],
    ['teachers', 'Формирование наставнических пар/групп', 'pair-work'],
    ['teachers', 'Организация и осуществление работы наставнических пар / групп', 'pair-work'],
    ['teachers', 'Организация хода наставнической Программы', 'pair-work'],
    // selection
    ['teachers', 'Отбор и обучение', 'selection'],
    ['pupils', 'Рекрутинг наставников', 'selection'],
    ['pupils', 'Отбор/выдвижение наставников', 'selection'],
    ['teachers', 'Обучение наставников', 'selection'],
    // completion
    ['pupils', 'Завершение наставничества', 'completion'],
    ['pupils', 'Завершение Программы', 'completion'],
    ['teachers', 'Завершение персонализированных программ наставничества', 'completion'],
    ['teachers', 'Завершение программы', 'completion'],
    // preparation and numbering
    ['teachers', '1. Подготовка условий для запуска Программы', 'preparation'],
    ['pupils', 'Подготовка условий для реализации системы', 'preparation'],
    ['teachers', 'I. Подготовка условий для реализации системы (целевой модели) наставничества', 'preparation'],
    ['teachers', 'Этап 1. Подготовка условий', 'preparation'],
    // information support exists only for teachers
    ['teachers', 'Информационная поддержка системы (целевой модели) наставничества', 'information'],
    ['pupils', 'Информационная поддержка системы наставничества', undefined],
    // unrelated text
    ['teachers', 'Пояснительная записка', undefined],
    ['pupils', 'Директор', undefined],
    ['teachers', 'Кадровые условия реализации Программы', undefined],
    ['pupils', 'Форма наставничества «Учитель – учитель»', undefined],
    ['teachers', '2023 год', undefined],
    ['teachers', '', undefined],
    ['pupils', '   ', undefined],
    ['municipal', 'Формирование базы наставников', undefined],
    ['teachers', 'Партнерство с родителями', undefined],
  ];
  for (const [p, text, expected] of cases) {
    test(`${p}: ${JSON.stringify(text)} → ${expected ?? 'no stage'}`, () => {
      assert.equal(matchStage(text, profile(p))?.stageId, expected);
    });
  }

  test("«…для запуска программы» fits the pupils' preparation better than the teachers'", () => {
    const text = 'Подготовка условий для запуска программы наставничества';
    assert.ok(matchStage(text, profile('pupils'))!.confidence > matchStage(text, profile('teachers'))!.confidence);
  });

  test('extra words lower the confidence but keep the match', () => {
    const bare = matchStage('Формирование базы наставников', profile('pupils'))!;
    const long = matchStage('Формирование базы наставников из числа учащихся, педагогов и родителей лицея', profile('pupils'))!;
    assert.equal(long.stageId, 'mentor-base');
    assert.ok(long.confidence < bare.confidence);
  });

  test('every built-in stage title matches its own stage', () => {
    for (const p of BUILTIN_PROFILES) {
      for (const s of p.stages) assert.equal(matchStage(s.title, p)?.stageId, s.id, `${p.id}: ${s.title}`);
    }
  });
});

describe('normalizeStageText', () => {
  const cases: [string, string][] = [
    ['Формирование банка наставников', 'формирование базы наставников'],
    ['Анализ банка и выбор', 'анализ базы и выбор'],
    ['в банке данных; банков; банком', 'в базе данных; баз; базой'],
    ['Банкет и банковский счёт', 'банкет и банковский счет'],
    ['Формирование наставнических пар / групп', 'формирование наставнических пар/групп'],
    ['Нормативно – правовое регулирование', 'нормативно - правовое регулирование'],
    ['Педагог–психолог', 'педагог-психолог'],
    [
      'Подготовка условий для реализации системы (целевой модели) наставничества',
      'подготовка условий для реализации системы наставничества',
    ],
    ['«Дорожная карта» "X" „Y“', 'дорожная карта x y'],
    ['1. Этап', 'этап'],
    ['1) Сбор информации', 'сбор информации'],
    ['2.1. Издание приказа', 'издание приказа'],
    ['1.1 Актуализация', 'актуализация'],
    ['IV. Мониторинг', 'мониторинг'],
    ['- Изучение материалов;', 'изучение материалов'],
    ['Завершение Программы.', 'завершение программы'],
    ['  Организация   хода\n программы …  ', 'организация хода программы'],
    ['<p>Завершение наставничества</p>', 'завершение наставничества'],
    ['Ёлка', 'елка'],
    ['2023 год', '2023 год'], // a year is not a list number
    ['12 Подготовка', 'подготовка'],
    ['', ''],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(normalizeStageText(input), expected));
  }
});

describe('findStageMentions', () => {
  test("seed 002 §3: the mentee-base row's result names the mentor base", () => {
    const result =
      'Формирование базы наставников, которые потенциально могут участвовать как в текущей Программе наставничества, так и в будущем';
    assert.deepEqual(findStageMentions(result, profile('pupils')), ['mentor-base']);
    assert.deepEqual(findStageMentions(result, profile('teachers')), ['mentor-base']);
  });

  const cases: [profile: string, text: string, expected: string[]][] = [
    [
      'pupils',
      'Сформированная база наставников, которые потенциально могут участвовать как в текущей программе наставничества, так и в будущем.',
      ['mentor-base'],
    ],
    ['pupils', 'Сформированная база о наставляемых с картой запросов.', ['mentee-base']],
    ['pupils', 'Сформированные наставнические пары/группы, готовые продолжить работу в рамках Программы', ['pairing']],
    [
      'teachers',
      '1. Сбор информации о профессиональных запросах педагогов. 2. Формирование банка данных наставляемых, обеспечение согласий',
      ['mentee-base'],
    ],
    ['teachers', 'Формирование базы наставляемых и формирование базы наставников', ['mentee-base', 'mentor-base']],
    // no forming verb: the selection stage talks about the base without building it
    ['pupils', 'Выявление наставников, входящих в базу потенциальных наставников.', []],
    ['teachers', 'Анализ банка наставников и выбор подходящих для конкретной персонализированной программы', []],
    // «наставнических» and «наставничества» are not «наставников»
    ['pupils', 'Формирование базы программ наставничества', []],
    ['pupils', 'Дорожная карта реализации наставничества', []],
    ['pupils', 'Приказ «Об организации наставничества»', []],
    ['teachers', '', []],
  ];
  for (const [p, text, expected] of cases) {
    test(`${p}: ${JSON.stringify(text.slice(0, 60))} → ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(findStageMentions(text, profile(p)), expected);
    });
  }

  /** Result/activity cells of the seeds with the stage of their row: no false «names another stage». */
  const rows: [profile: string, own: string, text: string][] = [
    [
      'pupils',
      'preparation',
      'Дорожная карта реализации наставничества. а. Пакет нормативных документов – основание для реализации программы.',
    ],
    [
      'pupils',
      'mentor-base',
      'Сформированная база наставников, которые потенциально могут участвовать как в текущей программе наставничества, так и в будущем.',
    ],
    ['pupils', 'mentee-base', 'Сформированная база о наставляемых с картой запросов.'],
    ['pupils', 'selection', 'Подготовка методических материалов для сопровождения наставнической деятельности.'],
    ['pupils', 'pairing', 'Приказ «Об организации наставничества»'],
    ['pupils', 'pair-work', 'Анкетирование Промежуточная оценка программы'],
    [
      'pupils',
      'completion',
      '<p>Результаты мониторинга личной удовлетворенности участием в программе наставничества; качества ' +
        'реализации программы наставничества. Мониторинг и оценка влияния программ на всех участников.</p>',
    ],
    ['pupils', 'selection', 'Собеседование с наставниками. Программа обучения'],
    [
      'pupils',
      'pair-work',
      'Мониторинг:  сбор обратной связи от наставляемых – для мониторинга динамики влияния Программы на наставляемых; эффективности реализации Программы',
    ],
    ['pupils', 'completion', 'Лучшие практики наставничества.  Поощрение наставников'],
    [
      'teachers',
      'mentor-base',
      '1) Проведение анкетирования среди потенциальных наставников в образовательной организации, ' +
        'желающих принять участие в персонализированных программах наставничества. 2) Формирование ' +
        'банка данных наставников, обеспечение согласий на сбор и обработку персональных данных.',
    ],
    [
      'teachers',
      'selection',
      '<ol style="list-style-type: none"> 1. Анализ банка и выбор подходящих наставников для педагога/группы ' +
        'педагогов. 2. Обучение наставников для работы с наставляемыми: <ul style="list-style-type: none"> ' +
        '- подготовка методических материалов для сопровождения наставнической деятельности;',
    ],
    [
      'teachers',
      'pair-work',
      '<p>1) Формирование наставнических пар/групп.</p> <p>2) Разработка персонализированных программ наставничества ' +
        'для каждой пары/группы.</p> <p>3) Организация психолого-педагогической поддержки сопровождения наставляемых, ' +
        'не сформировавших пару или группу (при необходимости), продолжение поиска наставника/наставников.</p>',
    ],
    [
      'teachers',
      'completion',
      '<p>1) Проведение мониторинга качества реализации персонализированных программ ' +
        'наставничества (анкетирование);</p> <p>2) Проведение школьной конференции или семинара.</p>',
    ],
    [
      'teachers',
      'information',
      'Освещение мероприятий Дорожной карты осуществляется на всех этапах на сайте образовательной организации в разделе Наставничество.',
    ],
    [
      'teachers',
      'preparation',
      '2.1. Издание приказа «Об утверждении положения о системе (целевой модели) наставничества». 2.5. Издание приказа(ов) ' +
        'о закреплении наставнических пар/групп. 2.6. Подготовка шаблона персонализированной программы наставничества.',
    ],
  ];
  for (const [p, own, text] of rows) {
    test(`seed row of ${p}/${own} names no other stage: ${JSON.stringify(text.slice(0, 50))}`, () => {
      const others = findStageMentions(text, profile(p)).filter((id) => id !== own);
      assert.deepEqual(others, []);
    });
  }
});

describe('guessProfile edge cases', () => {
  test('no cells, blank cells or no profiles → undefined', () => {
    assert.equal(guessProfile([], BUILTIN_PROFILES), undefined);
    assert.equal(guessProfile(['', '  '], BUILTIN_PROFILES), undefined);
    assert.equal(guessProfile(['Формирование базы наставников'], []), undefined);
  });
  test('unrelated cells → undefined', () => {
    assert.equal(guessProfile(['Пояснительная записка', 'Директор', 'Сентябрь 2023'], BUILTIN_PROFILES), undefined);
  });
  test('repeating a stage name on every row does not lower the score', () => {
    const once = guessProfile(['Формирование базы наставников', 'Отбор и обучение наставников'], schoolProfiles)!;
    const repeated = guessProfile(
      ['Формирование базы наставников', 'Формирование базы наставников', 'Отбор и обучение наставников'],
      schoolProfiles,
    )!;
    assert.equal(repeated.score, once.score);
  });
  test('separate «forming» and «working» rows tell pupils from teachers', () => {
    const guess = guessProfile(['Формирование наставнических пар', 'Организация работы наставнических пар'], schoolProfiles);
    assert.equal(guess?.profileId, 'pupils');
  });
});

describe('profiles', () => {
  test("built-ins: teachers, pupils, municipal with the domain's stages in order", () => {
    assert.deepEqual(
      BUILTIN_PROFILES.map((p) => p.id),
      ['teachers', 'pupils', 'municipal'],
    );
    assert.deepEqual(
      profile('teachers').stages.map((s) => s.id),
      ['preparation', 'mentee-base', 'mentor-base', 'selection', 'pair-work', 'completion', 'information'],
    );
    assert.deepEqual(
      profile('pupils').stages.map((s) => s.id),
      ['preparation', 'mentee-base', 'mentor-base', 'selection', 'pairing', 'pair-work', 'completion'],
    );
    assert.deepEqual(
      profile('municipal').stages.map((s) => s.id),
      ['regulation', 'methodical-support', 'implementation', 'best-practices', 'monitoring', 'targets'],
    );
  });
  test('mandatory flags, swap groups, merges and cross-cutting stages', () => {
    const t = profile('teachers');
    assert.deepEqual(
      t.stages.filter((s) => !s.mandatory).map((s) => s.id),
      ['information'],
    );
    assert.equal(t.stages.find((s) => s.id === 'information')?.crossCutting, true);
    assert.ok(profile('pupils').stages.every((s) => s.mandatory));
    assert.ok(profile('municipal').stages.every((s) => !s.mandatory));
    for (const p of [t, profile('pupils')]) {
      const bases = p.stages.filter((s) => s.swapGroup !== undefined);
      assert.deepEqual(
        bases.map((s) => s.id),
        ['mentee-base', 'mentor-base'],
      );
      assert.equal(bases[0]!.swapGroup, bases[1]!.swapGroup);
    }
    assert.deepEqual(profile('pupils').stages.find((s) => s.id === 'pairing')?.mergesWith, ['pair-work']);
  });
  test('every stage has titles, keywords, an expectation and a typical result', () => {
    for (const p of BUILTIN_PROFILES) {
      assert.equal(new Set(p.stages.map((s) => s.id)).size, p.stages.length);
      for (const s of p.stages) {
        assert.ok(s.title && s.titleEn && s.expects && s.typicalResult, `${p.id}/${s.id}`);
        assert.ok(s.keywords.length > 0 && s.keywords.every((set) => set.length > 0), `${p.id}/${s.id}`);
      }
    }
  });
  test('getProfile: by id, by Russian alias, workspace profiles first, unknown → undefined', () => {
    assert.equal(getProfile('teachers')?.id, 'teachers');
    assert.equal(getProfile('Педагоги')?.id, 'teachers');
    assert.equal(getProfile('обучающиеся')?.id, 'pupils');
    assert.equal(getProfile('муниципальный')?.id, 'municipal');
    assert.equal(getProfile('nobody'), undefined);
    const custom: Profile = { id: 'teachers', title: 'Свой', titleEn: 'Own', stages: [] };
    assert.equal(getProfile('teachers', [custom]), custom);
    const extra: Profile = { id: 'college', title: 'Колледж', titleEn: 'College', stages: [] };
    assert.equal(getProfile('college', [extra]), extra);
  });
  test('a workspace profile may use full words, phrases and «|» in its keywords, or none at all', () => {
    const custom: Profile = {
      id: 'college',
      title: 'Колледж',
      titleEn: 'College',
      stages: [
        {
          id: 'council',
          title: 'Совещание',
          titleEn: 'Meeting',
          mandatory: true,
          keywords: [['совещание методистов']],
          expects: '',
          typicalResult: '',
        },
        {
          id: 'practice',
          title: 'Стажировка',
          titleEn: 'Internship',
          mandatory: true,
          keywords: [['стажировка|практика', 'предприятии']],
          expects: '',
          typicalResult: '',
        },
        { id: 'exam', title: 'Квалификационный экзамен', titleEn: 'Exam', mandatory: true, keywords: [], expects: '', typicalResult: '' },
      ],
    };
    assert.equal(matchStage('Совещания методистов колледжа', custom)?.stageId, 'council');
    assert.equal(matchStage('Практики на предприятиях', custom)?.stageId, 'practice');
    assert.equal(matchStage('Квалификационные экзамены', custom)?.stageId, 'exam');
    assert.equal(matchStage('Методисты', custom), undefined);
  });
});

describe('robustness', () => {
  function randomText(seed: number, length: number): string {
    const alphabet =
      'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯabcXYZ0123456789 .,;:!?-–—/\\|()[]{}<>«»"„“\'\n\t*_#$^&%@~`банк наставник пар';
    let x = seed;
    let out = '';
    for (let i = 0; i < length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      out += alphabet[x % alphabet.length];
      if (x % 97 === 0) out += String.fromCharCode(0xd800 + (x % 100)); // lone surrogates
    }
    return out;
  }
  test('5,000 random characters never throw, in any function, for any profile', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = randomText(seed, 5000);
      assert.equal(typeof normalizeStageText(text), 'string');
      for (const p of BUILTIN_PROFILES) {
        const m = matchStage(text, p);
        assert.ok(m === undefined || (m.confidence >= 0.5 && m.confidence <= 1));
        assert.ok(Array.isArray(findStageMentions(text, p)));
      }
      const g = guessProfile(text.split('\n'), BUILTIN_PROFILES);
      assert.ok(g === undefined || (g.score >= 0 && g.score <= 1));
    }
  });
  test('hostile inputs (no closing tags, long runs) finish with well-formed results', () => {
    const hostile = [
      '<'.repeat(200_000),
      ' '.repeat(200_000) + 'x',
      '1.'.repeat(100_000),
      '-'.repeat(200_000) + 'a',
      'банк '.repeat(40_000),
      'формирование '.repeat(20_000) + 'базы',
    ];
    for (const text of hostile) {
      assert.equal(typeof normalizeStageText(text), 'string');
      for (const p of BUILTIN_PROFILES) {
        matchStage(text, p);
        assert.ok(Array.isArray(findStageMentions(text, p)));
      }
      guessProfile([text, text], BUILTIN_PROFILES);
    }
  });
  test('non-string input is tolerated', () => {
    const bad = undefined as unknown as string;
    assert.equal(normalizeStageText(bad), '');
    assert.equal(matchStage(bad, profile('teachers')), undefined);
    assert.deepEqual(findStageMentions(bad, profile('teachers')), []);
    assert.equal(guessProfile([bad], BUILTIN_PROFILES), undefined);
  });
});
