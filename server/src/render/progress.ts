/**
 * A personalised programme's progress as a bar (docs/scores.md §4а): one segment per status — done,
 * in progress, overdue, planned, mark not read — with widths from the counts of `personalProgress`
 * (computeScores) and a line of text under it, per section when there are several. Pure HTML with an
 * inline SVG; every text from the document is escaped. The preview may place it above the plan.
 */
import type { Locale } from '../core/diagnostic';
import type { ProgressCounts, ProgressScore } from '../core/scores/progress';
import { progressTitle } from '../core/scores/progress-text';
import { escapeHtml } from './escape';
import { inLocale } from './labels';

const WIDTH = 300;
const HEIGHT = 12;

const SEGMENTS: readonly { key: keyof ProgressCounts; colour: string; ru: string; en: string }[] = [
  { key: 'done', colour: '#2e9e6b', ru: 'выполнено', en: 'done' },
  { key: 'inProgress', colour: '#f2a900', ru: 'в процессе', en: 'in progress' },
  { key: 'overdue', colour: '#c62828', ru: 'просрочено', en: 'overdue' },
  { key: 'planned', colour: '#b8c4d6', ru: 'запланировано', en: 'planned' },
  { key: 'unread', colour: '#8a8a8a', ru: 'отметка не прочитана', en: 'mark not read' },
];

/** The bar of one set of counts: segments in the order above, each with a title for the pointer. */
export function progressBarSvg(c: ProgressCounts, locale: Locale): string {
  const parts: string[] = [];
  let x = 0;
  for (const s of SEGMENTS) {
    const n = c[s.key] as number;
    if (!n || c.total === 0) continue;
    // The last segment takes what rounding left, so the bar always ends at its full width.
    const w = s === SEGMENTS.filter((z) => (c[z.key] as number) > 0).pop() ? WIDTH - x : Math.round((WIDTH * n) / c.total);
    parts.push(
      `<rect class="nv-progress-${s.key}" x="${x}" y="0" width="${w}" height="${HEIGHT}" fill="${s.colour}">` +
        `<title>${inLocale(locale, s.ru, s.en)}: ${n}</title></rect>`,
    );
    x += w;
  }
  if (parts.length === 0) parts.push(`<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#e0e0e0"/>`);
  const label = escapeHtml(progressTitle(c)[locale]);
  return (
    `<svg class="nv-progress-bar" role="img" aria-label="${label}" width="${WIDTH}" height="${HEIGHT}" ` +
    `viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`
  );
}

/** The whole block: the total bar and its line, then each section's (when there are several). */
export function progressHtml(p: ProgressScore, locale: Locale): string {
  const line = (title: string | undefined, c: ProgressCounts) =>
    `<div class="nv-progress-row" data-nv-done="${c.done}" data-nv-activities="${c.total}">` +
    (title ? `<span class="nv-progress-section">${escapeHtml(title)}</span> ` : '') +
    `${progressBarSvg(c, locale)} <span class="nv-progress-text">${escapeHtml(progressTitle(c)[locale])}</span></div>`;
  const sections = p.sections.length > 1 ? p.sections.map((s) => line(s.title, s.counts)).join('') : '';
  const date = p.today
    ? inLocale(locale, `на ${p.today}`, `as of ${p.today}`)
    : inLocale(locale, 'дата не задана: просроченные не считаются', 'no date given: nothing counted as overdue');
  return (
    `<div class="nv-progress"><div class="nv-progress-head">${inLocale(locale, 'Прогресс программы', 'Programme progress')} ` +
    `(${escapeHtml(date)})</div>${line(undefined, p.total)}${sections}</div>`
  );
}
