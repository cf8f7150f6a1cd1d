/**
 * The dashboard webview «Наставник: Сводка»: scores, completeness, timelines, workload and the
 * list of problems of one document. `dashboardBody` is the part that changes as the user types
 * (sent to the webview in a message); `dashboardPage` is the page around it, with a strict
 * Content-Security-Policy: nothing loads or runs but our own style and script, both carrying the
 * page's nonce; no inline event handlers; every document text is escaped.
 */
import type { IsoDate } from '../core/domain/dates';
import type { Locale } from '../core/diagnostic';
import type { SchoolPairs } from '../core/workspace/pair-overview';
import { fileName } from '../core/workspace/folder-checks';
import { scoreBadge } from './badge';
import { completenessBox } from './completeness';
import { jumpAttrs, lineOf, type RenderDoc } from './context';
import { escapeHtml } from './escape';
import { pairsSection } from './pairs';
import { dateLabel, kindLabel, inLocale } from './labels';
import { shorten } from './shorten';
import { BLOCK_CSS } from './styles';
import { timelineBlock } from './timeline';
import { workloadBlock } from './workload';

export interface DashboardOptions {
  locale: Locale;
  today?: IsoDate;
  /** File name shown when the document has no title. */
  fileName: string;
  /**
   * The pairs of the document's school folder (core/workspace/pair-overview.ts), when the document is a
   * list of pairs or a ППН and the folder's documents are at hand.
   */
  pairs?: SchoolPairs;
}

const MAX_PROBLEMS = 60;

export function severityCounts(doc: RenderDoc): { error: number; warning: number; info: number; hint: number } {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of doc.analysis.diagnostics) counts[d.severity]++;
  return counts;
}

function metaLine(doc: RenderDoc, locale: Locale): string {
  const meta = doc.analysis.model.meta;
  const parts = [
    `${inLocale(locale, 'вид', 'kind')}: ${kindLabel(meta.kind, locale)}`,
    meta.profile
      ? `${inLocale(locale, 'профиль', 'profile')}: ` +
        `${escapeHtml(doc.profiles.find((p) => p.id === meta.profile)?.[locale === 'en' ? 'titleEn' : 'title'] ?? meta.profile)}`
      : '',
    `${inLocale(locale, 'период', 'period')}: ${meta.period ? escapeHtml(meta.period.text) : inLocale(locale, 'не указан', 'not given')}`,
    meta.approved ? `${inLocale(locale, 'утверждено', 'approved')}: ${dateLabel(meta.approved, locale)}` : '',
  ].filter(Boolean);
  return parts.join(' · ');
}

function problemsBlock(doc: RenderDoc, locale: Locale): string {
  const order = { error: 0, warning: 1, info: 2, hint: 3 } as const;
  const list = [...doc.analysis.diagnostics].sort((a, b) => order[a.severity] - order[b.severity] || a.span.start - b.span.start);
  if (list.length === 0)
    return (
      `<section class="nv-box nv-problems"><div class="nv-title">${inLocale(locale, 'Замечания', 'Problems')}</div><div ` +
      `class="nv-ok">${inLocale(locale, 'Замечаний нет.', 'No problems found.')}</div></section>`
    );
  const names: Record<string, string> = {
    error: inLocale(locale, 'ошибка', 'error'),
    warning: inLocale(locale, 'предупреждение', 'warning'),
    info: inLocale(locale, 'сведения', 'info'),
    hint: inLocale(locale, 'подсказка', 'hint'),
  };
  const items = list.slice(0, MAX_PROBLEMS).map((d) => {
    const line = lineOf(doc, d.span.start);
    return (
      `<li class="nv-problem nv-sev-${d.severity}" ${jumpAttrs(doc, line, locale)}><span class="nv-sev">${names[d.severity]}</span> ` +
      `<span class="nv-where">${inLocale(locale, 'стр.', 'line')} ${line + 1}</span> ${escapeHtml(d.message[locale])} ` +
      `<code class="nv-code">${escapeHtml(d.code)}</code></li>`
    );
  });
  const more =
    list.length > MAX_PROBLEMS
      ? '<div class="nv-note">' +
        inLocale(
          locale,
          `И ещё ${list.length - MAX_PROBLEMS} — все они в панели «Проблемы».`,
          `${list.length - MAX_PROBLEMS} more in the Problems panel.`,
        ) +
        '</div>'
      : '';
  return (
    `<section class="nv-box nv-problems"><div class="nv-title">${inLocale(locale, 'Замечания', 'Problems')}</div><ul ` +
    `class="nv-problem-list">${items.join('')}</ul>${more}</section>`
  );
}

