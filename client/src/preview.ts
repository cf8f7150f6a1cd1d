/**
 * The Markdown preview plugin (`markdown.markdownItPlugins`): VS Code's preview calls
 * `extendMarkdownIt(md)`. For a mentorship document it adds, from the core's own numbers:
 *  - under each scoring table: the total / max / percent / level badge, and a «Баллы» column with
 *    the points of each row;
 *  - under each roadmap table: its completeness and what is missing, and the timeline.
 * The core analyses exactly the source markdown-it renders (`state.src`), and its tables are
 * matched to markdown-it's table tokens by line (`token.map`), so what is drawn sits under the
 * table it belongs to.
 *
 * Safety: every document text in our blocks is escaped. In a mentorship document, raw HTML that is
 * not plain formatting (`<script>`, `<img onerror=…>`, `<a href="javascript:…">`, attributes) is
 * shown as text instead of being passed through — no script from a document runs in a preview.
 * Nothing here imports `vscode`: the tests run this plugin with plain markdown-it.
 */
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { allProfiles, analyze, type AnalyzeOptions } from '../../server/src/core/analyze';
import type { IsoDate } from '../../server/src/core/domain/dates';
import type { Locale } from '../../server/src/core/diagnostic';
import type { Table } from '../../server/src/core/model';
import { rowPoints } from '../../server/src/render/badge';
import { lineOf, type RenderDoc, renderDoc } from '../../server/src/render/context';
import { blocksForTable } from '../../server/src/render/document';
import { escapeHtml } from '../../server/src/render/escape';
import { tr } from '../../server/src/render/labels';
import { configForFile } from './config-lookup';

export interface PreviewOptions {
  locale?: () => Locale;
  /** Today's date (ISO); tests pass a fixed one. */
  today?: () => IsoDate;
  /** Settings for the document being rendered; `env` is markdown-it's (VS Code puts `currentDocument` there). */
  analyzeOptions?: (env: unknown) => AnalyzeOptions;
}

export function localToday(now = new Date()): IsoDate {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The file of the document VS Code renders, when it is on disk. */
function documentPath(env: unknown): string | undefined {
  const doc = (env as { currentDocument?: { scheme?: unknown; fsPath?: unknown } } | undefined)?.currentDocument;
  return doc && doc.scheme === 'file' && typeof doc.fsPath === 'string' ? doc.fsPath : undefined;
}

const defaultAnalyzeOptions = (env: unknown): AnalyzeOptions => ({ config: configForFile(documentPath(env)) });

// Plain formatting the seeds use in cells (`<br>`, `<p>`, `<b>`, `<sup>` …), optionally with layout attributes.
const SAFE_TAG =
  /^<\/?(?:br|p|b|strong|i|em|u|s|sub|sup|ol|ul|li|span|div|center|table|thead|tbody|tr|td|th|h[1-6]|hr|blockquote|code|pre|small|mark|del|ins)(?:\s+(?:align|valign|colspan|rowspan|width|height)\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[\w%-]+))*\s*\/?>/i;
const COMMENT = /^<!--[\s\S]*?-->/;

/** True when raw HTML holds only comments, plain formatting tags and text. */
export function isHarmlessHtml(html: string): boolean {
  let rest = html;
  for (;;) {
    const lt = rest.indexOf('<');
    if (lt < 0) return true; // text between tags is escaped by markdown-it
    rest = rest.slice(lt);
    const m = COMMENT.exec(rest) ?? SAFE_TAG.exec(rest);
    if (!m) return false;
    rest = rest.slice(m[0].length);
  }
}

function neutraliseHtml(tokens: Token[]): void {
  for (const t of tokens) {
    if (t.type === 'html_inline' && !isHarmlessHtml(t.content)) t.type = 'text';
    else if (t.type === 'html_block' && !isHarmlessHtml(t.content)) t.content = `<pre class="nv-raw-html">${escapeHtml(t.content)}</pre>\n`;
    if (t.children) neutraliseHtml(t.children);
  }
}

function htmlBlock(state: StateCore, html: string): Token {
  const token = new state.Token('html_block', '', 0);
  token.content = html;
  token.block = true;
  return token;
}

