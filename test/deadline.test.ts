/**
 * Deadlines («Сроки»): every deadline cell of seeds 000, 001, 002 and 004, every row of the table of
 * forms in docs/domain.md §9 «Сроки» (once the reference's §4), and the edges. Decisions where the
 * domain leaves a choice (see deadline.ts):
 *  - reversed range → no interval, flag reversed-range; impossible date → no interval, invalid-date;
 *  - month without a year and no period → ambiguous-year, no interval;
 *  - multi-year period: one occurrence per year (recurring: true); flag ambiguous-year for one
 *    month or a contiguous span, recurring for a list of non-adjacent months or next to «ежегодно»;
 *  - school half-years: I = Sep–Dec, II = Jan–May; calendar halves Jan–Jun / Jul–Dec;
 *  - «в течение месяца» is vague (= P) like «в течение года»;
 *  - «по отдельному плану» … alone → not-a-deadline; next to a real deadline → adds only vague;
 *  - empty or blank text → nothing at all; any other text that yields nothing → unparsed.
 * The forms of real school documents (issue #15: «Ежегодно», «1 раз в четверть», «Август 2023, далее
 * ежегодно», «в конце учебного года», periods «(сентябрь 2022 г. – май 2024 г.)», «на период до 2030
 * года» …) and what each cell amounts to for check and scores: test/deadline-real-world.test.ts.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Interval, Period } from '../server/src/core/domain/dates';
import {
  FLAG_ORDER,
  MAX_DEADLINE_CHARS,
  formatInterval,
  parseDeadline,
  parsePeriod,
  parseRussianDate,
  type DeadlineFlag,
} from '../server/src/core/domain/deadline';

// ── periods

const school = (y: number): Period => ({
  kind: 'school-year',
  start: `${y}-09-01`,
  end: `${y + 1}-08-31`,
  text: `${y}-${y + 1} учебный год`,
});
const calendar = (first: number, last = first): Period => ({
  kind: 'calendar',
  start: `${first}-01-01`,
  end: `${last}-12-31`,
  text: first === last ? `${first} год` : `${first}-${last} гг.`,
});

const P000 = school(2022);
const P001 = school(2023);
const P002 = calendar(2024);
const P004 = calendar(2023, 2025);

// ── intervals

const span = (start: string, end: string): Interval => ({ start, end });
const vague = (p: Period): Interval => ({ start: p.start, end: p.end, vague: true });
const recurring = (start: string, end: string): Interval => ({ start, end, recurring: true });

/** Parses the cell and compares intervals and flags exactly; also checks that issues and flags agree. */
function check(cell: string, period: Period | undefined, intervals: Interval[], flags: DeadlineFlag[]): void {
  const name = `${JSON.stringify(cell)} ${period ? `in ${period.text}` : 'without a period'}`;
  test(name, () => {
    const parsed = parseDeadline(cell, period);
    assert.deepEqual({ intervals: parsed.intervals, flags: parsed.flags }, { intervals, flags });
    assert.deepEqual(
      [...new Set(parsed.issues.map((i) => i.flag))].sort(),
      [...flags].sort(),
      'every flag has an issue, every issue a flag',
    );
    for (const issue of parsed.issues) {
      if (issue.flag !== 'unparsed')
        assert.ok(cell.includes(issue.fragment), `fragment ${JSON.stringify(issue.fragment)} is quoted from the cell`);
    }
  });
}

describe('seed 000 (2022-2023 school year)', () => {
  check('Август, сентябрь 2022 г.', P000, [span('2022-08-01', '2022-09-30')], []);
  check('Сентябрь, октябрь 2022 г', P000, [span('2022-09-01', '2022-10-31')], []);
  check('Октябрь 2022 г.', P000, [span('2022-10-01', '2022-10-31')], []);
  check('Ноябрь 2022 г. – май 2023', P000, [span('2022-11-01', '2023-05-31')], []);
  check('Май 2023 г.', P000, [span('2023-05-01', '2023-05-31')], []);
  check('Сентябрь 2022 – май 2023', P000, [span('2022-09-01', '2023-05-31')], []);
});

