/**
 * Cell text from mdast phrasing content. HTML that Word conversions leave in cells (`<br>`, `<p>`,
 * `<ol>/<li>`, `<b>`) splits or wraps text; it never reaches the model as text.
 */
import type { PhrasingContent, TableCell } from 'mdast';
import type { Cell, Span, TextPart } from '../model';
import { collapseSpaces, isSpace } from './text';

/** Tags that end one part of a cell and start the next. */
const BREAKING_TAG = /^<\/?(br|p|li|ol|ul|div|tr|hr)\b[^>]*\/?>$/i;

interface Piece {
  text: string;
  start: number;
  end: number;
}

function collect(nodes: readonly PhrasingContent[], out: Piece[][], current: { parts: Piece[] }): void {
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        current.parts.push({ text: node.value, start, end });
        break;
      case 'html':
        if (BREAKING_TAG.test(node.value.trim())) {
          out.push(current.parts);
          current.parts = [];
        } else {
          // Other tags (<b>, <sup>, <span>) add no text (their inner text arrives as text nodes) but stay
          // inside the part's span, so «<b>Методист</b>» is covered whole.
          current.parts.push({ text: '', start, end });
        }
        break;
      case 'break':
        out.push(current.parts);
        current.parts = [];
        break;
      default:
        if ('children' in node) collect(node.children as PhrasingContent[], out, current);
    }
  }
}

/** The content span of a cell: its source without the pipes and the padding around it. */
export function contentSpan(source: string, cellStart: number, cellEnd: number): Span {
  let s = cellStart;
  let e = cellEnd;
  if (source[s] === '|') s++;
  if (e > s && source[e - 1] === '|' && source[e - 2] !== '\\') e--;
  while (s < e && (source[s] === ' ' || source[s] === '\t')) s++;
  while (e > s && (source[e - 1] === ' ' || source[e - 1] === '\t')) e--;
  return { start: s, end: e };
}

function trimSpan(source: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(source.charCodeAt(s))) s++;
  while (e > s && isSpace(source.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export function readCell(source: string, cell: TableCell | undefined, fallbackAt: number): Cell {
  if (!cell) return { text: '', parts: [], span: { start: fallbackAt, end: fallbackAt } };
  const cs = cell.position?.start.offset ?? fallbackAt;
  const ce = cell.position?.end.offset ?? cs;
  const groups: Piece[][] = [];
  const current = { parts: [] as Piece[] };
  collect(cell.children, groups, current);
  groups.push(current.parts);
  const parts: TextPart[] = [];
  for (const g of groups) {
    const text = collapseSpaces(g.length === 1 ? g[0]!.text : g.map((p) => p.text).join(''));
    if (text === '') continue;
    // The span covers the part's own text without padding at either end (« <b>f</b> g» → «<b>f</b> g»),
    // so a quick fix or a highlight lands on the words.
    parts.push({ text, span: trimSpan(source, g[0]!.start, g[g.length - 1]!.end) });
  }
  const text = parts.length === 1 ? parts[0]!.text : parts.map((p) => p.text).join('\n');
  return { text, parts, span: contentSpan(source, cs, ce) };
}
