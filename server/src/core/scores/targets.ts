/**
 * Target indicators (seed 004 §6): «не менее N» per year, in digits or words. Targets should not
 * decrease from year to year; where a «Факт» column exists, fulfilment = fact / plan.
 */
import type { Span, Table } from '../model';
import { readCount } from './marks';

export interface YearTarget { year: number | null; plan: number; fact?: number; fulfilment?: number }
export interface TargetIndicator {
  table: number;
  row: number;
  number?: string;
  text: string;
  span: Span;
  targets: YearTarget[];
  /** Overall fulfilment: sum of facts / sum of plans over the years that have a fact. */
  fulfilment?: number;
  decreasing: { from: YearTarget; to: YearTarget }[];
}

const PER_YEAR = /(\d{4})\s*(?:год[ау]?|г\.?)?\s*[-–—:]?\s*не\s+менее\s+([\dа-яё%]+)/gi;
const PLAIN = /не\s+менее\s+([\dа-яё%]+)/i;
const FACT_PER_YEAR = /(\d{4})\s*(?:год[ау]?|г\.?)?\s*[-–—:]?\s*(\d+)/g;

export function readTargets(text: string): YearTarget[] {
  const perYear: YearTarget[] = [];
  for (const m of text.matchAll(PER_YEAR)) {
    const plan = readCount(m[2]!);
    if (plan !== undefined) perYear.push({ year: Number(m[1]), plan });
  }
  if (perYear.length) return perYear;
  const m = PLAIN.exec(text);
  const plan = m ? readCount(m[1]!) : undefined;
  return plan !== undefined ? [{ year: null, plan }] : [];
}

function readFacts(text: string): Map<number | null, number> {
  const facts = new Map<number | null, number>();
  for (const m of text.matchAll(FACT_PER_YEAR)) facts.set(Number(m[1]), Number(m[2]));
  if (facts.size === 0 && /^\s*\d+\s*$/.test(text)) facts.set(null, Number(text.trim()));
  return facts;
}

export function targetIndicators(table: Table): TargetIndicator[] {
  const factCol = table.columns.find((c) => c.role === 'fact');
  const out: TargetIndicator[] = [];
  for (const row of table.rows) {
    if (row.isSection) continue;
    const textCell = row.activity ?? row.cells.find((c, i) => c.text !== '' && table.columns[i]!.role !== 'number');
    if (!textCell) continue;
    const targets = readTargets(textCell.text);
    if (targets.length === 0) continue;
    if (factCol) {
      const facts = readFacts(row.cells[factCol.index]!.text);
      for (const t of targets) {
        const fact = facts.get(t.year) ?? (targets.length === 1 ? facts.get(null) : undefined);
        if (fact !== undefined) {
          t.fact = fact;
          t.fulfilment = t.plan > 0 ? Math.round((fact / t.plan) * 100) : undefined;
        }
      }
    }
    const withFact = targets.filter((t) => t.fact !== undefined);
    const planSum = withFact.reduce((s, t) => s + t.plan, 0);
    const decreasing: TargetIndicator['decreasing'] = [];
    const byYear = targets.filter((t) => t.year !== null).sort((a, b) => a.year! - b.year!);
    for (let i = 1; i < byYear.length; i++) if (byYear[i]!.plan < byYear[i - 1]!.plan) decreasing.push({ from: byYear[i - 1]!, to: byYear[i]! });
    out.push({
      table: table.index,
      row: row.index,
      number: row.number,
      text: textCell.text.split('\n')[0]!,
      span: textCell.span,
      targets,
      fulfilment: withFact.length && planSum > 0 ? Math.round((withFact.reduce((s, t) => s + t.fact!, 0) / planSum) * 100) : undefined,
      decreasing,
    });
  }
  return out;
}
