/**
 * Templates of the standard documents, as data: full roadmaps per profile, each standard stage as a
 * table row, programme skeletons, efficiency / target / questionnaire / personalised-programme
 * tables. Bodies are written in LSP/VS Code snippet syntax (`snippet-syntax.ts`).
 *
 * One source for two consumers: `scripts/gen-snippets.ts` writes `snippets/markdown.json` from
 * `TEMPLATES` (a test checks the committed file is current), and the language server offers the same
 * templates as completions — expanded with `expandSnippet` for clients without snippet support.
 *
 * Built from `profiles.ts` (stage titles, order, results) and `rules/missing-section.ts` (programme
 * sections), so a template cannot drift from what the checker expects: test/snippets.test.ts expands
 * every template and runs `analyze` on it.
 */
import type { Message } from '../diagnostic';
import type { TableKind } from '../model';
import { BUILTIN_PROFILES, type Profile, type StageDef } from '../domain/profiles';
import { PROGRAM_SECTIONS } from '../rules/missing-section';
import { defaultLevels } from '../scores/efficiency';
import { escapeChoiceOption, escapeSnippetText } from './snippet-syntax';
import {
  EFFICIENCY_CRITERIA,
  FORMS,
  PERSONAL_PROGRAM_ROWS,
  QUESTIONNAIRE_ITEMS,
  roles,
  STAGE_ROWS,
  TARGET_ROWS,
  type StageRowData,
} from './template-data';

export { expandSnippet, parseSnippet, tabStops } from './snippet-syntax';

export interface Template {
  /** Stable Latin key. */
  id: string;
  /** What the user types: Russian first, then Latin. */
  prefix: string[];
  /** Short name (the completion label's description). */
  title: Message;
  /** One sentence: what it inserts and where it fits. */
  description: Message;
  /** LSP snippet syntax, lines joined by '\n'. */
  body: string;
  kind: 'document' | 'stage-row' | 'table';
  profile?: string;
  stageId?: string;
  /** For table templates: the kind the core must read the table as. */
  tableKind?: TableKind;
}

/** The example period the templates start with; the period's tab stops change it everywhere. */
export const TEMPLATE_YEAR = 2025;

const PROFILE_RU: Readonly<Record<string, { genitive: string; slug: string; label: string }>> = {
  teachers: { genitive: 'педагогических работников', slug: 'педагоги', label: 'педагоги' },
  pupils: { genitive: 'обучающихся', slug: 'обучающиеся', label: 'обучающиеся' },
  municipal: { genitive: 'педагогических работников (муниципальный уровень)', slug: 'муниципальный', label: 'муниципальный комплекс мер' },
};

const STAGE_SLUG: Readonly<Record<string, string>> = {
  preparation: 'подготовка',
  'mentee-base': 'наставляемые',
  'mentor-base': 'наставники',
  selection: 'отбор',
  pairing: 'пары',
  'pair-work': 'работа-пар',
  completion: 'завершение',
  information: 'информирование',
  regulation: 'нормативное-регулирование',
  'methodical-support': 'сопровождение',
  implementation: 'внедрение',
  'best-practices': 'лучшие-практики',
  monitoring: 'мониторинг',
  targets: 'индикаторы',
};

const ROADMAP_HEADER = '| № | Этап | Мероприятия | Сроки | Ответственные | Результат |\n|---|---|---|---|---|---|';
const MUNICIPAL_HEADER = '| № | Мероприятия | Сроки | Ответственные | Результат |\n|---|---|---|---|---|';

