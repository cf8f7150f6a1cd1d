/** The front matter every document template opens with. */
import { mirror, text, Y1 } from './tab-stops';

/** Front matter with the keys `frontmatter.ts` reads; tab stops 1–2 (period), 3 (approval), 4 (organisation). */
export function frontMatter(kind: string, profileRu: string, period: string, municipal = false): string {
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