describe('seed 001 (2023-2024 school year)', () => {
  check('Сентябрь-октябрь 2023', P001, [span('2023-09-01', '2023-10-31')], []);
  check('До 20.09.2023', P001, [span('2023-09-01', '2023-09-20')], []);
  check('До 25.09.2023', P001, [span('2023-09-01', '2023-09-25')], []);
  check('октябрь 2023', P001, [span('2023-10-01', '2023-10-31')], []);
  check('Сентябрь 2023 В течение учебного года', P001, [span('2023-09-01', '2023-09-30'), vague(P001)], ['vague']);
  check('Сентябрь 2023\nВ течение учебного года', P001, [span('2023-09-01', '2023-09-30'), vague(P001)], ['vague']);
  check('В течение учебного года', P001, [vague(P001)], ['vague']);
  check('В течение учебного года (по отдельному плану)', P001, [vague(P001)], ['vague']);
  check('Апрель 2024\nАпрель -май 2024\nМай 2024', P001, [span('2024-04-01', '2024-05-31')], []);
});

describe('seed 002 §2 «Сроки исполнения» (2024)', () => {
  check('Сентябрь', P002, [span('2024-09-01', '2024-09-30')], []);
  check('В течение всего периода', P002, [vague(P002)], ['vague']);
});

describe('seed 004 (2023 – 2025 calendar years)', () => {
  check('Февраль\n2023 года', P004, [span('2023-02-01', '2023-02-28')], []);
  check('Март-апрель\n2023 года', P004, [span('2023-03-01', '2023-04-30')], []);
  check('Апрель-май\n2023 года', P004, [span('2023-04-01', '2023-05-31')], []);
  check('Апрель\n2023 года', P004, [span('2023-04-01', '2023-04-30')], []);
  check('Постоянно', P004, [vague(P004)], ['vague']);
  check('2023-2025 гг.', P004, [span('2023-01-01', '2025-12-31')], []);
  check('Октябрь-ноябрь\n2023 года', P004, [span('2023-10-01', '2023-11-30')], []);
  check('2023 год', P004, [span('2023-01-01', '2023-12-31')], []);
  check('Апрель-май 2023 года', P004, [span('2023-04-01', '2023-05-31')], []);
  check(
    'Март, июнь, сентябрь, декабрь',
    P004,
    [
      recurring('2023-03-01', '2023-03-31'),
      recurring('2023-06-01', '2023-06-30'),
      recurring('2023-09-01', '2023-09-30'),
      recurring('2023-12-01', '2023-12-31'),
      recurring('2024-03-01', '2024-03-31'),
      recurring('2024-06-01', '2024-06-30'),
      recurring('2024-09-01', '2024-09-30'),
      recurring('2024-12-01', '2024-12-31'),
      recurring('2025-03-01', '2025-03-31'),
      recurring('2025-06-01', '2025-06-30'),
      recurring('2025-09-01', '2025-09-30'),
      recurring('2025-12-01', '2025-12-31'),
    ],
    ['recurring'],
  );
  check(
    'Ноябрь-декабрь',
    P004,
    [recurring('2023-11-01', '2023-12-31'), recurring('2024-11-01', '2024-12-31'), recurring('2025-11-01', '2025-12-31')],
    ['ambiguous-year'],
  );
  check('Январь\n2024, 2025 года', P004, [span('2024-01-01', '2024-01-31'), span('2025-01-01', '2025-01-31')], []);
  check(
    'Август-сентябрь 2023, 2024, 2025 год',
    P004,
    [span('2023-08-01', '2023-09-30'), span('2024-08-01', '2024-09-30'), span('2025-08-01', '2025-09-30')],
    [],
  );
  check(
    'В течение года, август-сентябрь ',
    P004,
    [vague(P004), recurring('2023-08-01', '2023-09-30'), recurring('2024-08-01', '2024-09-30'), recurring('2025-08-01', '2025-09-30')],
    ['vague', 'ambiguous-year'],
  );
});

