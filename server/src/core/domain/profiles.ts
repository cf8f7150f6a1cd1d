/**
 * Profiles are data: the ordered stages a roadmap of each kind must contain, with the keyword stems
 * the stage matcher (`stages.ts`) uses. A workspace may add its own profiles in `.nastavnik.json`;
 * they have the same shape.
 *
 * Keyword conventions (see `stages.ts`):
 * - each inner array is one alternative: the stage matches when every stem of that set occurs;
 * - a stem matches a word that starts with it («наставляем» ~ «наставляемых»), or whose stem
 *   equals the keyword's stem (so full words such as «базы» also work in user profiles);
 * - «a|b» inside one stem: either «a» or «b»;
 * - a trailing «$» means «this stem plus an inflectional ending only» («пар$» ~ «пары», not «партнер»);
 * - the first set is the stage's key phrase: `findStageMentions` looks for it (in order, close
 *   together) in free text, so it should be specific («формир баз наставник», not «баз наставник»).
 * Texts are normalised first (lower case, ё→е, «банк»→«база»), so write stems in that form.
 */

export type ProfileId = string; // built-ins: 'teachers' | 'pupils' | 'municipal'

export interface StageDef {
  /** Stable key, e.g. 'preparation', 'mentee-base'. */
  id: string;
  /** Canonical Russian name. */
  title: string;
  titleEn: string;
  mandatory: boolean;
  /** Alternatives of keyword-stem sets: the stage matches when all stems of one set occur. */
  keywords: string[][];
  /** Runs through all stages (information support): no place in order/chronology checks. */
  crossCutting?: boolean;
  /** Stages that may swap with each other (the two bases) share a group. */
  swapGroup?: string;
  /** Stages this one may be merged into (pupils: pairing into pair-work). */
  mergesWith?: string[];
  /** One Russian sentence: what the profile expects of this stage (hover). */
  expects: string;
  /** Russian: the typical result (hover and quick-fix placeholders). */
  typicalResult: string;
}

export interface Profile {
  id: ProfileId;
  title: string;
  titleEn: string;
  stages: StageDef[];
}

// Shared keyword sets. Mentor stems are «наставник…» (наставники, наставников), mentee stems are
// «наставляем…» (наставляемые, наставляемых): neither is a prefix of the other, and «наставнич…»
// (наставничества, наставнических) is neither.
const MENTEE_BASE: string[][] = [
  ['формир|сформир|созда|пополн|составл|сбор', 'баз', 'наставляем'],
  ['баз', 'наставляем'],
];
const MENTOR_BASE: string[][] = [
  ['формир|сформир|созда|пополн|составл|сбор', 'баз', 'наставник'],
  ['баз', 'наставник'],
];
const SELECTION: string[][] = [
  ['отбор', 'обучен'],
  ['отбор', 'наставник'],
  ['выдвижен', 'наставник'],
  ['подбор', 'наставник'],
  ['обучен', 'наставник'],
  ['рекрутинг'],
  ['отбор'],
  ['выдвижен'],
];
// Schools' own words too: «Итоговый (аналитический) этап», «Подготовка и принятие локальных
// нормативных правовых актов», «Нормативно-правовое обеспечение» (docs/domain.md §4 «Этапы своими словами»).
const COMPLETION: string[][] = [
  ['завершен|заверш', 'программ|наставничеств'],
  ['завершен|заверш'],
  ['подведен', 'итог'],
  ['итогов$', 'этап'],
  ['аналитическ', 'этап'],
  ['заключительн', 'этап'],
];
const PREPARATION: string[][] = [
  ['подготов', 'услов'],
  ['подготовительн'],
  ['подготов|принят|разработ', 'локальн|нормативн', 'акт$|актов|документ|баз'],
  ['нормативн', 'правов', 'обеспечен|регулирован|баз'],
  ['организационн$', 'этап'],
];

