/**
 * A pre-pass against the Markdown parser's slow spots: micromark's GFM table tokenizer costs about
 * 0.2 ms per cell, so a 2,000-column table line, or a line of hundreds of kilobytes, takes tens of
 * seconds — a hang for the editor. Such lines are blanked (every character but the line break
 * replaced by a space, so every offset stays valid) before parsing, and recorded: the `input-limit`
 * rule tells the user what was skipped. Real roadmaps have 5–10 columns and lines of a few
 * thousand characters; no example comes near the caps.
 */
import type { Span } from '../model';

/** Longer lines are not parsed. */
export const MAX_LINE_CHARS = 20_000;
/** Table lines with more cells are not parsed. */
export const MAX_ROW_CELLS = 64;

export interface InputLimit {
  kind: 'long-line' | 'wide-row' | 'size';
  span: Span;
  detail: number;
}

export function guardInput(text: string): { text: string; limits: InputLimit[] } {
  const limits: InputLimit[] = [];
  const pieces: string[] = [];
  let copiedTo = 0;
  let start = 0;
  let nextPipe = text.indexOf('|');
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end; // keep \r of CRLF
    const length = contentEnd - start;
    let limit: InputLimit | undefined;
    if (length > MAX_LINE_CHARS) limit = { kind: 'long-line', span: { start, end: contentEnd }, detail: length };
    else if (length > MAX_ROW_CELLS && !isAtxHeading(text, start)) {
      // indexOf jumps from pipe to pipe (a roadmap row has a handful in a kilobyte of text); the
      // next pipe is remembered across lines, so text without pipes is scanned once, not per line.
      let pipes = 0;
      if (nextPipe !== -1 && nextPipe < start) nextPipe = text.indexOf('|', start);
      for (; nextPipe !== -1 && nextPipe < contentEnd; nextPipe = text.indexOf('|', nextPipe + 1))
        if (text.charCodeAt(nextPipe - 1) !== 92 /* \ */) pipes++;
      if (pipes > MAX_ROW_CELLS + 1) limit = { kind: 'wide-row', span: { start, end: contentEnd }, detail: pipes - 1 };
    }
    if (limit) {
      limits.push(limit);
      pieces.push(text.slice(copiedTo, start), blankLine(text, start, contentEnd));
      copiedTo = contentEnd;
    }
    start = end + 1;
  }
  if (limits.length === 0) return { text, limits };
  pieces.push(text.slice(copiedTo));
  return { text: pieces.join(''), limits };
}

/**
 * Whether `guardInput` would blank the line at [start, end) (no line break inside): after an edit within
 * one line of a text it found nothing in, only that line needs checking — by the same guard.
 */
export function lineOverLimit(text: string, start: number, end: number): boolean {
  return guardInput(text.slice(start, end)).limits.length > 0;
}

/**
 * An ATX heading («# …», up to 3 spaces before) is never a table row: micromark tries the heading
 * first, so its pipes cost nothing (measured: a heading with 2,000 «a|» over a delimiter row 0.1 s,
 * the same as a paragraph 1 s). Blanking it would lose the title, and with it the document's kind
 * (fixture test/fixtures/regressions/title-over-the-pipe-cap.md).
 */
function isAtxHeading(text: string, start: number): boolean {
  let i = start;
  while (i < start + 3 && text.charCodeAt(i) === 32) i++;
  let hashes = 0;
  while (text.charCodeAt(i + hashes) === 35 /* # */) hashes++;
  const after = text.charCodeAt(i + hashes);
  return hashes >= 1 && hashes <= 6 && (after === 32 || after === 9 || after === 10 || after === 13 || Number.isNaN(after));
}

/**
 * The line's replacement, of the same length. A table row («| … |») keeps its outer pipes: it stays
 * in its table as one empty cell, so the rows after it are still read as that table (all spaces
 * would end the table there and leave the rest of the roadmap unchecked).
 */
function blankLine(text: string, start: number, end: number): string {
  let first = start;
  while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
  let last = end - 1;
  while (last > first && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
  if (last - first < 1 || text.charCodeAt(first) !== 124 || text.charCodeAt(last) !== 124) return ' '.repeat(end - start);
  return ' '.repeat(first - start) + '|' + ' '.repeat(last - first - 1) + '|' + ' '.repeat(end - last - 1);
}
