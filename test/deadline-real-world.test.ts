/**
 * Periods and deadlines as real school documents write them (issue #15, «Real documents»):
 *  - every period form of a title or an approval line, and dates that must NOT be read as a period;
 *  - every deadline form reviewers accept, with its intervals and flags in a one-year school period,
 *    a multi-year calendar period and no period, and what it amounts to (core/domain/deadline/status.ts);
 *  - property tests: parseDeadline and parsePeriod never throw and stay fast on random strings of
 *    these words;
 *  - end to end: `analyze` and `computeScores` on a roadmap holding every form — no warning from
 *    vague-deadline or unparsed-deadline, every row counted as having a deadline, the vague ones
 *    listed apart in the hint's words — and, on random deadline cells, completeness counting a
 *    deadline exactly when `check` reports neither missing-deadline, nor unparsed-deadline, nor a
 *    placeholder for it. The CLI text, the preview box and the code lens say «нечего измерять»
 *    rather than «0 %» when a table has nothing to measure.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../server/src/core/analyze';
import type { Interval, Period } from '../server/src/core/domain/dates';
import {
  deadlineStatus,
  FLAG_ORDER,
  hasDeadline,
  parseDeadline,
  parsePeriod,
  type DeadlineFlag,
  type DeadlineStatus,
} from '../server/src/core/domain/deadline';
import { completenessTitle } from '../server/src/core/editing/lens';
import { activityRows } from '../server/src/core/rules/table-views';
import { computeScores } from '../server/src/core/scores';
import { scoresText } from '../server/src/cli/scores-text';
import { completenessBox } from '../server/src/render/completeness';
import { renderDoc } from '../server/src/render/context';
import { ROWS, roadmap } from './rules-support';

const SEED = 20251215;

// ───────────────────────────── periods ─────────────────────────────

describe('periods of real titles and approval lines', () => {
  const cases: [string, Period | undefined][] = [
    [
      'Дорожная карта по реализации Положения о системе наставничества (сентябрь 2022 г. – май 2024 г.)',
      { kind: 'school-years', start: '2022-09-01', end: '2024-05-31', text: 'сентябрь 2022 г. – май 2024 г.' },
    ],
    ['сентябрь 2023 – май 2024', { kind: 'school-year', start: '2023-09-01', end: '2024-05-31', text: 'сентябрь 2023 – май 2024' }],
    ['с 01.09.2022 по 31.05.2024', { kind: 'school-years', start: '2022-09-01', end: '2024-05-31', text: '01.09.2022 по 31.05.2024' }],
    ['январь 2023 – декабрь 2024 г.', { kind: 'calendar', start: '2023-01-01', end: '2024-12-31', text: 'январь 2023 – декабрь 2024 г.' }],
    [
      'План работы на 2023/2024 учебный год',
      { kind: 'school-year', start: '2023-09-01', end: '2024-08-31', text: '2023/2024 учебный год' },
    ],
    [
      'Дорожная карта внедрения целевой модели наставничества на 2020 – 2024 учебный год',
      { kind: 'school-years', start: '2020-09-01', end: '2024-08-31', text: '2020 – 2024 учебный год', multiYearSchool: true },
    ],
    ['на 2020-2024 учебные годы', { kind: 'school-years', start: '2020-09-01', end: '2024-08-31', text: '2020-2024 учебные годы' }],
    [
      'План мероприятий (дорожная карта) на 2021-2024 г.г.',
      { kind: 'calendar', start: '2021-01-01', end: '2024-12-31', text: '2021-2024 г.г.' },
    ],
    ['Программа наставничества 2021-2024 гг.', { kind: 'calendar', start: '2021-01-01', end: '2024-12-31', text: '2021-2024 гг.' }],
    [
      'о реализации целевой модели наставничества в 2023-2024 годах',
      { kind: 'calendar', start: '2023-01-01', end: '2024-12-31', text: '2023-2024 годах' },
    ],
    [
      'Программа развития наставничества на период до 2030 года',
      { kind: 'calendar', start: '2025-01-01', end: '2030-12-31', text: 'до 2030 года', startAssumed: true },
    ],
    [
      'Программа на 2025 – 2030 годы (на период до 2030 года)',
      { kind: 'calendar', start: '2025-01-01', end: '2030-12-31', text: '2025 – 2030 годы' },
    ],
    ['2022-2023 учебный год', { kind: 'school-year', start: '2022-09-01', end: '2023-08-31', text: '2022-2023 учебный год' }],
    ['Комплекс мер на 2023 – 2025 гг.', { kind: 'calendar', start: '2023-01-01', end: '2025-12-31', text: '2023 – 2025 гг.' }],
    [
      'Программа на 2023-2024 учебный год (сентябрь 2023 – май 2024)',
      { kind: 'school-year', start: '2023-09-01', end: '2024-08-31', text: '2023-2024 учебный год' },
    ],
    [
      'в соответствии с № 273-ФЗ от 29.12.2012, на 2023-2024 учебный год',
      { kind: 'school-year', start: '2023-09-01', end: '2024-08-31', text: '2023-2024 учебный год' },
    ],
    // Dates are not periods.
    ['Утверждено приказом от 18.02.2022 № 45', undefined],
    ['от 18.02.2022', undefined],
    ['Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»', undefined],
    ['№ 273-ФЗ от 29.12.2012', undefined],
    ['приказ от «30» августа 2024 г. № 12', undefined],
    ['от 1 сентября 2022 г.', undefined],
    ['май 2024 – сентябрь 2022', undefined],
    ['Конкурс «Наставник года» 12.10.2023 – 15.10.2023', undefined],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => assert.deepEqual(parsePeriod(text), expected));
  }

  test('the «until» period: ends with the year, starts five years before it, and says the start is assumed', () => {
    const p = parsePeriod('до 2030 г.')!;
    assert.equal(p.end, '2030-12-31');
    assert.equal(p.start, '2025-01-01');
    assert.equal(p.startAssumed, true);
  });

  test('flags are set only when true: a plain period carries neither', () => {
    const p = parsePeriod('на 2023-2024 учебный год')!;
    assert.ok(!('multiYearSchool' in p) && !('startAssumed' in p));
  });
});

// ───────────────────────────── deadlines ─────────────────────────────

const P_SCHOOL = parsePeriod('2023-2024 учебный год')!;
const P_YEARS = parsePeriod('2023 – 2025 гг.')!;

const span = (start: string, end: string): Interval => ({ start, end });
const rec = (start: string, end: string): Interval => ({ start, end, recurring: true });
const vague = (p: Period): Interval => ({ start: p.start, end: p.end, vague: true });
const whole = (p: Period): Interval => rec(p.start, p.end);
/** The same months in each year of the calendar period 2023–2025, as recurring occurrences. */
const yearly = (from: string, to: string): Interval[] => [2023, 2024, 2025].map((y) => rec(`${y}-${from}`, `${y}-${to}`));

