/**
 * The personalised mentorship programme (ППН) as a document kind (issue 20, docs/domain.md §17): its
 * recognition, the reading of the pair, form, period, tasks and plan, its rules, its progress against
 * a given date (`today` in the analysis, `--today` in the CLI), its template and its quick fix. The
 * documents are small realistic ППН and examples/ppn-ivanova-petrov.md.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { readMark, readMentoringForm, readPair, readPersonalProgramme } from '../server/src/core/domain/personal';
import { applyEdits } from '../server/src/core/editing/edits';
import { lenses } from '../server/src/core/editing/lens';
import { completionsAt } from '../server/src/core/editing/completion';
import { BUILTIN_PROFILES } from '../server/src/core/domain/profiles';
import { expandSnippet, TEMPLATES } from '../server/src/core/editing/templates';
import { ruleFixesForDiagnostic } from '../server/src/core/fixes';
import { parseDocument } from '../server/src/core/read/parse';
import { computeScores } from '../server/src/core/scores';
import { nodeEnvironment } from '../server/src/lsp/create-server';
import { progressHtml } from '../server/src/render/progress';
import { example as exampleDoc, TestClient } from './lsp-client';
import { progressTitle } from '../server/src/core/scores/progress-text';

const ROOT = join(__dirname, '..');
const EXAMPLE = join(ROOT, 'examples', 'ppn-ivanova-petrov.md');
const example = readFileSync(EXAMPLE, 'utf8');

/** A small ППН: the head lines given, then a plan of the rows given. */
function ppn(head: string[], rows: string[], header = '| № | Мероприятие | Срок | Планируемый результат | Отметка о выполнении |'): string {
  const columns = header.split('|').length - 2;
  return [
    '# Персонализированная программа наставничества',
    '',
    ...head.flatMap((h) => [h, '']),
    header,
    `|${'---|'.repeat(columns)}`,
    ...rows,
    '',
  ].join('\n');
}

const HEAD = [
  'Наставник: Иванова Анна Андреевна, учитель начальных классов',
  'Наставляемый: Петров Павел Петрович, учитель начальных классов',
  'Форма наставничества: «педагог – педагог»',
  'Срок реализации: с 01.09.2025 по 31.05.2026',
];
const ROW_DONE = '| 1 | Изучение рабочей программы и ведения электронного журнала | Сентябрь 2025 | Журнал заполнен верно | выполнено |';
const ROW_OCT = '| 2 | Посещение уроков наставника и их совместный анализ | Октябрь 2025 | Листы анализа уроков | |';

const codes = (text: string, today?: string) => analyze(text, { today }).diagnostics.map((d) => d.code);

describe('recognition', () => {
  const kindOf = (text: string) => parseDocument(text).meta.kind;

  test('the title «Персонализированная программа наставничества» is a ППН, not a programme', () => {
    assert.equal(kindOf(ppn(HEAD, [ROW_DONE])), 'personal');
    assert.equal(kindOf('# ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА молодого педагога\n\nНаставник: Иванова А.А.\n'), 'personal');
    assert.equal(kindOf('# ППН учителя математики Орлова Д.С.\n\nНаставник: Соколова Н.В.\n'), 'personal');
    assert.equal(kindOf('# Индивидуальный план наставничества на 2025-2026 учебный год\n\nНаставник: Соколова Н.В.\n'), 'personal');
  });

  test('the front matter «вид: персонализированная программа» (or «ППН») decides', () => {
    const body = '# План работы пары\n\nНаставник: Иванова А.А.\n';
    assert.equal(kindOf(`---\nвид: персонализированная программа\n---\n${body}`), 'personal');
    assert.equal(kindOf(`---\nвид: ППН\n---\n${body}`), 'personal');
    assert.deepEqual(parseDocument(`---\nвид: ППН\nнаставник: Иванова А.А.\n---\n${body}`).meta.frontMatterProblems, []);
  });

  test('programmes and roadmaps that mention personalised programmes stay what they are', () => {
    assert.equal(kindOf('# Программа наставничества педагогических работников МБОУ СОШ № 1 на 2025-2026 учебный год\n'), 'program');
    assert.equal(kindOf('# Дорожная карта реализации персонализированных программ наставничества на 2025-2026 учебный год\n'), 'roadmap');
    // «Индивидуальный план работы с молодым специалистом» without «наставничества»: a plan of the school, read as before.
    assert.equal(kindOf('# Индивидуальный план работы с молодым специалистом на 2025-2026 учебный год\n'), 'roadmap');
  });

  test('the example is a ППН and its plan a personal table, no roadmap', () => {
    const m = parseDocument(example);
    assert.equal(m.meta.kind, 'personal');
    assert.deepEqual(
      m.tables.map((t) => t.kind),
      ['personal'],
    );
  });
});

