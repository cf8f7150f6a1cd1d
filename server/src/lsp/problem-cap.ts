/**
 * At most so many diagnostics per document in the editor. A document with a defect in every row of a
 * big table (a column of names no one configured, a column of dates in a format nobody wrote before)
 * can give tens of thousands: 24,000 diagnostics are 11 MB of JSON on every keystroke, and a Problems
 * list no one reads. The editor is shown the most severe ones first and one notice that says how many
 * there are and where to see them all; the CLI reports every one (it does not call this).
 */
import { type Diagnostic, SEVERITY_ORDER } from '../core/diagnostic';
import { formatNumber, plural } from '../core/words';

/** The default limit (the lsp-sample's `maxNumberOfProblems` idea; VS Code shows lists of this size well). */
export const DEFAULT_MAX_PROBLEMS = 1000;

/** The code of the notice; not a rule (nothing in the text to fix), so it has no rule page. */
export const TOO_MANY_PROBLEMS = 'too-many-problems';

/**
 * The diagnostics to show: all of them when there are at most `max` (or `max` is 0: no limit), else
 * the `max` most severe — errors, then warnings… each kind from the top of the document — in document
 * order, and a notice at the top of the document.
 */
export function capProblems(diagnostics: readonly Diagnostic[], max: number): Diagnostic[] {
  if (max <= 0 || diagnostics.length <= max) return [...diagnostics];
  // The most severe first, each kind from the top: every kind more severe than the one that overflows
  // `max`, and of that kind the first that fit. Counted, then one pass in document order — no sort of
  // thousands of diagnostics on every keystroke.
  const counts = new Map<number, number>();
  for (const d of diagnostics) counts.set(SEVERITY_ORDER[d.severity], (counts.get(SEVERITY_ORDER[d.severity]) ?? 0) + 1);
  let room = max;
  let cutoff = Infinity;
  for (const rank of [...counts.keys()].sort((a, b) => a - b)) {
    const n = counts.get(rank)!;
    if (n > room) {
      cutoff = rank;
      break;
    }
    room -= n;
  }
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const rank = SEVERITY_ORDER[d.severity];
    if (rank < cutoff) kept.push(d);
    else if (rank === cutoff && room > 0) {
      kept.push(d);
      room--;
    }
  }
  const total = diagnostics.length;
  const notice: Diagnostic = {
    code: TOO_MANY_PROBLEMS,
    severity: 'info',
    span: { start: 0, end: 0 },
    message: {
      ru:
        `В документе ${formatNumber(total, 'ru')} ${plural(total, 'замечание', 'замечания', 'замечаний')}, в редакторе ` +
        `показаны первые ${formatNumber(max, 'ru')}: сначала ошибки, затем предупреждения. Исправьте их — появятся ` +
        'следующие. Чтобы видеть все сразу, поставьте 0 в настройке «Nastavnik: Max Problems» (nastavnik.maxProblems).',
      en:
        `This document has ${formatNumber(total, 'en')} problems; the editor shows the first ` +
        `${formatNumber(max, 'en')}, errors first, then warnings. Fix those and the next ones ` +
        'appear. To see them all at once, set «Nastavnik: Max Problems» (nastavnik.maxProblems) to 0.',
    },
  };
  return [notice, ...kept];
}
