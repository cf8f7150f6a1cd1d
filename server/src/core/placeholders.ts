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

/** The placeholders written in a text, as written (for messages). */
export function placeholdersIn(text: string): string[] {
  if (!text.includes('[указать')) return []; // a plain scan first: this runs on every cell per keystroke
  return text.match(PLACEHOLDER_RE) ?? [];
}
