/**
 * A Markdown mentorship document → a Word (.docx) file a school can print and sign. Everything the
 * export knows of the document comes from the core: `analyze` gives the model (kind, organisation,
 * approval date, title, tables with their stages and section rows), and the Markdown tree it parsed
 * (the core's parser, through its parse cache) the headings, paragraphs and lists in order — no second reading of tables or dates here.
 *
 * Layout (export-page.ts): A4, landscape for roadmaps and municipal plans, portrait otherwise; Times
 * New Roman 12 pt; page numbers in the footer. Then, top to bottom: the preamble's letterhead lines,
 * the approval block at the right (the document's own lines, else «УТВЕРЖДАЮ …» filled from the model,
 * export-approval.ts), the title (14 pt), and the rest of the document (export-blocks.ts).
 *
 * Node-side (docx packs the file asynchronously), but no file I/O: the CLI writes the bytes.
 */
import type { Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { AlignmentType, Document, type FileChild, HeadingLevel, Packer, Paragraph } from 'docx';
import { analyze } from '../core/analyze';
import type { WorkspaceConfig } from '../core/config';
import { guardInput } from '../core/read/guard';
import type { DocumentModel } from '../core/model';
import { createParseCache, MAX_PARSE_CHARS } from '../core/read/parse';
import { approvalBlock, opensOwnApproval, opensRightColumn } from './export-approval';
import { type BlockContext, blocks, lineParagraphs, ListNumbering, paragraphOf } from './export-blocks';
import { leavesOf, runsOf, xmlSafe } from './export-inline';
import { documentStyles, pageLayout, pageNumberFooter, type PageLayout, sectionProperties } from './export-page';

export interface ExportOptions {
  /** The document's `.nastavnik.json` settings (profiles, staff): the model is read as `check` reads it. */
  config?: WorkspaceConfig;
  /** A forced profile (`--profile`). */
  profile?: string;
}

export interface ExportSummary {
  kind: DocumentModel['meta']['kind'];
  landscape: boolean;
  tables: number;
  title?: string;
  /** What filled the approval block the export added (absent: left blank). */
  organization?: string;
  approved?: string;
  /** `own`: the document's approval lines were kept; `added`: the export wrote «УТВЕРЖДАЮ …». */
  approval: 'own' | 'added';
}

export interface ExportResult {
  docx: Uint8Array;
  summary: ExportSummary;
}

/** Preamble paragraphs longer than this are text, not a letterhead. */
const SHORT_LINE = 300;
/** An approval block is a column of short lines; a longer paragraph ends it. */
const APPROVAL_LINE = 160;
/** Without a title, this many leading paragraphs are looked at for an approval block. */
const MAX_PREAMBLE = 12;

/** The preamble, split: the title node, which preamble paragraphs open the right column, whether one is an approval. */
interface Head {
  /** Nodes before the title (or leading paragraphs when there is no title). */
  preamble: RootContent[];
  title?: RootContent;
  /** Nodes after the preamble and the title, in order. */
  rest: RootContent[];
  /** Indexes in `preamble` of the right column (the document's own approval block): [from, to), or -1. */
  rightFrom: number;
  rightTo: number;
  ownApproval: boolean;
  /** Whether the preamble sits above the title (else there is no title, or it comes after other blocks). */
  titled: boolean;
}

const firstLine = (node: RootContent): string => (node.type === 'paragraph' ? plainText(node).trim().split('\n')[0]!.trim() : '');
const isParagraphUpTo = (node: RootContent, length: number): boolean =>
  node.type === 'paragraph' && plainText(node).trim().length <= length;
const isShortParagraph = (node: RootContent): boolean => isParagraphUpTo(node, SHORT_LINE);

function readHead(tree: Root, model: DocumentModel): Head {
  const nodes = tree.children.filter((n) => n.type !== 'yaml');
  let lead = 0;
  while (lead < nodes.length && (nodes[lead]!.type === 'paragraph' || nodes[lead]!.type === 'html' || nodes[lead]!.type === 'definition'))
    lead++;
  const title = model.meta.title;
  const titleAt =
    title === undefined ? -1 : nodes.findIndex((n) => (n.type === 'heading' || n.type === 'paragraph') && plainText(n).trim() === title);
  const titled = titleAt >= 0 && titleAt <= lead;
  const preambleEnd = titled ? titleAt : Math.min(lead, MAX_PREAMBLE);
  const preamble = nodes.slice(0, preambleEnd);
  const rest = nodes.slice(titled ? titleAt + 1 : preambleEnd);
  const ownApproval = preamble.some((n) => isParagraphUpTo(n, APPROVAL_LINE) && opensOwnApproval(firstLine(n)));
  const rightFrom = ownApproval ? preamble.findIndex((n) => isParagraphUpTo(n, APPROVAL_LINE) && opensRightColumn(firstLine(n))) : -1;
  let rightTo = rightFrom;
  // The block runs on while its lines are short; a comment between them does not end it.
  while (
    rightTo >= 0 &&
    rightTo < preamble.length &&
    (isParagraphUpTo(preamble[rightTo]!, APPROVAL_LINE) || preamble[rightTo]!.type === 'html')
  )
    rightTo++;
  return { preamble, title: titled ? nodes[titleAt] : undefined, rest, rightFrom, rightTo, ownApproval, titled };
}

/** The approval column starts a little past the middle of the line, as on a printed order. */
const rightIndent = (layout: PageLayout): number => Math.round(layout.contentWidth * (layout.landscape ? 0.62 : 0.5));

function preambleParagraphs(head: Head, layout: PageLayout, ctx: BlockContext, out: FileChild[]): void {
  head.preamble.forEach((node, i) => {
    if (node.type !== 'paragraph' || !isShortParagraph(node)) {
      blocks([node], ctx, out);
      return;
    }
    const leaves = leavesOf(node.children);
    if (i >= head.rightFrom && i < head.rightTo) {
      out.push(paragraphOf(leaves, { alignment: AlignmentType.LEFT, indentLeft: rightIndent(layout), spacingAfter: 120 }));
    } else if (head.titled) {
      // Letterhead lines above the approval and the title («МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ … УЧРЕЖДЕНИЕ»).
      out.push(paragraphOf(leaves, { alignment: AlignmentType.CENTER, spacingAfter: 120 }));
    } else {
      blocks([node], ctx, out);
    }
  });
}

/** Builds the Word document (not yet packed) and what the CLI tells the user about it. */
export function buildDocument(text: string, options: ExportOptions = {}): { document: Document; summary: ExportSummary } {
  // One parse: the core reads the text through a parse cache, and the same cache hands back its tree
  // (nothing parsed twice), with offsets in the model's terms (the BOM counted).
  const cache = createParseCache();
  const { model } = analyze(text, { config: options.config, profile: options.profile, parseCache: cache });
  const guarded = guardInput(text.length > MAX_PARSE_CHARS ? text.slice(0, MAX_PARSE_CHARS) : text).text;
  const bom = guarded.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tree = cache.parse(guarded.slice(bom), bom);

  const layout = pageLayout(model.meta.kind);
  const numbering = new ListNumbering();
  const ctx: BlockContext = { layout, tables: new Map(model.tables.map((t) => [t.span.start, t])), numbering };
  const head = readHead(tree, model);

  const children: FileChild[] = [];
  preambleParagraphs(head, layout, ctx, children);
  if (!head.ownApproval) {
    const lines = approvalBlock(model.meta.organization, model.meta.approved);
    children.push(...lineParagraphs(lines, { alignment: AlignmentType.LEFT, indentLeft: rightIndent(layout), spacingAfter: 240 }));
  }
  if (head.title) {
    const leaves = leavesOf(head.title.type === 'heading' || head.title.type === 'paragraph' ? head.title.children : []);
    children.push(
      new Paragraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 240 },
        children: runsOf(leaves),
      }),
    );
  }
  blocks(head.rest, ctx, children);

  const document = new Document({
    creator: 'Наставник',
    title: xmlSafe(model.meta.title ?? ''),
    styles: documentStyles(),
    numbering: numbering.options(),
    sections: [{ properties: sectionProperties(layout), footers: { default: pageNumberFooter() }, children }],
  });
  const summary: ExportSummary = {
    kind: model.meta.kind,
    landscape: layout.landscape,
    tables: model.tables.length,
    title: model.meta.title,
    organization: model.meta.organization,
    approved: model.meta.approved,
    approval: head.ownApproval ? 'own' : 'added',
  };
  return { document, summary };
}

/** The .docx bytes of a Markdown document. Never throws on a document (the core does not). */
export async function exportDocx(text: string, options: ExportOptions = {}): Promise<ExportResult> {
  const { document, summary } = buildDocument(text, options);
  const docx = new Uint8Array(await Packer.toBuffer(document));
  return { docx, summary };
}
