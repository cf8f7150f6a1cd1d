/**
 * The Markdown parse with GFM tables read at line speed: the text is cut into blocks at blank lines
 * (as the parse cache cuts it, incremental.ts), a block that is one plain GFM table is read by
 * fast-table.ts, and every run of other blocks between tables goes to remark in one piece. The tree
 * equals remark's of the whole text (test/fast-table.test.ts is the proof, remark the oracle).
 *
 * Left to remark as a whole: texts with link reference definitions or footnotes (they act across
 * blocks, and a cell's `[x]` may refer to one) and texts with HTML blocks that blank lines do not
 * end and the block cutting does not know (`<?…?>`, `<!X…>`, `<![CDATA[…]]>`), and texts with a lone
 * `\r` (a line ending to remark, not to the block cutting).
 */
import type { RootContent } from 'mdast';
import { readTable, type RemarkParse } from './fast-table';
import { type MarkdownParser, parsedWhole, splitChunks } from './incremental';

let oracleOnly = false;

/**
 * The switch to the oracle for bisecting a difference: every parse plain remark. The core reads no
 * environment; cli.ts and lsp/server.ts turn it on for `NASTAVNIK_ORACLE_PARSE=1`.
 */
export function useOracleParse(on: boolean): void {
  oracleOnly = on;
}

export function oracleParseOnly(): boolean {
  return oracleOnly;
}

/** A line that starts with a pipe after at most three spaces: a text without one holds no table this reader reads. */
const PIPE_LINE = /(?:^|\n) {0,3}\|/;
const UNCUT_HTML = /<\?|<!\[|<![A-Za-z]/;
const LONE_CR = /\r(?!\n)/;

/** A parser that reads plain tables itself and hands the rest to `remark` (with front matter where asked). */
export function fastTableParser(remark: MarkdownParser): MarkdownParser {
  const body: RemarkParse = (text) => remark(text, { frontMatter: false });
  return (text, options) => {
    if (!PIPE_LINE.test(text) || parsedWhole(text) || UNCUT_HTML.test(text) || hasLoneCarriageReturn(text)) return remark(text, options);
    const children: RootContent[] = [];
    let runStart = 0;
    let runLine = 1;
    const flush = (end: number) => {
      if (end <= runStart) return;
      const tree = remark(text.slice(runStart, end), { frontMatter: options.frontMatter && runStart === 0 });
      for (const node of tree.children) {
        if (runStart !== 0 || runLine !== 1) shift(node, runStart, runLine - 1);
        children.push(node);
      }
    };
    const chunks = splitChunks(text);
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i]!;
      // The first block may be front matter: remark reads it.
      if (chunk.start === 0 && options.frontMatter && text.startsWith('---')) continue;
      const table = readTable(text, chunk.start, chunk.start + chunk.text.length, chunk.line, body);
      if (!table) continue;
      flush(chunk.start);
      children.push(table);
      runStart = chunk.start + chunk.text.length;
      runLine = chunks[i + 1]?.line ?? runLine;
    }
    flush(text.length);
    return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  };
}

/** A `\r` not followed by `\n` ends a line for remark but not for the block cutting, which counts `\n` only. */
function hasLoneCarriageReturn(text: string): boolean {
  return text.includes('\r') && LONE_CR.test(text);
}

function shift(node: RootContent, by: number, lines: number): void {
  const p = node.position;
  if (p) {
    if (p.start.offset !== undefined) p.start.offset += by;
    if (p.end.offset !== undefined) p.end.offset += by;
    p.start.line += lines;
    p.end.line += lines;
  }
  if ('children' in node) for (const child of node.children) shift(child, by, lines);
}

function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return { line, column: text.length - lastBreak, offset: text.length };
}
