/**
 * Placeholders: visible «fill in here» marks in square brackets («[указать срок]») that quick fixes
 * write where only the user can say what belongs. Rules and scores treat a cell that still holds one
 * as not filled in, and the `placeholder` rule asks for it to be replaced.
 */
const PLACEHOLDER_RE = /\[указать[^\]\n]*\]/g;

/** Is this cell text nothing but a placeholder? */
export function isPlaceholder(text: string): boolean {
  return /^\[указать [^\]]*\]$/.test(text.trim());
}

/** A plain scan, far cheaper than the regex: false means the text (a cell, a whole document) holds none. */
export function mayHoldPlaceholder(text: string): boolean {
  return text.includes('[указать');
}

/** The placeholders written in a text, as written (for messages). */
export function placeholdersIn(text: string): string[] {
  if (!mayHoldPlaceholder(text)) return []; // this runs on every cell per keystroke
  return text.match(PLACEHOLDER_RE) ?? [];
}
