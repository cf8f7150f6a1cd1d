import type { Period } from '../domain/dates';
import { parseDeadline } from '../domain/deadline';
import type { Span } from '../model';
import type { Rule } from './rule';
import { quoted } from './rule';
import { filledDeadline, planTables } from './table-views';

/**
 * A range that ends before it starts («май – март 2025»). The parser gives it no interval: which
 * bound is wrong cannot be told, so the quick fix only offers the swapped range.
 *
 * data: { table, row, fragment, fragmentSpan?, replacement? }
 *  - fragment: the range as written; fragmentSpan: its offsets in the text when found verbatim;
 *  - replacement: the range turned around («март – май 2025»), only when it reads correctly.
 */
export const reversedRange: Rule = {
  code: 'reversed-range',
  defaultSeverity: 'error',
  fixes: ['swap-range'],
  title: { ru: 'Период заканчивается раньше, чем начинается', en: 'Range ends before it starts' },
  check({ model, text, report }) {
    // Not a row rule: its data holds the fragment's offsets, which a remembered report would not move.
    for (const table of planTables(model))
      for (const row of table.rows) {
        const deadline = filledDeadline(row);
        if (!deadline) continue;
        const { cell, parsed } = deadline;
        for (const issue of parsed.issues) {
          if (issue.flag !== 'reversed-range') continue;
          const replacement = swapRange(issue.fragment, model.meta.period);
          const at = text.slice(cell.span.start, cell.span.end).indexOf(issue.fragment);
          const fragmentSpan: Span | undefined =
            at >= 0 ? { start: cell.span.start + at, end: cell.span.start + at + issue.fragment.length } : undefined;
          report({
            span: cell.span,
            message: {
              ru:
                `Срок ${quoted(issue.fragment)} заканчивается раньше, чем начинается. ` +
                `${replacement ? `Поменяйте местами начало и конец: ${quoted(replacement)}.` : 'Поменяйте местами начало и конец.'}`,
              en:
                `The deadline ${quoted(issue.fragment)} ends before it starts. ` +
                `${replacement ? `Swap its start and end: ${quoted(replacement)}.` : 'Swap its start and end.'}`,
            },
            data: {
              table: table.index,
              row: row.index,
              fragment: issue.fragment,
              ...(fragmentSpan ? { fragmentSpan } : {}),
              ...(replacement ? { replacement } : {}),
            },
          });
        }
      }
  },
};

/**
 * «май – март 2025» → «март – май 2025»; «Май 2025 – март 2025» → «Март 2025 – май 2025»;
 * «2025-2023 гг.» → «2023-2025 гг.». A year (and «гг.») written once at the end stays at the end.
 * Returns undefined unless the result reads as a proper range.
 */
export function swapRange(fragment: string, period?: Period): string | undefined {
  const m = /^(.*?\S)(\s*[-–—]\s*)(\S.*)$/s.exec(fragment);
  if (!m) return undefined;
  const [, left, sep, right] = m as unknown as [string, string, string, string];
  let core = right;
  let tail = '';
  const leftHasYear = /\d{4}/.test(left);
  const yearTail = leftHasYear ? /^(\d{4})(\D.*)?$/s.exec(right) : /^(.*?)(\s+\d{4}.*)$/s.exec(right);
  if (yearTail) {
    core = yearTail[1]!;
    tail = yearTail[2] ?? '';
  }
  const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  const leftCapital = /^\p{Lu}/u.test(left);
  const first = leftCapital ? upper(core) : core;
  const second = leftCapital && /^\p{Ll}/u.test(core) ? lower(left) : left;
  const swapped = `${first}${sep}${second}${tail}`;
  const check = parseDeadline(swapped, period);
  return check.intervals.length > 0 && check.issues.length === 0 ? swapped : undefined;
}
