/**
 * Questionnaires (МР-42/02 «анкета наставника / наставляемого»): items scored 1–10 at entry and at
 * exit. The columns are «до»/«после» (entry/exit: «до», «на входе», «в начале»… / «после», «на
 * выходе», «по итогам»…) or one column per respondent. The item is the «Вопрос»/«Показатель» column
 * or the first text column; value columns are those with a side or mostly numbers. Columns that
 * already hold a summary («Среднее», «Итого») are not values.
 */
import type { Column, Span, Table } from '../model';
import { normalizeWords } from '../read/text';

export interface QuestionnaireItem {
  row: number;
  item: string;
  /** Mean of this item's entry values («до»), when the table has such columns. */
  before?: number;
  after?: number;
  /** Mean of all this item's values in range. */
  mean: number | null;
  /** after − before. */
  change?: number;
}

export interface QuestionnaireScore {
  table: number;
  /** How the values are laid out. */
  layout: 'before-after' | 'respondents';
  items: QuestionnaireItem[];
  /** Mean of all values in range. */
  mean: number | null;
  meanBefore?: number;
  meanAfter?: number;
  /** Mean of the items' changes (items with both an entry and an exit value). */
  change?: number;
  /** Cells outside 1–10 or not numbers at all (`score-out-of-range`). */
  outOfRange: { row: number; column: number; text: string; span: Span }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => (xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

const BEFORE = /(^|[\s(,])(до|вход|входе|входная|входное|входящ\S*|начал[оеа]|в начале|первичн\S*|стартов\S*)([\s),.]|$)/;
const AFTER = /(^|[\s(,])(после|выход|выходе|выходная|выходное|итог\S*|по итогам|конец|в конце|заверш\S*|повторн\S*|финальн\S*)([\s),.]|$)/;
const SUMMARY = /^(средн|итого|сумма|всего|изменени|динамик|разниц|примечан|комментар)/;

function side(col: Column): 'before' | 'after' | undefined {
  const h = normalizeWords(col.header);
  const before = BEFORE.test(h);
  const after = AFTER.test(h);
  if (before && !after) return 'before';
  if (after && !before) return 'after';
  // «После … до»: ambiguous; the first word decides.
  if (before && after) return h.search(AFTER) < h.search(BEFORE) ? 'after' : 'before';
  return undefined;
}

const NUMERIC = /^\d+([.,]\d+)?$/;

/** A column whose non-empty cells are mostly numbers (a respondent's column). */
function mostlyNumbers(table: Table, col: Column): boolean {
  const values = table.rows.map((r) => r.cells[col.index]!.text.trim()).filter((t) => t !== '');
  return values.length > 0 && values.filter((t) => NUMERIC.test(t)).length * 2 >= values.length;
}

export function isQuestionnaireShaped(table: Table): boolean {
  return table.columns.some((c) => side(c) === 'before') && table.columns.some((c) => side(c) === 'after');
}

export function scoreQuestionnaire(table: Table): QuestionnaireScore {
  const isSummary = (c: Column) => SUMMARY.test(normalizeWords(c.header));
  const itemCol =
    table.columns.find((c) => c.role === 'indicator') ??
    table.columns.find((c) => c.role !== 'number' && side(c) === undefined && !isSummary(c) && !mostlyNumbers(table, c));
  const valueCols = table.columns.filter(
    (c) => c !== itemCol && c.role !== 'number' && !isSummary(c) && (side(c) !== undefined || mostlyNumbers(table, c)),
  );
  const layout: QuestionnaireScore['layout'] = valueCols.some((c) => side(c) !== undefined) ? 'before-after' : 'respondents';
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
      const t = cell.text.trim();
      if (t === '' || t === '-' || t === '—' || t === '–') continue;
      const value = Number(t.replace(',', '.'));
      if (!NUMERIC.test(t) || value < 1 || value > 10) {
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
    items.push({
      row: row.index,
      item,
      before,
      after,
      mean: mean(values.map((v) => v.value)),
      change: before !== undefined && after !== undefined ? round2(after - before) : undefined,
    });
  }
  const meanBefore = mean(befores) ?? undefined;
  const meanAfter = mean(afters) ?? undefined;
  return {
    table: table.index,
    layout,
    items,
    mean: mean(all),
    meanBefore,
    meanAfter,
    // Paired: the mean of the items' own changes, so an item answered only once does not tilt it.
    change: mean(items.filter((i) => i.change !== undefined).map((i) => i.change!)) ?? undefined,
    outOfRange,
  };
}