const TEACHERS: Profile = {
  id: 'teachers',
  title: 'Наставничество педагогических работников',
  titleEn: 'Mentorship of teaching staff',
  stages: [
    {
      id: 'preparation',
      title: 'Подготовка условий для реализации системы наставничества',
      titleEn: 'Preparing the conditions for the mentorship system',
      mandatory: true,
      keywords: PREPARATION,
      expects:
        'Изучить нормативные документы, принять положение и программу наставничества, утвердить дорожную карту и назначить куратора.',
      typicalResult: 'Приказы об утверждении положения о системе наставничества, программы и дорожной карты; назначен куратор',
    },
    {
      id: 'mentee-base',
      title: 'Формирование банка наставляемых',
      titleEn: 'Building the bank of mentees',
      mandatory: true,
      swapGroup: 'bases',
      keywords: MENTEE_BASE,
      expects:
        'Собрать профессиональные запросы педагогов и сформировать банк данных наставляемых с согласиями на обработку персональных данных.',
      typicalResult: 'Банк данных наставляемых с их профессиональными запросами',
    },
    {
      id: 'mentor-base',
      title: 'Формирование банка наставников',
      titleEn: 'Building the bank of mentors',
      mandatory: true,
      swapGroup: 'bases',
      keywords: MENTOR_BASE,
      expects:
        'Провести анкетирование потенциальных наставников и сформировать банк данных наставников с согласиями на обработку персональных данных.',
      typicalResult: 'Банк данных наставников, готовых участвовать в персонализированных программах',
    },
    {
      id: 'selection',
      title: 'Отбор и обучение наставников',
      titleEn: 'Selecting and training mentors',
      mandatory: true,
      keywords: SELECTION,
      expects: 'Выбрать из банка подходящих наставников для конкретных педагогов и обучить их работе с наставляемыми.',
      typicalResult: 'Отобранные и обученные наставники; методические материалы для сопровождения наставнической деятельности',
    },
    {
      id: 'pair-work',
      title: 'Организация и осуществление работы наставнических пар/групп',
      titleEn: 'Organising and running the work of mentoring pairs/groups',
      mandatory: true,
      keywords: [
        ['организ|осуществл', 'работ', 'пар$|групп$'],
        ['работ', 'пар$|групп$'],
        ['формир|сформир|закреплен|созда', 'пар$|групп$'],
        ['организ', 'ход$'],
        ['реализац', 'персонализир', 'программ'],
      ],
      expects:
        'Сформировать наставнические пары/группы, разработать персонализированные программы и проводить регулярные встречи наставников и наставляемых.',
      typicalResult: 'Приказ о закреплении пар/групп; персонализированные программы наставничества; проведённые встречи',
    },
    {
      id: 'completion',
      title: 'Завершение персонализированных программ наставничества',
      titleEn: 'Completing the personalised mentorship programmes',
      mandatory: true,
      keywords: COMPLETION,
      expects:
        'Провести мониторинг качества персонализированных программ, подвести итоги работы пар/групп и итоговое мероприятие по выявлению лучших практик.',
      typicalResult: 'Результаты мониторинга (анкетирования); итоговое мероприятие; лучшие практики в методической копилке',
    },
    {
      id: 'information',
      title: 'Информационная поддержка системы наставничества',
      titleEn: 'Information support of the mentorship system',
      mandatory: false,
      crossCutting: true,
      keywords: [['информацион', 'поддержк|сопровожден|обеспечен'], ['информацион'], ['освещен', 'мероприят|наставничеств']],
      expects: 'Освещать мероприятия дорожной карты на всех этапах на сайте организации (раздел «Наставничество») и в социальных сетях.',
      typicalResult: 'Раздел «Наставничество» на сайте организации с актуальными материалами',
    },
  ],
};

