/**
 * The Markdown preview plugin (`markdown.markdownItPlugins`): VS Code's preview calls
 * `extendMarkdownIt(md)`. For a mentorship document it adds what the language server rendered
 * (`nastavnik/preview`, lsp/preview-requests.ts), so its numbers are the server's:
 *  - under each scoring table: the total / max / percent / level badge, and a «Баллы» column with
 *    the points of each row;
 *  - under each roadmap table: its completeness and what is missing, and the timeline.
 * markdown-it plugins are synchronous, so the plugin draws from the latest answer the client holds
 * (preview-results.ts). The answer names the text it was computed from (`key`): on that text its
 * blocks go under the tables that start on their lines (`token.map`). On a newer text — the user is
 * typing and the server has not answered yet — a block is kept only under a table whose first and
 * last lines are still the same, and the client refreshes the preview when the new answer arrives.
 * Before any answer the document is shown without blocks.
 *
 * Safety: in a mentorship document (and in any document the server has not judged yet), raw HTML
 * that is not plain formatting (`<script>`, `<img onerror=…>`, `<a href="javascript:…">`,
 * attributes) is shown as text instead of being passed through — no script from a document runs in
 * a preview. Nothing here imports `vscode`: the tests run this plugin with plain markdown-it.
 */
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { PreviewResult, PreviewTable } from '../../server/src/lsp/preview-protocol';

/** The server's answer to draw on a text: `exact` when it was computed from this very text. */
export interface PreviewLookup {
  result: PreviewResult;
  exact: boolean;
}

export interface PreviewOptions {
  /** The answer to draw on the source markdown-it renders (`state.src`), if the client has one. */
  lookup: (src: string) => PreviewLookup | undefined;
}

// Plain formatting the seeds use in cells (`<br>`, `<p>`, `<b>`, `<sup>` …), optionally with layout attributes.
const SAFE_TAG_NAMES =
  'br|p|b|strong|i|em|u|s|sub|sup|ol|ul|li|span|div|center|table|thead|tbody|tr|td|th|h[1-6]|hr|blockquote|code|pre|small|mark|del|ins';
const SAFE_ATTRIBUTE = String.raw`\s+(?:align|valign|colspan|rowspan|width|height)\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[\w%-]+)`;
const SAFE_TAG = new RegExp(String.raw`^<\/?(?:${SAFE_TAG_NAMES})(?:${SAFE_ATTRIBUTE})*\s*\/?>`, 'i');
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

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeText = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

function neutraliseHtml(tokens: Token[]): void {
  for (const t of tokens) {
    if (t.type === 'html_inline' && !isHarmlessHtml(t.content)) t.type = 'text';
    else if (t.type === 'html_block' && !isHarmlessHtml(t.content)) t.content = `<pre class="nv-raw-html">${escapeText(t.content)}</pre>\n`;
    if (t.children) neutraliseHtml(t.children);
  }
}

function htmlBlock(state: StateCore, html: string): Token {
  const token = new state.Token('html_block', '', 0);
  token.content = html;
  token.block = true;
  return token;
}

export function nastavnikPreview(md: MarkdownIt, options: PreviewOptions): void {
  md.core.ruler.push('nastavnik', (state: StateCore) => {
    try {
      const found = options.lookup(state.src);
      if (!found)
        neutraliseHtml(state.tokens); // not judged yet: keep it inert all the same
      else if (found.result.relevant) annotate(state, found);
    } catch (error) {
      // A bug of ours must never break the user's preview: show the document without our blocks.
      console.error('nastavnik preview:', error);
    }
  });
}

function annotate(state: StateCore, { result, exact }: PreviewLookup): void {
  neutraliseHtml(state.tokens);
  const byLine = new Map<number, PreviewTable>();
  for (const t of result.tables) if (!byLine.has(t.line)) byLine.set(t.line, t);
  const out: Token[] = [];
  let table: PreviewTable | undefined;
  let depth = 0;
  let pendingCell: string | undefined;
  for (const token of state.tokens) {
    if (token.type === 'table_open') {
      depth++;
      if (depth === 1) table = token.map ? tableAt(byLine, token.map, exact) : undefined;
    }
    if (token.type === 'tr_open' && table?.cells && token.map) pendingCell = cellAt(table, token.map[0]);
    if (token.type === 'tr_close' && pendingCell !== undefined) {
      out.push(htmlBlock(state, pendingCell));
      pendingCell = undefined;
    }
    out.push(token);
    if (token.type === 'table_close') {
      depth--;
      if (depth === 0 && table) {
        if (table.html) out.push(htmlBlock(state, table.html));
        table = undefined;
      }
    }
  }
  state.tokens = out;
}

/** The server's table that starts on this markdown-it table's line; on an older text, only if it also ends where it did. */
function tableAt(byLine: ReadonlyMap<number, PreviewTable>, map: [number, number], exact: boolean): PreviewTable | undefined {
  const table = byLine.get(map[0]);
  return table && (exact || table.end === map[1]) ? table : undefined;
}

/** The «Баллы» cell of a scoring-table row; an empty one for a row the server did not read as a row. */
function cellAt(table: PreviewTable, line: number): string {
  return table.cells?.find((c) => c.line === line)?.html ?? '<td class="nv-points"></td>';
}
