/**
 * Deadline spelling.
 *
 * normalizeDeadline — the canonical spelling of a deadline cell (docs/domain.md §9 «Сроки» and the examples in the
 * rules' messages: «Октябрь 2024», «Сентябрь–октябрь 2024», «до 15.10.2024»). Only spellings that
 * are non-standard are rewritten; the styles the examples use everywhere (hyphen or en dash, «г.»,
 * capitalisation) are left as written:
 *  - a month glued to its year: «сентябрь2023» → «сентябрь 2023»; «2023г.» → «2023 г.»;
 *  - dates with two-digit years or unpadded parts: «01.09.23» → «01.09.2023», «1.9.2023» → «01.09.2023»;
 *  - abbreviated months: «сент. 2023» → «сентябрь 2023», «1-15 сент.» → «1-15 сентября»;
 *  - a dash with a space on one side only: «Апрель -май 2024» → «Апрель-май 2024»
 *    (spaced on both sides when a year comes before it: «2022 г.- май» → «2022 г. – май»).
 * A rewrite is kept only when the new text reads as exactly the same intervals and flags as the old,
 * with the document's period and without one: the fix is safe by construction (source.fixAll).
 *
 * addYear — ambiguous-year: «Ноябрь-декабрь» in a multi-year period → «Ноябрь-декабрь 2024» for
 * each year of the period that gives a reading inside it, or «Ноябрь-декабрь (ежегодно)» when the
 * activity recurs every year. A choice, so not safe.
 */
import type { Period } from '../domain/dates';
import { parseDeadline, type ParsedDeadline } from '../domain/deadline';
import { monthName } from '../domain/months';
import type { TextEdit } from '../editing/edits';
import type { Cell, TextPart } from '../model';
import type { DiagnosticFixer, Fix, FixContext } from './fix';
import { deadlineRowAt, fragmentSpan } from './fix';

const ABBREVIATIONS: Record<string, number> = {
  янв: 1,
  фев: 2,
  февр: 2,
  мар: 3,
  апр: 4,
  авг: 8,
  сен: 9,
  сент: 9,
  окт: 10,
  ноя: 11,
  нояб: 11,
  дек: 12,
};
const MONTH_WORD = /^(январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/i;

function keepCase(original: string, word: string): string {
  return /^[А-ЯЁ]/.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The canonical spelling of one line of a deadline (see the header); the input itself when nothing applies. */
export function canonicalSpelling(s: string): string {
  let out = s;
  // Dates: pad day and month, four-digit year.
  out = out.replace(
    /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]?\d)/g,
    (_m, d: string, mo: string, y: string) => `${d.padStart(2, '0')}.${mo.padStart(2, '0')}.${y.length === 2 ? '20' + y : y}`,
  );
  // Abbreviated months, genitive after a day number.
  out = out.replace(/(\d\s*)?(?<![А-Яа-яЁё])([А-Яа-яЁё]+)\.?(?![А-Яа-яЁё])/g, (m, day: string | undefined, word: string) => {
    const month = ABBREVIATIONS[word.toLowerCase()];
    if (month === undefined) return m;
    const full = monthName(month, 'ru', day ? 'genitive' : 'nominative');
    const sep = day ? (/\s$/.test(day) ? day : day + ' ') : '';
    return sep + keepCase(word, full);
  });
  // A month glued to a number, a year glued to «г.».
  out = out.replace(/([А-Яа-яЁё]+)(\d)/g, (m, word: string, digit: string) => (MONTH_WORD.test(word) ? `${word} ${digit}` : m));
  out = out.replace(/(\d{4})(гг?\.?|года|год)(?![А-Яа-яЁё])/g, '$1 $2');
  // A dash spaced on one side only.
  out = out.replace(
    /(\S)( *)([-–—])( *)(?=\S)/g,
    (m, before: string, left: string, dash: string, right: string, offset: number, whole: string) => {
      if ((left === '') === (right === '')) return m;
      const yearBefore = /\d{4}$|(?:г\.|гг\.|года|год)$/.test(whole.slice(0, offset) + before);
      return yearBefore ? `${before} ${dash === '-' ? '–' : dash} ` : `${before}${dash}`;
    },
  );
  return out;
}

function sameReading(a: ParsedDeadline, b: ParsedDeadline): boolean {
  return JSON.stringify(a.intervals) === JSON.stringify(b.intervals) && JSON.stringify(a.flags) === JSON.stringify(b.flags);
}