const PUPILS: Profile = {
  id: 'pupils',
  title: 'Целевая модель наставничества обучающихся',
  titleEn: 'Target model of mentorship of pupils',
  stages: [
    {
      id: 'preparation',
      title: 'Подготовка условий для запуска программы наставничества',
      titleEn: 'Preparing the conditions for launching the mentorship programme',
      mandatory: true,
      keywords: PREPARATION,
      expects:
        'Подготовить нормативную базу, выбрать формы и программы наставничества, проинформировать педагогов, обучающихся и родителей.',
      typicalResult: 'Дорожная карта реализации наставничества; пакет нормативных документов',
    },
    {
      id: 'mentee-base',
      title: 'Формирование базы наставляемых',
      titleEn: 'Building the base of mentees',
      mandatory: true,
      swapGroup: 'bases',
      keywords: MENTEE_BASE,
      expects:
        'Выявить проблемы и запросы обучающихся (и педагогов), которые можно решить с помощью наставничества, и сформировать базу наставляемых.',
      typicalResult: 'Сформированная база наставляемых с картой запросов',
    },
    {
      id: 'mentor-base',
      title: 'Формирование базы наставников',
      titleEn: 'Building the base of mentors',
      mandatory: true,
      swapGroup: 'bases',
      keywords: MENTOR_BASE,
      expects: 'Сформировать базу потенциальных наставников из числа обучающихся, педагогов, родителей, выпускников и партнёров.',
      typicalResult: 'Сформированная база наставников, которые могут участвовать в текущей и будущих программах',
    },
    {
      id: 'selection',
      title: 'Отбор и обучение наставников',
      titleEn: 'Selecting and training mentors',
      mandatory: true,
      keywords: SELECTION,
      expects: 'Выявить в базе наставников, подходящих для конкретной программы, и обучить их работе с наставляемыми.',
      typicalResult: 'Заполненные анкеты и собеседования с наставниками; программа обучения наставников',
    },
    {
      id: 'pairing',
      title: 'Формирование наставнических пар/групп',
      titleEn: 'Forming mentoring pairs/groups',
      mandatory: true,
      mergesWith: ['pair-work'],
      keywords: [['формир|сформир|созда|закреплен|составл', 'пар$|групп$']],
      expects: 'Провести общую встречу отобранных наставников и наставляемых и закрепить сложившиеся пары/группы приказом.',
      typicalResult: 'Сформированные наставнические пары/группы; приказ о закреплении пар',
    },
    {
      id: 'pair-work',
      title: 'Организация работы наставнических пар/групп',
      titleEn: 'Organising the work of mentoring pairs/groups',
      mandatory: true,
      keywords: [
        ['организ|осуществл', 'работ', 'пар$|групп$'],
        ['работ', 'пар$|групп$'],
        ['организ', 'ход$'],
      ],
      expects:
        'Организовать комплекс последовательных встреч наставников и наставляемых и текущий контроль достижения планируемых результатов.',
      typicalResult: 'Проведённые встречи; анкетирование и промежуточная оценка программы',
    },
    {
      id: 'completion',
      title: 'Завершение наставничества',
      titleEn: 'Completing the mentorship',
      mandatory: true,
      keywords: COMPLETION,
      expects:
        'Подвести итоги работы каждой пары/группы и программы в целом, провести мониторинг удовлетворённости и поощрить наставников.',
      typicalResult: 'Результаты мониторинга удовлетворённости; лучшие практики наставничества; поощрение наставников',
    },
  ],
};

