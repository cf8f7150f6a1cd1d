/**
 * Target indicators (examples/004 §6): «не менее N» per year, N in digits or words («не менее двух»).
 * Read from
 *   - the row's text: «- 2023 год – не менее 25;<br>- 2024 год – не менее 35» or one «не менее N»;
 *   - year columns («Показатель | 2023 | 2024 | 2025»), whose cells hold «не менее N» or a number.
 * Targets should not decrease from year to year. Where a «Факт»/«Фактически» column exists (or a
 * «2023 факт» column per year), fulfilment = fact / plan per year and overall.
 */
import type { Cell, Column, Row, Span, Table } from '../model';
import { perCell } from '../read/cell-readings';
import { memoByText } from '../read/memo';
import { normalizeWords, execAll } from '../read/text';
import { readCount } from './marks';

export interface YearTarget {
  year: number | null;
  plan: number;
  fact?: number;
  /** fact / plan in percent, rounded (absent without a fact or with a zero plan). */
  fulfilment?: number;
}

export interface TargetIndicator {
  table: number;
  row: number;
  number?: string;
  /** The first line of the indicator's text. */
  text: string;
  span: Span;
  targets: YearTarget[];
  /** Overall fulfilment: sum of facts / sum of plans over the years that have a fact, in percent. */
  fulfilment?: number;
  /** Pairs of consecutive years where the later plan is lower. */
  decreasing: { from: YearTarget; to: YearTarget }[];
}

const AT_LEAST = String.raw`не\s+(?:менее|меньше)(?:\s+чем)?\s+((?:[\dа-яё%,.-]+)(?:\s+[а-яё]+)?)`;
/** A year, not the end of a range («2023–2025 гг.» is a period, not a year's target). */
const YEAR = String.raw`(?<!\d\s*[-–—]\s*)(20\d\d)(?!\s*[-–—]\s*\d)\s*(?:год[ауы]?|гг?\.?)?`;
const PER_YEAR = new RegExp(`${YEAR}\\s*[-–—:]?\\s*${AT_LEAST}`, 'gi');
/** «не менее 25 (2023 г.)» — the year after the number. */
const PER_YEAR_AFTER = new RegExp(`${AT_LEAST}\\s*\\(?\\s*(?:в|на)?\\s*${YEAR}\\)?`, 'gi');
const PLAIN = new RegExp(AT_LEAST, 'i');
const FACT_PER_YEAR = /(20\d\d)\s*(?:год[ауы]?|гг?\.?)?\s*[-–—:]?\s*(\d+(?:[.,]\d+)?)/g;
const NUMBER = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/;

const num = (s: string) => Number(s.replace(',', '.'));

/** Every pattern above needs «не менее/меньше»: a cheap test first spares the look-behind regexes on ordinary cells. */
const MAY_HOLD_TARGET = /не\s+мен/i;

/** «2023 год – не менее 25; 2024 год – не менее 35» → [{2023, 25}, {2024, 35}]; one «не менее N» → [{null, N}]. */
export function readTargets(text: string): YearTarget[] {
  if (!MAY_HOLD_TARGET.test(text)) return [];
  const perYear: YearTarget[] = [];
  for (const m of execAll(PER_YEAR, text)) {
    const plan = readCount(m[2]!);
    if (plan !== undefined) perYear.push({ year: Number(m[1]), plan });
  }
  if (perYear.length === 0) {
    for (const m of execAll(PER_YEAR_AFTER, text)) {
      const plan = readCount(m[1]!);
      if (plan !== undefined) perYear.push({ year: Number(m[2]), plan });
    }
  }
  if (perYear.length) return perYear;
  const m = PLAIN.exec(text);
  const plan = m ? readCount(m[1]!) : undefined;
  return plan !== undefined ? [{ year: null, plan }] : [];
}

/**
 * `readTargets` of a cell, remembered: by the cell object while typing (a parse cache keeps an unchanged
 * row's cells, and a lookup by identity is cheaper than by a long text), else by the text, bounded
 * (memo.ts) — the CLI's cells are all new, and an entry per cell object would only grow its heap. The
 * targets are copied out: the indicator fills in facts on them.
 */
const targetsOfText = memoByText(readTargets);
const targetsByCell = new WeakMap<Cell, { context: string; value: YearTarget[] }>();
function cellTargets(cell: Cell, reusesCells: boolean): YearTarget[] {
  const found = perCell(reusesCells ? targetsByCell : undefined, cell, '', targetsOfText);
  // Most cells hold no target: no new array for them (this runs on every row of a plan per keystroke).
  return found.length === 0 ? NO_TARGETS : found.map((t) => ({ ...t }));
}

/** The empty list of targets, shared; never added to (a row's own list is a new array). */
const NO_TARGETS: YearTarget[] = [];

