/**
 * Inline Markdown (mdast phrasing content) → Word runs: bold, italic and strikethrough kept, `<br>`
 * and hard breaks become line breaks, other raw HTML and comments are left out, soft line breaks are
 * spaces (as Markdown renders them). Table cells take their text from the core's model (cells.ts
 * already split them at `<br>`); only the formatting is looked up here, by source offset.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { TextRun } from 'docx';
import type { TextPart } from '../core/model';

export interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  superScript?: boolean;
}

/** A piece of text with one style, or a line break; offsets into the source (cells are matched by them). */
export interface Leaf {
  text: string;
  style: InlineStyle;
  isBreak: boolean;
  start: number;
  end: number;
}

const BR = /^<br\s*\/?>$/i;

/**
 * Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF): Word refuses a file
 * that holds one, and a document pasted from anywhere may. Tabs become spaces (a `w:t` is no tab stop).
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '').replace(/\t/g, ' ');
}

/** The leaves of phrasing content, in order. */
export function leavesOf(nodes: readonly Nodes[], style: InlineStyle = {}, out: Leaf[] = []): Leaf[] {
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'text':
        // A soft line break inside a paragraph is a space when the paragraph is shown.
        out.push({ text: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' '), style, isBreak: false, start, end });
        break;
      case 'inlineCode':
        out.push({ text: node.value, style: { ...style, code: true }, isBreak: false, start, end });
        break;
      case 'break':
        out.push({ text: '', style, isBreak: true, start, end });
        break;
      case 'html':
        // Only <br> survives: comments (nastavnik-disable …) and other tags are no text of the document.
        if (BR.test(node.value.trim())) out.push({ text: '', style, isBreak: true, start, end });
        break;
      case 'strong':
        leavesOf(node.children, { ...style, bold: true }, out);
        break;
      case 'emphasis':
        leavesOf(node.children, { ...style, italics: true }, out);
        break;
      case 'delete':
        leavesOf(node.children, { ...style, strike: true }, out);
        break;
      case 'footnoteReference':
        out.push({ text: `[${node.label ?? node.identifier}]`, style: { ...style, superScript: true }, isBreak: false, start, end });
        break;
      case 'image':
      case 'imageReference':
        break; // no images in an export: the alt text alone would read as a stray word
      default:
        if ('children' in node) leavesOf(node.children as PhrasingContent[], style, out);
    }
  }
  return out;
}

/** Trims each line's ends and drops empty leaves; breaks at either end of a paragraph go too. */
function tidy(leaves: readonly Leaf[]): Leaf[] {
  const out: Leaf[] = [];
  let atLineStart = true;
  for (const leaf of leaves) {
    if (leaf.isBreak) {
      if (out.length > 0) out.push(leaf);
      atLineStart = true;
      continue;
    }
    let text = leaf.text;
    if (atLineStart) text = text.trimStart();
    if (text === '') continue;
    out.push({ ...leaf, text });
    atLineStart = false;
  }
  // Trailing spaces before a break or the end.
  for (let i = out.length - 1; i >= 0; i--) {
    const next = out[i + 1];
    if (!out[i]!.isBreak && (next === undefined || next.isBreak)) out[i] = { ...out[i]!, text: out[i]!.text.trimEnd() };
  }
  while (out.length > 0 && out[out.length - 1]!.isBreak) out.pop();
  return out.filter((l) => l.isBreak || l.text !== '');
}

/** `bold`: the whole text bold (a header row, a section row). */
export interface RunOptions {
  bold?: boolean;
}

export function runsOf(leaves: readonly Leaf[], options: RunOptions = {}): TextRun[] {
  return tidy(leaves).map((leaf) =>
    leaf.isBreak
      ? new TextRun({ break: 1 })
      : new TextRun({
          text: xmlSafe(leaf.text),
          // Times New Roman comes from the document defaults; only code changes the font.
          font: leaf.style.code ? 'Courier New' : undefined,
          bold: options.bold || leaf.style.bold || undefined,
          italics: leaf.style.italics || undefined,
          strike: leaf.style.strike || undefined,
          superScript: leaf.style.superScript || undefined,
        }),
  );
}

/** The plain text of leaves as it will read in Word (tests and the title use it). */
export function textOf(leaves: readonly Leaf[]): string {
  return tidy(leaves)
    .map((l) => (l.isBreak ? '\n' : l.text))
    .join('');
}

/**
 * The leaves of a table (in source order) and a lookup of those inside one cell part: the part's text
 * comes from the model; when the leaves spell the same text, their styles are used, else plain text.
 */
export class CellFormatting {
  constructor(private readonly leaves: readonly Leaf[]) {}

  /** Leaves overlapping `span`, whitespace collapsed the way cells.ts collapses it, or undefined when they disagree. */
  styled(part: TextPart): Leaf[] | undefined {
    const { start, end } = part.span;
    // First leaf that ends after the part starts (leaves are in source order and do not overlap).
    let lo = 0;
    let hi = this.leaves.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.leaves[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const picked: Leaf[] = [];
    for (let i = lo; i < this.leaves.length && this.leaves[i]!.start < end; i++) {
      const leaf = this.leaves[i]!;
      if (!leaf.isBreak) picked.push({ ...leaf, text: leaf.text.replace(/\s+/g, ' ') });
    }
    // Spaces where two leaves meet count once, as in the model's text.
    for (let i = 1; i < picked.length; i++) {
      if (picked[i - 1]!.text.endsWith(' ') && picked[i]!.text.startsWith(' '))
        picked[i] = { ...picked[i]!, text: picked[i]!.text.slice(1) };
    }
    const styled = tidy(picked);
    return textOf(styled) === part.text ? styled : undefined;
  }
}
