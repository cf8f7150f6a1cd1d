/**
 * The requests behind VS Code's Markdown preview plugin and the «Наставник: Сводка» webview: the
 * server renders the HTML from its analysis of the open document, the client only places it. Shared
 * by the server, the client and the tests; nothing here reaches the core, so the client bundle stays small.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../core/diagnostic';

/**
 * `nastavnik/preview` {uri} → the blocks the preview puts under the document's tables, computed
 * from the document's current version.
 */
export const PREVIEW_REQUEST = 'nastavnik/preview';
export interface PreviewParams {
  uri: string;
  /** Today (YYYY-MM-DD) for the timeline's «today» mark; the server's when absent (tests fix it here). */
  today?: string;
  /** The language of the labels; the document's locale (setting, `.nastavnik.json`, editor) when absent. */
  locale?: Locale;
}

export interface PreviewResult {
  uri: string;
  version: number;
  /** `previewTextKey` of the text these blocks were computed from: the plugin draws them on that text only. */
  key: string;
  /** A mentorship document: the plugin adds blocks and shows unsafe raw HTML as text. Otherwise it changes nothing. */
  relevant: boolean;
  tables: PreviewTable[];
}

/** What goes into one table of the document, matched to markdown-it's table by its lines (0-based). */
export interface PreviewTable {
  /** The table's first line (its header row), as markdown-it's `token.map[0]`. */
  line: number;
  /** The line after its last row, as markdown-it's `token.map[1]`. */
  end: number;
  /** The blocks under the table (`<div class="nv-blocks" …>`), or '' when there are none. */
  html: string;
  /** A scoring table's «Баллы» column: one cell per row line, the header's included. */
  cells?: PreviewCell[];
}

export interface PreviewCell {
  line: number;
  html: string;
}

/**
 * `nastavnik/dashboard` {uri} → the dashboard of the document's current version: its body, and the
 * whole page when `page` is given (the webview's nonce and CSP source go into the page's policy).
 */
export const DASHBOARD_REQUEST = 'nastavnik/dashboard';
export interface DashboardParams {
  uri: string;
  today?: string;
  locale?: Locale;
  page?: { nonce: string; cspSource: string };
}

export interface DashboardResult {
  uri: string;
  version: number;
  locale: Locale;
  body: string;
  /** The whole HTML page with `body` inside, when `page` was asked for. */
  page?: string;
}

/**
 * The text as markdown-it reads it (every line end a `\n`, NUL as U+FFFD, as its `normalize` rule
 * does), hashed: the server and the plugin compare texts by this key without sending the text.
 */
export function previewTextKey(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  return createHash('sha1').update(normalised).digest('base64');
}
