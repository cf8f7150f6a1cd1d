/**
 * mammoth's HTML → Markdown through the unified tools: rehype-parse (HTML → hast), our shaping of
 * the hast (tables, pictures, links, footnotes, line breaks), hast-util-to-mdast (hast → mdast),
 * remark-stringify with remark-gfm (mdast → GFM Markdown). Nothing here reads the document's
 * meaning (title, dates, kind): that is the core's job (shape-title.ts, front-matter-from-text.ts).
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import type { Html, Nodes as MdastNodes, PhrasingContent, Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { isBlock, splitAtBreaks } from './cell-parts';
import { normalizeTable, type TableNotes } from './word-tables';

export interface ConversionNotes extends TableNotes {
  /** Pictures (and charts, shapes saved as pictures) left out. */
  images: number;
  /** Hyperlinks whose address was not a web or mail address (javascript:, file:, data:…): text kept, link dropped. */
  droppedLinks: string[];
  /** Footnotes and endnotes, kept as text at the end. */
  footnotes: number;
}

/** Link addresses kept as links; anything else (javascript:, vbscript:, data:, file:) is dropped. */
const SAFE_LINK = /^(?:https?:|mailto:|ftp:|tel:)/i;
const NOTE_ID = /^(?:footnote|endnote)-\d+$/;

const el = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });
const txt = (value: string): ElementContent => ({ type: 'text', value });

function isElement(node: HastContent | ElementContent, tag?: string): node is Element {
  return node.type === 'element' && (tag === undefined || node.tagName === tag);
}

/** The notes list mammoth puts at the end: `<ol><li id="footnote-2">…</li></ol>`. */
function isNotesList(node: HastContent): node is Element {
  if (!isElement(node, 'ol')) return false;
  const items = node.children.filter((c): c is Element => isElement(c, 'li'));
  return items.length > 0 && items.every((li) => NOTE_ID.test(String(li.properties?.id ?? '')));
}

/**
 * Inline content made plain and safe: pictures out (counted), links to anchors unwrapped (footnote
 * marks «[1]» stay as text), back-links «↑» of footnotes out, links with a script or file address
 * unwrapped (the text stays).
 */
function cleanInline(nodes: readonly ElementContent[], notes: ConversionNotes, labels: Map<string, string>): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') {
      if (node.type === 'text') out.push(node);
      continue;
    }
    if (node.tagName === 'img') {
      notes.images++;
      continue;
    }
    if (node.tagName === 'a') {
      const href = String(node.properties?.href ?? '');
      const id = String(node.properties?.id ?? '');
      if (/^#(?:footnote|endnote)-ref-/.test(href)) continue; // «↑» back to the mark
      const inner = cleanInline(node.children, notes, labels);
      if (href.startsWith('#') || href === '') {
        if (/^(?:footnote|endnote)-ref-/.test(id)) labels.set(href.slice(1), toText(node).trim());
        out.push(...inner);
      } else if (SAFE_LINK.test(href.trim())) out.push({ ...node, properties: { href: href.trim() }, children: inner });
      else {
        notes.droppedLinks.push(href.slice(0, 200));
        out.push(...inner);
      }
      continue;
    }
    if (node.tagName === 'sup' || node.tagName === 'sub' || node.tagName === 'span' || node.tagName === 'u') {
      // Kept as their text: Markdown has no superscript, and «[1]» reads fine inline.
      out.push(...cleanInline(node.children, notes, labels));
      continue;
    }
    out.push({ ...node, children: cleanInline(node.children, notes, labels) });
  }
  return out;
}

/** Block content cleaned the same way, recursively (lists, cells). */
function cleanBlock(node: Element, notes: ConversionNotes, labels: Map<string, string>): Element {
  const children: ElementContent[] = [];
  let inline: ElementContent[] = [];
  const flush = (): void => {
    children.push(...cleanInline(inline, notes, labels));
    inline = [];
  };
  for (const child of node.children) {
    if (isBlock(child)) {
      flush();
      children.push(cleanBlock(child, notes, labels));
    } else inline.push(child);
  }
  flush();
  return { ...node, children };
}

