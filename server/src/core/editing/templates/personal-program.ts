/**
 * Template family: a personalised mentorship programme (ППН), one pair's plan for up to a year
 * (docs/domain.md §17): the pair, the form of mentoring, the period, the goal and tasks and the plan
 * with an empty «Отметка о выполнении» column the pair fills in as it goes. Expanded as is, it is
 * read as a `personal` document with no error or warning (test/personal-programme.test.ts).
 */
import { PERSONAL_PROGRAM_ROWS } from '../template-data';
import { mirror, TabStopWriter, text, Y1, Y2 } from './tab-stops';
import { type Template, TEMPLATE_YEAR } from './template';

/** The forms a school pair of teachers may work in, the usual first (docs/domain.md §16, §17). */
const FORMS = ['«педагог – педагог»', '«руководитель – педагог»', '«опытный педагог – молодой специалист»'];

/** Tasks each served by a row of PERSONAL_PROGRAM_ROWS (personal-unserved-task matches their words). */
const TASKS = [
  'выявить профессиональные затруднения наставляемого и согласовать план работы пары',
  'освоить анализ урока на примере уроков наставника и коллег',
  'подготовить и провести открытый урок, представить опыт на методическом объединении',
];

function personalProgramBody(): string {
  // $1, $2: the years of the period (mirrored in the deadlines' school year); $3… in the order written.
  const stops = new TabStopWriter(3);
  const head = [
    '---',
    'вид: персонализированная программа',
    'профиль: педагоги',
    '---',
    '',
    '# Персонализированная программа наставничества',
    '',
    `Наставник: ${stops.tab('Соколова Наталья Викторовна')}, ${stops.tab('учитель математики высшей квалификационной категории')}`,
    '',
    `Наставляемый: ${stops.tab('Петров Андрей Сергеевич')}, ${stops.tab('учитель математики, молодой специалист')}`,
    '',
    `Форма наставничества: ${stops.choice(FORMS)}`,
    '',
    `Срок реализации: с 01.09.\${${Y1}:${TEMPLATE_YEAR}} по 31.05.\${${Y2}:${TEMPLATE_YEAR + 1}}`,
    '',
    `**Цель:** ${stops.tab('успешная адаптация молодого специалиста в школе и развитие его профессиональных компетенций')}.`,
    '',
    '**Задачи:**',
    '',
    ...TASKS.map((t, i) => `${i + 1}. ${stops.tab(t)}.`),
    '',
    '## План мероприятий',
    '',
    '| № | Мероприятие | Срок | Ответственные | Планируемый результат | Отметка о выполнении | Фактический результат |',
    '|---|---|---|---|---|---|---|',
    ...PERSONAL_PROGRAM_ROWS.map(
      (r, i) =>
        `| ${i + 1}. | ${text(r.activity)} | ${stops.choice(r.deadline)} | ${stops.choice(r.responsibles)} | ${text(r.result)} |  |  |`,
    ),
    '',
    `Наставник ____________ ${mirror(3)}`,
    '',
    `Наставляемый ____________ ${mirror(5)}`,
    '',
    '$0',
  ];
  return head.join('\n');
}

export function personalProgramTemplates(): Template[] {
  return [
    {
      id: 'personal-program',
      prefix: ['ппн', 'персонализированная-программа', 'personal-program'],
      title: { ru: 'Персонализированная программа наставничества (план пары)', en: 'Personalised mentorship programme (a pair’s plan)' },
      description: {
        ru:
          'ППН одной пары: наставник, наставляемый, форма наставничества, срок (до года), цель и задачи, план мероприятий ' +
          'со сроками, результатами и столбцом «Отметка о выполнении», по которому считается прогресс.',
        en:
          'One pair’s programme: mentor, mentee, form of mentoring, period (up to a year), goal and tasks, and a plan with ' +
          'deadlines, results and an «Отметка о выполнении» column that progress is counted from.',
      },
      body: personalProgramBody(),
      kind: 'document',
      profile: 'teachers',
    },
  ];
}