/** Numbers tab stops in the order they are written. */
class Stops {
  private next: number;
  constructor(first = 1) {
    this.next = first;
  }
  /** A placeholder with a default; `indexed` also returns its index (for mirrors). */
  indexed(defaultText: string): { syntax: string; index: number } {
    const index = this.next++;
    return { syntax: `\${${index}:${escapeSnippetText(defaultText)}}`, index };
  }
  tab(defaultText: string): string {
    return this.indexed(defaultText).syntax;
  }
  empty(): string {
    return `\${${this.next++}}`;
  }
  choice(options: readonly string[]): string {
    if (options.length === 1) return this.tab(options[0]!);
    return `\${${this.next++}|${options.map(escapeChoiceOption).join(',')}|}`;
  }
}

/** A mirror of tab stop n, braced so a following digit cannot extend the index. */
const mirror = (n: number): string => `\${${n}}`;
const text = escapeSnippetText;

/** The period's tab stops: $1 first year, $2 last year; $3 approval date; $4 organisation. */
const Y1 = 1;
const Y2 = 2;

type YearMode = 'mirror' | 'none';
type Year = 'y1' | 'y2';
/** Snippet syntax for a year of the period. */
type YearWriter = (which: Year) => string;

const periodYears: YearWriter = (which) => mirror(which === 'y1' ? Y1 : Y2);

/** Years as tab stops of their own (where no period is at hand): the first use is the tab stop, later ones mirror it. */
function ownYears(stops: Stops, defaults: Record<Year, number>): YearWriter {
  const made: Partial<Record<Year, number>> = {};
  return (which) => {
    const known = made[which];
    if (known !== undefined) return mirror(known);
    const { syntax, index } = stops.indexed(String(defaults[which]));
    made[which] = index;
    return syntax;
  };
}

/** Activity text with its {Y1} {Y2} {tab:…} tokens turned into snippet syntax. */
function fillTokens(template: string, stops: Stops, years: YearWriter): string {
  return template
    .split(/(\{Y1\}|\{Y2\}|\{tab:[^}]*\})/)
    .map((piece) => {
      if (piece === '{Y1}') return years('y1');
      if (piece === '{Y2}') return years('y2');
      const tab = /^\{tab:([^}]*)\}$/.exec(piece);
      if (tab) return stops.tab(tab[1]!);
      return text(piece);
    })
    .join('');
}

function rowData(profile: Profile, stage: StageDef): StageRowData {
  return (
    STAGE_ROWS[profile.id]?.[stage.id] ?? {
      // A stage without written-out content (a workspace profile): its own expectations.
      activity: stage.expects,
      deadline: [
        { choices: ['Сентябрь'], year: 1 },
        { choices: ['май'], year: 2 },
      ],
      responsibles: roles('Куратор'),
    }
  );
}

/** With the period's years («Ноябрь 2025 – апрель 2026»), or without (single rows: the table's period decides). */
function deadlineCell(data: StageRowData, stops: Stops, mode: YearMode): string {
  if (mode === 'none') {
    if (data.rowDeadline) return stops.choice(data.rowDeadline);
    return data.deadline.map((p) => stops.choice(p.choices)).join(' – ');
  }
  return data.deadline.map((p) => `${stops.choice(p.choices)} ${mirror(p.year === 1 ? Y1 : Y2)}`).join(' – ');
}

/**
 * One table row of a school roadmap (№ | Этап | Мероприятия | Сроки | Ответственные | Результат).
 * In a full roadmap the number, activity and result are plain text and deadlines carry the period's
 * years; a single-row snippet makes them tab stops and leaves the year to the period.
 */
function schoolRow(profile: Profile, stage: StageDef, position: number, stops: Stops, mode: YearMode): string {
  const data = rowData(profile, stage);
  const single = mode === 'none';
  const number = single ? `${stops.tab(String(position))}.` : `${position}.`;
  const activity = single ? stops.tab(data.activity) : fillTokens(data.activity, stops, periodYears);
  const deadline = deadlineCell(data, stops, mode);
  const responsible = stops.choice(data.responsibles);
  const result = single ? stops.tab(data.result ?? stage.typicalResult) : text(data.result ?? stage.typicalResult);
  return `| ${number} | ${text(stage.title)} | ${activity} | ${deadline} | ${responsible} | ${result} |`;
}

