/**
 * The parsed model of every example in examples/ (issue 2, "Show"): kind, profile, period, approval
 * date, organisation, every table's kind and column roles, the stage of every stage row (seeds 000,
 * 001, 003, both stage tables of 002, the sections of 004 and the clean examples), and the intervals
 * of every deadline cell of every roadmap table.
 *
 * The expected values were written from the text of each example and the domain reference (now
 * docs/domain.md: §1 «Вид документа», §3 «Этапы профилей», §5 «Столбцы таблицы», §9 «Сроки»), not
 * copied from the parser's output. Where they disagreed the parser was fixed (organisation from the
 * title: `\b` never matched after Cyrillic abbreviations).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import type { Interval, Period } from '../server/src/core/domain/dates';
import type { DeadlineFlag } from '../server/src/core/domain/deadline';
import type { ColumnRole, DocumentKind, DocumentModel, TableKind } from '../server/src/core/model';
import { parseDocument } from '../server/src/core/read/parse';

const EXAMPLES = join(__dirname, '..', 'examples');

const models = new Map<string, DocumentModel>();
function model(file: string): DocumentModel {
  let m = models.get(file);
  if (!m) {
    m = parseDocument(readFileSync(join(EXAMPLES, file), 'utf8'));
    models.set(file, m);
  }
  return m;
}

// ───────────────────────────── document level ─────────────────────────────

type PeriodShape = Pick<Period, 'start' | 'end' | 'kind'>;
interface ExpectedTable {
  kind: TableKind;
  roles: ColumnRole[];
  profile?: string;
}
interface ExpectedDoc {
  kind: DocumentKind;
  profile?: string;
  period?: PeriodShape;
  approved?: string;
  organization?: string;
  tables: ExpectedTable[];
}

const schoolYear = (y: number): PeriodShape => ({ kind: 'school-year', start: `${y}-09-01`, end: `${y + 1}-08-31` });
const calendar = (first: number, last: number): PeriodShape => ({ kind: 'calendar', start: `${first}-01-01`, end: `${last}-12-31` });

const ROADMAP_6 = ['number', 'stage', 'activity', 'deadline', 'responsible', 'result'] as ColumnRole[];

const DOCS: Record<string, ExpectedDoc> = {
  // «… в ГБОУ школа № 34 Невского района Санкт-Петербурга на 2022-2023 учебный год»; «Приказом … от 01.09.2022 № 197».
  '000-spb-school34-roadmap.md': {
    kind: 'roadmap',
    profile: 'teachers',
    period: schoolYear(2022),
    approved: '2022-09-01',
    organization: 'ГБОУ школа № 34 Невского района Санкт-Петербурга',
    // Этап · Содержание подэтапов · Мероприятия · Сроки · Ответственные (docs/domain.md §5 «Столбцы таблицы»: both middle columns are activity).
    tables: [{ kind: 'roadmap', profile: 'teachers', roles: ['stage', 'activity', 'activity', 'deadline', 'responsible'] }],
  },
  // Stages of the 2019 pupils' model; «Приказ № 295 от «22» сентября 2023г.»; the closing » belongs to the quoted model name.
  '001-tomsk-lyceum-roadmap.md': {
    kind: 'roadmap',
    profile: 'pupils',
    period: schoolYear(2023),
    approved: '2023-09-22',
    organization: 'МБОУ лицей при ТПУ г. Томска',
    tables: [{ kind: 'roadmap', profile: 'pupils', roles: ['stage', 'activity', 'deadline', 'responsible', 'result'] }],
  },
  // A programme: «пгт. Красномайский, 2024 год»; «Протокол №1 от «30» августа 2024 г.»; the organisation is the bold line under the title.
  '002-krasnomayskaya-program.md': {
    kind: 'program',
    profile: 'teachers',
    period: calendar(2024, 2024),
    approved: '2024-08-30',
    organization: 'МБОУ «Красномайская СОШ имени С.Ф. Ушакова»',
    tables: [
      // §2 Структура управления: Ответственный исполнитель · Направления деятельности · Сроки исполнения.
      { kind: 'management', roles: ['responsible', 'activity', 'deadline'] },
      // §3 Этапы реализации (pupils' stages).
      { kind: 'stages', profile: 'pupils', roles: ['stage', 'activity', 'result'] },
      // §5 Наставник · Наставляемый: who fits the roles, not a plan.
      { kind: 'other', roles: ['other', 'other'] },
      // §5 Форма · Цель.
      { kind: 'forms', roles: ['other', 'other'] },
      // §5 «Механизм реализации» of the form «Учитель – учитель»: its «Этапы реализации» are not the standard
      // stages of any profile, so it is kept and not checked as a stage table.
      { kind: 'other', roles: ['stage', 'activity'] },
      // §6 Критерии · Показатели · 2 / 1 / 0 баллов.
      { kind: 'scoring', roles: ['criterion', 'indicator', 'points', 'points', 'points'] },
      // §9 Дорожная карта: № · Наименование этапа · Содержание деятельности … (no Сроки, no Ответственные).
      { kind: 'roadmap', profile: 'teachers', roles: ['number', 'stage', 'activity'] },
    ],
  },
  // No period stated, no approval date («Утверждаю … С.В. Лукьяненко»).
  '003-severodvinsk-college-roadmap.md': {
    kind: 'roadmap',
    profile: 'teachers',
    period: undefined,
    approved: undefined,
    organization: 'ПОУ «Северодвинский колледж управления и информационных технологий»',
    tables: [{ kind: 'roadmap', profile: 'teachers', roles: ['number', 'stage', 'activity'] }],
  },
  // «… на 2023 – 2025 гг.»; «к приказу директора департамента образования от 10.02.2023 № 75»; the department is the author.
  '004-arkhangelsk-municipal.md': {
    kind: 'municipal',
    profile: 'municipal',
    period: calendar(2023, 2025),
    approved: '2023-02-10',
    organization: 'Департамент образования Администрации городского округа "Город Архангельск"',
    // № п/п · Мероприятие · Форма представления результата · Сроки · Ответственные.
    tables: [{ kind: 'roadmap', profile: 'municipal', roles: ['number', 'activity', 'result', 'deadline', 'responsible'] }],
  },
  // A pair's plan (docs/domain.md §17): the kind from the front matter; the period from the line «**Срок реализации:**
  // с 01.09.2025 по 31.05.2026» under the title (a span starting on 1 September is a school one); no approval.
  // № · Раздел · Мероприятие · Срок · Планируемый результат · Форма отчётности · Отметка о выполнении · Фактический
  // результат: the plan reads its mark and form-of-reporting columns itself (domain/personal/plan.ts).
  'ppn-ivanova-petrov.md': {
    kind: 'personal',
    profile: 'teachers',
    period: { kind: 'school-year', start: '2025-09-01', end: '2026-05-31' },
    approved: undefined,
    organization: 'МБОУ «Средняя общеобразовательная школа № 7»',
    tables: [
      {
        kind: 'personal',
        profile: 'teachers',
        roles: ['number', 'stage', 'activity', 'deadline', 'result', 'result', 'other', 'result'],
      },
    ],
  },
  'clean-municipal.md': {
    kind: 'municipal',
    profile: 'municipal',
    period: calendar(2025, 2027),
    approved: '2025-01-20',
    organization: 'Управление образования администрации города Заречного',
    tables: [{ kind: 'roadmap', profile: 'municipal', roles: ['number', 'activity', 'deadline', 'responsible', 'result'] }],
  },
  'clean-pupils-roadmap.md': {
    kind: 'roadmap',
    profile: 'pupils',
    period: schoolYear(2025),
    approved: '2025-08-28',
    organization: 'МАОУ «Гимназия № 5»',
    tables: [{ kind: 'roadmap', profile: 'pupils', roles: ROADMAP_6 }],
  },
  'clean-teachers-roadmap.md': {
    kind: 'roadmap',
    profile: 'teachers',
    period: schoolYear(2025),
    approved: '2025-08-29',
    organization: 'МБОУ «Средняя школа № 1»',
    tables: [{ kind: 'roadmap', profile: 'teachers', roles: ROADMAP_6 }],
  },
};

test('every example in examples/ has expectations here', () => {
  const files = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
  assert.deepEqual(files, Object.keys(DOCS).sort());
});

describe('document meta and tables', () => {
  for (const [file, exp] of Object.entries(DOCS)) {
    test(file, () => {
      const m = model(file);
      assert.equal(m.looksRelevant, true);
      assert.equal(m.meta.kind, exp.kind, 'kind');
      assert.equal(m.meta.profile, exp.profile, 'profile');
      assert.deepEqual(
        m.meta.period && { kind: m.meta.period.kind, start: m.meta.period.start, end: m.meta.period.end },
        exp.period,
        'period',
      );
      assert.equal(m.meta.approved, exp.approved, 'approval date');
      assert.equal(m.meta.organization, exp.organization, 'organisation');
      assert.deepEqual(
        m.tables.map((t) => ({ kind: t.kind, roles: t.columns.map((c) => c.role), ...(t.profile ? { profile: t.profile } : {}) })),
        exp.tables,
        'tables',
      );
    });
  }

  test('002: the scoring table knows the points of each column (2, 1, 0)', () => {
    const scoring = model('002-krasnomayskaya-program.md').tables[5]!;
    assert.deepEqual(
      scoring.columns.map((c) => c.points),
      [undefined, undefined, 2, 1, 0],
    );
  });

  test('the README of examples/ is not a mentorship document', () => {
    assert.equal(parseDocument(readFileSync(join(EXAMPLES, 'README.md'), 'utf8')).looksRelevant, false);
  });
});

// ───────────────────────────── stages ─────────────────────────────

/** A stage id for a row with its own stage cell; `[id]` for a continuation row (empty stage cell). */
type StageRow = string | [string];

