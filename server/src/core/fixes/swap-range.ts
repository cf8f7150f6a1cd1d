/**
 * reversed-range → write the range the other way round: «май – март 2024» → «март – май 2024»,
 * «15-1 сентября 2023» → «1-15 сентября 2023», «2025-2023 гг.» → «2023-2025 гг.»,
 * «31.05.2024 - 01.03.2024» → «01.03.2024 - 31.05.2024». What the right side shares with the left
 * (the year of «март 2024», the month of «1 сентября») stays at the end. The result is re-read
 * with the document's period and offered only when the range then reads forwards. Not safe: the
 * parser cannot tell which bound is wrong («май 2024 – март 2025» is another reading).
 */
import { parseDeadline } from '../domain/deadline';
import type { DiagnosticFixer } from './fix';
import { deadlineRowAt, fragmentSpan, tableAt } from './fix';

const MONTH = '[А-Яа-яЁё]+\\.?';
const YEAR = '\\d{4}(?:\\s*(?:г\\.|гг\\.|года|год|г)(?![А-Яа-яЁё]))?';
const DATE = '\\d{1,2}\\.\\d{1,2}(?:\\.\\d{2,4})?';
/** Shapes of the left endpoint, most specific first; the right side's leading part of the same shape is swapped with it. */
const SHAPES = [
  `${DATE}`,
  `\\d{1,2}\\s+${MONTH}\\s+${YEAR}`,
  `\\d{1,2}\\s+${MONTH}`,
  `${MONTH}\\s+${YEAR}`,
  `\\d{4}`,
  `\\d{1,2}`,
  `${MONTH}`,
].map((s) => ({ whole: new RegExp(`^(?:${s})$`), head: new RegExp(`^(?:${s})`) }));

const DASH = /^(.*?\S)(\s*[-‐‑‒–—―−]\s*)(\S.*)$/s;

/** «май – март 2024» → «март – май 2024», or undefined when the shape is not one we can swap. */
export function swapRange(fragment: string): string | undefined {
  const m = DASH.exec(fragment.trim());
  if (!m) return undefined;
  const [, left, dash, right] = m as unknown as [string, string, string, string];
  for (const shape of SHAPES) {
    if (!shape.whole.test(left)) continue;
    const head = shape.head.exec(right);
    if (!head) return undefined;
    const core = head[0];
    const rest = right.slice(core.length);
    const [newLeft, newRight] = transferCase(core, left);
    return newLeft + dash + newRight + rest;
  }
  return undefined;
}

/** The first word of the cell keeps its capital: «Май – март» → «Март – май». */
function transferCase(a: string, b: string): [string, string] {
  const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  const bCap = /^[А-ЯЁ]/.test(b);
  const aCap = /^[А-ЯЁ]/.test(a);
  if (bCap && !aCap) return [upper(a), lower(b)];
  if (aCap && !bCap) return [lower(a), upper(b)];
  return [a, b];
}

export const swapReversedRange: DiagnosticFixer = (ctx, diagnostic) => {
  const data = diagnostic.data ?? {};
  const table = tableAt(ctx, data.table);
  const located = deadlineRowAt(ctx, diagnostic.span);
  const row = located?.row ?? (typeof data.row === 'number' ? table?.rows[data.row] : undefined);
  const cell = row?.deadline?.cell;
  const fragment = typeof data.fragment === 'string' ? data.fragment : undefined;
  if (!cell || !fragment) return [];
  const given = data.fragmentSpan as { start?: unknown; end?: unknown } | undefined;
  const span =
    given && typeof given.start === 'number' && typeof given.end === 'number' && ctx.text.slice(given.start, given.end) === fragment
      ? { start: given.start, end: given.end }
      : fragmentSpan(ctx.text, cell, fragment);
  // The rule may already say what the swapped range is (its message quotes it); else swap here.
  const swapped = typeof data.replacement === 'string' && data.replacement ? data.replacement : swapRange(fragment);
  if (!span || !swapped) return [];
  const period = ctx.analysis.model.meta.period;
  const reread = parseDeadline(swapped, period);
  if (reread.flags.includes('reversed-range') || reread.flags.includes('invalid-date') || reread.intervals.length === 0) return [];
  return [
    {
      id: 'swap-range',
      title: { ru: `Поменять местами начало и конец: «${swapped}»`, en: `Swap the start and the end: «${swapped}»` },
      kind: 'quickfix',
      safe: false,
      diagnosticCode: diagnostic.code,
      edits: [{ start: span.start, end: span.end, newText: swapped }],
      preferred: true,
    },
  ];
};