/** A municipal section: its row («1. | Нормативно-правовое регулирование | | | |») and one measure «1.1». */
function municipalRows(profile: Profile, stage: StageDef, position: number, stops: Stops, mode: YearMode): string {
  const data = rowData(profile, stage);
  const single = mode === 'none';
  const section = single ? stops.indexed(String(position)) : undefined;
  const sectionNumber = section ? section.syntax : String(position);
  const sub = section ? `${mirror(section.index)}.1` : `${position}.1`;
  const years = single ? ownYears(stops, { y1: TEMPLATE_YEAR, y2: TEMPLATE_YEAR + 2 }) : periodYears;
  const activity = fillTokens(data.activity, stops, years);
  const deadline = deadlineCell(data, stops, mode);
  const responsible = stops.choice(data.responsibles);
  const result = text(data.result ?? stage.typicalResult);
  return [
    `| ${sectionNumber}. | ${text(stage.title)} |  |  |  |`,
    `| ${sub} | ${activity} | ${deadline} | ${responsible} | ${result} |`,
  ].join('\n');
}

function profileById(id: string): Profile {
  const p = BUILTIN_PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`no built-in profile ${id}`); // a programming error, not a document's
  return p;
}

/** Front matter with the keys `frontmatter.ts` reads; tab stops 1–2 (period), 3 (approval), 4 (organisation). */
function frontMatter(kind: string, profileRu: string, period: string, municipal = false): string {
  // Schools approve before the school year; a department before the calendar year's first measures.
  const approved = municipal ? `${mirror(Y1)}-01-20` : `${mirror(Y1)}-08-29`;
  const organization = municipal ? 'Управление образования администрации города' : 'МБОУ «Средняя школа № 1»';
  return [
    '---',
    `вид: ${kind}`,
    `профиль: ${profileRu}`,
    `период: ${period}`,
    `утверждено: \${3:${approved}}`,
    `организация: \${4:${text(organization)}}`,
    '---',
  ].join('\n');
}

/** The roadmap table of a profile, every standard stage in order (tab stops from 5 on). */
function roadmapTable(profile: Profile, stops: Stops): string {
  if (profile.id === 'municipal') {
    return [MUNICIPAL_HEADER, ...profile.stages.map((s, i) => municipalRows(profile, s, i + 1, stops, 'mirror'))].join('\n');
  }
  return [ROADMAP_HEADER, ...profile.stages.map((s, i) => schoolRow(profile, s, i + 1, stops, 'mirror'))].join('\n');
}