interface Form {
  text: string;
  status: DeadlineStatus;
  school: [Interval[], DeadlineFlag[]];
  years: [Interval[], DeadlineFlag[]];
  none: [Interval[], DeadlineFlag[]];
}

/** Every form of the issue. status: what the cell amounts to, in any of the three periods. */
const FORMS: Form[] = [
  {
    text: 'Ежегодно',
    status: 'readable',
    school: [[whole(P_SCHOOL)], ['recurring']],
    years: [[whole(P_YEARS)], ['recurring']],
    none: [[], ['recurring']],
  },
  {
    text: 'В течение года',
    status: 'vague',
    school: [[vague(P_SCHOOL)], ['vague']],
    years: [[vague(P_YEARS)], ['vague']],
    none: [[], ['vague']],
  },
  {
    text: 'В течение учебного года',
    status: 'vague',
    school: [[vague(P_SCHOOL)], ['vague']],
    years: [[vague(P_YEARS)], ['vague']],
    none: [[], ['vague']],
  },
  {
    text: 'По мере необходимости',
    status: 'vague',
    school: [[], ['not-a-deadline']],
    years: [[], ['not-a-deadline']],
    none: [[], ['not-a-deadline']],
  },
  {
    text: 'Постоянно',
    status: 'vague',
    school: [[vague(P_SCHOOL)], ['vague']],
    years: [[vague(P_YEARS)], ['vague']],
    none: [[], ['vague']],
  },
  {
    text: 'Систематически',
    status: 'vague',
    school: [[vague(P_SCHOOL)], ['vague']],
    years: [[vague(P_YEARS)], ['vague']],
    none: [[], ['vague']],
  },
  {
    text: 'Ежемесячно',
    status: 'readable',
    school: [[whole(P_SCHOOL)], ['recurring']],
    years: [[whole(P_YEARS)], ['recurring']],
    none: [[], ['recurring']],
  },
  {
    text: 'Ежеквартально',
    status: 'readable',
    school: [[whole(P_SCHOOL)], ['recurring']],
    years: [[whole(P_YEARS)], ['recurring']],
    none: [[], ['recurring']],
  },
  {
    text: 'По графику',
    status: 'vague',
    school: [[], ['not-a-deadline']],
    years: [[], ['not-a-deadline']],
    none: [[], ['not-a-deadline']],
  },
  {
    text: 'Сентябрь – октябрь',
    status: 'readable',
    school: [[span('2023-09-01', '2023-10-31')], []],
    years: [yearly('09-01', '10-31'), ['ambiguous-year']],
    none: [[], ['ambiguous-year']],
  },
  {
    text: 'До 25 числа каждого месяца',
    status: 'readable',
    school: [[whole(P_SCHOOL)], ['recurring']],
    years: [[whole(P_YEARS)], ['recurring']],
    none: [[], ['recurring']],
  },
  {
    text: 'Август 2023, далее ежегодно',
    status: 'readable',
    school: [[span('2023-08-01', '2023-08-31'), rec('2024-08-01', '2024-08-31')], ['recurring']],
    years: [[span('2023-08-01', '2023-08-31'), rec('2024-08-01', '2024-08-31'), rec('2025-08-01', '2025-08-31')], ['recurring']],
    none: [[span('2023-08-01', '2023-08-31')], ['recurring']],
  },
  {
    text: '1 раз в четверть',
    status: 'readable',
    school: [[whole(P_SCHOOL)], ['recurring']],
    years: [[whole(P_YEARS)], ['recurring']],
    none: [[], ['recurring']],
  },
  {
    text: '2 раза в год',
    status: 'readable',
    school: [[whole(P_SCHOOL)], ['recurring']],
    years: [[whole(P_YEARS)], ['recurring']],
    none: [[], ['recurring']],
  },
  {
    text: 'в течение всего периода',
    status: 'vague',
    school: [[vague(P_SCHOOL)], ['vague']],
    years: [[vague(P_YEARS)], ['vague']],
    none: [[], ['vague']],
  },
  {
    text: 'по итогам полугодия',
    status: 'readable',
    school: [[whole(P_SCHOOL)], ['recurring']],
    years: [[whole(P_YEARS)], ['recurring']],
    none: [[], ['recurring']],
  },
  {
    text: 'по плану ОО',
    status: 'vague',
    school: [[], ['not-a-deadline']],
    years: [[], ['not-a-deadline']],
    none: [[], ['not-a-deadline']],
  },
  {
    text: 'май, ежегодно',
    status: 'readable',
    school: [[span('2024-05-01', '2024-05-31')], ['recurring']],
    years: [yearly('05-01', '05-31'), ['recurring']],
    none: [[], ['ambiguous-year', 'recurring']],
  },
  {
    text: 'в начале учебного года',
    status: 'readable',
    school: [[span('2023-09-01', '2023-09-30')], []],
    years: [yearly('09-01', '09-30'), ['recurring']],
    none: [[], ['ambiguous-year']],
  },
  {
    text: 'в конце учебного года',
    status: 'readable',
    school: [[span('2024-05-01', '2024-06-30')], []],
    years: [yearly('05-01', '06-30'), ['recurring']],
    none: [[], ['ambiguous-year']],
  },
  {
    text: 'весь период',
    status: 'vague',
    school: [[vague(P_SCHOOL)], ['vague']],
    years: [[vague(P_YEARS)], ['vague']],
    none: [[], ['vague']],
  },
];

