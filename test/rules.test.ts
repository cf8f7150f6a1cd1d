/**
 * One test per rule: it fires on a minimal document, points at the right cell, header or row,
 * carries the data its quick fix needs, and does not fire on the near miss — the smallest change
 * that makes the document correct. Every code of RULES must have a case here.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnalyzeOptions } from '../server/src/core/analyze';
import type { Diagnostic } from '../server/src/core/diagnostic';
import { RULES } from '../server/src/core/rules';
import {
  COL,
  FRONT_MATTER,
  HEADER,
  PROGRAM_SECTIONS,
  ROWS,
  TITLE,
  covered,
  ofCode,
  program,
  roadmap,
  withCell,
  withoutColumn,
  withoutRow,
} from './rules-support';

interface Case {
  /** What the minimal defect is. */
  what: string;
  fires: string;
  nearMiss: string;
  /** The text the range covers (exactly; '' for an empty cell). */
  covers: string;
  severity?: Diagnostic['severity'];
  /** Fields the data must hold (compared with deepEqual per key). */
  data?: Record<string, unknown>;
  /** How many diagnostics of the code the fires document yields (default 1). */
  count?: number;
  options?: AnalyzeOptions;
}

const WIDE_LINE = '| ' + Array.from({ length: 70 }, (_, i) => `к${i}`).join(' | ') + ' |';
const TEACHERS_FM_MULTI = FRONT_MATTER.replace('2025-2026 учебный год', '2025-2027');
const TITLE_MULTI = '# Дорожная карта реализации системы наставничества педагогических работников';

const SCORING_HEADER =
  '| Критерии | Показатели | Проявляется в полной мере, 2 балла | Частично проявляется, 1 балл | Не проявляется, 0 баллов |';
function scoring(rows: string[], after = ''): string {
  return `---
вид: программа
профиль: педагоги
период: 2025-2026 учебный год
---
# Программа наставничества педагогических работников

## Критерии эффективности работы наставника

${SCORING_HEADER}
|---|---|---|---|---|
${rows.join('\n')}
${after}`;
}
const SCORED = [
  '| Профессиональная компетентность | Владеет методами наставнической деятельности | ✓ |  |  |',
  '|  | Помогает наставляемому планировать уроки |  | ✓ |  |',
];
const LEVELS =
  '\nУровень эффективности работы наставника:\n4 балла – оптимальный уровень;\n2–3 балла – допустимый уровень;\n0–1 балл – недопустимый уровень.\n';

function questionnaire(after: string): string {
  return `---
вид: программа
профиль: педагоги
период: 2025-2026 учебный год
---
# Программа наставничества педагогических работников

## Анкета наставляемого

Оцените утверждения по шкале от 1 до 10 в начале и в конце программы.

| Вопрос | До | После |
|---|---|---|
| Насколько комфортно вы чувствуете себя в коллективе? | 5 | 8 |
| Насколько уверенно вы планируете уроки? | 4 | ${after} |
`;
}

function targets(last: number): string {
  return `---
вид: комплекс мер
профиль: муниципальный
период: 2025-2027
---
# Комплекс мер по развитию наставничества в образовательных организациях города на 2025-2027 годы

| № | Мероприятия | Сроки | Ответственные |
|---|---|---|---|
| 1. | Целевые индикаторы | | |
| 1.1 | Количество наставнических пар «педагог – педагог»: 2025 год – не менее 40; 2026 год – не менее 60; \
2027 год – не менее ${last} | Декабрь 2025, 2026, 2027 гг. | Специалисты управления образования |
`;
}

const noColumns = withoutColumn(COL.deadline);