function roadmapTemplate(profileId: string): Template {
  const profile = profileById(profileId);
  const ru = PROFILE_RU[profileId]!;
  const stops = new Stops(5);
  const municipal = profileId === 'municipal';
  const period = municipal
    ? `\${1:${TEMPLATE_YEAR}}-\${2:${TEMPLATE_YEAR + 2}}`
    : `\${1:${TEMPLATE_YEAR}}-\${2:${TEMPLATE_YEAR + 1}} учебный год`;
  const title = municipal
    ? `# Комплекс мер («Дорожная карта») по развитию системы наставничества педагогических работников в муниципальных образовательных организациях на ${mirror(Y1)}–${mirror(Y2)} годы`
    : `# Дорожная карта реализации ${profileId === 'teachers' ? 'системы (целевой модели) наставничества педагогических работников' : 'целевой модели наставничества обучающихся'} в ${mirror(4)} на ${mirror(Y1)}-${mirror(Y2)} учебный год`;
  const intro = municipal
    ? 'Цель комплекса мер — обеспечить профессиональную адаптацию молодых педагогов, закрепить их в профессии и распространить лучшие практики наставничества.'
    : profileId === 'teachers'
      ? 'Дорожная карта определяет этапы, сроки и ответственных за внедрение системы наставничества педагогических работников (письмо Минпросвещения России и Общероссийского Профсоюза образования от 21.12.2021 № АЗ-1128/08 / 657).'
      : 'Дорожная карта составлена в соответствии с методологией (целевой моделью) наставничества обучающихся, утверждённой распоряжением Минпросвещения России от 25.12.2019 № Р-145.';
  const body = [
    frontMatter(municipal ? 'комплекс мер' : 'дорожная карта', ru.slug, period, municipal),
    '',
    title,
    '',
    text(intro),
    '',
    roadmapTable(profile, stops),
    '',
    '$0',
  ].join('\n');
  const prefixes: Record<string, string[]> = {
    teachers: ['дк-педагоги', 'roadmap-teachers'],
    pupils: ['дк-обучающиеся', 'roadmap-pupils'],
    municipal: ['комплекс-мер', 'дк-муниципальный', 'roadmap-municipal'],
  };
  return {
    id: `roadmap-${profileId}`,
    prefix: prefixes[profileId]!,
    title: municipal
      ? { ru: 'Комплекс мер по наставничеству (муниципальный)', en: 'Municipal complex of measures' }
      : { ru: `Дорожная карта наставничества (${ru.label})`, en: `Mentorship roadmap (${profileId})` },
    description: {
      ru: `Полная дорожная карта профиля «${profile.title}»: титульные данные, заголовок с периодом и таблица со всеми этапами по порядку. Tab — к срокам и ответственным.`,
      en: `A complete roadmap of the «${profile.titleEn}» profile: front matter, a title with the period and a table with every stage in order. Tab moves to deadlines and responsibles.`,
    },
    body,
    kind: 'document',
    profile: profileId,
  };
}

function stageRowTemplate(profileId: string, stage: StageDef, position: number): Template {
  const profile = profileById(profileId);
  const ru = PROFILE_RU[profileId]!;
  const stops = new Stops(1);
  const municipal = profileId === 'municipal';
  const body = municipal ? municipalRows(profile, stage, position, stops, 'none') : schoolRow(profile, stage, position, stops, 'none');
  return {
    id: `stage-${profileId}-${stage.id}`,
    prefix: [`этап-${STAGE_SLUG[stage.id] ?? stage.id}`, `stage-${stage.id}`],
    title: { ru: `Этап «${stage.title}» (${ru.label})`, en: `Stage «${stage.titleEn}» (${profileId})` },
    description: municipal
      ? {
          ru: `Раздел комплекса мер «${stage.title}» и мероприятие к нему — для таблицы «№ | Мероприятия | Сроки | Ответственные | Результат».`,
          en: `The «${stage.titleEn}» section of a complex of measures with one measure — for a «№ | Мероприятия | Сроки | Ответственные | Результат» table.`,
        }
      : {
          ru: `Строка этапа «${stage.title}» для таблицы «№ | Этап | Мероприятия | Сроки | Ответственные | Результат», в которой его нет.`,
          en: `A row for the stage «${stage.titleEn}» in a «№ | Этап | Мероприятия | Сроки | Ответственные | Результат» table that lacks it.`,
        },
    body,
    kind: 'stage-row',
    profile: profileId,
    stageId: stage.id,
  };
}

/** The efficiency indicators table with a «Балл» column (choices 2/1/0) and the levels after it. */
function efficiencyTable(stops: Stops): string {
  const rows: string[] = [];
  for (const [criterion, indicators] of EFFICIENCY_CRITERIA) {
    indicators.forEach((indicator, i) =>
      rows.push(`| ${i === 0 ? text(criterion) : ''} | ${text(indicator)} | ${stops.choice(['2', '1', '0'])} |`),
    );
  }
  const max = 2 * EFFICIENCY_CRITERIA.reduce((n, [, inds]) => n + inds.length, 0);
  const levels = defaultLevels(max).map((l, i, all) => `${l.from}–${l.to} баллов – ${l.name}${i === all.length - 1 ? '.' : ';'}`);
  return [
    '| Критерии | Показатели | Балл (2 – проявляется в полной мере, 1 – частично, 0 – не проявляется) |',
    '|---|---|---|',
    ...rows,
    '',
    levels.join('\n\n'),
  ].join('\n');
}