describe('reading the pair, form, period, tasks and plan', () => {
  test('the example: names and positions, the form, the period, the goal, four tasks, the plan columns', () => {
    const p = readPersonalProgramme(parseDocument(example), example);
    assert.equal(p.mentor?.name, 'Иванова Анна Андреевна');
    assert.equal(p.mentor?.position, 'учитель начальных классов высшей квалификационной категории');
    assert.equal(p.mentee?.name, 'Петров Павел Сергеевич');
    assert.equal(p.form?.canonical, 'педагог – педагог');
    assert.deepEqual([p.period?.period.start, p.period?.period.end], ['2025-09-01', '2026-05-31']);
    assert.match(p.goal?.text ?? '', /^успешная адаптация .* проведении урока\.$/);
    assert.equal(p.tasks.length, 4);
    assert.equal(p.tasks[3]!.text, 'Подготовить и провести открытый урок');
    const plan = p.plans[0]!;
    assert.deepEqual(plan.columns, { section: 1, activity: 2, deadline: 3, result: 4, report: 5, mark: 6, fact: 7 });
    assert.deepEqual(
      plan.rows.map((r) => r.section),
      ['Адаптация', 'Адаптация', 'Урок', 'Урок', 'Урок', 'Родители', 'Урок', 'Итоги'],
    );
  });

  test('readPair: what the workspace checks match, from a two-column table and from the front matter', () => {
    const table = [
      '# Персонализированная программа наставничества на 2025-2026 учебный год',
      '',
      '| Наставник | Соколова Н.В., учитель математики |',
      '|---|---|',
      '| Наставляемый | Орлов Д.С. (учитель математики) |',
      '| Форма наставничества | учитель-учитель |',
      '',
    ].join('\n');
    const pair = readPair(parseDocument(table), table);
    assert.deepEqual(
      [pair.mentor?.name, pair.mentor?.position, pair.mentee?.name, pair.mentee?.position, pair.form?.canonical, pair.period?.start],
      ['Соколова Н.В.', 'учитель математики', 'Орлов Д.С.', 'учитель математики', 'педагог – педагог', '2025-09-01'],
    );
    const fm =
      '---\nвид: ППН\nнаставник: Соколова Н.В.\nнаставляемый: Орлов Д.С.\nформа: ученик – ученик\nпериод: сентябрь 2025 – май 2026\n---\n# ППН\n';
    const fromFm = readPair(parseDocument(fm), fm);
    assert.deepEqual(
      [fromFm.mentor?.name, fromFm.mentee?.name, fromFm.form?.canonical],
      ['Соколова Н.В.', 'Орлов Д.С.', 'ученик – ученик'],
    );
    assert.equal(fromFm.period?.end, '2026-05-31');
    assert.deepEqual(
      analyze(fm).diagnostics.filter((d) => d.code === 'invalid-front-matter'),
      [],
      'the pair keys are known',
    );
  });

  test('forms of mentoring in their written variants', () => {
    const canonical = (t: string) => readMentoringForm(t).canonical;
    assert.equal(canonical('педагог – педагог'), 'педагог – педагог');
    assert.equal(canonical('«Учитель-учитель»'), 'педагог – педагог');
    assert.equal(canonical('опытный педагог – молодой специалист'), 'педагог – педагог');
    assert.equal(canonical('руководитель – педагог'), 'руководитель – педагог');
    assert.equal(canonical('учитель – ученик'), 'педагог – ученик');
    assert.equal(canonical('обучающийся – обучающийся'), 'ученик – ученик');
    assert.equal(canonical('студент – ученик'), 'студент – ученик');
    assert.equal(canonical('работодатель – студент'), 'работодатель – студент');
    assert.equal(canonical('индивидуальная'), undefined);
  });

  test('marks: done, in progress, not done, empty — and what cannot be read', () => {
    const kind = (t: string) => readMark(t).kind;
    for (const t of [
      'выполнено',
      'Выполнено.',
      '+',
      '✓',
      '✅',
      'да',
      '12.10.2025',
      '12.10',
      'выполнено 12.10.2025',
      'Проведено',
      '**выполнено**',
    ])
      assert.equal(kind(t), 'done', t);
    for (const t of ['частично', 'выполнено частично']) assert.equal(kind(t), 'partial', t);
    for (const t of ['в процессе', 'В работе']) assert.equal(kind(t), 'in-progress', t);
    for (const t of ['не выполнено', 'нет', 'перенесено']) assert.equal(kind(t), 'not-done', t);
    for (const t of ['', '–', '—']) assert.equal(kind(t), 'empty', t);
    for (const t of ['сделаем позже', '?', 'см. отчёт']) assert.equal(kind(t), 'unread', t);
  });
});

