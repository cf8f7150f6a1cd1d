/**
 * (f) The checks across a school's folder after an edit (issue 20: «a folder of 300 ППН and one order
 * re-checks in ≤ 200 ms after an edit»). A folder is generated in memory: one order listing 300 pairs
 * («Иванова А.Е.»), and each pair's ППН with the names written in full («Иванова Анна Евгеньевна») and
 * a 6-row plan. Every document is analysed once, as the server holds them; then one ППН is edited and
 * timed is what the server does for it: the edited text analysed again, what the folder reads of it
 * (`folderFacts`), and the pure folder check over all 301 documents (`checkFolders`).
 * Two edits: a completion mark (the folder's facts do not change) and the mentee's name (they do, and
 * the pair then has no programme). Not asserted anywhere: measured here.
 */
import { analyze } from '../server/src/core/analyze';
import { checkFolders, type FolderDocument, folderFacts } from '../server/src/core/workspace/folder-checks';
import { type Timing, timeInterleaved } from './stats';

const MENTOR_SURNAMES = [
  'Иванова',
  'Смирнова',
  'Кузнецова',
  'Попова',
  'Васильева',
  'Петрова',
  'Соколова',
  'Михайлова',
  'Новикова',
  'Фёдорова',
  'Морозова',
  'Волкова',
  'Алексеева',
  'Лебедева',
  'Семёнова',
  'Егорова',
  'Павлова',
  'Козлова',
  'Степанова',
  'Николаева',
  'Орлова',
  'Андреева',
  'Макарова',
  'Никитина',
  'Захарова',
  'Зайцева',
  'Соловьёва',
  'Борисова',
  'Яковлева',
  'Григорьева',
];
const MENTEE_SURNAMES = [
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кузьмин',
  'Фролов',
  'Александров',
  'Дмитриев',
  'Королёв',
  'Гусев',
  'Киселёв',
  'Ильин',
  'Максимов',
  'Поляков',
  'Сорокин',
  'Виноградов',
  'Ковалёв',
  'Белов',
  'Медведев',
  'Антонов',
  'Тарасов',
  'Жуков',
  'Баранов',
  'Филиппов',
  'Комаров',
  'Давыдов',
  'Беляев',
  'Герасимов',
  'Богданов',
  'Осипов',
  'Сидоров',
];
/** Given names with distinct initials: a surname and an initial tell the pairs apart. */
const MENTOR_GIVEN = ['Анна', 'Елена', 'Ольга', 'Татьяна', 'Наталья', 'Мария', 'Ирина', 'Светлана', 'Галина', 'Вера'];
const MENTEE_GIVEN = ['Павел', 'Дмитрий', 'Сергей', 'Алексей', 'Игорь', 'Николай', 'Виктор', 'Роман', 'Максим', 'Олег'];

interface Person {
  full: string;
  short: string;
}

function person(surname: string, given: string, patronymic: string): Person {
  return { full: `${surname} ${given} ${patronymic}`, short: `${surname} ${given[0]}.${patronymic[0]}.` };
}

function pair(i: number): { mentor: Person; mentee: Person } {
  const tens = Math.floor(i / 30) % 10;
  return {
    mentor: person(MENTOR_SURNAMES[i % 30]!, MENTOR_GIVEN[tens]!, 'Евгеньевна'),
    mentee: person(MENTEE_SURNAMES[(i * 7) % 30]!, MENTEE_GIVEN[tens]!, 'Андреевич'),
  };
}

