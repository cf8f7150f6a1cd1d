/**
 * A Word table cell holds paragraphs and lists; a GFM table cell holds one line. The cell's blocks
 * become parts — a paragraph, a line of a paragraph, a list item with its «- » or «1. » marker —
 * that the Markdown joins with `<br>`, which is how Nastavnik reads several parts of a cell
 * (core/read/cells.ts). Inline formatting (bold, italic, links) stays inside its part.
 */
import type { Element, ElementContent, Text } from 'hast';
import { toText } from 'hast-util-to-text';

/** One line of a cell: inline hast content. */
export type Part = ElementContent[];

const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'table',
  'pre',
  'dl',
  'section',
  'li',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
]);

const text = (value: string): Text => ({ type: 'text', value });

export function isBlock(node: ElementContent): node is Element {
  return node.type === 'element' && BLOCK.has(node.tagName);
}

/**
 * Splits inline content at its `<br>`s: «a<br>b» → [a], [b]; a break inside bold or a link splits
 * it in two («<b>ДОРОЖНАЯ КАРТА<br>реализации …</b>» → two bold lines). Empty lines are dropped.
 */
export function splitAtBreaks(inline: readonly ElementContent[]): Part[] {
  return split(inline).filter(hasText);
}

function split(inline: readonly ElementContent[]): Part[] {
  const parts: Part[] = [[]];
  for (const node of inline) {
    if (node.type === 'element' && node.tagName === 'br') parts.push([]);
    else if (node.type === 'element' && hasBreak(node)) {
      split(node.children).forEach((piece, i) => {
        if (i > 0) parts.push([]);
        if (piece.length > 0) parts[parts.length - 1]!.push({ ...node, children: piece });
      });
    } else parts[parts.length - 1]!.push(node);
  }
  return parts;
}

function hasBreak(node: Element): boolean {
  return !BLOCK.has(node.tagName) && node.children.some((c) => c.type === 'element' && (c.tagName === 'br' || hasBreak(c)));
}

export function hasText(part: Part): boolean {
  return part.some((n) => toText(n as Element).trim() !== '');
}

/** The parts of a block-level container (a cell, a list item), in reading order. */
export function partsOf(children: readonly ElementContent[]): Part[] {
  const out: Part[] = [];
  let inline: ElementContent[] = [];
  const flush = (): void => {
    out.push(...splitAtBreaks(inline));
    inline = [];
  };
  for (const node of children) {
    if (!isBlock(node)) {
      inline.push(node);
      continue;
    }
    flush();
    if (node.tagName === 'ul' || node.tagName === 'ol') out.push(...listParts(node));
    else if (node.tagName === 'table') out.push(...nestedTableParts(node));
    else out.push(...partsOf(node.children));
  }
  flush();
  return out;
}

/** «- пункт» / «1. пункт» per item; a nested list's items follow their parent's, with their own markers. */
function listParts(list: Element): Part[] {
  const ordered = list.tagName === 'ol';
  const start = Number(list.properties?.start ?? 1);
  let n = Number.isFinite(start) ? start : 1;
  const out: Part[] = [];
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    const marker = ordered ? `${n++}. ` : '- ';
    let first = true;
    const push = (lines: readonly Part[]): void => {
      for (const line of lines) {
        out.push(first ? [text(marker), ...line] : line);
        first = false;
      }
    };
    let inline: ElementContent[] = [];
    const flush = (): void => {
      push(splitAtBreaks(inline));
      inline = [];
    };
    for (const child of item.children) {
      if (!isBlock(child)) {
        inline.push(child);
        continue;
      }
      flush();
      if (child.tagName === 'ul' || child.tagName === 'ol') {
        first = false;
        out.push(...listParts(child));
      } else push(partsOf(child.children));
    }
    flush();
  }
  return out;
}

/** A table inside a cell (rare; Word allows it): one part per row, its cells joined by «; ». */
function nestedTableParts(table: Element): Part[] {
  const out: Part[] = [];
  const rows: Element[] = [];
  const walk = (e: Element): void => {
    for (const c of e.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName !== 'table') walk(c);
    }
  };
  walk(table);
  for (const row of rows) {
    const cells = row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
    const line = cells
      .map((c) => toText(c).replace(/\s+/g, ' ').trim())
      .filter((t) => t !== '')
      .join('; ');
    if (line) out.push([text(line)]);
  }
  return out;
}

/** Parts back into one line of inline content, `<br>` between them. */
export function joinParts(parts: readonly Part[]): ElementContent[] {
  const out: ElementContent[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
    out.push(...p);
  });
  return out;
}

export function partText(part: Part): string {
  return part
    .map((n) => toText(n as Element))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