describe('rules on a small ППН', () => {
  test('a complete ППН has no diagnostics; the roadmap rules of stages, columns and tables stay silent', () => {
    assert.deepEqual(codes(ppn(HEAD, [ROW_DONE, ROW_OCT])), []);
    // A «Раздел» column is no stage column: no missing-stage, unknown-stage; no «Ответственные»: no missing-column.
    const sections = ppn(
      HEAD,
      ['| 1 | Адаптация | Изучение рабочей программы | Сентябрь 2025 | Программа изучена | выполнено |'],
      '| № | Раздел | Мероприятие | Срок | Планируемый результат | Отметка о выполнении |',
    );
    assert.deepEqual(codes(sections), []);
  });

  test('personal-missing-field: each missing head line, a blank one, an unreadable period, no plan', () => {
    const missing = (head: string[]) =>
      analyze(ppn(head, [ROW_DONE]))
        .diagnostics.filter((d) => d.code === 'personal-missing-field')
        .map((d) => `${d.data?.field} ${d.severity}`);
    assert.deepEqual(missing(HEAD.slice(1)), ['mentor error']);
    assert.deepEqual(missing([HEAD[0]!, HEAD[2]!, HEAD[3]!]), ['mentee error']);
    assert.deepEqual(missing([HEAD[0]!, HEAD[1]!, HEAD[3]!]), ['form warning']);
    assert.deepEqual(missing(HEAD.slice(0, 3)), ['period warning']);
    assert.deepEqual(missing(['Наставник:', ...HEAD.slice(1)]), ['mentor warning']);
    assert.deepEqual(missing([...HEAD.slice(0, 3), 'Срок реализации: весь учебный год']), ['period warning']);
    const noPlan = `# Персонализированная программа наставничества\n\n${HEAD.join('\n\n')}\n`;
    assert.ok(analyze(noPlan).diagnostics.some((d) => d.code === 'personal-missing-field' && d.data?.field === 'plan'));
    assert.ok(!codes(noPlan).includes('missing-roadmap-table'), 'a ППН has no roadmap table to miss');
  });

  test('personal-missing-field: the quick fix inserts the line, and the error becomes a line to fill in', () => {
    const text = ppn([HEAD[0]!, HEAD[2]!, HEAD[3]!], [ROW_DONE]);
    const a = analyze(text);
    const d = a.diagnostics.find((x) => x.code === 'personal-missing-field')!;
    const [fix] = ruleFixesForDiagnostic(text, a, d, { today: '2025-10-01' });
    assert.ok(fix);
    const fixed = applyEdits(text, fix.edits);
    assert.match(fixed, /Наставник: Иванова .*\n\nНаставляемый: \[указать ФИО и должность\]\n\nФорма/);
    const after = analyze(fixed).diagnostics.filter((x) => x.code === 'personal-missing-field');
    assert.deepEqual(
      after.map((x) => [x.data?.field, x.severity]),
      [['mentee', 'warning']],
    );
    // The form is written out when both positions tell it.
    const noForm = ppn([HEAD[0]!, HEAD[1]!, HEAD[3]!], [ROW_DONE]);
    const b = analyze(noForm);
    const formFix = ruleFixesForDiagnostic(noForm, b, b.diagnostics.find((x) => x.code === 'personal-missing-field')!)[0]!;
    assert.match(applyEdits(noForm, formFix.edits), /Наставляемый: .*\n\nФорма наставничества: «педагог – педагог»\n\nСрок/);
  });

  test('personal-period-length: two and a half months is too short, two school years too long, one school year is right', () => {
    const withPeriod = (p: string) => codes(ppn([...HEAD.slice(0, 3), `Срок реализации: ${p}`], [ROW_DONE]));
    assert.ok(withPeriod('с 01.09.2025 по 15.11.2025').includes('personal-period-length'));
    assert.ok(withPeriod('с 01.09.2025 по 31.05.2027').includes('personal-period-length'));
    assert.ok(!withPeriod('2025-2026 учебный год').includes('personal-period-length'));
    assert.ok(!withPeriod('с 01.09.2025 по 30.11.2025').includes('personal-period-length'), 'exactly three months');
  });

  test('missing-deadline, missing-result and deadline-outside-period apply to the plan', () => {
    const text = ppn(HEAD, [
      '| 1 | Изучение рабочей программы | | Программа изучена | |',
      '| 2 | Посещение уроков наставника | Октябрь 2025 | | |',
      '| 3 | Участие в конкурсе молодых педагогов | Октябрь 2026 | Диплом участника | |',
    ]);
    const found = codes(text);
    for (const code of ['missing-deadline', 'missing-result', 'deadline-outside-period']) assert.ok(found.includes(code), code);
  });

  test('personal-unserved-task: a task no activity serves is a hint; general words serve nothing', () => {
    const text = ppn(
      [
        ...HEAD,
        '**Задачи:**\n\n1. Освоить ведение электронного журнала.\n2. Научиться работать с одарёнными детьми.\n3. Развитие профессиональных компетенций.',
      ],
      [ROW_DONE, ROW_OCT],
    );
    const hints = analyze(text).diagnostics.filter((d) => d.code === 'personal-unserved-task');
    assert.deepEqual(
      hints.map((d) => [d.severity, d.data?.task]),
      [['hint', 'Научиться работать с одарёнными детьми']],
    );
  });

  test('personal-unread-mark: a mark in one’s own words is reported and not counted as done', () => {
    const text = ppn(HEAD, [ROW_DONE.replace('выполнено', 'сделаем позже')]);
    assert.ok(codes(text).includes('personal-unread-mark'));
    assert.equal(computeScores(analyze(text).model).progress?.total.done, 0);
  });

  test('personal-overdue: only against a given date, on the mark cell of an unmarked row past its deadline', () => {
    const text = ppn(HEAD, [ROW_DONE, ROW_OCT]);
    assert.ok(!codes(text).includes('personal-overdue'), 'no date, nothing overdue');
    assert.ok(!codes(text, '2025-10-31').includes('personal-overdue'), 'the deadline’s last day is not past');
    const overdue = analyze(text, { today: '2025-11-01' }).diagnostics.filter((d) => d.code === 'personal-overdue');
    assert.equal(overdue.length, 1);
    assert.equal(overdue[0]!.data?.end, '2025-10-31');
    assert.ok(!codes(ppn(HEAD, [ROW_DONE, ROW_OCT.replace('| |', '| частично |')]), '2025-11-01').includes('personal-overdue'));
  });
});