/** A part of a cell written as plain text in the source (no HTML or emphasis inside it). */
function plainPart(text: string, part: TextPart): boolean {
  const source = text.slice(part.span.start, part.span.end);
  return source === part.text && !/[<>*_`\\|]/.test(source);
}

/** The normalisation edits for one deadline cell (empty when it is already canonical or not plain text). */
export function normalizeCellEdits(text: string, cell: Cell, period: Period | undefined): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const part of cell.parts) {
    if (!plainPart(text, part)) continue;
    const canonical = canonicalSpelling(part.text);
    if (canonical !== part.text) edits.push({ start: part.span.start, end: part.span.end, newText: canonical });
  }
  if (edits.length === 0) return [];
  // Re-read the whole cell with the edits applied: same intervals and flags, with and without the period.
  let after = '';
  let at = cell.span.start;
  for (const e of edits) {
    after += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  after += text.slice(at, cell.span.end);
  const before = text.slice(cell.span.start, cell.span.end);
  const plain = (s: string) => s.replace(/<br\s*\/?>/gi, '\n');
  for (const p of [period, undefined]) {
    if (!sameReading(parseDeadline(plain(before), p), parseDeadline(plain(after), p))) return [];
  }
  return edits;
}

export function normalizeFix(ctx: FixContext, cell: Cell, kind: Fix['kind'], diagnosticCode?: string): Fix | undefined {
  const edits = normalizeCellEdits(ctx.text, cell, ctx.analysis.model.meta.period);
  if (edits.length === 0) return undefined;
  const shown = edits.map((e) => e.newText).join('; ');
  return {
    id: 'normalize-deadline',
    title: { ru: `Записать срок единообразно: «${shown}»`, en: `Write the deadline in the standard way: «${shown}»` },
    kind,
    safe: true,
    diagnosticCode,
    edits,
  };
}

/** Every calendar year the period touches (capped: a fix list is not a calendar). */
function periodYears(period: Period): number[] {
  const years: number[] = [];
  for (let y = Number(period.start.slice(0, 4)); y <= Number(period.end.slice(0, 4)) && years.length < 8; y++) years.push(y);
  return years;
}

export const addYear: DiagnosticFixer = (ctx, diagnostic) => {
  const located = deadlineRowAt(ctx, diagnostic.span);
  const period = ctx.analysis.model.meta.period;
  if (!located || !period) return [];
  const { cell } = located;
  const parsed = located.row.deadline!.parsed;
  const fragment = parsed.issues.find((i) => i.flag === 'ambiguous-year')?.fragment;
  const span = fragment ? fragmentSpan(ctx.text, cell, fragment) : undefined;
  if (!fragment || !span) return [];
  const cellSource = ctx.text.slice(cell.span.start, cell.span.end).replace(/<br\s*\/?>/gi, '\n');
  const offset = span.end - cell.span.start;
  const reread = (insert: string) => parseDeadline(cellSource.slice(0, offset) + insert + cellSource.slice(offset), period);
  const fixes: Fix[] = [];
  const inPeriod = (p: ParsedDeadline) =>
    p.intervals.length > 0 && p.intervals.every((i) => i.start >= period.start && i.end <= period.end);
  const clean = (p: ParsedDeadline) =>
    !p.flags.some((f) => f === 'ambiguous-year' || f === 'reversed-range' || f === 'invalid-date' || f === 'unparsed');
  for (const year of periodYears(period)) {
    const insert = ` ${year}`;
    const p = reread(insert);
    if (!clean(p) || !inPeriod(p)) continue;
    fixes.push({
      id: `add-year:${year}`,
      title: { ru: `Дописать год: «${fragment} ${year}»`, en: `Add the year: «${fragment} ${year}»` },
      kind: 'quickfix',
      safe: false,
      diagnosticCode: diagnostic.code,
      edits: [{ start: span.end, end: span.end, newText: insert }],
    });
  }
  const yearly = ' (ежегодно)';
  const p = reread(yearly);
  if (clean(p) && p.intervals.length > 0) {
    fixes.push({
      id: 'add-year:yearly',
      title: { ru: `Каждый год периода: «${fragment}${yearly}»`, en: `Every year of the period: «${fragment}${yearly}»` },
      kind: 'quickfix',
      safe: false,
      diagnosticCode: diagnostic.code,
      edits: [{ start: span.end, end: span.end, newText: yearly }],
    });
  }
  return fixes;
};