/** Top-level blocks of the document, shaped for Markdown. */
function shapeBlocks(root: HastRoot, notes: ConversionNotes): HastContent[] {
  const labels = new Map<string, string>();
  const out: HastContent[] = [];
  const noteLists: Element[] = [];
  for (const node of root.children) {
    if (!isElement(node)) continue;
    if (isNotesList(node)) {
      noteLists.push(node);
      continue;
    }
    const clean = cleanBlock(node, notes, labels);
    if (clean.tagName === 'table') {
      out.push(...normalizeTable(clean, notes).nodes);
    } else if (clean.tagName === 'p') {
      // A paragraph with line breaks (an approval block «УТВЕРЖДАЮ<br>Директор<br>…») → one paragraph a line.
      const lines = splitAtBreaks(clean.children);
      // Only a picture was here: say so where it stood.
      if (lines.length === 0 && containsImage(node)) out.push({ type: 'comment', value: ' Рисунок из документа Word не перенесён ' });
      for (const line of lines) out.push(el('p', line));
    } else if (/^h[1-6]$/.test(clean.tagName)) {
      // A heading is one line: its breaks become spaces.
      out.push({ ...clean, children: clean.children.map((c) => (isElement(c, 'br') ? txt(' ') : c)) });
    } else out.push(clean);
  }
  // Footnotes at the end, as text: «[1] Текст сноски.» under «Сноски:».
  const items = noteLists.flatMap((l) => l.children.filter((c): c is Element => isElement(c, 'li')));
  if (items.length > 0) {
    out.push(el('p', [txt('Сноски:')]));
    items.forEach((li, i) => {
      const label = labels.get(String(li.properties?.id ?? '')) ?? `[${i + 1}]`;
      const body = cleanBlock(li, notes, labels);
      const lines = body.children.flatMap((c) => (isElement(c, 'p') ? splitAtBreaks(c.children) : splitAtBreaks([c])));
      lines.forEach((line, k) => {
        out.push(el('p', k === 0 ? [txt(`${label} `), ...line] : line));
      });
      notes.footnotes++;
    });
  }
  return out;
}

function containsImage(node: Element): boolean {
  return node.children.some((c) => isElement(c) && (c.tagName === 'img' || containsImage(c)));
}

/** In a table cell a line break must stay `<br>`: GFM has no other way, and the core splits parts there. */
function fixMdast(node: MdastNodes, inCell = false): void {
  if (!('children' in node)) return;
  const children = node.children as MdastNodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (inCell && child.type === 'break') {
      children[i] = { type: 'html', value: '<br>' } satisfies Html;
      continue;
    }
    if (child.type === 'heading') {
      // «# **ДОРОЖНАЯ КАРТА**»: a heading is bold already.
      child.children = unwrapStrong(child.children);
    }
    if (child.type === 'strong') {
      // Bold inside bold (a caption Word set in bold, made bold again) would print as «**__…__**».
      child.children = unwrapStrong(child.children);
    }
    if (child.type === 'table') {
      // Header cells are bold already: «| **Этап** |» → «| Этап |».
      for (const cell of child.children[0]?.children ?? []) cell.children = unwrapStrong(cell.children);
    }
    fixMdast(child, inCell || child.type === 'tableCell');
  }
}

function unwrapStrong(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((n) => (n.type === 'strong' ? unwrapStrong(n.children) : [n]));
}

export function emptyNotes(): ConversionNotes {
  return { images: 0, droppedLinks: [], footnotes: 0, tables: 0, columnNumberRows: 0, sectionRows: 0, layoutTables: 0 };
}

/** mammoth's HTML → mdast, shaped; `notes` counts what was left out or rewritten. */
export function htmlToMdast(html: string, notes: ConversionNotes = emptyNotes()): MdastRoot {
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html);
  const shaped: HastRoot = { type: 'root', children: shapeBlocks(hast, notes) };
  const mdast = toMdast(shaped) as MdastRoot;
  fixMdast(mdast);
  return mdast;
}

const stringifier = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', rule: '-', fences: true })
  .use(remarkGfm, { tablePipeAlign: false });

export function mdastToMarkdown(tree: MdastRoot): string {
  return stringifier.stringify(tree);
}
