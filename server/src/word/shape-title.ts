/**
 * Word titles are rarely «Heading 1»: usually a bold paragraph, often over several lines
 * («ДОРОЖНАЯ КАРТА» / «реализации системы наставничества …» / «на 2025-2026 учебный год»), and
 * section headings are bold numbered paragraphs («**1. Пояснительная записка**»). Nastavnik reads a
 * document best with the title as `# …` and sections as `## …`. Which paragraph is the title is
 * decided by the core, the one reader of titles: the title `parseDocument` finds, else the first
 * paragraph before the first table whose words name a kind of document (`kindOfText`). Only the
 * shape is ours: the lines that continue the title (they start with a small letter) join it, and
 * numbered bold paragraphs become headings when the document has no headings of its own.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { kindOfText } from '../core/domain/document-kind';
import { parseDocument } from '../core/read/parse';
import { mdastToMarkdown } from './html-to-markdown';

/** How many lines may continue a title, and how long a title line may be. */
const MAX_TITLE_LINES = 4;
const MAX_TITLE_LINE = 300;
/** Approval and appendix lines name a document too («Приложение к Программе наставничества»): never the title. */
const NOT_A_TITLE = /^(?:утвержд|согласова|принят|приложени|рассмотрен|к\s+приказу|приказ\S*\s+(?:№|от\s))/iu;
/** A bold numbered line that opens a section: «1. Пояснительная записка», «2.1. Цели», «IV. Этапы». */
const SECTION_LINE = /^((?:\d{1,2}\.)*\d{1,2}\.?|[IVX]{1,5}\.)\s+\p{Lu}/u;
const MAX_SECTION_LINE = 150;

function text(node: RootContent): string {
  return plainText(node).replace(/\s+/g, ' ').trim();
}

function isStrongOnly(p: Paragraph): boolean {
  const meaningful = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return meaningful.length > 0 && meaningful.every((c) => c.type === 'strong');
}

function unwrap(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((n) => (n.type === 'strong' ? unwrap(n.children) : [n]));
}

function heading(depth: Heading['depth'], children: PhrasingContent[]): Heading {
  return { type: 'heading', depth, children };
}

/** Index of the paragraph that holds the title, or -1 (the title is a heading already, or there is none). */
function titleIndex(tree: Root): number {
  const children = tree.children;
  const firstTable = children.findIndex((c) => c.type === 'table');
  const preamble = firstTable === -1 ? children.length : firstTable;
  if (children.slice(0, preamble).some((c) => c.type === 'heading' && c.depth === 1)) return -1;
  // The title stands before the first table: only that part is read (a 500-row table is not parsed twice).
  const meta = parseDocument(mdastToMarkdown({ type: 'root', children: children.slice(0, preamble) })).meta;
  if (meta.title !== undefined) {
    const found = children.findIndex((c, i) => i < preamble && c.type === 'paragraph' && text(c) === meta.title);
    if (found !== -1) return found;
  }
  return children.findIndex((c, i) => {
    if (i >= preamble || c.type !== 'paragraph') return false;
    const t = text(c);
    return t.length <= MAX_TITLE_LINE && !NOT_A_TITLE.test(t) && kindOfText(t) !== undefined;
  });
}

/** Lines right after the title that continue it: they start with a small letter or «(». */
function continuation(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const t = text(node);
  return t.length > 0 && t.length <= MAX_TITLE_LINE && /^[\p{Ll}(«"]/u.test(t) && !NOT_A_TITLE.test(t);
}

/** Reshapes the tree in place: the title as `# …`, bold numbered paragraphs as sections. */
export function shapeTitle(tree: Root): { title?: string } {
  const at = titleIndex(tree);
  let title: string | undefined;
  if (at !== -1) {
    const first = tree.children[at] as Paragraph;
    const parts: PhrasingContent[] = unwrap(first.children);
    let n = 1;
    while (n < MAX_TITLE_LINES && continuation(tree.children[at + n])) {
      parts.push({ type: 'text', value: ' ' }, ...unwrap((tree.children[at + n] as Paragraph).children));
      n++;
    }
    const h = heading(1, parts);
    tree.children.splice(at, n, h);
    title = text(h);
  }
  const hasSections = tree.children.some((c) => c.type === 'heading' && c.depth >= 2);
  if (!hasSections) {
    tree.children.forEach((c, i) => {
      if (c.type !== 'paragraph' || (at !== -1 && i <= at) || !isStrongOnly(c)) return;
      const t = text(c);
      const m = SECTION_LINE.exec(t);
      if (!m || t.length > MAX_SECTION_LINE) return;
      const depth = Math.min(2 + (m[1]!.replace(/\.$/, '').split('.').length - 1), 4) as Heading['depth'];
      tree.children[i] = heading(depth, unwrap(c.children));
    });
  }
  return { title };
}