describe('domain.md §4 table', () => {
  check('Октябрь 2022 г.', undefined, [span('2022-10-01', '2022-10-31')], []);
  check('Август, сентябрь 2022 г.', undefined, [span('2022-08-01', '2022-09-30')], []);
  check('Сентябрь-октябрь 2023; Апрель -май 2024', P001, [span('2023-09-01', '2023-10-31'), span('2024-04-01', '2024-05-31')], []);
  check('Ноябрь 2022 г. – май 2023', undefined, [span('2022-11-01', '2023-05-31')], []);
  check('До 20.09.2023', undefined, [span('2023-09-01', '2023-09-20')], []);
  check('2023 год', undefined, [span('2023-01-01', '2023-12-31')], []);
  check('2023-2025 гг.', undefined, [span('2023-01-01', '2025-12-31')], []);
  check('2022-2023 учебный год', undefined, [span('2022-09-01', '2023-08-31')], []);
  check('Ноябрь-декабрь', P000, [span('2022-11-01', '2022-12-31')], []);
  check('Ноябрь-декабрь', P002, [span('2024-11-01', '2024-12-31')], []);
  check(
    'Март, июнь, сентябрь, декабрь',
    P002,
    [
      span('2024-03-01', '2024-03-31'),
      span('2024-06-01', '2024-06-30'),
      span('2024-09-01', '2024-09-30'),
      span('2024-12-01', '2024-12-31'),
    ],
    [],
  );
  check(
    'Март, июнь, сентябрь, декабрь',
    P000,
    [
      span('2022-09-01', '2022-09-30'),
      span('2022-12-01', '2022-12-31'),
      span('2023-03-01', '2023-03-31'),
      span('2023-06-01', '2023-06-30'),
    ],
    [],
  );
  check('Январь 2024, 2025 года', undefined, [span('2024-01-01', '2024-01-31'), span('2025-01-01', '2025-01-31')], []);
  check('ежегодно', P004, [{ start: '2023-01-01', end: '2025-12-31', recurring: true }], ['recurring']);
  check('Ежеквартально', P001, [{ start: '2023-09-01', end: '2024-08-31', recurring: true }], ['recurring']);
  check('ежемесячно', P002, [{ start: '2024-01-01', end: '2024-12-31', recurring: true }], ['recurring']);
  check('I полугодие', P001, [span('2023-09-01', '2023-12-31')], []);
  check('II четверть', P001, [span('2023-11-01', '2023-12-31')], []);
  check('I квартал', P002, [span('2024-01-01', '2024-03-31')], []);
  check('В течение учебного года', P000, [vague(P000)], ['vague']);
  check('в течение года', P002, [vague(P002)], ['vague']);
  check('В течение всего периода', P004, [vague(P004)], ['vague']);
  check('Постоянно', P001, [vague(P001)], ['vague']);
  check('регулярно', P001, [vague(P001)], ['vague']);
  check('Систематически', P004, [vague(P004)], ['vague']);
  check('по отдельному плану', P001, [], ['not-a-deadline']);
  check('По мере необходимости', P001, [], ['not-a-deadline']);
  check('по запросу', P004, [], ['not-a-deadline']);
  check('По графику', P004, [], ['not-a-deadline']);
});

