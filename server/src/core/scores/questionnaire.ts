/**
 * Questionnaires (МР-42/02): items scored 1–10 by mentors and mentees, at entry and at exit.
 * Columns «до»/«после» (entry/exit) or one column per respondent; the first text column is the item.
 */
import type { Column, Span, Table } from '../model';
import { normalizeWords } from '../text';

export interface QuestionnaireItem { row: number; item: string; before?: number; after?: number; mean: number | null; change?: number }
export interface QuestionnaireScore {
  table: number;
  items: QuestionnaireItem[];
  mean: number | null;
  meanBefore?: number;
  meanAfter?: number;
  change?: number;
  outOfRange: { row: number; column: number; text: string; span: Span }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => (xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

function side(col: Column): 'before' | 'after' | 'respondent' | undefined {
  const h = normalizeWords(col.header);
  if (/^(до|на входе|вход|входн|до программы|до начала)/.test(h)) return 'before';
  if (/^(после|на выходе|выход|итогов|после программы|по итогам)/.test(h)) return 'after';
  return undefined;
}

export function isQuestionnaireShaped(table: Table): boolean {
  return table.columns.some((c) => side(c) === 'before') && table.columns.some((c) => side(c) === 'after');
}

export function scoreQuestionnaire(table: Table): QuestionnaireScore {
  const itemCol = table.columns.find((c) => c.role === 'indicator') ?? table.columns.find((c) => c.role !== 'number' && side(c) === undefined);
  const valueCols = table.columns.filter((c) => c !== itemCol && c.role !== 'number');
  const items: QuestionnaireItem[] = [];
  const outOfRange: QuestionnaireScore['outOfRange'] = [];
  const befores: number[] = [];
  const afters: number[] = [];
  const all: number[] = [];
  for (const row of table.rows) {
    const item = itemCol ? row.cells[itemCol.index]!.text : '';
    const values: { col: Column; value: number }[] = [];
    for (const col of valueCols) {
      const cell = row.cells[col.index]!;
      const t = cell.text.trim().replace(',', '.');
      if (t === '') continue;
      const value = Number(t);
      if (!/^\d+(\.\d+)?$/.test(t) || value < 1 || value > 10) {
        outOfRange.push({ row: row.index, column: col.index, text: cell.text, span: cell.span });
        continue;
      }
      values.push({ col, value });
    }
    if (!item && values.length === 0) continue;
    const before = mean(values.filter((v) => side(v.col) === 'before').map((v) => v.value)) ?? undefined;
    const after = mean(values.filter((v) => side(v.col) === 'after').map((v) => v.value)) ?? undefined;
    if (before !== undefined) befores.push(before);
    if (after !== undefined) afters.push(after);
    all.push(...values.map((v) => v.value));
    items.push({ row: row.index, item, before, after, mean: mean(values.map((v) => v.value)), change: before !== undefined && after !== undefined ? round2(after - before) : undefined });
  }
  const meanBefore = mean(befores) ?? undefined;
  const meanAfter = mean(afters) ?? undefined;
  return {
    table: table.index,
    items,
    mean: mean(all),
    meanBefore,
    meanAfter,
    change: meanBefore !== undefined && meanAfter !== undefined ? round2(meanAfter - meanBefore) : undefined,
    outOfRange,
  };
}
