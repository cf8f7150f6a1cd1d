/**
 * Completeness of a roadmap (formula in core/scores/completeness.ts): a percent with a meter, the
 * four components, and what is missing — named by row number, each item carrying its editor line;
 * then the rows filled in but vague («нечёткий срок», the words of the vague-deadline hint). A table
 * with nothing to measure (no activities, no stages) says so in words instead of «0 %». The pooled
 * box of a document lists the gaps in words (they name their tables).
 */
import type { Locale } from '../core/diagnostic';
import type { Table } from '../core/model';
import type { Completeness } from '../core/scores';
import { isMeasurable } from '../core/scores/completeness';
import { jumpAttrs, lineOf, type RenderDoc, rowName, tableRow } from './context';
import { escapeHtml } from './escape';
import { num } from './markup-values';
import { plural } from '../core/words';
import { completenessTone, TONE_COLOURS, inLocale } from './labels';
import { shortHtml } from './shorten';

type Component = { done: number; total: number } | undefined;

function component(label: string, c: Component, locale: Locale): string {
  if (!c || c.total === 0) return '';
  return `<span class="nv-comp">${label} ${c.done} ${inLocale(locale, 'из', 'of')} ${c.total}</span>`;
}

/** A horizontal meter as SVG (no inline styles: webviews forbid them under a strict CSP). */
export function meter(percent: number, width = 160): string {
  const p = Math.max(0, Math.min(100, percent));
  const fill = TONE_COLOURS[completenessTone(p)].fill;
  return (
    `<svg class="nv-meter" width="${width}" height="10" viewBox="0 0 ${width} 10" role="img" aria-label="${p} %"><rect width="${width}" ` +
    `height="10" rx="5" fill="#8884"/><rect width="${num((width * p) / 100)}" height="10" rx="5" fill="${fill}"/></svg>`
  );
}

function missingRows(doc: RenderDoc, table: Table | undefined, rows: number[], label: string, locale: Locale): string {
  if (!table || rows.length === 0) return '';
  const shown = rows.slice(0, 12);
  const items = shown
    .map((index) => {
      const row = tableRow(table, index);
      if (!row) return '';
      const line = lineOf(doc, row.span.start);
      const what = row.activity?.text ? ` ${shortHtml(row.activity.text.split('\n')[0]!, 60)}` : '';
      return (
        `<span class="nv-jump" ${jumpAttrs(doc, line, locale)}>${escapeHtml(rowName(doc, row, locale))}</span><span ` +
        `class="nv-dim">${what ? ` —${what}` : ''}</span>`
      );
    })
    .filter(Boolean);
  const more =
    rows.length > shown.length ? inLocale(locale, ` и ещё ${rows.length - shown.length}`, ` and ${rows.length - shown.length} more`) : '';
  return `<li>${label}: ${items.join('; ')}${more}</li>`;
}

export function completenessBox(doc: RenderDoc, c: Completeness, locale: Locale, heading?: string): string {
  const table = c.table === null ? undefined : doc.analysis.model.tables.find((t) => t.index === c.table);
  const title = heading ?? inLocale(locale, 'Полнота дорожной карты', 'Roadmap completeness');
  const attrs = `data-nv-completeness="${c.percent}"${c.table !== null ? ` data-nv-table="${c.table}"` : ''}`;
  if (!isMeasurable(c)) {
    return (
      `<div class="nv-box nv-completeness" ${attrs} data-nv-measurable="false"><div class="nv-title">${escapeHtml(title)}: <span ` +
      `class="nv-badge nv-tone-none">${inLocale(locale, 'нечего измерять', 'nothing to measure')}</span></div><div class="nv-dim">` +
      inLocale(
        locale,
        'Нет ни одного мероприятия и ни одного этапа, который можно проверить, — полноту не посчитать.',
        'There are no activities and no stages to check: completeness cannot be measured.',
      ) +
      '</div></div>'
    );
  }
  const tone = completenessTone(c.percent);
  const parts = [
    component(inLocale(locale, 'этапы', 'stages'), c.stages, locale),
    component(inLocale(locale, 'сроки', 'deadlines'), c.deadlines, locale),
    component(inLocale(locale, 'ответственные', 'responsibles'), c.responsibles, locale),
    component(inLocale(locale, 'результаты', 'results'), c.results, locale),
  ].filter(Boolean);
  const missing: string[] = [];
  const notes: string[] = [];
  if (!table) {
    // The document's pooled box: its gaps already name their tables.
    for (const g of c.gaps) missing.push(`<li>${escapeHtml(g[locale])}</li>`);
    for (const n of c.notes ?? []) notes.push(`<li>${escapeHtml(n[locale])}</li>`);
  } else {
    if (c.missing.stages.length) {
      const n = c.missing.stages.length;
      missing.push(
        '<li>' +
          `${inLocale(locale, `${plural(n, 'нет обязательного этапа', 'нет обязательных этапов', 'нет обязательных этапов')}`, 'missing mandatory stages')}: ` +
          `${c.missing.stages.map((s) => `«${escapeHtml(s)}»`).join(', ')}</li>`,
      );
    }
    const noColumn = (role: string) => !table.columns.some((col) => col.role === role);
    if (noColumn('deadline'))
      missing.push(
        '<li>' +
          inLocale(
            locale,
            'нет колонки «Сроки» — добавьте её и укажите срок каждого мероприятия',
            'no «Сроки» (deadlines) column: add it and give every activity a deadline',
          ) +
          '</li>',
      );
    else
      missing.push(
        missingRows(doc, table, c.missing.deadlineRows, inLocale(locale, 'нет понятного срока', 'no readable deadline'), locale),
      );
    if (noColumn('responsible'))
      missing.push(
        '<li>' +
          inLocale(
            locale,
            'нет колонки «Ответственные» — добавьте её и назовите ответственного за каждое мероприятие',
            'no «Ответственные» (responsibles) column: add it and name someone for every activity',
          ) +
          '</li>',
      );
    else
      missing.push(
        missingRows(doc, table, c.missing.responsibleRows, inLocale(locale, 'не указан ответственный', 'no responsible'), locale),
      );
    missing.push(missingRows(doc, table, c.missing.resultRows, inLocale(locale, 'не указан результат', 'no result'), locale));
    // Counted as present, but the vague-deadline hint applies: in the hint's words.
    const vague = (c.vagueDeadlines ?? []).filter((r) => r.table === table.index).map((r) => r.row);
    notes.push(missingRows(doc, table, vague, inLocale(locale, 'нечёткий срок', 'vague deadline'), locale));
  }
  const list = missing.filter(Boolean);
  const noteList = notes.filter(Boolean);
  return (
    `<div class="nv-box nv-completeness" ${attrs}>` +
    `<div class="nv-title">${escapeHtml(title)}: <span class="nv-badge nv-tone-${tone}">${c.percent} %</span> ${meter(c.percent)}</div>` +
    `<div class="nv-comps">${parts.join(' · ')}</div>` +
    (list.length
      ? `<div class="nv-missing-title">${inLocale(locale, 'Чего не хватает', 'What is missing')}:</div><ul class="nv-missing">${list.join('')}</ul>`
      : `<div class="nv-ok">${inLocale(locale, 'Всё на месте.', 'Nothing is missing.')}</div>`) +
    (noteList.length
      ? `<div class="nv-missing-title">${inLocale(locale, 'Заполнено, но нечётко', 'Filled in, but vague')}:</div><ul ` +
        `class="nv-missing nv-vague">${noteList.join('')}</ul>`
      : '') +
    `</div>`
  );
}