describe('deadlines of real documents: intervals, flags and status', () => {
  for (const form of FORMS) {
    for (const [name, period, [intervals, flags]] of [
      ['2023-2024 school year', P_SCHOOL, form.school],
      ['2023 – 2025 calendar years', P_YEARS, form.years],
      ['no period', undefined, form.none],
    ] as const) {
      test(`${JSON.stringify(form.text)} in ${name}`, () => {
        const parsed = parseDeadline(form.text, period);
        assert.deepEqual({ intervals: parsed.intervals, flags: parsed.flags }, { intervals, flags });
        assert.equal(deadlineStatus(form.text, parsed), form.status);
        assert.ok(hasDeadline(deadlineStatus(form.text, parsed)), 'counts as a deadline');
        for (const issue of parsed.issues)
          assert.ok(form.text.includes(issue.fragment), `fragment ${JSON.stringify(issue.fragment)} is quoted from the cell`);
      });
    }
  }

  test('the recurring fragment quotes the whole phrase', () => {
    assert.deepEqual(parseDeadline('До 25 числа каждого месяца', P_SCHOOL).issues, [
      { flag: 'recurring', fragment: 'До 25 числа каждого месяца' },
    ]);
    assert.deepEqual(parseDeadline('2 раза в год', P_SCHOOL).issues, [{ flag: 'recurring', fragment: '2 раза в год' }]);
    assert.deepEqual(parseDeadline('по итогам полугодия', P_SCHOOL).issues, [{ flag: 'recurring', fragment: 'по итогам полугодия' }]);
  });

  test('edges of the school year: both at once, a written school year, and what stays vague', () => {
    assert.deepEqual(parseDeadline('в начале и в конце учебного года', P_SCHOOL).intervals, [
      span('2023-09-01', '2023-09-30'),
      span('2024-05-01', '2024-06-30'),
    ]);
    assert.deepEqual(parseDeadline('в начале 2024-2025 учебного года').intervals, [span('2024-09-01', '2024-09-30')]);
    assert.deepEqual(parseDeadline('по итогам учебного года', P_SCHOOL).intervals, [span('2024-05-01', '2024-06-30')]);
    assert.deepEqual(parseDeadline('до конца учебного года', P_SCHOOL).intervals, [vague(P_SCHOOL)]);
    assert.deepEqual(parseDeadline('к началу учебного года', P_SCHOOL).intervals, [vague(P_SCHOOL)]);
    assert.deepEqual(parseDeadline('в начале года', P_SCHOOL).intervals, [vague(P_SCHOOL)]);
  });

  test('a yearly word repeats a dated month in the later years only — not «до …», not a whole year', () => {
    assert.deepEqual(parseDeadline('Ежегодно, начиная с сентября 2023', P_YEARS).intervals, [
      span('2023-09-01', '2023-09-30'),
      rec('2024-09-01', '2024-09-30'),
      rec('2025-09-01', '2025-09-30'),
    ]);
    assert.deepEqual(parseDeadline('ежегодно до 2024 г.', P_YEARS).intervals, [span('2023-01-01', '2024-12-31')]);
    assert.deepEqual(parseDeadline('2024 год, далее ежегодно', P_YEARS).intervals, [span('2024-01-01', '2024-12-31')]);
    assert.deepEqual(parseDeadline('Август 2023, далее ежемесячно', P_YEARS).intervals, [span('2023-08-01', '2023-08-31')]);
  });

  test('«по итогам I полугодия» is that half-year; «по итогам мероприятия» stays unread', () => {
    assert.deepEqual(parseDeadline('по итогам I полугодия', P_SCHOOL).intervals, [span('2023-09-01', '2023-12-31')]);
    assert.equal(deadlineStatus('по итогам мероприятия', parseDeadline('по итогам мероприятия', P_SCHOOL)), 'unparsed');
  });

  test('statuses: empty, placeholder, unparsed (also when only a part is unread), vague, readable', () => {
    const status = (text: string) => deadlineStatus(text, parseDeadline(text, P_SCHOOL));
    assert.equal(status(''), 'empty');
    assert.equal(status('[указать срок]'), 'placeholder');
    assert.equal(status('После издания приказа'), 'unparsed');
    assert.equal(status('Сентябрь 2023; после издания приказа'), 'unparsed');
    assert.equal(status('По отдельному плану'), 'vague');
    assert.equal(status('В течение учебного года (по отдельному плану)'), 'vague');
    assert.equal(status('Октябрь 2023 (по мере необходимости)'), 'readable');
    assert.equal(status('31.02.2024'), 'readable', 'an impossible date is the invalid-date rule’s, not a missing deadline');
  });
});