function checkStages(file: string, tableIndex: number, expected: StageRow[]): void {
  test(`${file} table ${tableIndex}`, () => {
    const table = model(file).tables[tableIndex]!;
    const actual = table.rows.map((r): StageRow | undefined => {
      const id = r.stage?.match?.stageId;
      if (id === undefined) return undefined;
      return r.stage!.continued ? [id] : id;
    });
    assert.deepEqual(actual, expected);
    // A continuation row carries the text of the stage above it.
    table.rows.forEach((r, i) => {
      if (r.stage?.continued) assert.equal(r.stage.text, table.rows[i - 1]!.stage!.text);
    });
  });
}

describe('stage of every stage row', () => {
  // Seed 000: the first stage spans two rows.
  checkStages('000-spb-school34-roadmap.md', 0, [
    'preparation',
    ['preparation'],
    'mentee-base',
    'mentor-base',
    'selection',
    'pair-work',
    'completion',
    'information',
  ]);
  // Seed 001: mentors' base before mentees' base (stage-order hint); «Организация и осуществление работы …» spans two rows.
  checkStages('001-tomsk-lyceum-roadmap.md', 0, [
    'preparation',
    'mentor-base',
    'mentee-base',
    'selection',
    'pairing',
    'pair-work',
    ['pair-work'],
    'completion',
  ]);
  // Seed 002 §3 (pupils): no mentors' base; «Организация хода наставнической Программы» = pair-work; «Завершение Программы» = completion.
  checkStages('002-krasnomayskaya-program.md', 1, ['preparation', 'mentee-base', 'selection', 'pairing', 'pair-work', 'completion']);
  // Seed 002 §9 (teachers): «Отбор и обучение» without «наставников».
  checkStages('002-krasnomayskaya-program.md', 6, [
    'preparation',
    'mentee-base',
    'mentor-base',
    'selection',
    'pair-work',
    'completion',
    'information',
  ]);
  // Seed 003: stage 3 spans two rows (the second has neither number nor stage).
  checkStages('003-severodvinsk-college-roadmap.md', 0, [
    'preparation',
    'mentee-base',
    'mentor-base',
    ['mentor-base'],
    'selection',
    'pair-work',
    'completion',
    'information',
  ]);
  // Seed 004: the section rows 1.–6. are the stages; their items continue them.
  const s = (id: string, items: number): StageRow[] => [id, ...Array.from({ length: items }, (): StageRow => [id])];
  checkStages('004-arkhangelsk-municipal.md', 0, [
    ...s('regulation', 3),
    ...s('methodical-support', 8),
    ...s('implementation', 5),
    ...s('best-practices', 3),
    ...s('monitoring', 5),
    ...s('targets', 3),
  ]);
  checkStages('clean-municipal.md', 0, [
    ...s('regulation', 2),
    ...s('methodical-support', 2),
    ...s('implementation', 2),
    ...s('best-practices', 2),
    ...s('monitoring', 1),
    ...s('targets', 1),
  ]);
  checkStages('clean-pupils-roadmap.md', 0, [
    'preparation',
    ['preparation'],
    'mentee-base',
    'mentor-base',
    'selection',
    ['selection'],
    'pairing',
    'pair-work',
    ['pair-work'],
    'completion',
    ['completion'],
  ]);
  checkStages('clean-teachers-roadmap.md', 0, [
    'preparation',
    ['preparation'],
    'mentee-base',
    'mentor-base',
    'selection',
    ['selection'],
    'pair-work',
    ['pair-work'],
    ['pair-work'],
    'completion',
    ['completion'],
    'information',
  ]);

  test('004: section rows are marked as sections, items are not', () => {
    const rows = model('004-arkhangelsk-municipal.md').tables[0]!.rows;
    assert.deepEqual(
      rows.filter((r) => r.isSection).map((r) => r.number),
      ['1.', '2.', '3.', '4.', '5.', '6.'],
    );
  });

  test('002 §9: the first row has no number, the others 2.–7.', () => {
    assert.deepEqual(
      model('002-krasnomayskaya-program.md').tables[6]!.rows.map((r) => r.number),
      [undefined, '2.', '3.', '4.', '5.', '6.', '7.'],
    );
  });
});