interface Cached {
  src: string;
  options: AnalyzeOptions;
  doc: RenderDoc;
}

export function nastavnikPreview(md: MarkdownIt, options: PreviewOptions = {}): void {
  let last: Cached | undefined;
  const docFor = (src: string, analyzeOptions: AnalyzeOptions): RenderDoc => {
    if (last && last.src === src && last.options.config === analyzeOptions.config && last.options.profile === analyzeOptions.profile)
      return last.doc;
    const analysis = analyze(src, analyzeOptions);
    const doc = renderDoc(src, analysis, allProfiles(analyzeOptions.config));
    last = { src, options: analyzeOptions, doc };
    return doc;
  };
  md.core.ruler.push('nastavnik', (state: StateCore) => {
    try {
      annotate(state, docFor(state.src, (options.analyzeOptions ?? defaultAnalyzeOptions)(state.env)), options);
    } catch (error) {
      // A bug of ours must never break the user's preview: show the document without our blocks.
      console.error('nastavnik preview:', error);
    }
  });
}

function annotate(state: StateCore, doc: RenderDoc, options: PreviewOptions): void {
  if (!doc.analysis.model.looksRelevant) return;
  const locale = options.locale?.() ?? 'ru';
  const today = options.today?.() ?? localToday();
  neutraliseHtml(state.tokens);
  const byLine = new Map<number, Table>();
  for (const t of doc.analysis.model.tables) byLine.set(lineOf(doc, t.span.start), t);
  const out: Token[] = [];
  let table: Table | undefined;
  let depth = 0;
  let pendingCell: string | undefined;
  for (const token of state.tokens) {
    if (token.type === 'table_open') {
      depth++;
      if (depth === 1) table = token.map ? byLine.get(token.map[0]) : undefined;
    }
    if (token.type === 'tr_open' && table?.kind === 'scoring' && token.map) pendingCell = pointsCell(doc, table, token.map[0], locale);
    if (token.type === 'tr_close' && pendingCell !== undefined) {
      out.push(htmlBlock(state, pendingCell));
      pendingCell = undefined;
    }
    out.push(token);
    if (token.type === 'table_close') {
      depth--;
      if (depth === 0 && table) {
        const html = blocksForTable(doc, table, { locale, today, idPrefix: 'nv' });
        if (html) out.push(htmlBlock(state, `<div class="nv-blocks" data-nv-table="${table.index}">${html}</div>\n`));
        table = undefined;
      }
    }
  }
  state.tokens = out;
}

/** The «Баллы» cell of a scoring-table row (a header cell on the header line). */
function pointsCell(doc: RenderDoc, table: Table, line: number, locale: Locale): string {
  if (lineOf(doc, table.headerSpan.start) === line)
    return `<th class="nv-points" title="${escapeHtml(tr(locale, 'Подсчитано Наставником', 'Computed by Nastavnik'))}">${tr(locale, 'Баллы', 'Points')}</th>`;
  const score = doc.scores.efficiency.find((e) => e.table === table.index);
  const row = table.rows.find((r) => lineOf(doc, r.span.start) === line);
  const points = score && row ? rowPoints(score, row.index, locale) : undefined;
  if (!points) return '<td class="nv-points"></td>';
  const cls = points.points === null ? 'nv-points nv-points-none' : `nv-points nv-points-${points.points}`;
  return `<td class="${cls}" data-nv-points="${points.points ?? ''}" title="${escapeHtml(points.title)}">${escapeHtml(points.text)}</td>`;
}

/** The editor's locale for the default plugin; set by the extension (this file must not import `vscode`). */
let editorLocale: () => Locale = () => 'ru';
export function setPreviewLocale(locale: () => Locale): void {
  editorLocale = locale;
}

/** The entry VS Code calls; `createExtendMarkdownIt` lets a caller pass its own options. */
export function createExtendMarkdownIt(options: PreviewOptions = {}): (md: MarkdownIt) => MarkdownIt {
  return (md) => md.use(nastavnikPreview, { locale: () => editorLocale(), ...options });
}

export const extendMarkdownIt = createExtendMarkdownIt();
