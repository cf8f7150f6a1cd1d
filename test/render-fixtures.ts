/**
 * Documents shared by the render, preview and browser tests: a hostile roadmap whose cells try to
 * run script, and programmes whose scoring tables are filled so each efficiency level shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', 'examples');

/** Every example document (the README describes them and is not one). */
export function exampleFiles(): { name: string; text: string }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(EXAMPLES_DIR, name), 'utf8') }));
}

/**
 * Each payload sets `window.__pwned` (or opens a dialog) if it ever runs. A `\` at a line's end continues
 * a long table row on the next line (the string has no line break there).
 */
export const HOSTILE = `---
вид: дорожная карта
профиль: педагоги
период: 2025-2026 учебный год
организация: <script>window.__pwned = 'front matter'</script>Школа "<img src=x onerror=alert(1)>"
---

# Дорожная карта реализации системы наставничества педагогических работников <img src=x onerror="window.__pwned='title'"> на 2025-2026 учебный год

<script>window.__pwned = 'block'; alert('block')</script>

| № | Этап | Мероприятия | Сроки | Ответственные | Результат |
|---|---|---|---|---|---|
| 1. | Подготовка условий для реализации системы наставничества <script>window.__pwned='stage'</script> \
| Издание приказа <img src=x onerror="window.__pwned='img'"> | Сентябрь 2025 | Директор <svg onload="window.__pwned='svg'"></svg> \
| [ссылка](javascript:window.__pwned='md-link') |
| 2. | Формирование банка наставляемых | Сбор запросов <a href="javascript:window.__pwned='a-link'">открыть</a> | Октябрь 2025 \
| <script>alert(2)</script>Куратор | <javascript:window.__pwned='autolink'> |
| 3. | Формирование банка наставников | "><script>window.__pwned='attr'</script> Анкетирование | Октябрь – ноябрь 2025 \
| Куратор' onmouseover='window.__pwned=1 | Банк наставников |
| 4. | Отбор и обучение наставников | Обучение </title></svg><script>window.__pwned='svg-break'</script> | Ноябрь 2025 \
| Заместитель директора по УВР | Обучены |
| 5. | Организация и осуществление работы наставнических пар/групп \
| Встречи пар <iframe src="javascript:window.__pwned='iframe'"></iframe> | Декабрь 2025 – апрель 2026 | Наставники | Журналы |
| 6. | Завершение персонализированных программ наставничества | Итоговое мероприятие <style>body{display:none}</style> | Май 2026 | Директор | Приказ |
| 7. | Информационная поддержка системы наставничества | Сайт <b onclick="window.__pwned='click'">школы</b> | В течение учебного года | Куратор | Раздел сайта |
`;

/** Strings that must never appear as live markup in anything rendered from HOSTILE. */
export const HOSTILE_MARKUP = [
  '<script>window',
  '<img src=x',
  '<svg onload',
  '<iframe',
  'href="javascript:',
  '<style>body',
  'onclick="window',
];

/** A programme with a 5-indicator scoring table marked so that the total is `points`. */
export function scoredProgramme(marks: (0 | 1 | 2 | null)[]): string {
  const rows = marks.map(
    (m, i) =>
      `| ${i === 0 ? 'Оценка программы' : ''} | Показатель ${i + 1} | ${m === 2 ? '✓' : ''} | ${m === 1 ? '✓' : ''} | ${m === 0 ? '✓' : ''} |`,
  );
  return `# Программа наставничества МБОУ «Школа № 7» на 2025 год

## Показатели эффективности реализации Программы наставничества

| Критерии | Показатели | Проявляется в полной мере, 2 балла | Частично проявляется, 1 балл | Не проявляется, 0 баллов |
|---|---|---|---|---|
${rows.join('\n')}

9–10 баллов – оптимальный уровень;

5–8 баллов – допустимый уровень;

0–4 балла – недопустимый уровень.
`;
}

/**
 * Problems in live markup: event-handler attributes or javascript: URLs on real elements. Quoted
 * attribute values are dropped first (escaped text inside them is inert), so what is left of a tag
 * is its name and attribute names.
 */
export function liveMarkupProblems(html: string): string[] {
  const problems: string[] = [];
  for (const tag of html.match(/<[a-zA-Z][^<>]*>/g) ?? []) {
    const bare = tag.replace(/"[^"]*"/g, '""');
    if (/\son[a-z]+\s*=/i.test(bare)) problems.push(`event handler: ${tag}`);
    if (/\s(href|src|action|formaction|xlink:href)\s*=\s*"\s*javascript:/i.test(tag)) problems.push(`javascript: URL: ${tag}`);
  }
  return problems;
}
