/**
 * A pre-pass against the Markdown parser's slow spots: micromark's GFM table tokenizer costs about
 * 0.2 ms per cell, so a 2,000-column table line, or a line of hundreds of kilobytes, takes tens of
 * seconds — a hang for the editor. Such lines are blanked (every character but the line break
 * replaced by a space, so every offset stays valid) before parsing, and recorded: the `input-limit`
 * rule tells the user what was skipped. Real roadmaps have 5–10 columns and lines of a few
 * thousand characters; no example comes near the caps.
 */
import type { Span } from './model';

/** Longer lines are not parsed. */
export const MAX_LINE_CHARS = 20_000;
/** Table lines with more cells are not parsed. */
export const MAX_ROW_CELLS = 64;

export interface InputLimit { kind: 'long-line' | 'wide-row' | 'size'; span: Span; detail: number }

export function guardInput(text: string): { text: string; limits: InputLimit[] } {
  const limits: InputLimit[] = [];
  const pieces: string[] = [];
  let copiedTo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end; // keep \r of CRLF
    const length = contentEnd - start;
    let limit: InputLimit | undefined;
    if (length > MAX_LINE_CHARS) limit = { kind: 'long-line', span: { start, end: contentEnd }, detail: length };
    else if (length > MAX_ROW_CELLS) {
      let pipes = 0;
      for (let i = start; i < contentEnd; i++) if (text.charCodeAt(i) === 124 /* | */ && text.charCodeAt(i - 1) !== 92 /* \ */) pipes++;
      if (pipes > MAX_ROW_CELLS + 1) limit = { kind: 'wide-row', span: { start, end: contentEnd }, detail: pipes - 1 };
    }
    if (limit) {
      limits.push(limit);
      pieces.push(text.slice(copiedTo, start), ' '.repeat(length));
      copiedTo = contentEnd;
    }
    start = end + 1;
  }
  if (limits.length === 0) return { text, limits };
  pieces.push(text.slice(copiedTo));
  return { text: pieces.join(''), limits };
}
