/**
 * `.nastavnik.json` → settings (loadConfig), and that the settings change the analysis: a custom
 * profile, the staff list and extra roles. A broken file never throws; the problem is in Russian
 * (and English) and says where; valid keys still apply.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/core/analyze';
import { loadConfig, MAX_CONFIG_CHARS, type LoadedConfig } from '../server/src/core/config';
import { parseResponsible } from '../server/src/core/domain/responsible';
import { RULES } from '../server/src/core/rules';
import { matchStage } from '../server/src/core/domain/stages';

const knownRules = RULES.map((r) => r.code);
const load = (text: string): LoadedConfig => loadConfig(text, { knownRules });
const ru = (l: LoadedConfig) => l.problems.map((p) => p.message.ru);

describe('valid files', () => {
  test('every key is read; profiles get their defaults', () => {
    const text = JSON.stringify({
      $schema: './node_modules/nastavnik/schemas/nastavnik.schema.json',
      locale: 'en',
      profile: 'pupils',
      staff: ['Иванова А.А.', 'Петров П.П.'],
      roles: ['логопед'],
      rules: { 'vague-deadline': 'off', 'unknown-responsible': 'warning' },
      profiles: [
        {
          id: 'speech',
          title: 'Логопедическое сопровождение',
          stages: [{ id: 'diagnostics', title: 'Диагностика речи', keywords: [['диагност']] }],
        },
      ],
    });
    const { config, problems } = load(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      locale: 'en',
      profile: 'pupils',
      staff: ['Иванова А.А.', 'Петров П.П.'],
      roles: ['логопед'],
      rules: { 'vague-deadline': 'off', 'unknown-responsible': 'warning' },
      profiles: [
        {
          id: 'speech',
          title: 'Логопедическое сопровождение',
          titleEn: 'Логопедическое сопровождение',
          stages: [
            {
              id: 'diagnostics',
              title: 'Диагностика речи',
              titleEn: 'Диагностика речи',
              mandatory: true,
              crossCutting: undefined,
              swapGroup: undefined,
              keywords: [['диагност']],
              expects: '',
              typicalResult: '',
            },
          ],
        },
      ],
    });
  });

  test('comments and trailing commas are allowed (VS Code writes them)', () => {
    const { config, problems } = load('{\n  // сотрудники\n  "staff": ["Иванова А.А.",],\n}\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.staff, ['Иванова А.А.']);
  });

  test('an empty file is no settings, no problem', () => {
    assert.deepEqual(load(''), { config: {}, problems: [] });
    assert.deepEqual(load('  \n'), { config: {}, problems: [] });
    assert.deepEqual(load('{}'), { config: {}, problems: [] });
  });

  test('a profile written in Russian is understood', () => {
    assert.equal(load('{"profile": "педагоги"}').config.profile, 'teachers');
    assert.equal(load('{"profile": "обучающиеся"}').config.profile, 'pupils');
  });

  test('the default profile may be a workspace profile', () => {
    const l = load(
      JSON.stringify({ profile: 'speech', profiles: [{ id: 'speech', title: 'S', stages: [{ id: 'a', title: 'Диагностика' }] }] }),
    );
    assert.deepEqual(l.problems, []);
    assert.equal(l.config.profile, 'speech');
  });
});

describe('broken files: defaults, a clear message, never a throw', () => {
  test('not JSON: no settings; the message says line, column and what is wrong, in Russian', () => {
    const text = '{\n  "rules": {\n    "vague-deadline": "off"\n    "numbering": "off"\n  }\n}';
    const l = load(text);
    assert.deepEqual(l.config, {});
    assert.equal(l.problems.length, 1);
    assert.equal(
      l.problems[0]!.message.ru,
      'Файл .nastavnik.json не читается как JSON: строка 4, столбец 5 — не хватает запятой ' +
        'между элементами. Исправьте синтаксис; пока действуют настройки по умолчанию.',
    );
    assert.match(l.problems[0]!.message.en, /not valid JSON: line 4, column 5/);
    assert.equal(text.slice(l.problems[0]!.start, l.problems[0]!.end), '"numbering"');
  });

  test('other syntax errors have Russian descriptions too', () => {
    assert.match(ru(load('{ "staff": ["a" }'))[0]!, /строка 1, столбец 17 — не хватает запятой/);
    assert.match(ru(load('{ "staff": ["a"'))[0]!, /не закрыта квадратная скобка/);
    assert.match(ru(load('{ staff: [] }'))[0]!, /недопустимый символ — имена ключей и строки пишутся в двойных кавычках/);
    assert.match(ru(load('{ "staff": [], }x'))[0]!, /строка 1/);
    assert.match(ru(load('{ "staff": [] } }'))[0]!, /лишний текст/);
    assert.match(ru(load('{ "staff": ["a'))[0]!, /не закрыта кавычка/);
    for (const text of ['{', '}', '[', '"', 'null', '42', 'true', '\u0000\u0001', '\ufeff{}', '{"a":{"b":{"c":'.repeat(1000)]) {
      const l = load(text);
      assert.equal(typeof l.config, 'object', JSON.stringify(text.slice(0, 20)));
      for (const p of l.problems) assert.ok(p.message.ru.length > 0 && p.start >= 0 && p.end >= p.start);
    }
  });

  test('not an object', () => {
    const l = load('["Иванова А.А."]');
    assert.deepEqual(l.config, {});
    assert.match(ru(l)[0]!, /должен быть объект в фигурных скобках/);
  });

  test('a wrong type drops that key only, with a Russian message at the value', () => {
    const text = '{ "staff": "Иванова А.А.", "rules": { "vague-deadline": "off" } }';
    const l = load(text);
    assert.deepEqual(l.config, { rules: { 'vague-deadline': 'off' } });
    assert.deepEqual(ru(l), [
      'Ошибка в .nastavnik.json, staff: нужен список в квадратных скобках [...]. «staff» пропущено; исправьте значение.',
    ]);
    assert.equal(text.slice(l.problems[0]!.start, l.problems[0]!.end), '"Иванова А.А."');
  });

  test('wrong types everywhere', () => {
    const cases: [unknown, RegExp][] = [
      [{ locale: 'de' }, /locale: допустимые значения: "ru", "en"/],
      [{ staff: [1, 2] }, /staff\[1\]: нужна строка/],
      [{ staff: [''] }, /staff\[1\]: пустая строка/],
      [{ roles: {} }, /roles: нужен список/],
      [{ rules: [] }, /rules: нужен объект/],
      [{ rules: { 'vague-deadline': true } }, /rules\.vague-deadline: допустимые значения/],
      [{ profiles: {} }, /profiles: нужен список/],
      [{ profiles: [{ id: 'x', title: 'X' }] }, /profiles\[1\]: не хватает ключа «stages»/],
      [{ profiles: [{ id: 'Мой профиль', title: 'X', stages: [{ id: 'a', title: 'A' }] }] }, /profiles\[1\]\.id: неверный формат/],
      [{ profiles: [{ id: 'x', title: 'X', stages: [] }] }, /profiles\[1\]\.stages: список пуст/],
      [
        { profiles: [{ id: 'x', title: 'X', stages: [{ id: 'a', title: 'A', mandatory: 'да' }] }] },
        /stages\[1\]\.mandatory: нужно true или false/,
      ],
      [{ profiles: [{ id: 'x', title: 'X', stages: [{ id: 'a', title: 'A', color: 'red' }] }] }, /stages\[1\]: неизвестный ключ «color»/],
      [{ profiles: [{ id: 'x', title: 'X', stages: [{ id: 'a', title: 'A', keywords: 'диагност' }] }] }, /keywords: нужен список/],
    ];
    for (const [value, expected] of cases) {
      const l = load(JSON.stringify(value));
      assert.equal(l.problems.length, 1, JSON.stringify(value));
      assert.match(l.problems[0]!.message.ru, expected);
      assert.match(l.problems[0]!.message.ru, /пропущено; исправьте значение\.$/);
      assert.ok(l.problems[0]!.message.en.length > 0);
    }
  });

  test('unknown keys are reported and skipped; the rest applies', () => {
    const l = load('{ "staf": ["Иванова А.А."], "rules": { "numbering": "off" } }');
    assert.deepEqual(l.config, { rules: { numbering: 'off' } });
    assert.deepEqual(ru(l), [
      'Неизвестный ключ «staf» в .nastavnik.json пропущен. Допустимые ключи: locale, profile, staff, roles, rules, profiles.',
    ]);
  });

  test('one bad rule entry does not drop the others; an unknown rule code is named', () => {
    const l = load('{ "rules": { "vague-deadline": "of", "numbering": "hint", "vague-deadlines": "off" } }');
    assert.deepEqual(l.config.rules, { numbering: 'hint' });
    assert.equal(l.problems.length, 2);
    assert.match(ru(l)[0]!, /rules\.vague-deadline: допустимые значения: "error", "warning", "info", "hint", "off"/);
    assert.match(ru(l)[1]!, /Правила «vague-deadlines» нет/);
  });

  test('one bad profile does not drop the others', () => {
    const good = { id: 'speech', title: 'S', stages: [{ id: 'a', title: 'Диагностика' }] };
    const l = load(JSON.stringify({ profiles: [{ id: 'bad', title: 'B', stages: 'нет' }, good] }));
    assert.deepEqual(
      l.config.profiles?.map((p) => p.id),
      ['speech'],
    );
    assert.equal(l.problems.length, 1);
  });

  test('an unknown default profile is reported and dropped', () => {
    const l = load('{ "profile": "teacher" }');
    assert.equal(l.config.profile, undefined);
    assert.match(ru(l)[0]!, /Профиль «teacher» не найден; ключ profile пропущен\. Допустимы: teachers, pupils, municipal\./);
  });

  test('__proto__ does not pollute anything', () => {
    const l = load('{ "__proto__": { "polluted": true }, "rules": { "__proto__": "off" } }');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(l.config), Object.prototype);
    assert.ok(l.problems.length >= 1);
  });

  test('non-string input does not throw', () => {
    assert.deepEqual(loadConfig(undefined as unknown as string), { config: {}, problems: [] });
  });
});

describe('size limits: bounded, never a hang', () => {
  test('a profile with 10,000 stages is rejected with a clear problem; other keys still apply', () => {
    const stages = Array.from({ length: 10_000 }, (_, i) => ({ id: `s${i}`, title: `Этап номер ${i}` }));
    const l = load(JSON.stringify({ staff: ['Иванова А.А.'], profiles: [{ id: 'huge', title: 'H', stages }] }));
    assert.deepEqual(l.config.staff, ['Иванова А.А.']);
    assert.deepEqual(l.config.profiles, []);
    assert.deepEqual(ru(l), [
      'Ошибка в .nastavnik.json, profiles[1].stages: не больше 100 элементов. «profiles[1]» пропущено; исправьте значение.',
    ]);
  });

  test('more than 50 profiles: the first 50 are read, and the user is told', () => {
    const profiles = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, title: `P${i}`, stages: [{ id: 'a', title: 'Диагностика' }] }));
    const l = load(JSON.stringify({ profiles }));
    assert.equal(l.config.profiles?.length, 50);
    assert.match(ru(l)[0]!, /60 профилей — больше допустимых 50; прочитаны первые 50/);
  });

  test('a staff list over the limit is rejected', () => {
    const l = load(JSON.stringify({ staff: Array.from({ length: 5001 }, (_, i) => `Сотрудник ${i}`) }));
    assert.equal(l.config.staff, undefined);
    assert.match(ru(l)[0]!, /staff: не больше 5000 элементов/);
  });

  test('a file over 1 MB is not read', () => {
    const l = load(JSON.stringify({ staff: ['x'.repeat(MAX_CONFIG_CHARS)] }));
    assert.deepEqual(l.config, {});
    assert.match(ru(l)[0]!, /слишком большой/);
  });

  test('keywords are word stems, never regular expressions', () => {
    // The schema says so; the matcher treats «|» as «or» and a final «$» as «whole word», nothing else.
    const l = load(
      JSON.stringify({
        profiles: [
          {
            id: 'rx',
            title: 'R',
            stages: [
              { id: 'any', title: 'Любой', keywords: [['.*']] },
              { id: 'evil', title: 'Злой', keywords: [['(a+)+$', 'bb']] },
              { id: 'real', title: 'Диагностика', keywords: [['диагност|обследов']] },
            ],
          },
        ],
      }),
    );
    assert.deepEqual(l.problems, []);
    const profile = l.config.profiles![0]!;
    assert.equal(matchStage('Формирование банка наставников', profile), undefined, '«.*» matches nothing');
    assert.equal(matchStage('a'.repeat(1999) + '!', profile), undefined, 'no catastrophic backtracking: nothing is a regex');
    assert.equal(matchStage('Обследование речи', profile)?.stageId, 'real');
    assert.equal(matchStage('Диагностика', profile)?.stageId, 'real');
  });
});

describe('settings change the analysis', () => {
  const roadmap = (responsible: string, frontMatter = '') =>
    `${frontMatter}# Дорожная карта наставничества на 2024-2025 учебный год\n\n| Этап ` +
    `| Мероприятия | Сроки | Ответственные | Результат |\n|---|---|---|---|---|\n` +
    `| Формирование базы наставников | Анкетирование педагогов | Октябрь 2024 | ${responsible} | База наставников |\n`;
  const codes = (text: string, config: LoadedConfig['config'] = {}) => analyze(text, { config }).diagnostics.map((d) => d.code);

  test('a staff name stops unknown-responsible', () => {
    const text = roadmap('Мария Ивановна');
    assert.ok(codes(text).includes('unknown-responsible'));
    assert.ok(!codes(text, load('{ "staff": ["Мария Ивановна"] }').config).includes('unknown-responsible'));
  });

  test('with a staff list, a person not on it is unknown (a typo in a surname)', () => {
    const text = roadmap('Ивонова А.А.');
    assert.ok(!codes(text).includes('unknown-responsible'), 'well-formed and no list: accepted');
    assert.ok(codes(text, load('{ "staff": ["Иванова А.А."] }').config).includes('unknown-responsible'));
    assert.ok(!codes(roadmap('Иванова А. А.'), load('{ "staff": ["Иванова А.А."] }').config).includes('unknown-responsible'));
  });

  test('roles from the config reach the responsible parser', () => {
    const text = roadmap('Логопед, дефектолог');
    const before = analyze(text).model.tables[0]!.rows[0]!.responsible!.parts;
    assert.deepEqual(
      before.map((p) => p.known),
      [false, false],
    );
    const config = load('{ "roles": ["логопед", "Дефектолог"] }').config;
    const after = analyze(text, { config }).model.tables[0]!.rows[0]!.responsible!.parts;
    assert.deepEqual(
      after.map((p) => [p.role, p.known]),
      [
        ['custom:логопед', true],
        ['custom:дефектолог', true],
      ],
    );
    assert.ok(!codes(text, config).includes('unknown-responsible'));
    // Other case forms and a qualifier after the role.
    assert.deepEqual(
      parseResponsible('Логопеды школы', undefined, ['логопед']).map((p) => p.known),
      [true],
    );
    assert.deepEqual(
      parseResponsible('Логопедическая служба', undefined, ['логопед']).map((p) => p.known),
      [false],
    );
  });

  test('rules: off removes a diagnostic, a severity changes it', () => {
    const text = roadmap('Куратор').replace('Октябрь 2024', 'В течение учебного года');
    assert.ok(codes(text).includes('vague-deadline'));
    assert.ok(!codes(text, load('{ "rules": { "vague-deadline": "off" } }').config).includes('vague-deadline'));
    const warned = analyze(text, { config: load('{ "rules": { "vague-deadline": "warning" } }').config }).diagnostics.find(
      (d) => d.code === 'vague-deadline',
    );
    assert.equal(warned?.severity, 'warning');
  });

  test('a custom profile: its stages are matched and its missing mandatory stage is reported', () => {
    const config = load(
      JSON.stringify({
        profiles: [
          {
            id: 'speech',
            title: 'Логопедическое сопровождение',
            stages: [
              { id: 'diagnostics', title: 'Диагностика речи', keywords: [['диагност']] },
              { id: 'correction', title: 'Коррекционные занятия', keywords: [['коррекц']] },
              { id: 'final', title: 'Итоговое обследование', keywords: [['итогов']] },
            ],
          },
        ],
      }),
    ).config;
    const text =
      '---\nвид: дорожная карта\nпрофиль: speech\nпериод: 2024-2025 учебный год\n---\n\n# Дорожная карта логопедического наставничества\n\n' +
      '| Этап | Мероприятия | Сроки | Ответственные | Результат |\n|---|---|---|---|---|\n' +
      '| Диагностика речи | Обследование обучающихся | Сентябрь 2024 | Куратор | Карты обследования |\n' +
      '| Итоговое обследование | Повторное обследование | Май 2025 | Куратор | Отчёт |\n';
    const analysis = analyze(text, { config });
    assert.equal(analysis.model.meta.profile, 'speech');
    assert.deepEqual(
      analysis.model.tables[0]!.rows.map((r) => r.stage?.match?.stageId),
      ['diagnostics', 'final'],
    );
    const missing = analysis.diagnostics.filter((d) => d.code === 'missing-stage');
    assert.equal(missing.length, 1);
    assert.match(missing[0]!.message.ru, /Коррекционные занятия/);
    // Without the config the profile is unknown and the built-in stages are not demanded of it.
    assert.ok(!analyze(text).diagnostics.some((d) => d.code === 'missing-stage' && /Коррекционные/.test(d.message.ru)));
  });

  test('the config profile is the default for documents that neither say nor match', () => {
    const text =
      '# Дорожная карта наставничества на 2024-2025 учебный год\n\n| Мероприятия | Сроки ' +
      '| Ответственные |\n|---|---|---|\n| Анкетирование | Октябрь 2024 | Куратор |\n';
    assert.equal(analyze(text).model.meta.profile, undefined);
    assert.equal(analyze(text, { config: load('{ "profile": "pupils" }').config }).model.meta.profile, 'pupils');
  });
});