function questionnaireTable(stops: Stops): string {
  return [
    'Анкета участника программы наставничества: оценка от 1 до 10 баллов до начала и после завершения программы.',
    '',
    '| № | Вопрос | До программы | После программы |',
    '|---|---|---|---|',
    ...QUESTIONNAIRE_ITEMS.map(
      ([item, before, after], i) => `| ${i + 1}. | ${text(item)} | ${stops.tab(String(before))} | ${stops.tab(String(after))} |`,
    ),
  ].join('\n');
}

function targetTable(stops: Stops): string {
  const years: YearWriter[] = [0, 1, 2].map((i) => ownYears(stops, { y1: TEMPLATE_YEAR + i, y2: TEMPLATE_YEAR + i }));
  const rows = TARGET_ROWS.map(([name, ...plans], r) => {
    const lines = plans.map((plan, i) => `- ${years[i]!('y1')} год – не менее ${stops.tab(String(plan))}`);
    return `| ${r + 1}. | ${text(name)}:<br>${lines.join(';<br>')} | ${stops.empty()} |`;
  });
  return ['| № | Показатель | Факт |', '|---|---|---|', ...rows].join('\n');
}

function personalProgramTable(stops: Stops): string {
  return [
    `Наставник: ${stops.tab('Соколова Н.В.')}, ${stops.tab('учитель математики')}`,
    '',
    `Наставляемый: ${stops.tab('Петров А.С.')}, ${stops.tab('учитель математики, стаж 1 год')}`,
    '',
    '| № | Мероприятие | Сроки | Ответственные | Ожидаемый результат | Отметка о выполнении |',
    '|---|---|---|---|---|---|',
    ...PERSONAL_PROGRAM_ROWS.map(
      (r, i) =>
        `| ${i + 1}. | ${text(r.activity)} | ${stops.choice(r.deadline)} | ${stops.choice(r.responsibles)} | ${text(r.result)} |  |`,
    ),
  ].join('\n');
}

function tableTemplates(): Template[] {
  return [
    {
      id: 'table-efficiency',
      prefix: ['показатели-эффективности', 'efficiency-indicators'],
      title: { ru: 'Показатели эффективности программы наставничества', en: 'Efficiency indicators' },
      description: {
        ru: 'Таблица «Критерии | Показатели | Балл» (по 0, 1 или 2 балла за показатель) и уровни: оптимальный, допустимый, недопустимый.',
        en: 'A «Критерии | Показатели | Балл» table (0, 1 or 2 points per indicator) and the levels: optimal, acceptable, unacceptable.',
      },
      body: efficiencyTable(new Stops(1)) + '\n$0',
      kind: 'table',
      tableKind: 'scoring',
    },
    {
      id: 'table-targets',
      prefix: ['целевые-показатели', 'target-indicators'],
      title: { ru: 'Целевые показатели по годам', en: 'Target indicators by year' },
      description: {
        ru: 'Таблица целевых показателей «не менее N» на каждый год и столбец «Факт» для расчёта выполнения.',
        en: 'A table of «не менее N» targets per year with a «Факт» column for fulfilment.',
      },
      body: targetTable(new Stops(1)) + '\n$0',
      kind: 'table',
      tableKind: 'other',
    },
    {
      id: 'table-questionnaire',
      prefix: ['анкета', 'questionnaire'],
      title: { ru: 'Анкета участников: до и после программы', en: 'Participant questionnaire: before and after' },
      description: {
        ru: 'Таблица анкеты: вопросы с оценкой от 1 до 10 баллов до начала и после завершения программы; считается средний балл и его изменение.',
        en: 'A questionnaire table: items scored 1–10 before and after the programme; the mean and its change are computed.',
      },
      body: questionnaireTable(new Stops(1)) + '\n$0',
      kind: 'table',
      tableKind: 'questionnaire',
    },
    {
      id: 'table-personal-program',
      prefix: ['ппн', 'персонализированная-программа', 'personal-program'],
      title: { ru: 'Персонализированная программа наставничества (план пары)', en: 'Personalised mentorship programme (a pair’s plan)' },
      description: {
        ru: 'Наставник, наставляемый и план их работы: мероприятия, сроки, ответственные, ожидаемый результат, отметка о выполнении.',
        en: 'Mentor, mentee and their work plan: activities, deadlines, responsibles, expected result, completion mark.',
      },
      body: personalProgramTable(new Stops(1)) + '\n$0',
      kind: 'table',
    },
  ];
}

