/**
 * The report for many documents (`nastavnik report <folder>`): one self-contained HTML page — a
 * sortable table with a row per document (organisation, kind, period, errors, warnings,
 * completeness, efficiency level), each linking to its details and timeline further down — or the
 * same table as CSV for Excel. The page carries its own Content-Security-Policy: only its inline
 * style and sorting script (with a nonce) run; every document text is escaped.
 */
import type { IsoDate } from '../core/domain/dates';
import type { Locale } from '../core/diagnostic';
import type { DocumentMeta } from '../core/model';
import { levelText, scoreBadge } from './badge';
import { completenessBox } from './completeness';
import { isMeasurable } from '../core/scores/completeness';
import { type Completeness, computeScores } from '../core/scores';
import { lineOf, type RenderDoc } from './context';
import { severityCounts } from './dashboard';
import { escapeHtml } from './escape';
import { completenessTone, dateLabel, kindLabel, levelTone, type Tone, inLocale } from './labels';
import { shorten } from './shorten';
import { BLOCK_CSS } from './styles';
import { progressHtml } from './progress';
import { pairOverview } from '../core/workspace/pair-overview';
import { pairsSection } from './pairs';
import { timelineBlock } from './timeline';
import { workloadBlock } from './workload';

export interface ReportEntry {
  path: string;
  doc: RenderDoc;
}

export interface ReportRow {
  id: string;
  path: string;
  organisation: string;
  kind: string;
  period: string;
  errors: number;
  warnings: number;
  completeness: number | null;
  level: string;
  levelTone: Tone;
  /** For sorting: оптимальный 3, допустимый 2, недопустимый 1, not determined 0, no scoring table -1. */
  levelRank: number;
  points: string;
}

const ORG = new RegExp(
  '((?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГАОУ|ГКОУ|ОГБОУ|ОГАОУ|КГБОУ|БОУ|АОУ|ЧОУ|НОУ|АНО|ПОУ|ГАПОУ|ГБПОУ|' +
    'ОГБПОУ|БПОУ|МБДОУ|МАДОУ|ГБДОУ|МБУ ДО|МАУ ДО|департамент[а-я]* образования|управлени[а-я]* образования|' +
    String.raw`комитет[а-я]* (?:по )?образовани[а-я]*)[\s\S]*?)(?=\s+на\s+\d|\s+на\s+20|,\s*на\s|$)`,
  'i',
);

/** Who the document belongs to: front matter `организация`, else a school or department named in the title. */
export function organisationOf(meta: DocumentMeta, fallback: string): string {
  if (meta.organization) return meta.organization;
  const title = (meta.title ?? '').replace(/\s+/g, ' ').trim();
  const m = ORG.exec(title);
  if (m) return shorten(m[1]!.replace(/[,.;:]+$/, ''), 140);
  return title ? shorten(title, 140) : fallback;
}

/** The document's completeness percent, or null when there is none or nothing to measure. */
function completenessOf(c: Completeness | null): number | null {
  return c && isMeasurable(c) ? c.percent : null;
}

export function reportRows(entries: readonly ReportEntry[], locale: Locale): ReportRow[] {
  return entries.map((e, i) => {
    const meta = e.doc.analysis.model.meta;
    const counts = severityCounts(e.doc);
    const eff = e.doc.scores.efficiency[0];
    const level = eff ? levelText(eff, locale) : '—';
    const tone: Tone = eff && !eff.partial ? levelTone(eff.level?.name) : 'none';
    const rank = !eff ? -1 : eff.partial || !eff.level ? 0 : tone === 'good' ? 3 : tone === 'warn' ? 2 : tone === 'bad' ? 1 : 0;
    return {
      id: `doc-${i + 1}`,
      path: e.path,
      organisation: organisationOf(meta, e.path),
      kind: kindLabel(meta.kind, locale),
      period: meta.period?.text ?? '',
      errors: counts.error,
      warnings: counts.warning,
      // Nothing to measure (no activities, no stages) is «—», not «0 %».
      completeness: completenessOf(e.doc.scores.completeness.document),
      level,
      levelTone: tone,
      levelRank: rank,
      points: eff ? `${eff.total}/${eff.max}` : '',
    };
  });
}

// ───────────────────────────── CSV ─────────────────────────────