/** A personalised programme (docs/domain.md §17) with the head lines and plan rows given. */
function personal(head: string[], rows: string[]): string {
  return [
    '# Персонализированная программа наставничества',
    '',
    ...head.flatMap((h) => [h, '']),
    '| № | Мероприятие | Срок | Планируемый результат | Отметка о выполнении |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
const PAIR = ['Наставник: Иванова А.А., учитель начальных классов', 'Наставляемый: Петров П.П., учитель начальных классов'];
const PAIR_HEAD = [...PAIR, 'Форма наставничества: «педагог – педагог»', 'Срок реализации: с 01.09.2025 по 31.05.2026'];
const PERSONAL_ROW = '| 1 | Посещение уроков наставника и их анализ | Октябрь 2025 | Листы анализа уроков | выполнено |';

const CASES: Record<string, Case[]> = {
  'unknown-kind': [
    {
      what: 'a note about mentorship with a roadmap-like table and no title telling its kind',
      fires:
        '# Заметки\n\nНаставничество в школе.\n\n' +
        '| Мероприятия | Сроки | Ответственные |\n|---|---|---|\n| Встреча наставников | Октябрь 2025 | Куратор |\n',
      nearMiss:
        '# Дорожная карта наставничества на 2025-2026 учебный год\n\nНаставничество в школе.\n\n' +
        '| Мероприятия | Сроки | Ответственные |\n|---|---|---|\n| Встреча наставников | Октябрь 2025 | Куратор |\n',
      covers: '# Заметки',
      data: { missing: 'kind' },
    },
    {
      what: 'a roadmap whose stages match no profile and says no profile',
      fires: roadmap([['1.', 'Знакомство', 'Встреча наставников и наставляемых', 'Октябрь 2025', 'Куратор', 'Пары']], {
        frontMatter: '---\nвид: дорожная карта\n---\n',
        title: '# Дорожная карта наставничества на 2025-2026 учебный год',
      }),
      nearMiss: roadmap([['1.', 'Знакомство', 'Встреча наставников и наставляемых', 'Октябрь 2025', 'Куратор', 'Пары']], {
        frontMatter: '---\nвид: дорожная карта\nпрофиль: педагоги\n---\n',
        title: '# Дорожная карта наставничества на 2025-2026 учебный год',
      }),
      covers: '---\nвид: дорожная карта\n---',
      data: { missing: 'profile' },
    },
  ],
  'invalid-front-matter': [
    {
      what: 'an unknown front matter key',
      fires: roadmap(ROWS, { frontMatter: FRONT_MATTER.replace('вид: дорожная карта', 'вид: дорожная карта\nсрок: 2025') }),
      nearMiss: roadmap(),
      covers: FRONT_MATTER.replace('вид: дорожная карта', 'вид: дорожная карта\nсрок: 2025').trimEnd(),
      data: { key: 'срок' },
    },
    {
      what: 'a profile that is not one of ours',
      fires: roadmap(ROWS, { frontMatter: FRONT_MATTER.replace('профиль: педагоги', 'профиль: родители') }),
      nearMiss: roadmap(),
      covers: FRONT_MATTER.replace('профиль: педагоги', 'профиль: родители').trimEnd(),
      data: { key: 'profile', value: 'родители' },
    },
  ],
  'missing-period': [
    {
      what: 'no period in the front matter nor in the title',
      fires: roadmap(ROWS, { frontMatter: '', title: TITLE_MULTI }),
      nearMiss: roadmap(ROWS, { frontMatter: '' }),
      covers: TITLE_MULTI,
    },
  ],
  'missing-section': [
    {
      what: 'a programme without its mandatory «Мониторинг и оценка результатов»',
      fires: program(PROGRAM_SECTIONS.filter((s) => !s.startsWith('Мониторинг'))),
      nearMiss: program(),
      covers: '# Программа наставничества педагогических работников МБОУ «Средняя школа № 1»',
      severity: 'error',
      data: { section: 'monitoring' },
    },
    {
      what: 'a programme without the recommended «Мотивация и поощрение наставников»',
      fires: program(PROGRAM_SECTIONS.filter((s) => !s.startsWith('Мотивация'))),
      nearMiss: program(),
      covers: '# Программа наставничества педагогических работников МБОУ «Средняя школа № 1»',
      severity: 'warning',
      data: { section: 'motivation' },
    },
  ],
  'missing-roadmap-table': [
    {
      what: 'a roadmap whose only table is not a roadmap',
      fires: `${FRONT_MATTER}\n${TITLE}\n\n| Показатель | Значение |\n|---|---|\n| Число наставников | 5 |\n`,
      nearMiss: roadmap(),
      covers: TITLE,
      data: { profile: 'teachers' },
    },
  ],
  'missing-column': [
    {
      what: 'a roadmap table without «Сроки» (once per table, not per row)',
      fires: roadmap(noColumns.rows, { header: noColumns.header }),
      nearMiss: roadmap(),
      covers: noColumns.header,
      data: { table: 0, role: 'deadline', header: 'Сроки' },
    },
  ],
  'missing-stage': [
    {
      what: 'no «Формирование банка наставников» (mandatory)',
      fires: roadmap(withoutRow(2)),
      nearMiss: roadmap(),
      covers: HEADER,
      severity: 'error',
      data: { table: 0, stageId: 'mentor-base', profile: 'teachers', afterRow: 1 },
    },
    {
      what: 'no «Информационная поддержка» (recommended)',
      fires: roadmap(withoutRow(6)),
      nearMiss: roadmap(),
      covers: HEADER,
      severity: 'warning',
      data: { table: 0, stageId: 'information', afterRow: 5 },
    },
    {
      what: 'no mentors’ bank after a mentees’ bank with a continuation row: it goes after the continuation',
      fires: roadmap(
        [
          ROWS[0]!,
          ROWS[1]!,
          ['2.1', '', 'Собеседования с молодыми педагогами', 'Сентябрь 2025', 'Куратор', 'Карта запросов'],
          ROWS[3]!,
          ROWS[4]!,
          ROWS[5]!,
          ROWS[6]!,
        ].map((r, i) => (i > 2 ? [`${i}.`, ...r.slice(1)] : r)),
      ),
      nearMiss: roadmap(
        [
          ROWS[0]!,
          ROWS[1]!,
          ['2.1', '', 'Собеседования с молодыми педагогами', 'Сентябрь 2025', 'Куратор', 'Карта запросов'],
          ROWS[2]!,
          ROWS[3]!,
          ROWS[4]!,
          ROWS[5]!,
          ROWS[6]!,
        ].map((r, i) => (i > 2 ? [`${i}.`, ...r.slice(1)] : r)),
      ),
      covers: HEADER,
      data: { stageId: 'mentor-base', afterRow: 2 },
    },
    {
      what: 'no first stage: it goes before the first row',
      fires: roadmap(withoutRow(0)),
      nearMiss: roadmap(),
      covers: HEADER,
      data: { stageId: 'preparation', afterRow: -1 },
    },
  ],
  'stage-order': [
    {
      what: 'the work of the pairs before the selection of mentors',
      fires: roadmap([
        ROWS[0]!,
        ROWS[1]!,
        ROWS[2]!,
        withCell(3, COL.deadline, 'Октябрь 2025')[4]!.map((c, j) => (j === COL.deadline ? 'Октябрь 2025 – апрель 2026' : c)),
        ROWS[3]!,
        ROWS[5]!,
        ROWS[6]!,
      ]),
      nearMiss: roadmap(),
      covers: ROWS[3]![COL.stage]!,
      severity: 'warning',
      data: { table: 0, row: 4, stageId: 'selection', after: 'pair-work' },
    },
    {
      what: 'the two banks swapped: allowed, a hint',
      fires: roadmap([ROWS[0]!, ROWS[2]!, ROWS[1]!, ROWS[3]!, ROWS[4]!, ROWS[5]!, ROWS[6]!]),
      nearMiss: roadmap(),
      covers: ROWS[1]![COL.stage]!,
      severity: 'hint',
      data: { stageId: 'mentee-base', after: 'mentor-base' },
    },
  ],
  'duplicate-stage': [
    {
      what: 'the selection stage written again on the next row',
      fires: roadmap(
        [
          ...ROWS.slice(0, 4),
          ['4.1', 'Отбор и обучение наставников', 'Курсы повышения квалификации наставников', 'Ноябрь 2025', 'Куратор', 'Удостоверения'],
          ...ROWS.slice(4),
        ].map((r, i) => (i > 4 ? r : r)),
      ),
      nearMiss: roadmap([
        ...ROWS.slice(0, 4),
        ['4.1', '', 'Курсы повышения квалификации наставников', 'Ноябрь 2025', 'Куратор', 'Удостоверения'],
        ...ROWS.slice(4),
      ]),
      covers: 'Отбор и обучение наставников',
      data: { table: 0, row: 4, stageId: 'selection', firstRow: 3 },
    },
  ],
  'unknown-stage': [
    {
      what: 'a stage cell that is no stage of the profile',
      fires: roadmap(
        [
          ...ROWS.slice(0, 6),
          ['7.', 'Празднование Дня учителя', 'Концерт для педагогов', 'Октябрь 2025', 'Куратор', 'Концерт'],
          ROWS[6]!,
        ].map((r, i) => (i === 7 ? ['8.', ...r.slice(1)] : r)),
      ),
      nearMiss: roadmap(
        [...ROWS.slice(0, 6), ['7.', '', 'Концерт для педагогов', 'Октябрь 2025', 'Куратор', 'Концерт'], ROWS[6]!].map((r, i) =>
          i === 7 ? ['8.', ...r.slice(1)] : r,
        ),
      ),
      covers: 'Празднование Дня учителя',
      data: { table: 0, row: 6, profile: 'teachers', text: 'Празднование Дня учителя' },
    },
  ],
  'stage-mismatch': [
    {
      what: 'the mentees’ bank with the result «банк данных наставников»',
      fires: roadmap(withCell(1, COL.result, 'Сформирован банк данных наставников')),
      nearMiss: roadmap(withCell(1, COL.result, 'Сформирован банк данных наставляемых')),
      covers: 'Сформирован банк данных наставников',
      data: { table: 0, row: 1, stageId: 'mentee-base', mentioned: 'mentor-base', column: 'result' },
    },
  ],
  'stage-chronology': [
    {
      what: 'pairs at work in September, mentors selected in October',
      fires: roadmap(withCell(4, COL.deadline, 'Сентябрь 2025')),
      nearMiss: roadmap(withCell(4, COL.deadline, 'Октябрь 2025 – апрель 2026')),
      covers: 'Сентябрь 2025',
      data: { table: 0, row: 4, stageId: 'pair-work', earlier: 'selection' },
    },
  ],
  'missing-activity': [
    {
      what: 'a row with a deadline and a responsible but no activity',
      fires: roadmap(withCell(3, COL.activity, '')),
      nearMiss: roadmap(),
      covers: '',
      data: { table: 0, row: 3 },
    },
  ],
  'missing-deadline': [
    {
      what: 'an activity without a deadline',
      fires: roadmap(withCell(3, COL.deadline, '')),
      nearMiss: roadmap(),
      covers: '',
      data: { table: 0, row: 3 },
    },
  ],
  'unparsed-deadline': [
    {
      what: 'a deadline that names no time',
      fires: roadmap(withCell(3, COL.deadline, 'Когда получится')),
      nearMiss: roadmap(),
      covers: 'Когда получится',
      data: { table: 0, row: 3, fragment: 'Когда получится' },
    },
  ],
  'invalid-date': [
    {
      what: '31 September',
      fires: roadmap(withCell(0, COL.deadline, 'До 31.09.2025')),
      nearMiss: roadmap(withCell(0, COL.deadline, 'До 30.09.2025')),
      covers: 'До 31.09.2025',
      data: { table: 0, row: 0 },
    },
  ],
  'reversed-range': [
    {
      what: '«Май – март 2026»',
      fires: roadmap(withCell(5, COL.deadline, 'Май – март 2026')),
      nearMiss: roadmap(withCell(5, COL.deadline, 'Март – май 2026')),
      covers: 'Май – март 2026',
      data: { table: 0, row: 5, fragment: 'Май – март 2026', replacement: 'Март – май 2026' },
    },
  ],
  'deadline-outside-period': [
    {
      what: 'a year after the period',
      fires: roadmap(withCell(3, COL.deadline, 'Октябрь 2027')),
      nearMiss: roadmap(),
      covers: 'Октябрь 2027',
      severity: 'warning',
      data: { table: 0, row: 3, position: 'outside', start: '2027-10-01', end: '2027-10-31' },
    },
    {
      what: 'running past the end of the period: a hint',
      fires: roadmap(withCell(5, COL.deadline, 'Май – сентябрь 2026')),
      nearMiss: roadmap(withCell(5, COL.deadline, 'Май – июнь 2026')),
      covers: 'Май – сентябрь 2026',
      severity: 'hint',
      data: { position: 'past-end' },
    },
  ],
  'deadline-before-approval': [
    {
      what: 'ends before the approval date (29.08.2025)',
      fires: roadmap(withCell(0, COL.deadline, 'До 28.08.2025')),
      nearMiss: roadmap(withCell(0, COL.deadline, 'До 05.09.2025')),
      covers: 'До 28.08.2025',
      data: { table: 0, row: 0, approved: '2025-08-29', end: '2025-08-28' },
    },
  ],
  'vague-deadline': [
    {
      // Was a warning before issue #15; real reviewers never flag it: a hint that says it cannot be checked.
      what: '«По мере необходимости» alone says nothing about when: a hint',
      fires: roadmap(withCell(3, COL.deadline, 'По мере необходимости')),
      nearMiss: roadmap(withCell(3, COL.deadline, 'Октябрь 2025 (по мере необходимости)')),
      covers: 'По мере необходимости',
      severity: 'hint',
      data: { table: 0, row: 3, kind: 'not-a-deadline', fragment: 'По мере необходимости' },
    },
    {
      what: '«По отдельному плану» alone: a hint (was a warning before issue #15)',
      fires: roadmap(withCell(4, COL.deadline, 'По отдельному плану')),
      nearMiss: roadmap(),
      covers: 'По отдельному плану',
      severity: 'hint',
      data: { kind: 'not-a-deadline' },
    },
    {
      what: '«В течение учебного года (по отдельному плану)»: a frame is given — a hint (seed 001)',
      fires: roadmap(withCell(4, COL.deadline, 'В течение учебного года (по отдельному плану)')),
      nearMiss: roadmap(withCell(4, COL.deadline, 'Ноябрь 2025 – апрель 2026 (по отдельному плану)')),
      covers: 'В течение учебного года (по отдельному плану)',
      severity: 'hint',
      data: { kind: 'whole-period', fragment: 'В течение учебного года' },
    },
    {
      what: '«Постоянно»: a hint; months next to it settle it',
      fires: roadmap(withCell(6, COL.deadline, 'Постоянно')),
      nearMiss: roadmap(withCell(6, COL.deadline, 'Сентябрь 2025<br>Постоянно')),
      covers: 'Постоянно',
      severity: 'hint',
    },
  ],
  'ambiguous-year': [
    {
      what: 'a month range without a year in a multi-year period',
      fires: roadmap(withCell(3, COL.deadline, 'Ноябрь-декабрь'), { frontMatter: TEACHERS_FM_MULTI, title: TITLE_MULTI }),
      nearMiss: roadmap(withCell(3, COL.deadline, 'Ноябрь-декабрь 2025'), { frontMatter: TEACHERS_FM_MULTI, title: TITLE_MULTI }),
      covers: 'Ноябрь-декабрь',
      data: { table: 0, row: 3 },
    },
  ],
  'missing-responsible': [
    {
      what: 'an activity without a responsible',
      fires: roadmap(withCell(3, COL.responsible, '')),
      nearMiss: roadmap(),
      covers: '',
      data: { table: 0, row: 3 },
    },
  ],
  'unknown-responsible': [
    {
      what: 'a typo in a role',
      fires: roadmap(withCell(3, COL.responsible, 'Куратр')),
      nearMiss: roadmap(withCell(3, COL.responsible, 'Куратор')),
      covers: 'Куратр',
      data: { table: 0, row: 3, part: 'Куратр' },
    },
    {
      what: 'a person missing from the workspace staff list',
      fires: roadmap(withCell(3, COL.responsible, 'Петрова А.А.')),
      nearMiss: roadmap(withCell(3, COL.responsible, 'Соколова Н.В.')),
      covers: 'Петрова А.А.',
      options: { config: { staff: ['Соколова Н.В.'] } },
      data: { part: 'Петрова А.А.' },
    },
  ],
  'input-limit': [
    {
      what: 'a table line of 70 cells (rows run together) is skipped and reported',
      fires: roadmap() + '\n' + WIDE_LINE + '\n',
      nearMiss: roadmap() + '\n' + WIDE_LINE.split('|').slice(0, 40).join('|') + '|\n',
      covers: WIDE_LINE,
      data: { kind: 'wide-row', detail: 70 },
    },
  ],
  'extra-cells': [
    {
      what: 'a stray «|» inside the responsible cell pushes the result out of the table',
      fires: roadmap(withCell(3, COL.responsible, 'Куратор | методист')),
      nearMiss: roadmap(withCell(3, COL.responsible, 'Куратор, методист')),
      covers: ROWS[3]![COL.result]!,
      data: { table: 0, row: 3, header: 6, cells: 7 },
    },
  ],
  'missing-result': [
    {
      what: 'an empty result cell',
      fires: roadmap(withCell(3, COL.result, '')),
      nearMiss: roadmap(withoutColumn(COL.result, withCell(3, COL.result, '')).rows, { header: withoutColumn(COL.result).header }),
      covers: '',
      data: { table: 0, row: 3 },
    },
  ],
  placeholder: [
    {
      what: 'a deadline placeholder left by a quick fix',
      fires: roadmap(withCell(3, COL.deadline, '[указать срок]')),
      nearMiss: roadmap(withCell(3, COL.deadline, 'Октябрь 2025')),
      covers: '[указать срок]',
      data: { table: 0, row: 3, column: 'deadline', placeholder: '[указать срок]' },
    },
    {
      what: 'a responsible placeholder (not also reported as unknown-responsible)',
      fires: roadmap(withCell(3, COL.responsible, '[указать ответственных]')),
      nearMiss: roadmap(withCell(3, COL.responsible, 'Куратор')),
      covers: '[указать ответственных]',
      data: { table: 0, row: 3, column: 'responsible', placeholder: '[указать ответственных]' },
    },
  ],
  numbering: [
    {
      what: 'a gap: 1, 2, 3, 5',
      fires: roadmap(withCell(3, COL.number, '5.')),
      nearMiss: roadmap(),
      covers: '5.',
      data: { table: 0, row: 3, expected: '4.' },
      // 5 is followed by 5: the next row is reported as a duplicate.
      count: 2,
    },
    {
      what: 'a row without a number',
      fires: roadmap(withCell(0, COL.number, '')),
      nearMiss: roadmap(),
      covers: '',
      data: { table: 0, row: 0, expected: '1.' },
    },
  ],
  'score-invalid-mark': [
    {
      what: 'a mark the scale does not have',
      fires: scoring([SCORED[0]!, '|  | Помогает наставляемому планировать уроки |  | 5 |  |'], LEVELS),
      nearMiss: scoring(SCORED, LEVELS),
      covers: '5',
    },
  ],
  'score-multiple-marks': [
    {
      what: 'two marks in one row',
      fires: scoring([SCORED[0]!, '|  | Помогает наставляемому планировать уроки | ✓ | ✓ |  |'], LEVELS),
      nearMiss: scoring(SCORED, LEVELS),
      covers: '✓ | ✓',
    },
  ],
  'score-unscored': [
    {
      what: 'a row without a mark',
      fires: scoring([SCORED[0]!, '|  | Помогает наставляемому планировать уроки |  |  |  |'], LEVELS),
      nearMiss: scoring(SCORED, LEVELS),
      covers: SCORING_HEADER,
      severity: 'info',
      data: { rows: [1] },
    },
  ],
  'score-levels': [
    {
      what: 'levels for 18 points under a table of 2 indicators (max 4)',
      fires: scoring(
        SCORED,
        '\nУровень эффективности работы наставника:\n15–18 баллов – оптимальный ' +
          'уровень;\n9–14 баллов – допустимый уровень;\n0–8 баллов – недопустимый уровень.\n',
      ),
      nearMiss: scoring(SCORED, LEVELS),
      // The levels paragraph after the table.
      covers:
        'Уровень эффективности работы наставника:\n15–18 баллов – оптимальный уровень;\n9–14 баллов – допустимый уровень;\n0–8 баллов – недопустимый уровень.',
      data: { table: 0, kind: 'range' },
    },
  ],
  'target-decreasing': [
    {
      what: 'the plan falls from 60 to 50',
      fires: targets(50),
      nearMiss: targets(80),
      covers: 'Количество наставнических пар «педагог – педагог»: 2025 год – не менее 40; 2026 год – не менее 60; 2027 год – не менее 50',
    },
  ],
  'score-out-of-range': [
    {
      what: 'a questionnaire value of 19 on a 1–10 scale',
      fires: questionnaire('19'),
      nearMiss: questionnaire('9'),
      covers: '19',
    },
  ],
  'personal-missing-field': [
    {
      what: 'a personalised programme that names no mentee',
      fires: personal([PAIR[0]!, ...PAIR_HEAD.slice(2)], [PERSONAL_ROW]),
      nearMiss: personal(PAIR_HEAD, [PERSONAL_ROW]),
      covers: '# Персонализированная программа наставничества',
      data: { field: 'mentee' },
    },
  ],
  'personal-period-length': [
    {
      what: 'a personalised programme for two school years',
      fires: personal([...PAIR_HEAD.slice(0, 3), 'Срок реализации: с 01.09.2025 по 31.05.2027'], [PERSONAL_ROW]),
      nearMiss: personal(PAIR_HEAD, [PERSONAL_ROW]),
      covers: 'с 01.09.2025 по 31.05.2027',
      data: { problem: 'long', months: 21 },
    },
  ],
  'personal-unserved-task': [
    {
      what: 'a task about parents and no activity with parents',
      fires: personal([...PAIR_HEAD, 'Задачи: освоить анализ урока; научиться проводить родительские собрания.'], [PERSONAL_ROW]),
      nearMiss: personal([...PAIR_HEAD, 'Задачи: освоить анализ урока.'], [PERSONAL_ROW]),
      covers: 'научиться проводить родительские собрания.',
      data: { index: 1 },
    },
  ],
  'personal-unread-mark': [
    {
      what: 'a completion mark in the pair’s own words',
      fires: personal(PAIR_HEAD, [PERSONAL_ROW.replace('выполнено', 'сделаем позже')]),
      nearMiss: personal(PAIR_HEAD, [PERSONAL_ROW.replace('выполнено', '28.10.2025')]),
      covers: 'сделаем позже',
    },
  ],
  'personal-overdue': [
    {
      what: 'an October activity without a mark on 1 November',
      fires: personal(PAIR_HEAD, [PERSONAL_ROW.replace('выполнено', '')]),
      nearMiss: personal(PAIR_HEAD, [PERSONAL_ROW]),
      covers: '',
      options: { today: '2025-11-01' },
      data: { end: '2025-10-31', today: '2025-11-01' },
    },
  ],
};

/** The imperative verbs messages use to say what to do. */
const FIX_VERBS = new RegExp(
  '(Добавьте|Укажите|Исправьте|Проверьте|Перенесите|Поменяйте|Поставьте|Оставьте|Сдвиньте|' +
    'Переставьте|Допишите|Запишите|Опишите|Напишите|Назовите|Пересчитайте|Перенумеруйте|Пишите|Удалите)',
  'iu',
);

describe('every rule has a case', () => {
  test('the cases cover RULES exactly', () => {
    assert.deepEqual(Object.keys(CASES).sort(), RULES.map((r) => r.code).sort());
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.code}`, () => {
    for (const c of CASES[rule.code] ?? []) {
      test(`fires: ${c.what}; silent on the near miss`, () => {
        const found = ofCode(c.fires, rule.code, c.options);
        assert.equal(
          found.length,
          c.count ?? 1,
          `expected ${c.count ?? 1} × ${rule.code}, got ${JSON.stringify(found.map((d) => d.message.ru))}`,
        );
        const d = found[0]!;
        // The range: a cell, a header or a row — never the whole document.
        assert.ok(d.span.end - d.span.start < c.fires.length / 2, 'the range is not the whole document');
        assert.equal(covered(c.fires, d), c.covers, 'the range covers the cell / header / row');
        assert.equal(d.severity, c.severity ?? rule.defaultSeverity);
        for (const [key, value] of Object.entries(c.data ?? {})) assert.deepEqual(d.data?.[key], value, `data.${key}`);
        assert.match(d.message.ru, /[А-Яа-яЁё]{4}/, 'a Russian message');
        // It names the thing («…» quotes the cell, stage, section or column) and says what to do.
        assert.match(d.message.ru, /«[^»]+»/, `the Russian message quotes what it is about: ${d.message.ru}`);
        assert.match(d.message.ru, FIX_VERBS, `the Russian message says what to do: ${d.message.ru}`);
        assert.match(d.message.ru, /[.!]$/, 'a full sentence');
        assert.ok(d.message.en.length > 10, 'an English message');
        assert.deepEqual(ofCode(c.nearMiss, rule.code, c.options), [], 'silent on the near miss');
      });
    }
  });
}