// ───────────────────────────── properties ─────────────────────────────

const WORDS = [
  'Ежегодно',
  'ежемесячно',
  'Ежеквартально',
  'в',
  'В',
  'течение',
  'года',
  'учебного',
  'год',
  'учебный',
  'по',
  'По',
  'мере',
  'необходимости',
  'Постоянно',
  'Систематически',
  'графику',
  'плану',
  'ОО',
  'Сентябрь',
  'октябрь',
  'май',
  'Август',
  'декабря',
  'До',
  'до',
  '25',
  'числа',
  'каждого',
  'месяца',
  'далее',
  '1',
  '2',
  'раз',
  'раза',
  'четверть',
  'всего',
  'периода',
  'итогам',
  'полугодия',
  'I',
  'IV',
  'квартал',
  'начале',
  'конце',
  'начало',
  'конец',
  'весь',
  'период',
  'на',
  'от',
  '№',
  '273-ФЗ',
  '2020',
  '2023',
  '2024',
  '2030',
  '2023/2024',
  '2021-2024',
  'г.г.',
  'гг.',
  'г.',
  'годах',
  'годы',
  '18.02.2022',
  '29.12.2012',
  'с',
  'и',
  'отдельному',
  '(',
  ')',
  '«',
  '»',
];
const SEPARATORS = [' ', ' ', ' ', ', ', ' – ', '-', '\n', '; ', '.', '/'];
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const anyPeriod = fc.constantFrom<Period | undefined>(
  P_SCHOOL,
  P_YEARS,
  undefined,
  parsePeriod('на период до 2030 года'),
  parsePeriod('сентябрь 2022 г. – май 2024 г.'),
);

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('properties (fast-check, fixed seed)', () => {
  test('parseDeadline never throws, gives well-formed intervals and flags, and stays fast', () => {
    let slowest = 0;
    fc.assert(
      fc.property(sentence, anyPeriod, (text, period) => {
        const t0 = performance.now();
        const parsed = parseDeadline(text, period);
        slowest = Math.max(slowest, performance.now() - t0);
        for (const i of parsed.intervals) assert.ok(ISO.test(i.start) && ISO.test(i.end) && i.start <= i.end, JSON.stringify(i));
        assert.deepEqual(
          parsed.flags,
          FLAG_ORDER.filter((f) => parsed.flags.includes(f)),
        );
        assert.deepEqual([...new Set(parsed.issues.map((i) => i.flag))].sort(), [...parsed.flags].sort());
        // Every reading is one of the five statuses; a blank text is empty, nothing else is.
        const status = deadlineStatus(text, parsed);
        assert.equal(status === 'empty', text.trim() === '');
      }),
      { seed: SEED, numRuns: 1500 },
    );
    assert.ok(slowest < 250, `slowest call ${slowest.toFixed(1)} ms`);
  });

  test('parsePeriod never throws, and a period it finds is well-formed and quoted from the text', () => {
    let slowest = 0;
    fc.assert(
      fc.property(sentence, (text) => {
        const t0 = performance.now();
        const p = parsePeriod(text);
        slowest = Math.max(slowest, performance.now() - t0);
        if (!p) return;
        assert.ok(ISO.test(p.start) && ISO.test(p.end) && p.start <= p.end, JSON.stringify(p));
        assert.ok(['school-year', 'school-years', 'calendar'].includes(p.kind));
        assert.ok(p.text !== '' && text.includes(p.text), JSON.stringify(p));
      }),
      { seed: SEED, numRuns: 1500 },
    );
    assert.ok(slowest < 250, `slowest call ${slowest.toFixed(1)} ms`);
  });

  test('long adversarial strings of these words finish quickly', () => {
    const inputs = [
      'в начале и в конце '.repeat(120),
      'Август 2023, далее ежегодно; '.repeat(70),
      'по итогам '.repeat(220),
      '2 раза в '.repeat(250),
      'сентябрь 2022 г. – '.repeat(110),
      'до 2030 года '.repeat(150),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      parseDeadline(text, P_YEARS);
      parsePeriod(text);
      assert.ok(performance.now() - t0 < 500, JSON.stringify(text.slice(0, 30)));
    }
  });
});

