/**
 * Text edits as the core produces them: UTF-16 offsets into the analysed text, no LSP types.
 * Quick fixes and the table formatter return these; the LSP adapter converts them to ranges.
 */

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Edits sorted by start; edits at the same point keep the order they were given in. */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
    .map((x) => x.edit);
}

/** Do two edits touch the same characters? Insertions at one point do not overlap each other. */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies non-overlapping edits. Overlapping edits are a bug in whoever produced them (a fix or
 * the formatter), never the user's fault: this throws so tests catch it.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = sortEdits(edits);
  for (const e of sorted) {
    if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length))
      throw new Error(`edit out of range: ${e.start}-${e.end} in ${text.length}`);
  }
  for (let i = 1; i < sorted.length; i++) {
    if (editsOverlap(sorted[i - 1]!, sorted[i]!)) throw new Error(`overlapping edits at ${sorted[i]!.start}`);
  }
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Picks whole groups of edits (one group = one fix) in order, skipping a group that would overlap
 * one already taken: a fix is applied completely or not at all.
 */
export function mergeEditGroups(groups: readonly (readonly TextEdit[])[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const key = JSON.stringify(sortEdits(group));
    if (seen.has(key)) continue;
    if (group.some((e) => taken.some((t) => editsOverlap(e, t) || (e.start === e.end && t.start === t.end && e.start === t.start))))
      continue;
    seen.add(key);
    taken.push(...group);
  }
  return sortEdits(taken);
}

/** The line ending the document mostly uses; new lines are written with it. */
export function eolOf(text: string): '\r\n' | '\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