describe('progress', () => {
  test('the example, as of 15 April 2026: 4 done, 2 in progress, 1 overdue, 1 planned; per section', () => {
    const p = computeScores(analyze(example, { today: '2026-04-15' }).model, undefined, { today: '2026-04-15' }).progress!;
    assert.deepEqual(p.total, { done: 4, inProgress: 2, overdue: 1, planned: 1, unread: 0, total: 8, percent: 50 });
    assert.deepEqual(
      p.sections.map((s) => [s.title, s.counts.done, s.counts.total]),
      [
        ['Адаптация', 2, 2],
        ['Урок', 1, 4],
        ['Родители', 1, 1],
        ['Итоги', 0, 1],
      ],
    );
    assert.equal(p.rows.find((r) => r.status === 'overdue')?.activity, 'Открытый урок наставляемого для учителей начальных классов');
    assert.equal(progressTitle(p.total).ru, 'Выполнено 4 из 8 (50 %) · в процессе 2 · просрочено 1 · запланировано 1');
  });

  test('without a date nothing is overdue; the code lens shows the table’s progress', () => {
    const model = analyze(example).model;
    const scores = computeScores(model);
    assert.equal(scores.progress?.today, null);
    assert.equal(scores.progress?.total.overdue, 0);
    const lens = lenses(model, computeScores(model, undefined, { today: '2026-04-15' })).find((l) => l.kind === 'progress');
    assert.equal(lens?.title.ru, 'Выполнено 4 из 8 (50 %) · в процессе 2 · просрочено 1 · запланировано 1');
    assert.equal(lens?.span.start, model.tables[0]!.headerSpan.start);
  });

  test('other documents have no progress', () => {
    const roadmap = readFileSync(join(ROOT, 'examples', 'clean-teachers-roadmap.md'), 'utf8');
    assert.equal(computeScores(analyze(roadmap).model).progress, null);
  });
});

