/**
 * Efficiency indicators (examples/002 §6, docs/domain.md §12 «Показатели эффективности»): criteria ×
 * indicators marked 0/1/2, the total, its maximum (2 × indicators) and the level, read from the
 * lines after the table or defaulted.
 */
import type { Row, Span, Table } from '../model';
import { type CellMark, readMark } from './marks';

/** A level of the total: «15–18 баллов – оптимальный уровень». `nameEn` is the English for the usual names. */
export interface Level {
  from: number;
  to: number;
  name: string;
  nameEn?: string;
  span?: Span;
}

export interface IndicatorScore {
  row: number;
  criterion: string;
  indicator: string;
  points: number | null;
  span: Span;
  problem?: { kind: 'invalid-mark' | 'multiple-marks'; text: string; span: Span };
}

export interface EfficiencyScore {
  table: number;
  span: Span;
  indicators: IndicatorScore[];
  criteria: { name: string; points: number; max: number; scored: number; indicators: number }[];
  total: number;
  max: number;
  percent: number;
  scored: number;
  /** True when some indicators are unscored: the total is partial. */
  partial: boolean;
  level: Level | null;
  levels: Level[];
  levelsSource: 'document' | 'default';
  levelProblems: { kind: 'overlap' | 'gap' | 'range'; text: string }[];
}

/** A level's name must look like one (a bare «2023–2024» in a sentence is no level). */
const LEVEL_NAME = /уров|оптимал|допустим|недопустим|высок|средн|низк|критич|достаточ|эффектив/i;
const DASH = '[-–—]';
const RANGE = new RegExp(`^(?:от\\s*)?(\\d+)\\s*(?:${DASH}|до)\\s*(\\d+)\\s*(балл[а-я]*)?\\s*(?:${DASH}|:)?\\s*(.+)$`, 'i');
const SINGLE = new RegExp(`^(\\d+)\\s*(балл[а-я]*)\\s*(?:${DASH}|:)\\s*(.+)$`, 'i');
const AT_LEAST = new RegExp(
  `^(?:от\\s*)?(\\d+)\\s*(?:балл[а-я]*)?\\s*(?:и\\s*(?:более|выше)|и\\s*больше)\\s*(?:балл[а-я]*)?\\s*(?:${DASH}|:)?\\s*(.+)$`,
  'i',
);
const BELOW = new RegExp(`^(?:менее|ниже|меньше)\\s*(\\d+)\\s*(?:балл[а-я]*)?\\s*(?:${DASH}|:)?\\s*(.+)$`, 'i');

const KNOWN_EN: [RegExp, string][] = [
  [/^недопустим/, 'unacceptable level'],
  [/^допустим/, 'acceptable level'],
  [/^оптимал/, 'optimal level'],
  [/^высок/, 'high level'],
  [/^средн/, 'medium level'],
  [/^низк/, 'low level'],
];

/** English for the usual level names; a document's own wording is kept as written otherwise. */
export function levelNameEn(name: string): string {
  const n = name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/^[-–—:\s]+/, '');
  return KNOWN_EN.find(([re]) => re.test(n))?.[1] ?? name;
}

function level(from: number, to: number, rawName: string, span: Span): Level {
  const name = rawName
    .replace(/^[-–—:\s]+/, '')
    .replace(/[\s;.,]+$/, '')
    .trim();
  return { from, to, name, nameEn: levelNameEn(name), span };
}

/** One «15–18 баллов – оптимальный уровень» fragment → a level; `max` closes «15 и более». */
function readLevel(fragment: string, span: Span, max: number): Level | undefined {
  const t = fragment
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[;.,]+$/, '');
  let m = AT_LEAST.exec(t);
  if (m && LEVEL_NAME.test(m[2]!)) return level(Number(m[1]), Math.max(max, Number(m[1])), m[2]!, span);
  m = BELOW.exec(t);
  if (m && LEVEL_NAME.test(m[2]!)) return level(0, Number(m[1]) - 1, m[2]!, span);
  m = RANGE.exec(t);
  if (m && (m[3] || LEVEL_NAME.test(m[4]!)) && m[4]!.trim()) return level(Number(m[1]), Number(m[2]), m[4]!, span);
  // A one-value level of a small table: «4 балла – оптимальный уровень».
  m = SINGLE.exec(t);
  if (m && LEVEL_NAME.test(m[3]!)) return level(Number(m[1]), Number(m[1]), m[3]!, span);
  return undefined;
}

/**
 * The levels written right after the table: one per line, or several in one line separated by «;».
 * Reading stops at the first line without a level once levels have begun (the text goes on).
 */
export function readLevels(table: Table, max = Infinity): Level[] {
  const levels: Level[] = [];
  for (const line of table.after) {
    const found = line.text
      .split(';')
      .map((part) => readLevel(part, line.span, max))
      .filter((l): l is Level => l !== undefined);
    if (found.length === 0 && levels.length > 0) break;
    levels.push(...found);
  }
  return levels;
}