// ───────────────────────────── deadlines ─────────────────────────────

const span = (start: string, end: string): Interval => ({ start, end });
const month = (y: number, m: number): Interval => {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return span(`${y}-${mm}-01`, `${y}-${mm}-${String(last).padStart(2, '0')}`);
};
const months = (y1: number, m1: number, y2: number, m2: number): Interval => span(month(y1, m1).start, month(y2, m2).end);
const every = (i: Interval): Interval => ({ ...i, recurring: true });
const vague = (p: PeriodShape): Interval => ({ start: p.start, end: p.end, vague: true });

/** [cell text as the model holds it (parts joined by \n), intervals, flags] for every row, in order. */
type DeadlineRow = [string, Interval[], DeadlineFlag[]];

function checkDeadlines(file: string, tableIndex: number, expected: DeadlineRow[]): void {
  test(`${file} table ${tableIndex}`, () => {
    const rows = model(file).tables[tableIndex]!.rows;
    assert.deepEqual(
      rows.map((r): DeadlineRow => [r.deadline!.cell.text, r.deadline!.parsed.intervals, r.deadline!.parsed.flags]),
      expected,
    );
  });
}

describe('intervals of every deadline cell', () => {
  checkDeadlines('000-spb-school34-roadmap.md', 0, [
    ['Август, сентябрь 2022 г.', [months(2022, 8, 2022, 9)], []], // adjacent months form one span (docs/domain.md §9 «Сроки»)
    ['Сентябрь, октябрь 2022 г', [months(2022, 9, 2022, 10)], []],
    ['Сентябрь, октябрь 2022 г', [months(2022, 9, 2022, 10)], []],
    ['Октябрь 2022 г.', [month(2022, 10)], []],
    ['Октябрь 2022 г.', [month(2022, 10)], []],
    ['Ноябрь 2022 г. – май 2023', [months(2022, 11, 2023, 5)], []],
    ['Май 2023 г.', [month(2023, 5)], []],
    ['Сентябрь 2022 – май 2023', [months(2022, 9, 2023, 5)], []],
  ]);

  const P001 = schoolYear(2023);
  checkDeadlines('001-tomsk-lyceum-roadmap.md', 0, [
    ['Сентябрь-октябрь 2023', [months(2023, 9, 2023, 10)], []],
    ['До 20.09.2023', [span('2023-09-01', '2023-09-20')], []], // from the start of P to that day
    ['До 25.09.2023', [span('2023-09-01', '2023-09-25')], []],
    ['октябрь 2023', [month(2023, 10)], []],
    ['Сентябрь 2023 В течение учебного года', [month(2023, 9), vague(P001)], ['vague']],
    ['В течение учебного года', [vague(P001)], ['vague']],
    ['В течение учебного года (по отдельному плану)', [vague(P001)], ['vague']],
    // Three <br> parts: April, April–May, May → one span.
    ['Апрель 2024\nАпрель -май 2024\nМай 2024', [months(2024, 4, 2024, 5)], []],
  ]);

  const P004 = calendar(2023, 2025);
  const none: DeadlineRow = ['', [], []];
  const years = (m1: number, m2: number): Interval[] => [2023, 2024, 2025].map((y) => every(months(y, m1, y, m2)));
  const quarterly = [2023, 2024, 2025].flatMap((y) => [3, 6, 9, 12].map((m) => every(month(y, m))));
  const all = span('2023-01-01', '2025-12-31');
  checkDeadlines('004-arkhangelsk-municipal.md', 0, [
    none, // 1.
    ['Февраль 2023 года', [month(2023, 2)], []],
    ['Март-апрель 2023 года', [months(2023, 3, 2023, 4)], []],
    ['Апрель-май 2023 года', [months(2023, 4, 2023, 5)], []],
    none, // 2.
    ['Апрель-май 2023 года', [months(2023, 4, 2023, 5)], []],
    ['Апрель 2023 года', [month(2023, 4)], []],
    ['Постоянно', [vague(P004)], ['vague']],
    ['2023-2025 гг.', [all], []],
    ['2023-2025 гг.', [all], []],
    ['2023-2025 гг.', [all], []],
    ['2023-2025 гг.', [all], []],
    ['Октябрь-ноябрь 2023 года', [months(2023, 10, 2023, 11)], []],
    none, // 3.
    ['2023 год', [span('2023-01-01', '2023-12-31')], []],
    ['2023-2025 гг.', [all], []],
    ['2023-2025 гг.', [all], []],
    ['2023 год', [span('2023-01-01', '2023-12-31')], []],
    ['2023-2025 гг.', [all], []],
    none, // 4.
    ['2023-2025 гг.', [all], []],
    ['2023-2025 гг.', [all], []],
    ['2023-2025 гг.', [all], []],
    none, // 5.
    ['Апрель-май 2023 года', [months(2023, 4, 2023, 5)], []],
    // Months without a year in a multi-year period: those months every year of P.
    ['Март, июнь, сентябрь, декабрь', quarterly, ['recurring']],
    ['Ноябрь-декабрь', years(11, 12), ['ambiguous-year']],
    ['Январь 2024, 2025 года', [month(2024, 1), month(2025, 1)], []],
    ['Август-сентябрь 2023, 2024, 2025 год', [months(2023, 8, 2023, 9), months(2024, 8, 2024, 9), months(2025, 8, 2025, 9)], []],
    none, // 6.
    ['Март, июнь, сентябрь, декабрь', quarterly, ['recurring']],
    ['В течение года, август-сентябрь', [vague(P004), ...years(8, 9)], ['vague', 'ambiguous-year']],
    ['2023-2025 гг.', [all], []],
  ]);

  checkDeadlines('clean-municipal.md', 0, [
    none,
    ['До 28.02.2025', [span('2025-01-01', '2025-02-28')], []],
    ['Март – апрель 2025', [months(2025, 3, 2025, 4)], []],
    none,
    ['Март 2025', [month(2025, 3)], []],
    ['Апрель 2025 – декабрь 2027', [months(2025, 4, 2027, 12)], []],
    none,
    ['Сентябрь – октябрь 2025', [months(2025, 9, 2025, 10)], []],
    ['Октябрь 2025 – июнь 2027', [months(2025, 10, 2027, 6)], []],
    none,
    ['Ноябрь 2026', [month(2026, 11)], []],
    ['Март 2027', [month(2027, 3)], []],
    none,
    ['Ноябрь 2026 – ноябрь 2027', [months(2026, 11, 2027, 11)], []],
    none,
    ['Декабрь 2025 – декабрь 2027', [months(2025, 12, 2027, 12)], []],
  ]);

  checkDeadlines('clean-pupils-roadmap.md', 0, [
    ['До 05.09.2025', [span('2025-09-01', '2025-09-05')], []],
    ['Сентябрь 2025', [month(2025, 9)], []],
    ['Сентябрь 2025', [month(2025, 9)], []],
    ['Сентябрь – октябрь 2025', [months(2025, 9, 2025, 10)], []],
    ['Октябрь 2025', [month(2025, 10)], []],
    ['Октябрь 2025', [month(2025, 10)], []],
    ['Ноябрь 2025', [month(2025, 11)], []],
    ['Ноябрь – декабрь 2025', [months(2025, 11, 2025, 12)], []],
    ['Январь – апрель 2026', [months(2026, 1, 2026, 4)], []],
    ['Май 2026', [month(2026, 5)], []],
    ['Май 2026', [month(2026, 5)], []],
  ]);

  checkDeadlines('clean-teachers-roadmap.md', 0, [
    ['До 05.09.2025', [span('2025-09-01', '2025-09-05')], []],
    ['До 15.09.2025', [span('2025-09-01', '2025-09-15')], []],
    ['Сентябрь 2025', [month(2025, 9)], []],
    ['Сентябрь – октябрь 2025', [months(2025, 9, 2025, 10)], []],
    ['Октябрь 2025', [month(2025, 10)], []],
    ['Октябрь – ноябрь 2025', [months(2025, 10, 2025, 11)], []],
    ['Ноябрь 2025', [month(2025, 11)], []],
    ['Ноябрь 2025', [month(2025, 11)], []],
    ['Декабрь 2025 – апрель 2026', [months(2025, 12, 2026, 4)], []],
    ['Май 2026', [month(2026, 5)], []],
    ['Июнь 2026', [month(2026, 6)], []],
    ['Сентябрь 2025 – июнь 2026', [months(2025, 9, 2026, 6)], []],
  ]);

  test('tables without a Сроки column (002 §9, 003) have no deadline on any row', () => {
    for (const [file, index] of [
      ['002-krasnomayskaya-program.md', 6],
      ['003-severodvinsk-college-roadmap.md', 0],
    ] as const) {
      assert.ok(
        model(file).tables[index]!.rows.every((r) => r.deadline === undefined),
        file,
      );
    }
  });
});