/** One CSV field: quoted when needed, quotes doubled; text that Excel would run as a formula is defused. */
export function csvField(value: string | number | null, delimiter: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = value.replace(/\r\n?/g, '\n');
  if (/^[=+\-@\t]/.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The summary as CSV: UTF-8 with a BOM (Excel then reads Cyrillic), `;` by default (Excel's list separator in a Russian locale), CRLF lines. */
export function reportCsv(entries: readonly ReportEntry[], locale: Locale, delimiter = ';'): string {
  const head = [
    inLocale(locale, 'Файл', 'File'),
    inLocale(locale, 'Организация', 'Organisation'),
    inLocale(locale, 'Вид', 'Kind'),
    inLocale(locale, 'Период', 'Period'),
    inLocale(locale, 'Ошибки', 'Errors'),
    inLocale(locale, 'Предупреждения', 'Warnings'),
    inLocale(locale, 'Полнота, %', 'Completeness, %'),
    inLocale(locale, 'Уровень эффективности', 'Efficiency level'),
    inLocale(locale, 'Баллы', 'Points'),
  ];
  const lines = [head.map((h) => csvField(h, delimiter)).join(delimiter)];
  for (const r of reportRows(entries, locale)) {
    lines.push(
      [r.path, r.organisation, r.kind, r.period, r.errors, r.warnings, r.completeness, r.level, r.points]
        .map((v) => csvField(v, delimiter))
        .join(delimiter),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ───────────────────────────── HTML ─────────────────────────────

export interface ReportOptions {
  locale: Locale;
  today?: IsoDate;
  nonce: string;
  /** The folder the report covers, for the heading. */
  folder: string;
  /** Files skipped because they are not mentorship documents. */
  skipped?: string[];
}

const MAX_DIAGNOSTICS = 200;

function details(entry: ReportEntry, row: ReportRow, options: ReportOptions): string {
  const { locale } = options;
  const doc = entry.doc;
  const model = doc.analysis.model;
  const out: string[] = [];
  out.push(`<section class="nv-doc" id="${row.id}"><h2>${escapeHtml(row.organisation)}</h2>`);
  const meta = [
    `${inLocale(locale, 'файл', 'file')}: <code>${escapeHtml(entry.path)}</code>`,
    `${inLocale(locale, 'вид', 'kind')}: ${escapeHtml(row.kind)}`,
    `${inLocale(locale, 'период', 'period')}: ${row.period ? escapeHtml(row.period) : inLocale(locale, 'не указан', 'not given')}`,
  ];
  if (model.meta.approved) meta.push(`${inLocale(locale, 'утверждено', 'approved')}: ${dateLabel(model.meta.approved, locale)}`);
  out.push(`<div class="nv-meta">${meta.join(' · ')}</div>`);
  if (model.meta.title)
    out.push(`<div class="nv-doc-title" title="${escapeHtml(model.meta.title)}">${escapeHtml(shorten(model.meta.title, 400))}</div>`);
  for (const score of doc.scores.efficiency) out.push(scoreBadge(score, locale));
  // Roadmaps and a personalised programme's plan (docs/domain.md §17): the plan's progress instead of completeness.
  const roadmaps = model.tables.filter((t) => t.kind === 'roadmap' || t.kind === 'personal');
  roadmaps.forEach((table, i) => {
    const c = doc.scores.completeness.tables.find((t) => t.table === table.index);
    if (c) out.push(completenessBox(doc, c, locale));
    // Progress judged against the report's date (overdue activities), from computeScores as every number.
    const progress = computeScores(model, doc.profiles, { today: options.today }).progress;
    if (progress?.tables[0] === table.index) out.push(progressHtml(progress, locale));
    out.push(
      `<div id="${row.id}-timeline${i ? `-${i + 1}` : ''}">` +
        `${timelineBlock(doc, table, { locale, today: options.today, idPrefix: `${row.id}-t${table.index}` })}</div>`,
    );
  });
  if (roadmaps.length) out.push(workloadBlock(doc, locale));
  const diags = doc.analysis.diagnostics;
  if (diags.length) {
    const names: Record<string, string> = {
      error: inLocale(locale, 'ошибка', 'error'),
      warning: inLocale(locale, 'предупреждение', 'warning'),
      info: inLocale(locale, 'сведения', 'info'),
      hint: inLocale(locale, 'подсказка', 'hint'),
    };
    const rows = diags
      .slice(0, MAX_DIAGNOSTICS)
      .map(
        (d) =>
          `<tr class="nv-sev-${d.severity}"><td class="nv-num">${lineOf(doc, d.span.start) + 1}</td><td class="nv-sev">` +
          `${names[d.severity]}</td><td>${escapeHtml(d.message[locale])}</td><td><code>${escapeHtml(d.code)}</code></td></tr>`,
      );
    out.push(
      `<details class="nv-diags"${row.errors + row.warnings > 0 ? ' open' : ''}><summary>` +
        `${inLocale(locale, `Замечания (${diags.length})`, `Problems (${diags.length})`)}</summary><table ` +
        `class="nv-table"><thead><tr><th>${inLocale(locale, 'Строка', 'Line')}</th><th>${inLocale(locale, 'Важность', 'Severity')}</th><th>` +
        `${inLocale(locale, 'Сообщение', 'Message')}</th><th>${inLocale(locale, 'Код', 'Code')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
        (diags.length > MAX_DIAGNOSTICS
          ? `<div class="nv-note">${inLocale(locale, `Показаны первые ${MAX_DIAGNOSTICS}.`, `First ${MAX_DIAGNOSTICS} shown.`)}</div>`
          : '') +
        '</details>',
    );
  } else {
    out.push(`<div class="nv-ok">${inLocale(locale, 'Замечаний нет.', 'No problems found.')}</div>`);
  }
  out.push(`<a class="nv-top" href="#summary">${inLocale(locale, '↑ к сводной таблице', '↑ back to the summary')}</a></section>`);
  return out.join('\n');
}

const REPORT_CSS = `
body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif; color: #1f1f1f; \
background: #fafafa; margin: 0; padding: 20px 28px 60px; max-width: 1200px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 0 0 4px; }
.nv-meta { color: #555; margin-bottom: 6px; }
.nv-doc-title { color: #333; font-style: italic; margin-bottom: 6px; }
.nv-doc { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 14px 18px; margin: 22px 0; }
.nv-table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
.nv-table th, .nv-table td { border: 1px solid #d6d6d6; padding: 5px 8px; text-align: left; vertical-align: top; }
.nv-table thead th { background: #eef2f7; position: sticky; top: 0; }
.nv-sort { all: unset; cursor: pointer; font-weight: 700; display: block; width: 100%; }
.nv-sort:focus-visible { outline: 2px solid #3b7dd8; }
th[aria-sort="ascending"] .nv-sort::after { content: " ▲"; } th[aria-sort="descending"] .nv-sort::after { content: " ▼"; }
.nv-table .nv-num { text-align: right; white-space: nowrap; }
.nv-err-cell.nv-has { color: #c62828; font-weight: 700; } .nv-warn-cell.nv-has { color: #9a6700; font-weight: 700; }
.nv-sev-error .nv-sev { color: #c62828; font-weight: 600; } .nv-sev-warning .nv-sev { color: #9a6700; font-weight: 600; }
.nv-diags summary { cursor: pointer; font-weight: 600; margin: 8px 0; }
.nv-top { display: inline-block; margin-top: 8px; }
a { color: #1a5fb4; }
.nv-skipped { color: #555; font-size: 13px; }
.nv-pairs { margin: 22px 0; } .nv-pairs h3 { font-size: 16px; margin: 12px 0 2px; }
.nv-pair-missing .nv-pair-none { color: #c62828; font-weight: 600; } .nv-pair-progress svg { vertical-align: middle; margin-left: 6px; }
`;

/** Sorts the summary table by a column; numbers compare as numbers, text in Russian order. */
const SORT_SCRIPT = `
(function () {
  const table = document.getElementById('nv-summary');
  const body = table.tBodies[0];
  table.querySelectorAll('thead .nv-sort').forEach(function (button) {
    button.addEventListener('click', function () {
      const th = button.closest('th');
      const col = Array.prototype.indexOf.call(th.parentNode.children, th);
      const numeric = th.hasAttribute('data-numeric');
      const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      const rows = Array.prototype.slice.call(body.rows);
      const key = function (row) { const c = row.cells[col]; \
return c.getAttribute('data-sort') !== null ? c.getAttribute('data-sort') : c.textContent.trim(); };
      rows.sort(function (a, b) {
        const x = key(a), y = key(b);
        const r = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'ru');
        return dir === 'ascending' ? r : -r;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
`;

export function reportHtml(entries: readonly ReportEntry[], options: ReportOptions): string {
  const { locale } = options;
  const nonce = options.nonce.replace(/[^A-Za-z0-9+/=]/g, '');
  const rows = reportRows(entries, locale);
  const th = (label: string, numeric: boolean) =>
    `<th scope="col"${numeric ? ' data-numeric' : ''}><button type="button" class="nv-sort">${label}</button></th>`;
  const head =
    `<tr>${th(inLocale(locale, 'Организация', 'Organisation'), false)}${th(inLocale(locale, 'Вид', 'Kind'), false)}` +
    `${th(inLocale(locale, 'Период', 'Period'), false)}${th(inLocale(locale, 'Ошибки', 'Errors'), true)}` +
    `${th(inLocale(locale, 'Предупреждения', 'Warnings'), true)}${th(inLocale(locale, 'Полнота', 'Completeness'), true)}` +
    `${th(inLocale(locale, 'Уровень эффективности', 'Efficiency level'), true)}</tr>`;
  const body = rows
    .map((r, i) => {
      // The organisation may be shortened; the document's whole title is on hover.
      const fullTitle = entries[i]!.doc.analysis.model.meta.title;
      const hover = fullTitle ? ` title="${escapeHtml(fullTitle.replace(/\s+/g, ' ').trim())}"` : '';
      const completeness =
        r.completeness === null
          ? `<td class="nv-num" data-sort="-1">—</td>`
          : `<td class="nv-num" data-sort="${r.completeness}"><span class="nv-badge ` +
            `nv-tone-${completenessTone(r.completeness)}">${r.completeness} %</span></td>`;
      const level =
        r.levelRank < 0
          ? `<td data-sort="-1">—</td>`
          : `<td data-sort="${r.levelRank}"><span class="nv-badge nv-tone-${r.levelTone}">${escapeHtml(r.level)}` +
            `</span>${r.points ? ` <span class="nv-dim">${escapeHtml(r.points)}</span>` : ''}</td>`;
      return (
        `<tr data-doc="${r.id}"><td><a href="#${r.id}"${hover}>${escapeHtml(r.organisation)}</a><div class="nv-dim"><code>${escapeHtml(r.path)}</code> ` +
        `· <a href="#${r.id}-timeline">${inLocale(locale, 'план по времени', 'timeline')}</a></div></td>` +
        `<td>${escapeHtml(r.kind)}</td><td>${r.period ? escapeHtml(r.period) : '—'}</td>` +
        `<td class="nv-num nv-err-cell${r.errors ? ' nv-has' : ''}" data-sort="${r.errors}">${r.errors}</td><td class="nv-num ` +
        `nv-warn-cell${r.warnings ? ' nv-has' : ''}" data-sort="${r.warnings}">${r.warnings}</td>${completeness}${level}</tr>`
      );
    })
    .join('\n');
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const skipped = options.skipped?.length
    ? `<p class="nv-skipped">${inLocale(locale, 'Пропущены (не похожи на документы о наставничестве)', 'Skipped (not mentorship documents)')}: ` +
      `${options.skipped.map((s) => `<code>${escapeHtml(s)}</code>`).join(', ')}</p>`
    : '';
  // The pairs of each school folder among the documents, their programmes linked to their details.
  const idOf = new Map(entries.map((e, i) => [e.path, rows[i]!.id]));
  const schools = pairOverview(
    entries.map((e) => ({ uri: e.path, model: e.doc.analysis.model, text: e.doc.text })),
    options.today,
  );
  const pairs = pairsSection(schools, {
    locale,
    nameOf: (path) => path,
    hrefOf: (path) => (idOf.has(path) ? `#${idOf.get(path)}` : undefined),
  });
  const totalErrors = rows.reduce((s, r) => s + r.errors, 0);
  const totalWarnings = rows.reduce((s, r) => s + r.warnings, 0);
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${inLocale(locale, 'Наставник: отчёт по документам', 'Nastavnik: documents report')}</title>
<style nonce="${nonce}">${REPORT_CSS}${BLOCK_CSS}</style>
</head>
<body>
<h1 id="summary">${inLocale(locale, 'Отчёт по документам наставничества', 'Mentorship documents report')}</h1>
<div class="nv-meta">${inLocale(locale, 'Папка', 'Folder')}: <code>${escapeHtml(options.folder)}</code> \
· ${inLocale(locale, 'документов', 'documents')}: <span data-nv-docs="${rows.length}">${rows.length}</span> \
· ${inLocale(locale, 'ошибок', 'errors')}: ${totalErrors} \
· ${inLocale(locale, 'предупреждений', 'warnings')}: ${totalWarnings}\
${options.today ? ` · ${inLocale(locale, 'дата отчёта', 'date')}: ${dateLabel(options.today, locale)}` : ''}</div>
<p class="nv-dim">${inLocale(
    locale,
    'Нажмите на заголовок колонки, чтобы отсортировать; на название — чтобы открыть подробности.',
    'Click a column header to sort, a name to open its details.',
  )}</p>
<table class="nv-table" id="nv-summary"><thead>${head}</thead><tbody>
${body}
</tbody></table>
${skipped}
${pairs}
${entries.map((e, i) => details(e, rows[i]!, options)).join('\n')}
<script nonce="${nonce}">${SORT_SCRIPT}</script>
</body>
</html>
`;
}