describe('months, years and ranges', () => {
  check('СЕНТЯБРЬ—ОКТЯБРЬ 2023', undefined, [span('2023-09-01', '2023-10-31')], []);
  check('Сентябрь–октябрь 2023г.', undefined, [span('2023-09-01', '2023-10-31')], []);
  check('сентябрь 2023 – октябрь 2023', undefined, [span('2023-09-01', '2023-10-31')], []);
  check('Май—Июнь 2024 гг.', undefined, [span('2024-05-01', '2024-06-30')], []);
  check('в сентябре 2023 года', undefined, [span('2023-09-01', '2023-09-30')], []);
  check('в мае 2024', undefined, [span('2024-05-01', '2024-05-31')], []);
  check('Февраль 2024', undefined, [span('2024-02-01', '2024-02-29')], []);
  check('Февраль 2023 года', P004, [span('2023-02-01', '2023-02-28')], []);
  check('Август, сентябрь, октябрь 2022', undefined, [span('2022-08-01', '2022-10-31')], []);
  check('Сентябрь и октябрь 2023', undefined, [span('2023-09-01', '2023-10-31')], []);
  check('Март, май 2024', undefined, [span('2024-03-01', '2024-03-31'), span('2024-05-01', '2024-05-31')], []);
  check('Сентябрь 2022 – май', undefined, [span('2022-09-01', '2023-05-31')], []);
  check('Декабрь 2023 - январь 2024', undefined, [span('2023-12-01', '2024-01-31')], []);
  check('Ноябрь-февраль', P000, [span('2022-11-01', '2023-02-28')], []);
  check('Январь', P001, [span('2024-01-01', '2024-01-31')], []);
  check('Август', P000, [span('2023-08-01', '2023-08-31')], []);
  check('сент. 2023', undefined, [span('2023-09-01', '2023-09-30')], []);
  check('2024 г.', undefined, [span('2024-01-01', '2024-12-31')], []);
  check('2023, 2024 гг.', undefined, [span('2023-01-01', '2024-12-31')], []);
  check('2023-2024 уч. год', undefined, [span('2023-09-01', '2024-08-31')], []);
  check('2022/2023 учебный год', undefined, [span('2022-09-01', '2023-08-31')], []);
  check('в течение 2023 года', undefined, [span('2023-01-01', '2023-12-31')], []);
  check('в течение 2023-2024 учебного года', P004, [span('2023-09-01', '2024-08-31')], []);
  check('Ноябрь 2023-2024 учебного года', undefined, [span('2023-11-01', '2023-11-30')], []);
  check('Март 2024-2025 гг.', undefined, [span('2024-03-01', '2024-03-31'), span('2025-03-01', '2025-03-31')], []);
  check('Сентябрь 2023; октябрь 2023', undefined, [span('2023-09-01', '2023-10-31')], []);
  check('Сентябрь\nОктябрь 2023', P001, [span('2023-09-01', '2023-10-31')], []);
  check(
    'Сентябрь, октябрь',
    P004,
    [recurring('2023-09-01', '2023-10-31'), recurring('2024-09-01', '2024-10-31'), recurring('2025-09-01', '2025-10-31')],
    ['ambiguous-year'],
  );
  check(
    'Сентябрь',
    P004,
    [recurring('2023-09-01', '2023-09-30'), recurring('2024-09-01', '2024-09-30'), recurring('2025-09-01', '2025-09-30')],
    ['ambiguous-year'],
  );
  check('IV квартал 2023 г. – I квартал 2024 г.', undefined, [span('2023-10-01', '2024-03-31')], []);
  check('Сентябрь-декабрь 2023 г., январь-май 2024 г.', undefined, [span('2023-09-01', '2024-05-31')], []);
  check('Сентябрь 2023 (Иванов И.И.)', undefined, [span('2023-09-01', '2023-09-30')], []);
  check('Апрель 2024\nкогда-нибудь', P001, [span('2024-04-01', '2024-04-30')], ['unparsed']);
});

describe('dates and «до»', () => {
  check('15.10.2024', undefined, [span('2024-10-15', '2024-10-15')], []);
  check('15.10.2024', P002, [span('2024-10-15', '2024-10-15')], []);
  check('22 сентября 2023 г.', undefined, [span('2023-09-22', '2023-09-22')], []);
  check('2023-09-22', undefined, [span('2023-09-22', '2023-09-22')], []);
  check('до 1 октября 2024 г.', P002, [span('2024-01-01', '2024-10-01')], []);
  check('до 1 октября 2024 г.', undefined, [span('2024-10-01', '2024-10-01')], []);
  check('До 20.09.2023', P000, [span('2022-09-01', '2023-09-20')], []);
  check('до 20.08.2023', P001, [span('2023-08-01', '2023-08-20')], []);
  check('до 20 сентября', P001, [span('2023-09-01', '2023-09-20')], []);
  check('до 20.09', P001, [span('2023-09-01', '2023-09-20')], []);
  check('не позднее 15.10.2023', P001, [span('2023-09-01', '2023-10-15')], []);
  check('до октября 2023', P001, [span('2023-09-01', '2023-10-31')], []);
  check('до конца сентября 2023 г.', P001, [span('2023-09-01', '2023-09-30')], []);
  check('с 01.09.2023 по 31.10.2023', undefined, [span('2023-09-01', '2023-10-31')], []);
  check('01.09.2023 – 31.05.2024', undefined, [span('2023-09-01', '2024-05-31')], []);
  check('с 1 сентября по 31 октября 2023 г.', undefined, [span('2023-09-01', '2023-10-31')], []);
  check('20.09.23', undefined, [span('2023-09-20', '2023-09-20')], []);
  check('29.02.2024', undefined, [span('2024-02-29', '2024-02-29')], []);
  check('1-15 сентября 2023', undefined, [span('2023-09-01', '2023-09-15')], []);
  check('с 10 по 20 октября 2023', P001, [span('2023-10-10', '2023-10-20')], []);
  check('в период с 10 по 20 октября 2023', P001, [span('2023-10-10', '2023-10-20')], []);
  check('по 30 сентября 2023', P001, [span('2023-09-01', '2023-09-30')], []);
  check('10.09.2023, 15.10.2023', undefined, [span('2023-09-10', '2023-09-10'), span('2023-10-15', '2023-10-15')], []);
  check('до 29 февраля', P001, [span('2023-09-01', '2024-02-29')], []);
});