// ───────────────────────────── end to end ─────────────────────────────

const TITLE = '# Дорожная карта реализации системы наставничества педагогических работников';

function frontMatter(period: string | undefined): string {
  return `---\nвид: дорожная карта\nпрофиль: педагоги\n${period ? `период: ${period}\n` : ''}---\n`;
}

/** A teachers' roadmap with one activity per deadline, numbered 1., 2., …; the stages of ROWS first. */
function roadmapWith(deadlines: readonly string[], period: string | undefined): string {
  const rows = deadlines.map((d, i) => [`${i + 1}.`, ROWS[i]?.[1] ?? '', `Мероприятие ${i + 1}`, d, 'Куратор', 'Отчёт']);
  return roadmap(rows, { frontMatter: frontMatter(period), title: TITLE });
}

const DEADLINE_CODES = ['missing-deadline', 'unparsed-deadline', 'placeholder'];

describe('check, scores, preview and report agree on real deadlines', () => {
  for (const period of ['2023 – 2025 гг.', '2023-2024 учебный год', 'сентябрь 2022 г. – май 2024 г.', undefined]) {
    test(`every form of the issue, period ${period ?? '(none)'}: no warning, all counted, the vague ones listed apart`, () => {
      const text = roadmapWith(
        FORMS.map((f) => f.text),
        period,
      );
      const analysis = analyze(text);
      assert.deepEqual(analysis.internalErrors, []);
      const table = analysis.model.tables[0]!;
      assert.equal(table.rows.length, FORMS.length);
      const about = analysis.diagnostics.filter(
        (d) => d.code === 'vague-deadline' || d.code === 'unparsed-deadline' || d.code === 'missing-deadline',
      );
      assert.deepEqual(
        about.filter((d) => d.severity !== 'hint').map((d) => `${d.code}: ${d.message.ru}`),
        [],
      );
      assert.deepEqual(
        about.filter((d) => d.code !== 'vague-deadline').map((d) => d.message.ru),
        [],
      );

      const c = computeScores(analysis.model).completeness;
      const doc = c.document!;
      assert.deepEqual(doc.deadlines, { done: FORMS.length, total: FORMS.length });
      assert.deepEqual(doc.missing.rows.deadline, []);
      assert.ok(!doc.gaps.some((g) => g.ru.includes('срок')), JSON.stringify(doc.gaps));

      // The vague rows: the forms whose status is vague = the rows of the vague-deadline hint = the rows completeness lists.
      const vagueForms = FORMS.flatMap((f, i) => (f.status === 'vague' ? [i] : []));
      const hinted = about
        .filter((d) => d.code === 'vague-deadline')
        .map((d) => d.data!.row as number)
        .sort((a, b) => a - b);
      assert.deepEqual(hinted, vagueForms);
      assert.deepEqual(
        doc.vagueDeadlines!.map((r) => r.row),
        vagueForms,
      );
      assert.equal(vagueForms.length, 9);
      assert.deepEqual(
        doc.notes!.map((n) => n.ru),
        [`нечёткий срок в 9 строках: ${vagueForms.map((i) => `№ ${i + 1}`).join(', ')}`],
      );

      // The CLI text and the preview box say the same.
      const cli = scoresText({ path: 'roadmap.md', text, analysis, scores: computeScores(analysis.model) }, 'ru');
      assert.match(cli, /Заполнено, но нечётко:\n\s+– нечёткий срок в 9 строках: № 2, № 3, /);
      assert.ok(!cli.includes('нет понятного срока'));
      const box = completenessBox(renderDoc(text, analysis), c.tables[0]!, 'ru');
      assert.match(box, /Заполнено, но нечётко:/);
      assert.match(box, /<li>нечёткий срок: /);
      assert.ok(!box.includes('нет понятного срока'));
    });
  }

  test('on random deadline cells, a row has a deadline exactly when check reports no missing-deadline, unparsed-deadline or placeholder for it', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        ...FORMS.map((f) => f.text),
        '',
        '[указать срок]',
        'После издания приказа',
        'Сентябрь 2023; после приказа',
        'abc',
        '31.02.2024',
        'май – март 2024',
        'Октябрь 2023 (по запросу)',
      ),
      sentence.map((s) => s.replace(/[|\n]/g, ' ')),
    );
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('2023 – 2025 гг.', '2023-2024 учебный год', undefined),
        (cells, period) => {
          const text = roadmapWith(cells, period);
          const analysis = analyze(text);
          const table = analysis.model.tables.find((t) => t.kind === 'roadmap');
          if (!table) return;
          const c = computeScores(analysis.model).completeness.tables.find((x) => x.table === table.index)!;
          const missing = new Set(c.missing.deadlineRows);
          // The rows completeness counts (activity rows); each has a deadline cell in this table.
          for (const row of activityRows(table)) {
            if (!row.deadline) continue;
            const s = row.deadline.cell.span;
            const reported = analysis.diagnostics.some(
              (d) =>
                DEADLINE_CODES.includes(d.code) &&
                d.span.start >= s.start &&
                d.span.start <= s.end &&
                (d.code !== 'placeholder' || d.data?.column === 'deadline'),
            );
            assert.equal(missing.has(row.index), reported, `row ${row.index} «${row.deadline.cell.text}»`);
            const hinted = analysis.diagnostics.some((d) => d.code === 'vague-deadline' && d.data?.row === row.index);
            assert.equal(
              c.vagueDeadlines!.some((r) => r.row === row.index),
              hinted && !reported,
              `vague row ${row.index} «${row.deadline.cell.text}»`,
            );
          }
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('nothing to measure is said in words, not as 0 %', () => {
  // No stage column, so no stages to look for; no rows, so no activities.
  const text = `# Дорожная карта наставничества на 2023-2024 учебный год\n\n| № | Мероприятия | Сроки | Ответственные |\n|---|---|---|---|\n`;
  const analysis = analyze(text);
  const scores = computeScores(analysis.model);

  test('the model: a roadmap table with no rows, every component 0 of 0', () => {
    const c = scores.completeness.tables[0]!;
    assert.deepEqual(
      [c.deadlines, c.responsibles],
      [
        { done: 0, total: 0 },
        { done: 0, total: 0 },
      ],
    );
    assert.equal(c.stages, undefined);
  });

  test('nastavnik scores', () => {
    const out = scoresText({ path: 'empty.md', text, analysis, scores }, 'ru');
    assert.match(out, /Полнота дорожной карты: нечего измерять/);
    assert.ok(!/0 %/.test(out) && !out.includes('Всё заполнено'), out);
    assert.match(scoresText({ path: 'empty.md', text, analysis, scores }, 'en'), /Roadmap completeness: nothing to measure/);
  });

  test('the preview and report box', () => {
    const box = completenessBox(renderDoc(text, analysis), scores.completeness.tables[0]!, 'ru');
    assert.match(box, /нечего измерять/);
    assert.ok(!box.includes('0 %') && !box.includes('Всё на месте'), box);
  });

  test('the code lens', () => {
    assert.deepEqual(completenessTitle(scores.completeness.tables[0]!).ru, 'Полнота: нечего измерять — нет ни одного мероприятия');
  });
});