/** A plan cell: «не менее 25» or a bare number. */
function readPlanCell(text: string): number | undefined {
  const m = PLAIN.exec(text);
  if (m) return readCount(m[1]!);
  const n = NUMBER.exec(text);
  return n ? num(n[1]!) : undefined;
}

function readFacts(text: string): Map<number | null, number> {
  const facts = new Map<number | null, number>();
  for (const m of execAll(FACT_PER_YEAR, text)) facts.set(Number(m[1]), num(m[2]!));
  const n = NUMBER.exec(text);
  if (facts.size === 0 && n) facts.set(null, num(n[1]!));
  return facts;
}

interface YearColumn {
  column: Column;
  year: number;
  fact: boolean;
}

/** Columns headed by a year: «2023», «2024 год», «2023 (план)», «2023 факт». */
function yearColumns(table: Table): YearColumn[] {
  const out: YearColumn[] = [];
  for (const column of table.columns) {
    const h = normalizeWords(column.header);
    const m = /^(?:план\s*|факт\s*)?(20\d\d)\b/.exec(h);
    if (!m || h.length > 30) continue;
    out.push({ column, year: Number(m[1]), fact: /факт/.test(h) });
  }
  return out;
}

const pct = (fact: number, plan: number) => (plan > 0 ? Math.round((fact / plan) * 100) : undefined);

function textCellOf(table: Table, row: Row, skip: ReadonlySet<number>): Cell | undefined {
  if (row.activity && row.activity.text !== '') return row.activity;
  return row.cells.find((c, i) => c.text !== '' && !skip.has(i) && table.columns[i]!.role !== 'number' && !NUMBER.test(c.text));
}

export function targetIndicators(table: Table, reusesCells = false): TargetIndicator[] {
  const factCol = table.columns.find((c) => c.role === 'fact');
  const planCol = table.columns.find((c) => c.role === 'plan');
  const years = yearColumns(table);
  const planYears = years.filter((y) => !y.fact);
  const skip = new Set([...years.map((y) => y.column.index), ...(factCol ? [factCol.index] : []), ...(planCol ? [planCol.index] : [])]);
  const out: TargetIndicator[] = [];
  for (const row of table.rows) {
    if (row.isSection) continue;
    const textCell = textCellOf(table, row, skip);
    let targets: YearTarget[] = NO_TARGETS;
    if (planYears.length >= 2) {
      // One column per year: each holds that year's plan.
      const byColumn: YearTarget[] = [];
      for (const y of planYears) {
        const plan = readPlanCell(row.cells[y.column.index]!.text);
        if (plan !== undefined) byColumn.push({ year: y.year, plan });
      }
      targets = byColumn;
    }
    if (targets.length === 0 && planCol) targets = readTargets(row.cells[planCol.index]!.text);
    if (targets.length === 0 && planCol) {
      const plan = readPlanCell(row.cells[planCol.index]!.text);
      if (plan !== undefined) targets = [{ year: null, plan }];
    }
    if (targets.length === 0 && textCell) targets = cellTargets(textCell, reusesCells);
    if (targets.length === 0 && row.result) targets = cellTargets(row.result, reusesCells);
    if (targets.length === 0) continue;
    // Facts: a «Факт» column (per year or one number) and/or «2023 факт» columns.
    const facts = factCol ? readFacts(row.cells[factCol.index]!.text) : new Map<number | null, number>();
    for (const y of years.filter((c) => c.fact)) {
      const n = NUMBER.exec(row.cells[y.column.index]!.text);
      if (n) facts.set(y.year, num(n[1]!));
    }
    for (const t of targets) {
      const fact = facts.get(t.year) ?? (targets.length === 1 ? facts.get(null) : undefined);
      if (fact === undefined) continue;
      t.fact = fact;
      t.fulfilment = pct(fact, t.plan);
    }
    const withFact = targets.filter((t) => t.fact !== undefined);
    const planSum = withFact.reduce((s, t) => s + t.plan, 0);
    const factSum = withFact.reduce((s, t) => s + t.fact!, 0);
    const byYear = targets.filter((t) => t.year !== null).sort((a, b) => a.year! - b.year!);
    const decreasing: TargetIndicator['decreasing'] = [];
    for (let i = 1; i < byYear.length; i++)
      if (byYear[i]!.plan < byYear[i - 1]!.plan) decreasing.push({ from: byYear[i - 1]!, to: byYear[i]! });
    const span = textCell?.span ?? row.span;
    out.push({
      table: table.index,
      row: row.index,
      number: row.number,
      text: (textCell?.text ?? '').split('\n')[0]!.replace(/[:;,]\s*$/, ''),
      span,
      targets,
      fulfilment: withFact.length ? pct(factSum, planSum) : undefined,
      decreasing,
    });
  }
  return out;
}