describe('impossible dates and reversed ranges', () => {
  check('31.02.2024', undefined, [], ['invalid-date']);
  check('До 31.02.2024', P001, [], ['invalid-date']);
  check('29.02.2023', undefined, [], ['invalid-date']);
  check('до 29.02.2023', P000, [], ['invalid-date']);
  check('31 апреля 2024', undefined, [], ['invalid-date']);
  check('32.01.2024', undefined, [], ['invalid-date']);
  check('15.13.2024', undefined, [], ['invalid-date']);
  check('до 29 февраля', P000, [], ['invalid-date']);
  check('Октябрь 2023\n31.02.2024', undefined, [span('2023-10-01', '2023-10-31')], ['invalid-date']);
  check('май – март 2024', undefined, [], ['reversed-range']);
  check('май – март 2024', P001, [], ['reversed-range']);
  check('Май 2024 – март 2024', undefined, [], ['reversed-range']);
  check('2025-2023 гг.', undefined, [], ['reversed-range']);
  check('20.10.2023 - 01.10.2023', undefined, [], ['reversed-range']);
  check('Декабрь-ноябрь', P000, [], ['reversed-range']);
  check('Май - сентябрь', P000, [], ['reversed-range']);
  check('Апрель - март', P002, [], ['reversed-range']);
  check('Сентябрь-октябрь 2023\nмай – март 2024', undefined, [span('2023-09-01', '2023-10-31')], ['reversed-range']);
  test('the reversed-range fragment is the range as written, ready for a swap', () => {
    assert.deepEqual(parseDeadline('Сентябрь 2023; май – март 2024').issues, [{ flag: 'reversed-range', fragment: 'май – март 2024' }]);
  });
  test('the invalid-date fragment is the date as written', () => {
    assert.deepEqual(parseDeadline('До 31.02.2024').issues, [{ flag: 'invalid-date', fragment: '31.02.2024' }]);
  });
});

describe('quarters and half-years', () => {
  check('1 четверть', P000, [span('2022-09-01', '2022-10-31')], []);
  check('I четверть', P000, [span('2022-09-01', '2022-10-31')], []);
  check('II четверть', P000, [span('2022-11-01', '2022-12-31')], []);
  check('III четверть', P000, [span('2023-01-01', '2023-03-31')], []);
  check('IV четверть', P000, [span('2023-04-01', '2023-05-31')], []);
  check('1-я четверть', P001, [span('2023-09-01', '2023-10-31')], []);
  check('III-IV четверть', P000, [span('2023-01-01', '2023-05-31')], []);
  check('I полугодие', P000, [span('2022-09-01', '2022-12-31')], []);
  check('II полугодие', P000, [span('2023-01-01', '2023-05-31')], []);
  check('2-ое полугодие', P001, [span('2024-01-01', '2024-05-31')], []);
  check('I полугодие', P002, [span('2024-01-01', '2024-06-30')], []);
  check('II полугодие', P002, [span('2024-07-01', '2024-12-31')], []);
  check('в течение I полугодия', P001, [span('2023-09-01', '2023-12-31')], []);
  check('I полугодие 2024 года', undefined, [span('2024-01-01', '2024-06-30')], []);
  check('II полугодие 2023-2024 учебного года', undefined, [span('2024-01-01', '2024-05-31')], []);
  check('IV квартал 2024', undefined, [span('2024-10-01', '2024-12-31')], []);
  check('1 квартал 2025 г.', undefined, [span('2025-01-01', '2025-03-31')], []);
  check('I-II квартал 2024', undefined, [span('2024-01-01', '2024-06-30')], []);
  check('I квартал', P000, [span('2023-01-01', '2023-03-31')], []);
  check('IV квартал', P000, [span('2022-10-01', '2022-12-31')], []);
  check('IV четверть 2024', undefined, [span('2024-04-01', '2024-05-31')], []);
  check('ІІ четверть', P001, [span('2023-11-01', '2023-12-31')], []);
  check('II квартал', undefined, [], ['ambiguous-year']);
  check(
    '2 квартал',
    P004,
    [recurring('2023-04-01', '2023-06-30'), recurring('2024-04-01', '2024-06-30'), recurring('2025-04-01', '2025-06-30')],
    ['ambiguous-year'],
  );
  check('V квартал 2024', undefined, [span('2024-01-01', '2024-12-31')], ['unparsed']);
});