const MUNICIPAL: Profile = {
  id: 'municipal',
  title: 'Муниципальный комплекс мер',
  titleEn: 'Municipal complex of measures',
  stages: [
    {
      id: 'regulation',
      title: 'Нормативно-правовое регулирование',
      titleEn: 'Legal and regulatory framework',
      mandatory: false,
      keywords: [['нормативн', 'правов|регулирован'], ['правов', 'регулирован'], ['нормативн']],
      expects: 'Актуализировать муниципальную дорожную карту и нормативные акты образовательных организаций о наставничестве.',
      typicalResult: 'Актуализированная муниципальная дорожная карта; локальные акты ОО',
    },
    {
      id: 'methodical-support',
      title: 'Информационно-организационное и методическое сопровождение',
      titleEn: 'Information, organisational and methodical support',
      mandatory: false,
      keywords: [['информацион|организацион|методическ|консультацион', 'сопровожден|поддержк'], ['сопровожден']],
      expects:
        'Информировать организации, вести разделы о наставничестве на сайтах, оказывать методическую и экспертно-консультационную поддержку.',
      typicalResult: 'Информационные письма; раздел «Развитие наставничества» на сайтах; методическая поддержка педагогов',
    },
    {
      id: 'implementation',
      title: 'Внедрение и реализация',
      titleEn: 'Implementation',
      mandatory: false,
      keywords: [['внедрен', 'реализац'], ['внедрен']],
      expects: 'Сформировать базы программ, наставников и наставляемых в ОО и организовать работу наставнических пар или групп.',
      typicalResult: 'Базы программ наставничества, наставников и наставляемых; персонализированные программы',
    },
    {
      id: 'best-practices',
      title: 'Распространение лучших практик наставничества',
      titleEn: 'Spreading the best mentorship practices',
      mandatory: false,
      keywords: [['распространен|трансляц|тиражирован', 'практик'], ['лучш', 'практик'], ['практик']],
      expects: 'Формировать банк успешных практик наставничества и транслировать их на мероприятиях и в СМИ.',
      typicalResult: 'Реестр банка успешных практик; публикации на сайтах и в социальных сетях',
    },
    {
      id: 'monitoring',
      title: 'Мониторинг и оценка результатов',
      titleEn: 'Monitoring and evaluation',
      mandatory: false,
      keywords: [['мониторинг'], ['оценк', 'результат|эффективност']],
      expects:
        'Регулярно отслеживать внедрение дорожной карты и формы наставничества в ОО и принимать управленческие решения по результатам.',
      typicalResult: 'Аналитический отчёт по результатам мониторинга; рекомендации',
    },
    {
      id: 'targets',
      title: 'Целевые индикаторы',
      titleEn: 'Target indicators',
      mandatory: false,
      keywords: [['индикатор'], ['целев', 'показател']],
      expects: 'Задать по годам измеримые показатели («не менее N программ, пар…») и источники данных для их проверки.',
      typicalResult: 'Значения целевых индикаторов по годам (план и факт)',
    },
  ],
};

export const BUILTIN_PROFILES: readonly Profile[] = [TEACHERS, PUPILS, MUNICIPAL];

/** Russian and alternative names accepted for the built-in profiles. */
const ALIASES: Readonly<Record<string, ProfileId>> = {
  педагоги: 'teachers',
  'педагог-педагог': 'teachers',
  'учитель-учитель': 'teachers',
  'педагогические работники': 'teachers',
  обучающиеся: 'pupils',
  учащиеся: 'pupils',
  ученики: 'pupils',
  students: 'pupils',
  муниципальный: 'municipal',
  муниципалитет: 'municipal',
};

/**
 * The profile with this id: workspace profiles (`extra`) first, so a workspace may redefine a
 * built-in; then the built-ins, by id or by a Russian alias («педагоги», «обучающиеся», «муниципальный»).
 */
export function getProfile(id: string, extra?: readonly Profile[]): Profile | undefined {
  if (typeof id !== 'string') return undefined;
  const key = id
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s*[-‐‑‒–—―]\s*/g, '-')
    .replace(/\s+/g, ' ');
  const direct = extra?.find((p) => p.id === id) ?? extra?.find((p) => p.id.toLowerCase() === key);
  if (direct) return direct;
  const builtinId = BUILTIN_PROFILES.some((p) => p.id === key) ? key : ALIASES[key];
  return builtinId ? BUILTIN_PROFILES.find((p) => p.id === builtinId) : undefined;
}
