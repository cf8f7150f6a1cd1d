/** What the parse reads off mdast nodes: their spans, a paragraph's text with its line breaks, strong-only paragraphs. */
import type { Nodes } from 'mdast';
import type { Span } from '../model';

/**
 * A paragraph's text with its hard line breaks kept as «\n» (mdast-util-to-string drops them): an
 * approval block written as lines of one paragraph («УТВЕРЖДАЮ  \nЗаведующий …») must not read
 * as «УТВЕРЖДАЮЗаведующий».
 */
export function textWithBreaks(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) {
    let out = '';
    for (const child of node.children as Nodes[]) out += textWithBreaks(child);
    return out;
  }
  return '';
}

export function spanOf(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

export function shiftPositions(node: Nodes, by: number): void {
  if (node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset += by;
    if (node.position.end.offset !== undefined) node.position.end.offset += by;
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, by);
}

export function isStrongOnly(node: { children: readonly Nodes[] }): boolean {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
  return meaningful.length > 0 && meaningful.every((c) => c.type === 'strong');
}
