/**
 * The Markdown parse with GFM tables and plain prose read at line speed: the text is cut into blocks
 * at blank lines (as the parse cache cuts it, incremental.ts), a block that is one plain GFM table is
 * read by fast-table.ts, a block of plain headings, paragraphs and simple lists by fast-blocks.ts,
 * and every run of other blocks between them goes to remark in one piece. The tree equals remark's
 * of the whole text (test/fast-table.test.ts and test/fast-blocks.test.ts are the proof, remark the oracle).
 *
 * Left to remark as a whole: texts with link reference definitions or footnotes (they act across
 * blocks, and a cell's `[x]` may refer to one) and texts with HTML blocks that blank lines do not
 * end and the block cutting does not know (`<?…?>`, `<!X…>`, `<![CDATA[…]]>`), texts with a lone
 * `\r` (a line ending to remark, not to the block cutting), and texts that start with a BOM. Prose is
 * read only in texts without code fences (see below).
 */
import type { RootContent } from 'mdast';
import { readBlocks } from './fast-blocks';
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

const PIPE_START = /^ {0,3}\|/;
const UNCUT_HTML = /<\?|<!\[|<![A-Za-z]/;
const LONE_CR = /\r(?!\n)/;

/** A parser that reads plain tables and prose itself and hands the rest to `remark` (with front matter where asked). */
export function fastTableParser(remark: MarkdownParser): MarkdownParser {
  const body: RemarkParse = (text) => remark(text, { frontMatter: false });
  return (text, options) => {
    // micromark drops a leading BOM and counts offsets without it (parseDocument cuts one off before; a second is left).
    if (text.charCodeAt(0) === 0xfeff || parsedWhole(text) || UNCUT_HTML.test(text) || hasLoneCarriageReturn(text))
      return remark(text, options);
    // splitChunks ends a fence at any line that starts with its first three characters (a «```js» line,
    // three backticks inside a four-backtick fence), remark does not: a block cut after such a line may
    // still be code. Tables have always been read so; prose is read only in texts without fences.
    const prose = !text.includes('```') && !text.includes('~~~');
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
      const end = chunk.start + chunk.text.length;
      const nextLine = chunks[i + 1]?.line ?? runLine;
      // A table ends at its first blank line; splitChunks keeps a list or indented lines after it in its block.
      const rest = restAfterTable(text, chunk.start, end, chunk.line);
      const table = readTable(text, chunk.start, rest?.at ?? end, chunk.line, body);
      if (table) {
        flush(chunk.start);
        children.push(table);
        runStart = rest?.at ?? end;
        runLine = rest?.line ?? nextLine;
      }
      if (!prose || (table && !rest)) continue;
      const from = table && rest ? rest : { at: chunk.start, line: chunk.line };
      const nodes = readBlocks(text, from.at, end, from.line);
      if (!nodes) continue;
      flush(from.at);
      for (const node of nodes) children.push(node);
      runStart = end;
      runLine = nextLine;
    }
    flush(text.length);
    return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  };
}

/**
 * In a block that starts with a table row: its first blank line that is followed by more of the block
 * (where the table has certainly ended), with the line's number; undefined if there is none.
 */
function restAfterTable(text: string, start: number, end: number, line: number): { at: number; line: number } | undefined {
  if (!PIPE_START.test(text.slice(start, start + 4))) return undefined;
  let blank: { at: number; line: number } | undefined;
  for (let at = start; at < end; line++) {
    let next = text.indexOf('\n', at);
    if (next === -1 || next > end) next = end;
    let i = at;
    for (let c = text.charCodeAt(i); i < next && (c === 32 || c === 9 || c === 13); c = text.charCodeAt(++i));
    if (i === next) blank ??= { at, line };
    else if (blank) return blank;
    at = next + 1;
  }
  return undefined;
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