// ───────────────────────────── rows and spans ─────────────────────────────

describe('rows of the seeds', () => {
  test('001: the continuation row has an empty Ответственные and Результат, and keeps its activity', () => {
    const row = model('001-tomsk-lyceum-roadmap.md').tables[0]!.rows[6]!;
    assert.deepEqual(row.responsible?.parts, []);
    assert.equal(row.result?.text, '');
    assert.match(row.activity!.text, /^Организация и проведение мероприятий с педагогами/);
    assert.equal(row.activity!.parts.length, 2, 'two <br> parts');
  });

  test('004: named people are persons, «руководители ОО» a role', () => {
    const row = model('004-arkhangelsk-municipal.md').tables[0]!.rows[8]!; // 2.4
    assert.deepEqual(
      row.responsible!.parts.map((p) => p.person?.surname ?? p.role),
      ['Ростовская', 'Баранова', 'Золотухина', 'school-heads'],
    );
  });

  for (const file of Object.keys(DOCS)) {
    test(`${file}: every cell span slices to the cell's source`, () => {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      for (const table of model(file).tables) {
        for (const row of table.rows) {
          for (const cell of row.cells) {
            const source = text.slice(cell.span.start, cell.span.end);
            // Cells hold <br>/<b> HTML and Markdown emphasis; without them the source reads as the parts.
            const plain = source
              .replace(/<[^>]+>/g, '\n')
              .replace(/\*\*/g, '')
              .split('\n')
              .map((s) => s.replace(/\s+/g, ' ').trim())
              .filter(Boolean);
            assert.deepEqual(
              plain,
              cell.parts.map((p) => p.text),
              `${file} table ${table.index} row ${row.index}`,
            );
            for (const part of cell.parts) {
              assert.ok(part.span.start >= cell.span.start && part.span.end <= cell.span.end, 'part inside its cell');
            }
          }
        }
      }
    });
  }
});

describe('analysis of the examples', () => {
  test('clean examples have no error or warning, and no rule fails on any example', () => {
    for (const file of Object.keys(DOCS)) {
      const analysis = analyze(readFileSync(join(EXAMPLES, file), 'utf8'));
      assert.deepEqual(analysis.internalErrors, [], file);
      if (file.startsWith('clean-')) {
        assert.deepEqual(
          analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code),
          [],
          file,
        );
      }
    }
  });
});