/** Content of each programme section (docs/domain.md §16 «Разделы программы»), keyed by `PROGRAM_SECTIONS` id. */
function sectionContent(id: string, profile: Profile, stops: Stops): string {
  const teachers = profile.id === 'teachers';
  switch (id) {
    case 'explanatory-note':
      return [
        text(
          teachers
            ? 'Программа разработана в соответствии с Методическими рекомендациями по разработке и внедрению системы (целевой модели) наставничества педагогических работников (письмо Минпросвещения России и Общероссийского Профсоюза образования от 21.12.2021 № АЗ-1128/08 / 657).'
            : 'Программа разработана в соответствии с методологией (целевой моделью) наставничества обучающихся (распоряжение Минпросвещения России от 25.12.2019 № Р-145).',
        ),
        '',
        `**Цель:** ${stops.tab(teachers ? 'профессиональное развитие педагогических работников и успешная адаптация молодых специалистов' : 'раскрытие потенциала личности наставляемого, необходимое для успешной личной и профессиональной самореализации')}.`,
        '',
        '**Задачи:**',
        '',
        `- ${stops.tab('разработка и реализация мероприятий дорожной карты внедрения программы')};`,
        `- ${stops.tab('формирование баз наставников и наставляемых')};`,
        `- ${stops.tab('проведение мониторинга реализации и эффективности программы')}.`,
        '',
        '**Ожидаемые результаты:**',
        '',
        `- ${stops.tab(teachers ? 'успешная адаптация и закрепление в профессии молодых специалистов' : 'рост мотивации к учёбе и саморазвитию обучающихся')};`,
        `- ${stops.tab('улучшение психологического климата в образовательной организации')}.`,
      ].join('\n');
    case 'management':
      return [
        '| Ответственный исполнитель | Направления деятельности | Сроки исполнения |',
        '|---|---|---|',
        `| Директор | Утверждение нормативных документов, назначение куратора, поощрение наставников | Сентябрь ${mirror(Y1)} |`,
        `| Куратор | Формирование баз наставников и наставляемых, организация обучения наставников, мониторинг программы | Сентябрь ${mirror(Y1)} – май ${mirror(Y2)} |`,
        `| Наставники | Разработка и реализация ${teachers ? 'персонализированных программ наставничества' : 'индивидуальных планов развития наставляемых'} | Ноябрь ${mirror(Y1)} – май ${mirror(Y2)} |`,
        `| Педагог-психолог | Диагностика совместимости пар, мониторинг удовлетворённости участников | Октябрь ${mirror(Y1)} – май ${mirror(Y2)} |`,
      ].join('\n');
    case 'stages':
      return [
        '| Этапы | Мероприятия | Результат |',
        '|---|---|---|',
        ...profile.stages.map((s) => `| ${text(s.title)} | ${text(s.expects)} | ${text(s.typicalResult)} |`),
      ].join('\n');
    case 'staffing':
      return [
        'Куратор — сотрудник организации, который отвечает за организацию программы наставничества.',
        '',
        'Наставник — участник программы, имеющий успешный опыт и готовый поделиться им с наставляемым.',
        '',
        'Наставляемый — участник программы, который с помощью наставника решает конкретные профессиональные или учебные задачи.',
      ].join('\n');
    case 'forms':
      return ['| Форма | Цель |', '|---|---|', ...(FORMS[profile.id] ?? []).map(([form, aim]) => `| ${text(form)} | ${text(aim)} |`)].join(
        '\n',
      );
    case 'monitoring':
      return [
        'Мониторинг проводится в два этапа: оценка качества реализации программы и оценка роста участников. Анкетирование проходит до начала и после завершения программы.',
        '',
        questionnaireTable(stops),
      ].join('\n');
    case 'criteria':
      return ['Показатели эффективности реализации программы наставничества:', '', efficiencyTable(stops)].join('\n');
    case 'motivation':
      return [
        '- благодарность и грамота руководителя организации;',
        '- выдвижение лучших наставников на конкурсы муниципального и регионального уровней;',
        '- рубрика «Наши наставники» на сайте организации.',
      ].join('\n');
    case 'roadmap':
      return roadmapTable(profile, stops);
    default:
      throw new Error(`no template content for programme section ${id}`); // caught by the tests
  }
}

