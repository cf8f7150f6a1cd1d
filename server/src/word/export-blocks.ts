/**
 * Block Markdown (mdast) → Word paragraphs and tables, in document order: headings, paragraphs
 * (justified, first line indented, as Russian documents are set), bulleted and numbered lists (real
 * Word lists), quotes, code, tables. Left out: front matter, HTML comments (`<!-- nastavnik-disable … -->`)
 * and raw HTML blocks, link definitions.
 */
import type { List, ListItem, Nodes, Paragraph as MdParagraph, RootContent } from 'mdast';
import { AlignmentType, type FileChild, HeadingLevel, type INumberingOptions, LevelFormat, Paragraph, TextRun } from 'docx';
import type { Table as ModelTable } from '../core/model';
import { type Leaf, leavesOf, runsOf, xmlSafe } from './export-inline';
import type { PageLayout } from './export-page';
import { modelTable, plainTable } from './export-table';

/** First-line indent of body text: 1.25 cm. */
const FIRST_LINE = 709;
/** How far each list level and quote level is indented. */
const LEVEL_INDENT = 425;
const LIST_HANGING = 357;
const MAX_LEVEL = 8;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/** Word list definitions: one bulleted, and one per numbered list (each list starts at its own number). */
export class ListNumbering {
  static readonly BULLET = 'nastavnik-bullet';
  private readonly ordered: INumberingOptions['config'][number][] = [];

  private static levels(format: 'bullet' | 'decimal', start: number): INumberingOptions['config'][number]['levels'] {
    return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
      level,
      format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
      // Russian documents bullet with a dash.
      text: format === 'bullet' ? '–' : `%${level + 1}.`,
      start: level === 0 ? start : 1,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: LEVEL_INDENT * (level + 1) + LIST_HANGING, hanging: LIST_HANGING } } },
    }));
  }

  /** A new numbered list: its reference. */
  numbered(start: number): string {
    const reference = `nastavnik-ordered-${this.ordered.length + 1}`;
    this.ordered.push({ reference, levels: ListNumbering.levels('decimal', start) });
    return reference;
  }

  options(): INumberingOptions {
    return { config: [{ reference: ListNumbering.BULLET, levels: ListNumbering.levels('bullet', 1) }, ...this.ordered] };
  }
}

export interface BlockContext {
  layout: PageLayout;
  /** The core's tables by the offset where each starts (the tree's offsets are the model's). */
  tables: ReadonlyMap<number, ModelTable>;
  numbering: ListNumbering;
}

interface Place {
  /** List nesting. */ level: number /** Extra left indent (quotes, list item bodies). */;
  indent: number;
}

const TOP: Place = { level: 0, indent: 0 };

export interface ParagraphLook {
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indentLeft?: number;
  firstLine?: number;
  bold?: boolean;
  spacingAfter?: number;
}

export function paragraphOf(leaves: readonly Leaf[], look: ParagraphLook = {}): Paragraph {
  return new Paragraph({
    alignment: look.alignment ?? AlignmentType.JUSTIFIED,
    indent: look.indentLeft || look.firstLine ? { left: look.indentLeft || undefined, firstLine: look.firstLine || undefined } : undefined,
    spacing: look.spacingAfter ? { after: look.spacingAfter } : undefined,
    children: runsOf(leaves, { bold: look.bold }),
  });
}

/** Plain lines, one paragraph each (the approval block the export adds), the last one spaced from what follows. */
export function lineParagraphs(lines: readonly string[], look: ParagraphLook): Paragraph[] {
  return lines.map((text, i) =>
    paragraphOf([{ text, style: {}, isBreak: false, start: 0, end: 0 }], {
      ...look,
      spacingAfter: i === lines.length - 1 ? look.spacingAfter : undefined,
    }),
  );
}

function heading(node: Extract<Nodes, { type: 'heading' }>): Paragraph {
  return new Paragraph({ heading: HEADINGS[node.depth - 1], children: runsOf(leavesOf(node.children)) });
}

