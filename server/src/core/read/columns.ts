/** Column roles from header text (docs/domain.md §5 «Столбцы таблицы»). Unknown headers keep the role 'other'. */
import type { ColumnRole } from '../model';
import { normalizeWords } from './text';

const SYNONYMS: ReadonlyArray<readonly [ColumnRole, readonly string[]]> = [
  ['number', ['№', 'n', '№ п/п', '№п/п', 'n п/п', 'номер', 'no', 'no.']],
  ['stage', ['этап', 'этапы', 'наименование этапа', 'этапы реализации', 'этап реализации', 'раздел']],
  [
    'activity',
    [
      'мероприятия',
      'мероприятие',
      'наименование мероприятия',
      'наименование мероприятий',
      'содержание подэтапов',
      'содержание деятельности',
      'направления деятельности',
      'содержание работы',
      'содержание',
      'activity',
      'activities',
      'план работы',
      'тема',
      'тематика',
      'вид деятельности',
      'формы работы',
      'содержание мероприятий',
    ],
  ],
  [
    'deadline',
    [
      'сроки',
      'срок',
      'сроки исполнения',
      'сроки реализации',
      'срок исполнения',
      'дата',
      'сроки проведения',
      'месяц',
      'период',
      'время проведения',
      'дата проведения',
      'deadline',
      'deadlines',
    ],
  ],
  [
    'responsible',
    [
      'ответственные',
      'ответственный',
      'ответственный исполнитель',
      'ответственные исполнители',
      'исполнители',
      'исполнитель',
      'responsible',
    ],
  ],
  [
    'result',
    [
      'результат',
      'результаты',
      'ожидаемый результат',
      'ожидаемые результаты',
      'форма представления результата',
      'выход',
      'продукт',
      'result',
    ],
  ],
  ['criterion', ['критерии', 'критерий']],
  ['indicator', ['показатели', 'показатель', 'вопрос', 'утверждение', 'параметр']],
  ['fact', ['факт', 'фактически', 'фактическое значение']],
  ['plan', ['план', 'плановое значение']],
];

function cleanHeader(header: string): string {
  return normalizeWords(header)
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/[.:;,]+$/g, '')
    .replace(/\s*\(.*\)$/, '')
    .trim();
}

export interface HeaderRole {
  role: ColumnRole;
  points?: number;
}

/** Reads «Проявляется в полной мере, 2 балла» / «Балл» / «Оценка» as a points column. */
function pointsRole(h: string): HeaderRole | undefined {
  const m = /(\d+)\s*балл/.exec(h);
  if (m) return { role: 'points', points: Number(m[1]) };
  if (/^(балл|баллы|оценка|баллов|кол-во баллов|количество баллов)$/.test(h)) return { role: 'points' };
  return undefined;
}

export function columnRole(header: string): HeaderRole {
  const h = cleanHeader(header);
  if (h === '') return { role: 'other' };
  // «Проявляется в полной мере (2 балла)»: the points may sit in the parentheses cleanHeader drops.
  const points = pointsRole(h) ?? (/\(\s*\d+\s*балл/.test(normalizeWords(header)) ? pointsRole(normalizeWords(header)) : undefined);
  if (points) return points;
  for (const [role, names] of SYNONYMS) {
    if (names.includes(h)) return { role };
  }
  // Longer headers that begin with a known name: «Содержание деятельности и примерный план мероприятий».
  for (const [role, names] of SYNONYMS) {
    if (role === 'number') continue;
    if (names.some((n) => n.length > 3 && h.startsWith(n + ' '))) return { role };
  }
  // «NN п/п», «№№», «№ п.п.»: the number column however the template spells it.
  if (/^(?:№+|n{1,2}|no)\.?\s*(?:п\s*[/.]?\s*п\.?)?$/.test(h) || /^п\s*[/.]\s*п\.?$/.test(h)) return { role: 'number' };
  if (/^срок/.test(h)) return { role: 'deadline' };
  if (/^ответствен/.test(h)) return { role: 'responsible' };
  if (/мероприят/.test(h)) return { role: 'activity' };
  if (/результат/.test(h)) return { role: 'result' };
  // «Форма отчётности», «Вид документа»: what the activity leaves behind is its result.
  if (/^форм\p{L}* отчетн|^отчетн\p{L}* документ|^вид документа/u.test(h)) return { role: 'result' };
  return { role: 'other' };
}
