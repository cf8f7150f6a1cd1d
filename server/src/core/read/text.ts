/** Small text helpers shared by the parser and the matchers. */

/** Lower case, ё→е, unify dashes and spaces: the form every comparison of Russian words uses. */
export function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** An ASCII digit, by character code. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What `\s` matches (ECMAScript WhiteSpace and LineTerminator), by character code. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `text.replace(/\s+/g, ' ').trim()`, returning `text` itself when it is already so — as nearly every
 * cell is. A scan of character codes instead of two regex passes and a new string per cell: this runs
 * on each of a 5,000-row plan's 30,000 cells when it is opened.
 */
export function collapseSpaces(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1))) return text.replace(/\s+/g, ' ').trim();
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    // A lone ordinary space stays; any other space, or a run of two, is collapsed.
    if (c === 32 ? isSpace(text.charCodeAt(i + 1)) : isSpace(c)) return text.replace(/\s+/g, ' ').trim();
  }
  return text;
}

/** Maps UTF-16 offsets to 0-based line/character positions (what LSP and the CLI print). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }
  offset(line: number, character: number): number {
    const start = this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
    return start + Math.max(0, character);
  }
  get lineCount(): number {
    return this.starts.length;
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }
}

/**
 * Every match of the global regex `re` in `text`, as `text.matchAll(re)` gives them, but run on `re`
 * itself. `matchAll` runs a fresh copy of the regex on each call, and V8 forgets a copy's compiled
 * code at major garbage collections: after one, every call compiled its regex again — for the
 * Unicode, case-insensitive patterns of document-facts.ts about 2 ms per analysis of a small
 * document (measured in `npm run bench`, cold analysis). Stop early with `break` as usual; do not
 * use the same regex again inside the loop (it shares `re.lastIndex`). A regex without /g matches once.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.global ? re.exec(text) : null) {
    // An empty match would be found again at the same place: step past it, by code point under /u.
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
    yield m;
  }
}

/** The index after `at`: one code unit, or a whole surrogate pair when the regex reads code points. */
function nextIndex(text: string, at: number, codePoints: boolean): number {
  if (!codePoints || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
