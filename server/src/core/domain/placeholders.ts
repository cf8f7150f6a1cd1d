/**
 * Placeholders: visible «fill in here» marks in square brackets («[указать срок]») that quick fixes
 * write where only the user can say what belongs. Rules and scores treat a cell that still holds one
 * as not filled in, and the `placeholder` rule asks for it to be replaced.
 */
import { isSpace } from '../read/text';

const PLACEHOLDER_RE = /\[указать[^\]\n]*\]/g;

/** Is this cell text nothing but a placeholder? */
export function isPlaceholder(text: string): boolean {
  // Most cells are not one, and their first character says so without a trim or a regex (several rules ask for every row).
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 91 /* [ */) return false;
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