export function dashboardBody(doc: RenderDoc, options: DashboardOptions): string {
  const { locale } = options;
  const model = doc.analysis.model;
  const title = model.meta.title ?? options.fileName;
  if (!model.looksRelevant) {
    return (
      `<header class="nv-head"><h1 title="${escapeHtml(title)}">${escapeHtml(shorten(title, 200))}</h1></header><div ` +
      'class="nv-box nv-empty" data-nv-relevant="false">' +
      inLocale(
        locale,
        'Этот файл не похож на дорожную карту или программу наставничества. Откройте такой документ — здесь появятся его баллы, полнота и план по времени.',
        'This file does not look like a mentorship roadmap or programme. Open one to see its scores, completeness and timeline here.',
      ) +
      '</div>'
    );
  }
  const counts = severityCounts(doc);
  const out: string[] = [];
  out.push(
    `<header class="nv-head" data-nv-relevant="true"><h1 title="${escapeHtml(title)}">${escapeHtml(shorten(title, 200))}</h1><div ` +
      `class="nv-meta">${metaLine(doc, locale)}</div>` +
      `<div class="nv-counts"><span class="nv-count nv-count-error" data-nv-errors="${counts.error}">${inLocale(locale, 'Ошибки', 'Errors')}: ` +
      `${counts.error}</span><span class="nv-count nv-count-warning" data-nv-warnings="${counts.warning}">${inLocale(locale, 'Предупреждения', 'Warnings')}: ` +
      `${counts.warning}</span><span class="nv-count nv-count-hint">${inLocale(locale, 'Подсказки', 'Hints')}: ` +
      `${counts.info + counts.hint}</span></div></header>`,
  );
  for (const score of doc.scores.efficiency) out.push(scoreBadge(score, locale));
  if (options.pairs) out.push(pairsSection([options.pairs], { locale, nameOf: fileName }));
  const roadmaps = model.tables.filter((t) => t.kind === 'roadmap');
  const pooled = doc.scores.completeness.document;
  if (pooled && roadmaps.length > 1)
    out.push(
      completenessBox(
        doc,
        pooled,
        locale,
        inLocale(locale, 'Полнота документа (все дорожные карты)', 'Completeness of the document (all roadmaps)'),
      ),
    );
  for (const table of roadmaps) {
    const c = doc.scores.completeness.tables.find((t) => t.table === table.index);
    const where = table.section.length ? table.section[table.section.length - 1]! : '';
    const heading =
      roadmaps.length > 1 && where ? inLocale(locale, `Полнота: ${shorten(where, 80)}`, `Completeness: ${shorten(where, 80)}`) : undefined;
    if (c) out.push(completenessBox(doc, c, locale, heading));
    out.push(timelineBlock(doc, table, { locale, today: options.today, idPrefix: `nv-d-t${table.index}` }));
  }
  if (roadmaps.length === 0)
    out.push(
      '<div class="nv-box nv-note">' +
        inLocale(
          locale,
          'В документе нет таблицы дорожной карты (мероприятия, сроки, ответственные) — полноту и план по времени не посчитать.',
          'The document has no roadmap table (activities, deadlines, responsibles): no completeness or timeline.',
        ) +
        '</div>',
    );
  else out.push(workloadBlock(doc, locale));
  out.push(problemsBlock(doc, locale));
  return out.join('\n');
}

