/**
 * Minimal documents for the rule tests: a teachers' roadmap without a single remark, and helpers
 * that change one cell or one row of it — the near miss of each rule is the base document itself or
 * the smallest edit back to it.
 */
import { analyze, type AnalyzeOptions } from '../server/src/core/analyze';
import type { Diagnostic } from '../server/src/core/diagnostic';

export const FRONT_MATTER = `---
вид: дорожная карта
профиль: педагоги
период: 2025-2026 учебный год
утверждено: 2025-08-29
---
`;

export const TITLE = '# Дорожная карта реализации системы наставничества педагогических работников на 2025-2026 учебный год';

export const HEADER = '| № | Этап | Мероприятия | Сроки | Ответственные | Результат |';

/** The seven stages of the teachers' profile, in order; cells: №, stage, activity, deadline, responsible, result. */
export const ROWS: string[][] = [
  [
    '1.',
    'Подготовка условий для реализации системы наставничества',
    'Издание приказа о внедрении системы наставничества',
    'До 05.09.2025',
    'Директор',
    'Приказ о внедрении',
  ],
  [
    '2.',
    'Формирование банка наставляемых',
    'Анкетирование педагогов, сбор запросов',
    'Сентябрь 2025',
    'Куратор',
    'Банк данных наставляемых',
  ],
  [
    '3.',
    'Формирование банка наставников',
    'Анкетирование опытных педагогов',
    'Сентябрь – октябрь 2025',
    'Куратор',
    'Банк данных наставников',
  ],
  [
    '4.',
    'Отбор и обучение наставников',
    'Установочный семинар для наставников',
    'Октябрь 2025',
    'Заместитель директора по УВР',
    'Наставники прошли обучение',
  ],
  [
    '5.',
    'Организация и осуществление работы наставнических пар/групп',
    'Закрепление пар, регулярные встречи наставников и наставляемых',
    'Ноябрь 2025 – апрель 2026',
    'Наставники',
    'Журналы встреч',
  ],
  [
    '6.',
    'Завершение персонализированных программ наставничества',
    'Итоговая конференция, поощрение наставников',
    'Май 2026',
    'Директор, куратор',
    'Приказ о поощрении',
  ],
  [
    '7.',
    'Информационная поддержка системы наставничества',
    'Освещение мероприятий на сайте школы',
    'Сентябрь 2025 – июнь 2026',
    'Куратор',
    'Раздел «Наставничество» на сайте',
  ],
];

export const COL = { number: 0, stage: 1, activity: 2, deadline: 3, responsible: 4, result: 5 } as const;

export function tableOf(rows: string[][], header = HEADER): string {
  const width = header.split('|').length - 2;
  const delimiter = '|' + '---|'.repeat(width);
  return [header, delimiter, ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
}

export function roadmap(rows: string[][] = ROWS, options: { frontMatter?: string; title?: string; header?: string } = {}): string {
  return `${options.frontMatter ?? FRONT_MATTER}\n${options.title ?? TITLE}\n\n${tableOf(rows, options.header)}\n`;
}

/** The base roadmap with one cell changed (row and column 0-based). */
export function withCell(row: number, col: number, value: string, rows: string[][] = ROWS): string[][] {
  return rows.map((r, i) => (i === row ? r.map((c, j) => (j === col ? value : c)) : r));
}

export function withoutRow(row: number, rows: string[][] = ROWS): string[][] {
  return rows.filter((_, i) => i !== row);
}

export function withoutColumn(col: number, rows: string[][] = ROWS, header = HEADER): { rows: string[][]; header: string } {
  const cells = header.split('|').slice(1, -1);
  cells.splice(col, 1);
  return { rows: rows.map((r) => r.filter((_, j) => j !== col)), header: '|' + cells.join('|') + '|' };
}

export function diagnostics(text: string, options?: AnalyzeOptions): Diagnostic[] {
  const analysis = analyze(text, options);
  if (analysis.internalErrors.length) throw new Error(`rules failed: ${JSON.stringify(analysis.internalErrors)}`);
  return analysis.diagnostics;
}

export function ofCode(text: string, code: string, options?: AnalyzeOptions): Diagnostic[] {
  return diagnostics(text, options).filter((d) => d.code === code);
}

export function covered(text: string, d: Diagnostic): string {
  return text.slice(d.span.start, d.span.end);
}

/** A programme with every section of docs/domain.md §16 «Разделы программы» and a clean embedded roadmap. */
export const PROGRAM_SECTIONS = [
  'Пояснительная записка',
  'Структура управления',
  'Этапы реализации программы',
  'Кадровые условия',
  'Формы наставничества',
  'Мониторинг и оценка результатов',
  'Критерии эффективности работы наставника',
  'Мотивация и поощрение наставников',
  'Дорожная карта',
];

export function program(sections: string[] = PROGRAM_SECTIONS): string {
  const body = sections
    .map((s) => (/дорожн/i.test(s) ? `## ${s}\n\n${tableOf(ROWS)}\n` : `## ${s}\n\nТекст раздела о наставничестве педагогов.\n`))
    .join('\n');
  return `---
вид: программа
профиль: педагоги
период: 2025-2026 учебный год
---
# Программа наставничества педагогических работников МБОУ «Средняя школа № 1»

${body}`;
}
