/**
 * The new file the quick fix «Создать персонализированную программу» offers for a listed pair that has
 * none: a ППН with the pair's names, positions, form and period filled in (from the pair's row, the
 * period from the row or else the school's plan), and a plan the pair then edits. Returns the file's
 * suggested uri next to the list of pairs and its text; the editor (or the CLI) writes it.
 *
 * Pure, never throws.
 */
import { PERSONAL_PROGRAM_ROWS } from '../editing/template-data';
import { normalizeNamePart, readPersonName } from '../domain/person-names';
import type { MissingProgramData } from './folder-checks';
import { folderOf } from './school-folders';

export interface NewFile {
  /** Where to create it: in the folder of `nearUri`, a name no other document of the folder has. */
  uri: string;
  name: string;
  text: string;
}

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** The name of the ППН file of a pair: «ппн-иванова-петров.md», numbered when taken. */
function fileNameFor(data: MissingProgramData, taken: ReadonlySet<string>): string {
  const surname = (text: string) =>
    normalizeNamePart(readPersonName(text)?.surname ?? 'пара')
      .replace(/[^а-яa-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const base = `ппн-${surname(data.mentor)}-${surname(data.mentee)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Months of the plan's rows spread over the period: «ноябрь 2025»; the template's months when there is no period. */
function deadlines(period: MissingProgramData['period']): string[] {
  const rows = PERSONAL_PROGRAM_ROWS.length;
  const at = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)) - 1 });
  if (!period) return PERSONAL_PROGRAM_ROWS.map((r) => r.deadline[0]!);
  const start = at(period.start);
  const end = at(period.end);
  const first = start.y * 12 + start.m;
  const months = Math.max(0, end.y * 12 + end.m - first);
  return Array.from({ length: rows }, (_, i) => {
    const k = first + Math.round((months * i) / Math.max(1, rows - 1));
    const word = MONTHS[k % 12]!;
    return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${Math.floor(k / 12)}`;
  });
}

function person(name: string, position?: string): string {
  return position ? `${name}, ${position}` : name;
}

/** The text of a pair's new ППН. `planPeriod`: the school's plan period, used when the pair's row has none. */
export function personalProgramText(data: MissingProgramData, planPeriod?: MissingProgramData['period']): string {
  const period = data.period ?? planPeriod;
  const when = deadlines(period);
  return [
    '# Персонализированная программа наставничества',
    '',
    `Наставник: ${person(data.mentor, data.mentorPosition)}`,
    '',
    `Наставляемый: ${person(data.mentee, data.menteePosition)}`,
    '',
    `Форма наставничества: ${data.form ?? 'педагог – педагог'}`,
    '',
    `Срок реализации: ${period?.text ?? 'с «__» ________ 20__ г. по «__» ________ 20__ г.'}`,
    '',
    'Цель: профессиональное становление наставляемого и его адаптация в коллективе.',
    '',
    '| № | Мероприятие | Срок | Ответственные | Планируемый результат | Отметка о выполнении |',
    '|---|---|---|---|---|---|',
    ...PERSONAL_PROGRAM_ROWS.map((r, i) => `| ${i + 1}. | ${r.activity} | ${when[i]} | ${r.responsibles[0]} | ${r.result} |  |`),
    '',
  ].join('\n');
}

/** The new ППН file for a pair, next to `nearUri` (the list of pairs); `existing`: the uris already in the folder. */
export function personalProgramFile(
  data: MissingProgramData,
  nearUri: string,
  existing: readonly string[],
  planPeriod?: MissingProgramData['period'],
): NewFile {
  const folder = folderOf(nearUri);
  const sep = nearUri.includes('/') || !nearUri.includes('\\') ? '/' : '\\';
  const isUri = /^[a-z][a-z0-9+.-]*:/i.test(nearUri) && !/^[a-z]:\\/i.test(nearUri);
  const taken = new Set(
    existing
      .filter((u) => folderOf(u) === folder)
      .map((u) => {
        const last = u.slice(folder.length + 1);
        try {
          return (isUri ? decodeURIComponent(last) : last).toLowerCase();
        } catch {
          return last.toLowerCase();
        }
      }),
  );
  const name = fileNameFor(data, taken);
  const uri = `${folder}${folder === '' ? '' : sep}${isUri ? encodeURIComponent(name) : name}`;
  return { uri, name, text: personalProgramText(data, planPeriod) };
}