/** The 2021 recommendations' bands 0–8 / 9–14 / 15–18, scaled to another maximum. */
export function defaultLevels(max: number): Level[] {
  const low = Math.floor((max * 8) / 18);
  const mid = Math.floor((max * 14) / 18);
  return [
    { from: mid + 1, to: max, name: 'оптимальный уровень', nameEn: 'optimal level' },
    { from: low + 1, to: mid, name: 'допустимый уровень', nameEn: 'acceptable level' },
    { from: 0, to: low, name: 'недопустимый уровень', nameEn: 'unacceptable level' },
  ];
}

export function checkLevels(levels: readonly Level[], max: number): EfficiencyScore['levelProblems'] {
  const problems: EfficiencyScore['levelProblems'] = [];
  const sorted = [...levels].sort((a, b) => a.from - b.from);
  for (const l of sorted) if (l.from > l.to) problems.push({ kind: 'range', text: `${l.from}–${l.to}` });
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.from <= prev.to) problems.push({ kind: 'overlap', text: `${prev.from}–${prev.to} / ${cur.from}–${cur.to}` });
    else if (cur.from > prev.to + 1) problems.push({ kind: 'gap', text: `${prev.to + 1}–${cur.from - 1}` });
  }
  if (sorted.length && (sorted[0]!.from !== 0 || sorted[sorted.length - 1]!.to !== max)) {
    problems.push({ kind: 'range', text: `${sorted[0]!.from}–${sorted[sorted.length - 1]!.to} ≠ 0–${max}` });
  }
  return problems;
}

function scoreRow(table: Table, row: Row): { points: number | null; problem?: IndicatorScore['problem'] } {
  const pointCols = table.columns.filter((c) => c.role === 'points');
  const found: { col: (typeof pointCols)[number]; mark: CellMark }[] = [];
  for (const col of pointCols) {
    const cell = row.cells[col.index]!;
    const mark = readMark(cell.text);
    if (mark.kind === 'empty') continue;
    if (mark.kind === 'invalid') return { points: null, problem: { kind: 'invalid-mark', text: mark.text, span: cell.span } };
    found.push({ col, mark });
  }
  if (found.length === 0) return { points: null };
  if (found.length > 1) {
    const cell = row.cells[found[1]!.col.index]!;
    return {
      points: null,
      problem: {
        kind: 'multiple-marks',
        text: found.map((f) => row.cells[f.col.index]!.text).join(' / '),
        span: { start: row.cells[found[0]!.col.index]!.span.start, end: cell.span.end },
      },
    };
  }
  const { col, mark } = found[0]!;
  const cell = row.cells[col.index]!;
  // A mark in a «2 балла» column is worth that column's points; a «Балл» column holds the number itself.
  const value =
    col.points !== undefined
      ? mark.kind === 'mark'
        ? col.points
        : mark.kind === 'number' && (mark.value === 1 || mark.value === col.points)
          ? col.points
          : NaN
      : mark.kind === 'number'
        ? mark.value
        : NaN;
  if (!(value === 0 || value === 1 || value === 2))
    return { points: null, problem: { kind: 'invalid-mark', text: cell.text, span: cell.span } };
  return { points: value };
}

export function scoreEfficiency(table: Table): EfficiencyScore {
  const criterionCol = table.columns.find((c) => c.role === 'criterion');
  const indicatorCol =
    table.columns.find((c) => c.role === 'indicator') ?? table.columns.find((c) => c.role !== 'criterion' && c.role !== 'points');
  const indicators: IndicatorScore[] = [];
  let criterion = '';
  for (const row of table.rows) {
    const critText = criterionCol ? row.cells[criterionCol.index]!.text : '';
    if (critText) criterion = critText;
    const indicator = indicatorCol ? row.cells[indicatorCol.index]!.text : '';
    if (!indicator) continue; // a criterion-only or empty row is no indicator
    const { points, problem } = scoreRow(table, row);
    indicators.push({ row: row.index, criterion, indicator, points, span: row.span, problem });
  }
  const max = 2 * indicators.length;
  const total = indicators.reduce((s, i) => s + (i.points ?? 0), 0);
  const scored = indicators.filter((i) => i.points !== null).length;
  const criteria: EfficiencyScore['criteria'] = [];
  for (const i of indicators) {
    let c = criteria.find((x) => x.name === i.criterion);
    if (!c) {
      c = { name: i.criterion, points: 0, max: 0, scored: 0, indicators: 0 };
      criteria.push(c);
    }
    c.points += i.points ?? 0;
    c.max += 2;
    c.indicators += 1;
    if (i.points !== null) c.scored += 1;
  }
  const fromDoc = readLevels(table, max);
  const levels = fromDoc.length ? fromDoc : defaultLevels(max);
  const level = scored > 0 && scored === indicators.length ? (levels.find((l) => total >= l.from && total <= l.to) ?? null) : null;
  return {
    table: table.index,
    span: table.span,
    indicators,
    criteria,
    total,
    max,
    percent: max ? Math.round((total / max) * 100) : 0,
    scored,
    partial: scored < indicators.length,
    level,
    levels,
    levelsSource: fromDoc.length ? 'document' : 'default',
    levelProblems: fromDoc.length ? checkLevels(fromDoc, max) : [],
  };
}
