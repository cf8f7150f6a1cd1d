/** Generates realistic Russian roadmaps of N rows for benchmarks (deterministic: same N, same text). */

const STAGES = [
  'Подготовка условий для реализации системы наставничества',
  'Формирование банка наставляемых',
  'Формирование банка наставников',
  'Отбор и обучение наставников',
  'Организация и осуществление работы наставнических пар/групп',
  'Завершение персонализированных программ наставничества',
  'Информационная поддержка системы наставничества',
];
const ACTIVITIES = [
  'Изучение нормативной базы и методических рекомендаций по внедрению целевой модели наставничества педагогических работников',
  'Анкетирование педагогов для выявления профессиональных затруднений и запросов, формирование банка данных',
  'Проведение установочного семинара для наставников, консультации по составлению персонализированных программ',
  'Регулярные встречи наставника и наставляемого, взаимопосещение уроков, обратная связь от участников программы',
  'Мониторинг качества реализации персонализированных программ наставничества, анкетирование участников',
];
const MONTHS = ['Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь', 'Январь', 'Февраль', 'Март', 'Апрель', 'Май'];
const PEOPLE = [
  'Директор',
  'Куратор',
  'Заместитель директора по УВР',
  'Педагог-психолог',
  'Рабочая группа',
  'Иванова А.А.',
  'Петров С.В.',
  'Наставники',
];
const RESULTS = [
  'Приказ об утверждении положения',
  'Банк данных наставляемых',
  'Персонализированные программы наставничества',
  'Аналитическая справка',
  'Публикация на сайте школы',
];

export function generateRoadmap(rows: number, seed = 1): string {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const out = [
    '---',
    'вид: дорожная карта',
    'профиль: педагоги',
    'период: 2025-2026 учебный год',
    'утверждено: 2025-08-29',
    '---',
    '',
    `# Дорожная карта реализации системы наставничества педагогических работников на 2025-2026 учебный год`,
    '',
    '| № | Этап | Мероприятия | Сроки | Ответственные | Результат |',
    '|---|---|---|---|---|---|',
  ];
  const perStage = Math.max(1, Math.ceil(rows / STAGES.length));
  for (let i = 0; i < rows; i++) {
    const stageIndex = Math.min(STAGES.length - 1, Math.floor(i / perStage));
    const stage = i % perStage === 0 ? STAGES[stageIndex]! : '';
    const m = Math.min(MONTHS.length - 1, Math.floor((stageIndex / STAGES.length) * MONTHS.length));
    // «Декабрь 2025 – январь 2026» crosses the year: both years are written, as people do.
    const deadline =
      next() < 0.5
        ? `${MONTHS[m]} ${m < 4 ? 2025 : 2026}`
        : m === 3
          ? 'Декабрь 2025 – январь 2026'
          : `${MONTHS[m]} – ${MONTHS[Math.min(m + 1, 8)]!.toLowerCase()} ${m < 3 ? 2025 : 2026}`;
    const activity = Array.from(
      { length: 1 + Math.floor(next() * 4) },
      (_, k) =>
        `${k + 1}) ${pick(ACTIVITIES)} (этап ${stageIndex + 1}, пункт ${i + 1}) с ` +
        'привлечением педагогов, кураторов и администрации образовательной организации',
    ).join('<br>');
    out.push(`| ${i + 1}. | ${stage} | ${activity} | ${deadline} | ${pick(PEOPLE)}, ${pick(PEOPLE)} | ${pick(RESULTS)} |`);
  }
  return out.join('\n') + '\n';
}

const SCHOOL_KINDS = [
  'МБОУ «Средняя общеобразовательная школа',
  'МАОУ «Гимназия',
  'ГБОУ школа',
  'МБОУ «Лицей',
  'МКОУ «Основная общеобразовательная школа',
];
const PROFILES = ['педагоги', 'обучающиеся'];

/**
 * The i-th school's 50-row roadmap for the batch benchmark: its own organisation, profile, approval date
 * and cell choices (seed), and now and then a real defect (an empty «Ответственные» cell), so that a
 * department's folder of 1,000 files looks like many different schools, not one file copied.
 */
export function generateSchoolRoadmap(i: number, rows = 50): string {
  const school = `${SCHOOL_KINDS[i % SCHOOL_KINDS.length]} № ${i + 1}${SCHOOL_KINDS[i % SCHOOL_KINDS.length]!.includes('«') ? '»' : ''}`;
  const profile = PROFILES[i % PROFILES.length]!;
  let text = generateRoadmap(rows, i + 1)
    .replace('профиль: педагоги', `профиль: ${profile}`)
    .replace('утверждено: 2025-08-29', `утверждено: 2025-08-${String(20 + (i % 10)).padStart(2, '0')}\nорганизация: ${school}`)
    .replace(
      'системы наставничества педагогических работников',
      `целевой модели наставничества ${profile === 'педагоги' ? 'педагогических работников' : 'обучающихся'} в ${school}`,
    );
  if (i % 7 === 3) text = text.replace(/^(\| 5\. \|[^|]*\|[^|]*\|[^|]*\|)[^|]*\|/m, '$1  |');
  return text;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const n = Number(process.argv[2] ?? 50);
  process.stdout.write(generateRoadmap(n));
}

/**
 * A roadmap with a defect in most rows (the shape of a careless conversion): every other row with a
 * deadline no one can read (warning), every third without responsibles (error).
 */
export function generateDefectiveRoadmap(rows: number, seed = 1): string {
  let i = 0;
  return generateRoadmap(rows, seed)
    .split('\n')
    .map((line) => {
      if (!/^\| \d+\. \|/.test(line)) return line;
      const cells = line.split('|');
      i++;
      if (i % 2 === 0) cells[4] = ' когда-нибудь потом ';
      if (i % 3 === 0) cells[5] = '  ';
      return cells.join('|');
    })
    .join('\n');
}