describe('vague, recurring and not-a-deadline', () => {
  check('В течение месяца', P001, [vague(P001)], ['vague']);
  check('весь период', P004, [vague(P004)], ['vague']);
  check('Круглогодично', P002, [vague(P002)], ['vague']);
  check('в течение срока реализации программы', P004, [vague(P004)], ['vague']);
  check('в течение всего учебного года', P000, [vague(P000)], ['vague']);
  check('до конца учебного года', P000, [vague(P000)], ['vague']);
  check('Постоянно\nв течение года', P002, [vague(P002)], ['vague']);
  check('В течение года', undefined, [], ['vague']);
  check('Постоянно', undefined, [], ['vague']);
  check('ежегодно', undefined, [], ['recurring']);
  check(
    'ежегодно в сентябре',
    P004,
    [recurring('2023-09-01', '2023-09-30'), recurring('2024-09-01', '2024-09-30'), recurring('2025-09-01', '2025-09-30')],
    ['recurring'],
  );
  check('ежегодно в сентябре', P001, [span('2023-09-01', '2023-09-30')], ['recurring']);
  check(
    'Ежегодно (март)',
    P004,
    [recurring('2023-03-01', '2023-03-31'), recurring('2024-03-01', '2024-03-31'), recurring('2025-03-01', '2025-03-31')],
    ['recurring'],
  );
  check('в конце каждой четверти', P001, [{ start: '2023-09-01', end: '2024-08-31', recurring: true }], ['recurring']);
  check('каждый месяц', P002, [{ start: '2024-01-01', end: '2024-12-31', recurring: true }], ['recurring']);
  check('1 раз в четверть', P001, [{ start: '2023-09-01', end: '2024-08-31', recurring: true }], ['recurring']);
  check('при необходимости', P002, [], ['not-a-deadline']);
  check('(по отдельному плану)', P002, [], ['not-a-deadline']);
  check('по отдельному плану', undefined, [], ['not-a-deadline']);
  check('Октябрь 2023 (по запросу)', P001, [span('2023-10-01', '2023-10-31')], ['vague']);
  check('Сентябрь 2023, по графику', P001, [span('2023-09-01', '2023-09-30')], ['vague']);
  check(
    'В течение года\nпо графику\n31.02.2024\nмай – март 2024\nabc',
    P002,
    [vague(P002)],
    ['vague', 'unparsed', 'invalid-date', 'reversed-range'],
  );
  test('a qualifier next to a real deadline is reported as vague, with its own fragment', () => {
    assert.deepEqual(parseDeadline('В течение учебного года (по отдельному плану)', P001).issues, [
      { flag: 'vague', fragment: 'В течение учебного года' },
      { flag: 'vague', fragment: 'по отдельному плану' },
    ]);
  });
  test('flags come in the stable FLAG_ORDER', () => {
    assert.deepEqual(FLAG_ORDER, ['vague', 'not-a-deadline', 'ambiguous-year', 'recurring', 'unparsed', 'invalid-date', 'reversed-range']);
  });
});

describe('no period', () => {
  check('Сентябрь', undefined, [], ['ambiguous-year']);
  check('Ноябрь-декабрь', undefined, [], ['ambiguous-year']);
  check('Март, июнь, сентябрь, декабрь', undefined, [], ['ambiguous-year']);
  check('I полугодие', undefined, [], ['ambiguous-year']);
  check('до 20 сентября', undefined, [], ['ambiguous-year']);
  check('Сентябрь 2023, октябрь', undefined, [span('2023-09-01', '2023-09-30')], ['ambiguous-year']);
  test('the ambiguous-year fragment names the months', () => {
    assert.deepEqual(parseDeadline('Ноябрь-декабрь').issues, [{ flag: 'ambiguous-year', fragment: 'Ноябрь-декабрь' }]);
  });
  test('a malformed period is treated as no period', () => {
    const bad: Period = { kind: 'calendar', start: 'soon', end: 'later', text: '?' };
    assert.deepEqual(parseDeadline('Сентябрь', bad).flags, ['ambiguous-year']);
  });
});

