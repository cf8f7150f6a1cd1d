/**
 * The section «Наставнические пары» of the department report and of «Наставник: Сводка»: per school
 * folder, its totals (pairs, with a programme, done %, overdue) and a table with a row per pair —
 * mentor – mentee, form, its персонализированная программа (a link, or «нет программы»), progress
 * (done / total, %, a small bar) and overdue items. Every number comes from `pairOverview`
 * (core/workspace/pair-overview.ts, progress from core/scores/progress.ts); nothing is counted here.
 * Pure HTML; every text from a document or a file name is escaped.
 */
import type { Locale } from '../core/diagnostic';
import type { ProgressCounts } from '../core/scores/progress';
import type { PairView, SchoolPairs, SchoolTotals } from '../core/workspace/pair-overview';
import { escapeHtml } from './escape';
import { inLocale } from './labels';
import { progressBarSvg } from './progress';

export interface PairsOptions {
  locale: Locale;
  /** A file's name as shown (a relative path, a file name). */
  nameOf: (uri: string) => string;
  /** Where a link to the file's details goes (`#doc-3`), when there is one. */
  hrefOf?: (uri: string) => string | undefined;
}

/** The programme's bar, drawn small: the bar's own 300-unit view box squeezed to 120 × 8 pixels. */
function smallBar(c: ProgressCounts, locale: Locale): string {
  return progressBarSvg(c, locale).replace(
    /^<svg([^>]*?) width="\d+" height="\d+" viewBox=/,
    '<svg$1 width="120" height="8" preserveAspectRatio="none" viewBox=',
  );
}

export function totalsText(t: SchoolTotals, locale: Locale): string {
  const done =
    t.percent === null
      ? inLocale(locale, 'выполнено: —', 'done: —')
      : inLocale(locale, `выполнено: ${t.done} из ${t.total} (${t.percent} %)`, `done: ${t.done} of ${t.total} (${t.percent} %)`);
  return [
    inLocale(locale, `пар: ${t.pairs}`, `pairs: ${t.pairs}`),
    inLocale(locale, `с программой: ${t.withProgramme}`, `with a programme: ${t.withProgramme}`),
    done,
    inLocale(locale, `просрочено: ${t.overdue}`, `overdue: ${t.overdue}`),
  ].join(' · ');
}

function programmeCell(pair: PairView, options: PairsOptions): string {
  const { locale } = options;
  if (pair.programmes.length === 0)
    return `<td class="nv-pair-none" data-sort="">${inLocale(locale, 'нет программы', 'no programme')}</td>`;
  const links = pair.programmes.map((p) => {
    const name = escapeHtml(options.nameOf(p.uri));
    const href = options.hrefOf?.(p.uri);
    return href ? `<a href="${escapeHtml(href)}"><code>${name}</code></a>` : `<code>${name}</code>`;
  });
  return `<td>${links.join('<br>')}</td>`;
}

function progressCells(pair: PairView, locale: Locale): string {
  const c = pair.programmes[0]?.progress;
  if (!c) {
    const note = pair.programmes.length ? inLocale(locale, 'нет плана с отметками', 'no plan with marks') : '—';
    return `<td class="nv-num" data-sort="-1">${note}</td><td class="nv-num" data-sort="-1">—</td>`;
  }
  const percent = c.percent === null ? '—' : `${c.percent} %`;
  return (
    `<td class="nv-pair-progress" data-sort="${c.percent ?? -1}" data-nv-done="${c.done}" data-nv-activities="${c.total}">` +
    `${c.done}/${c.total} (${percent}) ${smallBar(c, locale)}</td>` +
    `<td class="nv-num${c.overdue ? ' nv-err-cell nv-has' : ''}" data-sort="${c.overdue}" data-nv-overdue="${c.overdue}">${c.overdue}</td>`
  );
}

function schoolBlock(school: SchoolPairs, options: PairsOptions): string {
  const { locale } = options;
  const name = school.organisation ?? (options.nameOf(school.folder) || school.folder);
  // «Not in the list» only where the folder has a list of pairs.
  const hasList = school.pairs.some((p) => p.listed);
  const rows = school.pairs.map((pair, i) => {
    const unlisted =
      pair.listed || !hasList ? '' : ` <span class="nv-dim">${inLocale(locale, '(нет в списке пар)', '(not in the list of pairs)')}</span>`;
    return (
      `<tr class="nv-pair${pair.programmes.length ? '' : ' nv-pair-missing'}"><td class="nv-num">${i + 1}</td>` +
      `<td>${escapeHtml(pair.mentor)} – ${escapeHtml(pair.mentee)}${unlisted}</td>` +
      `<td>${pair.form ? escapeHtml(pair.form) : '—'}</td>${programmeCell(pair, options)}${progressCells(pair, locale)}</tr>`
    );
  });
  return (
    `<div class="nv-pairs-school" data-nv-pairs="${school.totals.pairs}" data-nv-with-programme="${school.totals.withProgramme}">` +
    `<h3>${escapeHtml(name)}</h3><div class="nv-meta">${totalsText(school.totals, locale)}</div>` +
    `<table class="nv-table nv-pairs-table"><thead><tr><th>№</th><th>${inLocale(locale, 'Наставник – наставляемый', 'Mentor – mentee')}</th>` +
    `<th>${inLocale(locale, 'Форма', 'Form')}</th><th>${inLocale(locale, 'Программа (ППН)', 'Programme')}</th>` +
    `<th>${inLocale(locale, 'Прогресс', 'Progress')}</th><th>${inLocale(locale, 'Просрочено', 'Overdue')}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** The whole section; empty when no folder has a list of pairs or a programme. */
export function pairsSection(schools: readonly SchoolPairs[], options: PairsOptions): string {
  if (schools.length === 0) return '';
  return (
    `<section class="nv-box nv-pairs" id="pairs"><div class="nv-title">${inLocale(options.locale, 'Наставнические пары', 'Mentoring pairs')}` +
    `</div>${schools.map((s) => schoolBlock(s, options)).join('')}</section>`
  );
}