function programTemplate(profileId: 'teachers' | 'pupils'): Template {
  const profile = profileById(profileId);
  const ru = PROFILE_RU[profileId]!;
  const stops = new Stops(5);
  const sections = PROGRAM_SECTIONS.map((s, i) => [`## ${i + 1}. ${s.ru}`, '', sectionContent(s.id, profile, stops)].join('\n'));
  const body = [
    frontMatter('программа наставничества', ru.slug, `\${1:${TEMPLATE_YEAR}}-\${2:${TEMPLATE_YEAR + 1}} учебный год`),
    '',
    `# Программа наставничества ${ru.genitive} ${mirror(4)} на ${mirror(Y1)}-${mirror(Y2)} учебный год`,
    '',
    sections.join('\n\n'),
    '',
    '$0',
  ].join('\n');
  return {
    id: `program-${profileId}`,
    prefix: [`программа-${ru.slug}`, `program-${profileId}`],
    title: { ru: `Программа наставничества (${ru.label})`, en: `Mentorship programme (${profileId})` },
    description: {
      ru: `Каркас программы наставничества со всеми разделами: пояснительная записка, структура управления, этапы, кадровые условия, формы, мониторинг с анкетой, показатели эффективности, мотивация, дорожная карта.`,
      en: 'A programme skeleton with every section: explanatory note, management, stages, staffing, forms, monitoring with a questionnaire, efficiency indicators, motivation, roadmap.',
    },
    body,
    kind: 'document',
    profile: profileId,
  };
}

function buildTemplates(): Template[] {
  const out: Template[] = [];
  for (const id of ['teachers', 'pupils', 'municipal']) out.push(roadmapTemplate(id));
  out.push(programTemplate('teachers'), programTemplate('pupils'));
  for (const id of ['teachers', 'pupils', 'municipal']) {
    profileById(id).stages.forEach((stage, i) => out.push(stageRowTemplate(id, stage, i + 1)));
  }
  out.push(...tableTemplates());
  return out;
}

export const TEMPLATES: readonly Template[] = buildTemplates();

/** `snippets/markdown.json` as VS Code reads it: name → {prefix, body lines, description}. Russian names and descriptions. */
export function vscodeSnippets(
  templates: readonly Template[] = TEMPLATES,
): Record<string, { prefix: string[]; body: string[]; description: string }> {
  const out: Record<string, { prefix: string[]; body: string[]; description: string }> = {};
  for (const t of templates) out[t.title.ru] = { prefix: t.prefix, body: t.body.split('\n'), description: t.description.ru };
  return out;
}