describe('empty, junk and long input', () => {
  check('', P001, [], []);
  check('   ', P001, [], []);
  check('\n \n', P001, [], []);
  check('abc', P001, [], ['unparsed']);
  check('???', P001, [], ['unparsed']);
  check('—', P001, [], ['unparsed']);
  check('-', undefined, [], ['unparsed']);
  check('34', undefined, [], ['unparsed']);
  check('в течение', P001, [], ['unparsed']);
  check('constructor __proto__', P001, [], ['unparsed']);

  test('the unparsed fragment is the text as written', () => {
    assert.deepEqual(parseDeadline('  когда-нибудь потом ').issues, [{ flag: 'unparsed', fragment: 'когда-нибудь потом' }]);
  });

  test('5,000 random characters do not throw and give well-formed output', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = 'Сентябрьоктябрьмай 0123456789.,-–—;\n()IVXгод«»?!ё\u00a0\t𝔘';
    for (let round = 0; round < 20; round++) {
      let text = '';
      for (let k = 0; k < 5000; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      const parsed = parseDeadline(text, round % 2 ? P004 : P001);
      assert.ok(parsed.flags.includes('unparsed'), 'text beyond the cap is reported');
      for (const i of parsed.intervals)
        assert.ok(i.start <= i.end && /^\d{4}-\d{2}-\d{2}$/.test(i.start) && /^\d{4}-\d{2}-\d{2}$/.test(i.end), JSON.stringify(i));
      const sorted = [...parsed.intervals].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
      assert.deepEqual(
        parsed.intervals.map((i) => i.start),
        sorted.map((i) => i.start),
      );
      assert.deepEqual(
        parsed.flags,
        FLAG_ORDER.filter((f) => parsed.flags.includes(f)),
      );
    }
  });

  test('text past the cap is not read but reported', () => {
    const text = 'Сентябрь 2023' + ' '.repeat(MAX_DEADLINE_CHARS) + 'Октябрь 2023';
    const parsed = parseDeadline(text, P001);
    assert.deepEqual(parsed.intervals, [span('2023-09-01', '2023-09-30')]);
    assert.deepEqual(parsed.issues, [{ flag: 'unparsed', fragment: 'Октябрь 2023' }]);
  });

  test('non-string input does not throw', () => {
    assert.deepEqual(parseDeadline(undefined as unknown as string).flags, []);
    assert.equal(parsePeriod(null as unknown as string), undefined);
    assert.equal(parseRussianDate(42 as unknown as string), undefined);
  });

  // Speed is measured in bench/run.ts; here: adversarial cells finish and give a well-formed answer.
  test('adversarial 2,000-character cells parse to a well-formed result', () => {
    const inputs = [
      'янв, '.repeat(400),
      '2024, '.repeat(400),
      'сентябрь-'.repeat(250),
      'в течение '.repeat(200),
      '1.'.repeat(1000),
      'Январь 2024, '.repeat(150) + '2025, '.repeat(100),
      '(((('.repeat(500),
    ];
    for (const text of inputs) {
      const parsed = parseDeadline(text, P004);
      assert.ok(Array.isArray(parsed.intervals), JSON.stringify(text.slice(0, 20)));
    }
  });
});