const PAGE_CSS = `
body { font-family: var(--vscode-font-family, system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif); \
color: var(--vscode-foreground, #1f1f1f); background: var(--vscode-editor-background, #ffffff); margin: 0; padding: 12px 18px 40px; }
h1 { font-size: 17px; margin: 4px 0 4px; line-height: 1.35; }
.nv-meta { opacity: .85; margin-bottom: 6px; }
.nv-counts { display: flex; gap: 8px; flex-wrap: wrap; margin-bottom: 4px; }
.nv-count { padding: 1px 10px; border-radius: 999px; font-weight: 600; border: 1px solid rgba(128,128,128,.4); }
.nv-count-error { background: #c62828; color: #fff; border-color: #c62828; }
.nv-count-warning { background: #f2a900; color: #1d1d1d; border-color: #f2a900; }
.nv-problem-list { list-style: none; padding: 0; margin: 4px 0; }
.nv-problem { padding: 3px 6px; border-radius: 4px; }
.nv-problem:hover { background: rgba(128,128,128,.15); }
.nv-sev { display: inline-block; min-width: 104px; font-weight: 600; }
.nv-sev-error .nv-sev { color: #e53935; } .nv-sev-warning .nv-sev { color: #c78a00; } .nv-sev-info .nv-sev, .nv-sev-hint .nv-sev { opacity: .75; }
.nv-where { opacity: .7; margin-right: 4px; }
.nv-code { opacity: .6; font-size: 11px; }
.nv-pairs h3 { font-size: 14px; margin: 8px 0 2px; } .nv-pair-missing .nv-pair-none { color: #e53935; font-weight: 600; }
.nv-pair-progress svg { vertical-align: middle; margin-left: 6px; }
`;

/** The bridge between the page and the extension: clicks on items with a line become «reveal» messages. */
const DASHBOARD_SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('nv-root');
  const next = new WeakMap();
  function reveal(el) {
    let line = Number(el.getAttribute('data-line'));
    const many = el.getAttribute('data-lines');
    if (many) {
      const lines = many.split(',').map(Number).filter(Number.isFinite);
      const i = next.get(el) || 0;
      if (lines.length) { line = lines[i % lines.length]; next.set(el, i + 1); }
    }
    if (Number.isInteger(line) && line >= 0) vscode.postMessage({ type: 'reveal', line: line });
  }
  document.addEventListener('click', function (e) {
    const el = e.target instanceof Element ? e.target.closest('[data-line]') : null;
    if (el) reveal(el);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const el = e.target instanceof Element ? e.target.closest('[data-line]') : null;
    if (el) { e.preventDefault(); reveal(el); }
  });
  window.addEventListener('message', function (e) {
    const m = e.data;
    if (m && m.type === 'update' && typeof m.html === 'string') root.innerHTML = m.html;
  });
})();
`;

export interface PageOptions {
  body: string;
  nonce: string;
  /** `webview.cspSource`: the only origin images may come from (we use none but data:). */
  cspSource: string;
  locale: Locale;
}

export function dashboardPage(options: PageOptions): string {
  const nonce = options.nonce.replace(/[^A-Za-z0-9+/=]/g, '');
  const csp =
    `default-src 'none'; img-src ${options.cspSource} data:; style-src 'nonce-${nonce}'; script-src ` +
    `'nonce-${nonce}'; font-src ${options.cspSource}; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${inLocale(options.locale, 'Наставник: Сводка', 'Nastavnik: Summary')}</title>
<style nonce="${nonce}">${PAGE_CSS}${BLOCK_CSS}</style>
</head>
<body>
<main id="nv-root">${options.body}</main>
<script nonce="${nonce}">${DASHBOARD_SCRIPT}</script>
</body>
</html>`;
}