function order(pairs: number): string {
  const rows = Array.from({ length: pairs }, (_, i) => {
    const { mentor, mentee } = pair(i);
    return `| ${i + 1}. | ${mentor.short} | учитель | ${mentee.short} | учитель | педагог – педагог | 01.10.2025 – 31.05.2026 |`;
  });
  return [
    '# Приказ о закреплении наставнических пар',
    '',
    'от 19.09.2025 № 187-од',
    '',
    '| № п/п | ФИО наставника | Должность наставника | ФИО наставляемого | Должность наставляемого | Форма наставничества | Срок наставничества |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function programme(i: number, mark = ''): string {
  const { mentor, mentee } = pair(i);
  return [
    '---',
    'вид: персонализированная программа',
    '---',
    '',
    '# Персонализированная программа наставничества',
    '',
    `**Наставник:** ${mentor.full}, учитель`,
    '',
    `**Наставляемый:** ${mentee.full}, учитель, молодой специалист`,
    '',
    '**Форма наставничества:** «педагог – педагог»',
    '',
    '**Срок реализации:** с 01.10.2025 по 31.05.2026',
    '',
    '| № | Мероприятие | Срок | Планируемый результат | Отметка о выполнении |',
    '|---|---|---|---|---|',
    '| 1 | Диагностика затруднений, согласование плана работы пары | Октябрь 2025 | Согласованный план | выполнено |',
    '| 2 | Посещение уроков наставника, совместный анализ | Ноябрь – декабрь 2025 | Листы анализа уроков | выполнено |',
    `| 3 | Посещение наставником уроков наставляемого | Январь – февраль 2026 | Рекомендации наставника | ${mark} |`,
    '| 4 | Открытый урок наставляемого | Март 2026 | Конспект и самоанализ урока |  |',
    '| 5 | Итоговая встреча, отзыв наставника | Май 2026 | Отзыв наставника |  |',
    '',
  ].join('\n');
}

export interface FolderTimings {
  programmes: number;
  kb: number;
  /** The first check of the folder, nothing read yet (every document analysed before, untimed). */
  first: Timing;
  /** After a completion mark is changed in one ППН: the folder's facts stay. */
  markEdit: Timing;
  /** After the mentee's name is changed in one ППН: the pair loses its programme. */
  nameEdit: Timing;
  /** What the check finds after the name edit (sanity: one pair without a programme, one unlisted). */
  findingsAfterNameEdit: number;
}

export function folderRecheck(quick: boolean, programmes = 300): FolderTimings {
  const uri = (name: string) => `file:///school/${name}`;
  const analysed = (name: string, text: string): FolderDocument => ({ uri: uri(name), text, model: analyze(text).model });
  const base = [
    analysed('приказ.md', order(programmes)),
    ...Array.from({ length: programmes }, (_, i) => analysed(`ппн-${i}.md`, programme(i))),
  ];
  const kb = Math.round(base.reduce((n, d) => n + d.text.length, 0) / 1024);
  const edited = 1 + Math.floor(programmes / 2);
  const check = (docs: FolderDocument[]) => checkFolders(docs, () => ({}));
  // One edit, as the server takes it: the edited document analysed again, its facts, the folder checked.
  const afterEdit = (text: string) => () => {
    const doc = analysed(`ппн-${edited - 1}.md`, text);
    folderFacts(doc.model, doc.text);
    const docs = base.slice();
    docs[edited] = doc;
    return check(docs);
  };
  const budget = quick ? { warmup: 2, min: 5, max: 20, ms: 3000 } : { warmup: 5, min: 20, max: 100, ms: 15000 };
  // The first check reads every document's facts: fresh models each run, analysed outside the timing.
  const firstRuns: number[] = [];
  for (let run = 0; run < (quick ? 3 : 5); run++) {
    const fresh = base.map((d) => ({ ...d, model: analyze(d.text).model }));
    const t = performance.now();
    check(fresh);
    firstRuns.push(performance.now() - t);
  }
  check(base);
  const renamed = programme(edited - 1).replace(/(\*\*Наставляемый:\*\* )\S+/, '$1Терентьев');
  const [markEdit, nameEdit] = timeInterleaved([afterEdit(programme(edited - 1, 'выполнено')), afterEdit(renamed)], budget);
  const findings = [...afterEdit(renamed)().diagnostics.values()].flat().length;
  const sorted = [...firstRuns].sort((a, b) => a - b);
  const first: Timing = {
    median: Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100,
    p95: Math.round(sorted[sorted.length - 1]! * 100) / 100,
    runs: sorted.length,
  };
  return { programmes, kb, first, markEdit: markEdit!, nameEdit: nameEdit!, findingsAfterNameEdit: findings };
}