describe('parsePeriod', () => {
  const cases: [string, Period | undefined][] = [
    ['на 2022-2023 учебный год', { kind: 'school-year', start: '2022-09-01', end: '2023-08-31', text: '2022-2023 учебный год' }],
    [
      '«Дорожная карта» реализации Целевой модели наставничества в ГБОУ школа № 34 Невского района Санкт-Петербурга на 2022-2023 учебный год',
      { kind: 'school-year', start: '2022-09-01', end: '2023-08-31', text: '2022-2023 учебный год' },
    ],
    [
      'Дорожная карта реализации «Целевой модели наставничества в МБОУ лицей при ТПУ г. Томска» на 2023-2024 учебный год',
      { kind: 'school-year', start: '2023-09-01', end: '2024-08-31', text: '2023-2024 учебный год' },
    ],
    ['на 2023 – 2025 гг.', { kind: 'calendar', start: '2023-01-01', end: '2025-12-31', text: '2023 – 2025 гг.' }],
    [
      'Комплекс мер ("Дорожная карта") … городского округа "Город Архангельск", на 2023 – 2025 гг.',
      { kind: 'calendar', start: '2023-01-01', end: '2025-12-31', text: '2023 – 2025 гг.' },
    ],
    ['2024 год', { kind: 'calendar', start: '2024-01-01', end: '2024-12-31', text: '2024 год' }],
    ['пгт. Красномайский, 2024 год', { kind: 'calendar', start: '2024-01-01', end: '2024-12-31', text: '2024 год' }],
    ['2023-2024 учебный год', { kind: 'school-year', start: '2023-09-01', end: '2024-08-31', text: '2023-2024 учебный год' }],
    ['2022/2023 уч. год', { kind: 'school-year', start: '2022-09-01', end: '2023-08-31', text: '2022/2023 уч. год' }],
    ['2022/23 учебный год', { kind: 'school-year', start: '2022-09-01', end: '2023-08-31', text: '2022/23 учебный год' }],
    ['2023-2025', { kind: 'calendar', start: '2023-01-01', end: '2025-12-31', text: '2023-2025' }],
    ['2024', { kind: 'calendar', start: '2024-01-01', end: '2024-12-31', text: '2024' }],
    ['2025-2026 учебный год', { kind: 'school-year', start: '2025-09-01', end: '2026-08-31', text: '2025-2026 учебный год' }],
    ['2023-2026 учебные годы', { kind: 'school-years', start: '2023-09-01', end: '2026-08-31', text: '2023-2026 учебные годы' }],
    ['Программа на 2024 год', { kind: 'calendar', start: '2024-01-01', end: '2024-12-31', text: '2024 год' }],
    [
      'Письмо от 21.12.2021 года; план на 2022-2023 учебный год',
      { kind: 'school-year', start: '2022-09-01', end: '2023-08-31', text: '2022-2023 учебный год' },
    ],
    ['ПЕРИОД: 2023—2025 ГГ.', { kind: 'calendar', start: '2023-01-01', end: '2025-12-31', text: '2023—2025 ГГ.' }],
    ['Приказ от 30.03.2022 года', undefined],
    ['от «30» августа 2024 г.', undefined],
    ['школа № 34', undefined],
    ['2025-2023', undefined],
    ['abc', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => assert.deepEqual(parsePeriod(text), expected));
  }
});

describe('parseRussianDate', () => {
  const cases: [string, string | undefined][] = [
    ['«22» сентября 2023г.', '2023-09-22'],
    ['22.09.2023', '2023-09-22'],
    ['22 сентября 2023 г.', '2023-09-22'],
    ['2023-09-22', '2023-09-22'],
    ['Приказ № 295 от «22» сентября 2023г.', '2023-09-22'],
    ['от 10.02.2023 № 75', '2023-02-10'],
    ['от 01.09.2022 № 197', '2022-09-01'],
    ['01.09.22', '2022-09-01'],
    ['1 СЕНТЯБРЯ 2023', '2023-09-01'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2023', undefined],
    ['31.02.2024', undefined],
    ['сентябрь 2023', undefined],
    ['22 сентября', undefined],
    ['abc', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => assert.equal(parseRussianDate(text), expected));
  }
});

describe('formatInterval', () => {
  test('Russian genitive months', () =>
    assert.equal(formatInterval(span('2023-09-01', '2023-10-31'), 'ru'), '1 сентября 2023 – 31 октября 2023'));
  test('English months', () => assert.equal(formatInterval(span('2023-09-01', '2023-10-31'), 'en'), '1 September 2023 – 31 October 2023'));
  test('one day in Russian is written once', () => assert.equal(formatInterval(span('2024-02-29', '2024-02-29'), 'ru'), '29 февраля 2024'));
  test('one day in English is written once', () => assert.equal(formatInterval(span('2023-05-09', '2023-05-09'), 'en'), '9 May 2023'));
  test('every Russian month name', () => {
    const names = Array.from({ length: 12 }, (_, k) =>
      formatInterval(span(`2024-${String(k + 1).padStart(2, '0')}-01`, `2024-${String(k + 1).padStart(2, '0')}-01`), 'ru'),
    );
    assert.deepEqual(names, [
      '1 января 2024',
      '1 февраля 2024',
      '1 марта 2024',
      '1 апреля 2024',
      '1 мая 2024',
      '1 июня 2024',
      '1 июля 2024',
      '1 августа 2024',
      '1 сентября 2024',
      '1 октября 2024',
      '1 ноября 2024',
      '1 декабря 2024',
    ]);
  });
  test('a malformed date is printed as it is', () =>
    assert.equal(formatInterval({ start: 'abc', end: '2023-13-01' }, 'en'), 'abc – 2023-13-01'));
});
