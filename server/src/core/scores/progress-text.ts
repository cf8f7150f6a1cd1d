/**
 * Progress of a personalised programme in words, one line for a code lens, the hover and `nastavnik
 * scores` («Выполнено 3 из 8 (38 %) · в процессе 1 · просрочено 2 · запланировано 2»). Pure: the
 * numbers come from `personalProgress` (computeScores), nothing is counted here.
 */
import type { Message } from '../diagnostic';
import { countRows, type ProgressCounts, type ProgressScore } from './progress';

export function progressTitle(c: ProgressCounts): Message {
  if (c.total === 0) return { ru: 'Прогресс: в плане нет мероприятий', en: 'Progress: the plan has no activities' };
  const ru = [`Выполнено ${c.done} из ${c.total} (${c.percent} %)`];
  const en = [`Done ${c.done} of ${c.total} (${c.percent} %)`];
  const add = (n: number, r: string, e: string) => {
    if (n === 0) return;
    ru.push(`${r} ${n}`);
    en.push(`${e} ${n}`);
  };
  add(c.inProgress, 'в процессе', 'in progress');
  add(c.overdue, 'просрочено', 'overdue');
  add(c.planned, 'запланировано', 'planned');
  add(c.unread, 'отметка не прочитана', 'mark not read');
  return { ru: ru.join(' · '), en: en.join(' · ') };
}

/** The counts of one plan table (a document may hold several). */
export function tableCounts(p: ProgressScore, table: number): ProgressCounts {
  return countRows(p.rows.filter((r) => r.table === table));
}

/** Markdown for the hover over a plan table: the total, each section, and the date overdue rows were judged on. */
export function progressMarkdown(p: ProgressScore, locale: 'ru' | 'en'): string {
  const ru = locale === 'ru';
  const lines = [`**${progressTitle(p.total)[locale]}**`];
  if (p.sections.length > 1) {
    lines.push('');
    for (const s of p.sections) lines.push(`- ${s.title}: ${progressTitle(s.counts)[locale]}`);
  }
  lines.push(
    '',
    p.today
      ? ru
        ? `_Просрочено — срок прошёл до ${p.today}, отметки о выполнении нет._`
        : `_Overdue: the deadline ended before ${p.today} and there is no mark of completion._`
      : ru
        ? '_Дата не известна: просроченные не считаются._'
        : '_No date given: nothing is counted as overdue._',
  );
  return lines.join('\n');
}