function code(value: string, place: Place): Paragraph {
  const runs: TextRun[] = value
    .split(/\r?\n/)
    .map(
      (line, i) => new TextRun({ text: xmlSafe(line.replace(/\t/g, '    ')), font: 'Courier New', size: 20, break: i > 0 ? 1 : undefined }),
    );
  return new Paragraph({ alignment: AlignmentType.LEFT, indent: { left: place.indent + LEVEL_INDENT }, children: runs });
}

function list(node: List, ctx: BlockContext, place: Place, out: FileChild[]): void {
  const level = Math.min(place.level, MAX_LEVEL);
  const reference = node.ordered ? ctx.numbering.numbered(node.start ?? 1) : ListNumbering.BULLET;
  for (const item of node.children) listItem(item, reference, level, ctx, place, out);
}

function listItem(item: ListItem, reference: string, level: number, ctx: BlockContext, place: Place, out: FileChild[]): void {
  let numbered = false;
  const bodyIndent = LEVEL_INDENT * (level + 1) + LIST_HANGING;
  for (const child of item.children) {
    if (child.type === 'paragraph' && !numbered) {
      numbered = true;
      const leaves = leavesOf(child.children);
      // A checkbox item («- [x] …») keeps its mark as text.
      if (item.checked === true || item.checked === false)
        leaves.unshift({ text: item.checked ? '☒ ' : '☐ ', style: {}, isBreak: false, start: 0, end: 0 });
      out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, numbering: { reference, level }, children: runsOf(leaves) }));
    } else if (child.type === 'list') {
      list(child, ctx, { level: place.level + 1, indent: bodyIndent }, out);
    } else {
      // A second paragraph of the item, a table or code in it: under the item's text, not numbered.
      block(child, ctx, { level: place.level + 1, indent: bodyIndent }, out);
    }
  }
  if (!numbered) out.push(new Paragraph({ numbering: { reference, level }, children: [] }));
}

function paragraph(node: MdParagraph, place: Place): Paragraph | undefined {
  const leaves = leavesOf(node.children);
  if (leaves.every((l) => l.isBreak || l.text.trim() === '')) return undefined;
  return paragraphOf(leaves, place.indent ? { indentLeft: place.indent } : { firstLine: FIRST_LINE });
}

/** One block node; what it yields is appended to `out`. */
export function block(node: RootContent, ctx: BlockContext, place: Place, out: FileChild[]): void {
  switch (node.type) {
    case 'heading':
      out.push(heading(node));
      return;
    case 'paragraph': {
      const p = paragraph(node, place);
      if (p) out.push(p);
      return;
    }
    case 'list':
      list(node, ctx, place, out);
      return;
    case 'table': {
      const start = node.position?.start.offset;
      const model = start === undefined ? undefined : ctx.tables.get(start);
      out.push(
        model ? modelTable(model, node, ctx.layout.contentWidth - place.indent) : plainTable(node, ctx.layout.contentWidth - place.indent),
      );
      // Word glues two tables in a row into one: an empty paragraph keeps them apart.
      out.push(new Paragraph({ children: [] }));
      return;
    }
    case 'blockquote':
      for (const child of node.children) block(child, ctx, { ...place, indent: place.indent + LEVEL_INDENT }, out);
      return;
    case 'code':
      out.push(code(node.value, place));
      return;
    case 'thematicBreak':
      out.push(new Paragraph({ children: [] }));
      return;
    case 'footnoteDefinition':
      for (const child of node.children) block(child, ctx, place, out);
      return;
    case 'html':
      // Comments and raw HTML are not the document's text; a lone <br> between blocks is an empty line.
      if (/^(?:\s*<br\s*\/?>\s*)+$/i.test(node.value)) out.push(new Paragraph({ children: [] }));
      return;
    default:
      // yaml (front matter), definitions, anything else: nothing to show.
      return;
  }
}

export function blocks(nodes: readonly RootContent[], ctx: BlockContext, out: FileChild[] = []): FileChild[] {
  for (const node of nodes) block(node, ctx, TOP, out);
  return out;
}
