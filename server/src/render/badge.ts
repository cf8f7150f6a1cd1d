/**
 * Efficiency scores: the coloured badge with total, maximum, percent and level, a line per
 * criterion, and the points of each indicator row (the preview adds them as a column).
 */
import type { Locale } from '../core/diagnostic';
import type { EfficiencyScore } from '../core/scores';
import { escapeHtml } from './escape';
import { count, type Noun, plural } from '../core/words';
import { levelTone, inLocale } from './labels';

/** The level as shown: its name, or why there is none. */
export function levelText(score: EfficiencyScore, locale: Locale): string {
  if (score.indicators.length === 0) return inLocale(locale, 'нет показателей', 'no indicators');
  if (score.partial) return inLocale(locale, 'уровень не определён', 'level not determined');
  return score.level ? score.level.name : inLocale(locale, 'уровень не найден в шкале', 'total outside the level scale');
}

const POINT: Noun = { ru: { one: 'балл', few: 'балла', many: 'баллов' }, en: { one: 'point', other: 'points' } };

export function scoreBadge(score: EfficiencyScore, locale: Locale): string {
  const tone = score.partial ? 'none' : levelTone(score.level?.name);
  const level = levelText(score, locale);
  const attrs =
    `data-nv-total="${score.total}" data-nv-max="${score.max}" data-nv-percent="${score.percent}" ` +
    `data-nv-level="${escapeHtml(score.level?.name ?? '')}" data-nv-partial="${score.partial}"`;
  const head =
    `<span class="nv-badge nv-tone-${tone}">${score.total} ${inLocale(locale, 'из', 'of')} ` +
    `${score.max} · ${score.percent} % · ${escapeHtml(level)}</span>`;
  const notes: string[] = [];
  if (score.partial) {
    const n = score.indicators.length;
    notes.push(
      inLocale(
        locale,
        `Оценено ${score.scored} из ${n} ${plural(n, 'показателя', 'показателей', 'показателей')}: ` +
          'итог неполный. Поставьте отметку (✓) в одной из колонок баллов в каждой строке.',
        `${score.scored} of ${n} indicators scored: the total is partial. Put a mark (✓) in one points column of every row.`,
      ),
    );
  }
  if (score.levelsSource === 'default')
    notes.push(
      inLocale(
        locale,
        'Шкала уровней не найдена под таблицей — взята шкала по умолчанию.',
        'No level scale under the table: the default scale is used.',
      ),
    );
  const scale = score.levels
    .map((l) => `<span class="nv-level nv-tone-${levelTone(l.name)}">${l.from}–${l.to}: ${escapeHtml(l.name)}</span>`)
    .join(' ');
  const criteria = score.criteria
    .filter((c) => c.name !== '' || score.criteria.length > 1)
    .map(
      (c) =>
        `<li><span class="nv-crit">${escapeHtml(c.name || inLocale(locale, '(без критерия)', '(no criterion)'))}</span> ` +
        `— ${c.points} ${inLocale(locale, 'из', 'of')} ${c.max}` +
        `${c.scored < c.indicators ? inLocale(locale, ` (оценено ${c.scored} из ${c.indicators})`, ` (${c.scored} of ${c.indicators} scored)`) : ''}</li>`,
    )
    .join('');
  return (
    `<div class="nv-box nv-score" ${attrs}>` +
    `<div class="nv-title">${inLocale(locale, 'Показатели эффективности', 'Efficiency indicators')}: ${head}</div>` +
    (notes.length ? `<div class="nv-note">${notes.map(escapeHtml).join('<br>')}</div>` : '') +
    (criteria ? `<ul class="nv-criteria">${criteria}</ul>` : '') +
    `<div class="nv-scale">${inLocale(locale, 'Шкала', 'Scale')}: ${scale}</div></div>`
  );
}

/** Points of one indicator row as a short cell text: «2», «—» (not scored), «?» (a bad mark). */
export function rowPoints(
  score: EfficiencyScore,
  rowIndex: number,
  locale: Locale,
): { text: string; title: string; points: number | null } | undefined {
  const ind = score.indicators.find((i) => i.row === rowIndex);
  if (!ind) return undefined;
  if (ind.problem) {
    const title =
      ind.problem.kind === 'multiple-marks'
        ? inLocale(locale, 'несколько отметок в строке — оставьте одну', 'several marks in the row: keep one')
        : inLocale(
            locale,
            `непонятная отметка «${ind.problem.text}» — поставьте ✓ или 0, 1, 2`,
            `unreadable mark "${ind.problem.text}": use ✓ or 0, 1, 2`,
          );
    return { text: '?', title, points: null };
  }
  if (ind.points === null) return { text: '—', title: inLocale(locale, 'не оценено', 'not scored'), points: null };
  return {
    text: String(ind.points),
    title: count(ind.points, POINT, locale),
    points: ind.points,
  };
}