describe('template', () => {
  const template = TEMPLATES.find((t) => t.prefix.includes('ппн'))!;

  test('«ппн» expands into a ППН document with no error or warning', () => {
    assert.equal(template.kind, 'document');
    const text = expandSnippet(template.body, {});
    const a = analyze(text);
    assert.equal(a.model.meta.kind, 'personal');
    assert.deepEqual(
      a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code),
      [],
    );
    assert.deepEqual(a.internalErrors, []);
    assert.equal(computeScores(a.model).progress?.total.planned, 5);
  });
});

describe('CLI --today', () => {
  const CLI = join(ROOT, 'dist', 'cli.js');
  let dir = '';
  before(() => {
    // Run alone, the test builds when the bundle is missing or older than the sources (as test/cli.test.ts does).
    const newest = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce(
        (t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
        0,
      );
    if (!existsSync(CLI) || statSync(CLI).mtimeMs < newest(join(ROOT, 'server', 'src'))) {
      assert.equal(spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' }).status, 0);
    }
    dir = mkdtempSync(join(tmpdir(), 'nastavnik-ppn-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', NASTAVNIK_LOCALE: 'ru' },
    });

  test('check --today judges overdue activities as of that date, reproducibly', () => {
    const json = (today: string) => JSON.parse(run(['check', EXAMPLE, '--format', 'json', '--today', today]).stdout);
    const overdue = (today: string) =>
      json(today)
        .files[0].diagnostics.filter((d: { code: string }) => d.code === 'personal-overdue')
        .map((d: { range: { start: { line: number } } }) => d.range.start.line + 1);
    assert.deepEqual(overdue('2026-03-10'), []);
    assert.deepEqual(overdue('2026-04-15'), [39]);
    assert.deepEqual(overdue('2026-06-01'), [39, 40]);
  });

  test('scores --today prints the progress; a date not written as YYYY-MM-DD is refused', () => {
    const r = run(['scores', EXAMPLE, '--today', '2026-04-15']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /Прогресс программы \(на 2026-04-15\)\n\s+Выполнено 4 из 8 \(50 %\) · в процессе 2 · просрочено 1 · запланировано 1/,
    );
    const json = JSON.parse(run(['scores', EXAMPLE, '--format', 'json', '--today', '2026-04-15']).stdout);
    assert.equal(json[0].scores.progress.today, '2026-04-15');
    const bad = run(['check', EXAMPLE, '--today', '15.04.2026']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /ГГГГ-ММ-ДД/);
  });

  test('the template, written to a file, is checked with no error', () => {
    const file = join(dir, 'ппн.md');
    writeFileSync(file, expandSnippet(TEMPLATES.find((t) => t.id === 'personal-program')!.body, {}));
    const r = run(['check', file, '--today', '2025-10-01']);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});

describe('language server: the editor’s date, the lens and the hover over the plan', () => {
  test('overdue activities as of the editor’s date; progress in the lens and the hover', async () => {
    const client = await TestClient.start({ pull: true, locale: 'ru', environment: { ...nodeEnvironment, today: () => '2026-04-15' } });
    try {
      const { uri, text } = exampleDoc('ppn-ivanova-petrov.md');
      client.open(uri, text);
      const report = await client.pull(uri);
      const overdue = report.filter((d) => d.code === 'personal-overdue');
      assert.deepEqual(
        overdue.map((d) => d.range.start.line + 1),
        [39],
      );
      const lenses = await client.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(lenses.some((l) => l.command?.title === 'Выполнено 4 из 8 (50 %) · в процессе 2 · просрочено 1 · запланировано 1'));
      const header = text.split('\n').findIndex((l) => l.startsWith('| № | Раздел'));
      const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
        textDocument: { uri },
        position: { line: header, character: 5 },
      });
      assert.match(hover.contents.value, /^\*\*Выполнено 4 из 8 \(50 %\)/);
      assert.match(hover.contents.value, /- Урок: Выполнено 1 из 4 \(25 %\) · в процессе 2 · просрочено 1/);
    } finally {
      await client.stop();
    }
  });
});

describe('render: the progress bar', () => {
  test('segments in proportion, the total and each section, document text escaped', () => {
    const text = example.replace('| Родители |', '| Родители & «семья» |');
    const p = computeScores(analyze(text).model, undefined, { today: '2026-04-15' }).progress!;
    const html = progressHtml(p, 'ru');
    // 8 rows on 300 px: 4 done (150), 2 in progress (75), 1 overdue (38), the planned one takes the rest (37).
    assert.match(html, /class="nv-progress-done" x="0" y="0" width="150"/);
    assert.match(html, /class="nv-progress-inProgress" x="150" y="0" width="75"/);
    assert.match(html, /class="nv-progress-overdue" x="225" y="0" width="38"/);
    assert.match(html, /class="nv-progress-planned" x="263" y="0" width="37"/);
    assert.match(html, /Прогресс программы \(на 2026-04-15\)/);
    assert.equal((html.match(/class="nv-progress-row"/g) ?? []).length, 5, 'the total and four sections');
    assert.match(html, /<span class="nv-progress-section">Родители &amp; «семья»<\/span>/);
  });
});

describe('completion in the plan of a personalised programme', () => {
  test('the mark column offers the marks progress reads, with today as a dated «выполнено»', () => {
    const { text } = exampleDoc('ppn-ivanova-petrov.md');
    const line = text.split('\n').findIndex((l) => l.startsWith('| 3 | Урок |'));
    const lineStart = text.split('\n').slice(0, line).join('\n').length + 1;
    const offset = lineStart + text.slice(lineStart).indexOf('12.11.2025') + 2;
    const model = analyze(text).model;
    const result = completionsAt(text, model, offset, { profiles: BUILTIN_PROFILES, today: '2026-04-15' })!;
    assert.equal(result.context, 'mark');
    const labels = result.items.map((i) => i.label);
    assert.deepEqual(labels, ['выполнено', 'выполнено 15.04.2026', 'частично', 'в процессе', 'не выполнено']);
    assert.deepEqual(
      labels.map((l) => readMark(l).kind),
      ['done', 'done', 'partial', 'in-progress', 'not-done'],
    );
    // Elsewhere in the plan (the activity column) there is no mark completion.
    const activity = completionsAt(text, model, lineStart + 12, { profiles: BUILTIN_PROFILES });
    assert.notEqual(activity?.context, 'mark');
  });
});
