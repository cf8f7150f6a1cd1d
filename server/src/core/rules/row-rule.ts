/**
 * Row-local rules: a verdict on one table row that depends on nothing but the row (its cells, their
 * readings, the stage it falls under, its place) and a few facts of its table (the period, the
 * profile, a column). analyze() judges every row once for all of them (`judgeRows`), and while
 * someone types — a parse cache keeps an unchanged row's cells array between keystrokes
 * (read/incremental.ts) — it remembers each row's reports: an untouched row of a 5,000-row plan is one
 * look-up per keystroke for all these rules, not a judgement by each of them. Typing costs what the
 * edited row costs.
 */
import type { DocumentModel, Row, Table } from '../model';
import type { Report, Rule, RuleContext } from './rule';

/** What a row rule reads besides the row: a rule context without `report` (its reports go to `out`). */
export type RowContext = Omit<RuleContext, 'report'>;

export interface RowRule<F = unknown> extends Rule {
  rows: RowJudge<F>;
}

export interface RowJudge<F> {
  /** The facts of `table` the verdicts depend on; undefined: this table's rows are not judged. */
  facts(table: Table, context: RowContext): F | undefined;
  /** Changes whenever the facts do: remembered verdicts are kept only while it stays the same. */
  key(facts: F): string;
  /**
   * Reports on one row. Reads only this row and `facts`, never another row or the text outside the
   * row; `data` holds no offsets (a remembered report is moved only by its span), and the row's index
   * only as `data.row` (a row that rows above it were added to or taken from keeps its verdict, renumbered).
   */
  judge(row: Row, table: Table, facts: F, context: RowContext, out: Report[]): void;
}

/** A row rule: its `check`, for a caller that runs it alone, judges every row with nothing remembered. */
export function rowRule<F>(rule: Omit<RowRule<F>, 'check'>): RowRule<F> {
  const self: RowRule<F> = {
    ...rule,
    check(context) {
      judgeRows([self as RowRule], context, () => context.report, rethrow, false);
    },
  };
  return self;
}

/**
 * The facts of a rule that judges the rows of every table passing `test` alike (no period, no profile):
 * `...tablesWhere(isPlanTable)` in its `rows`.
 */
export function tablesWhere(test: (table: Table) => boolean): Pick<RowJudge<true>, 'facts' | 'key'> {
  return { facts: (table) => (test(table) ? true : undefined), key: () => '' };
}

export function isRowRule(rule: Rule): rule is RowRule {
  return 'rows' in rule;
}

function rethrow(_rule: RowRule, error: unknown): never {
  throw error;
}

/** A rule judging one table: its facts and where its reports go. */
interface Active {
  rule: RowRule;
  facts: unknown;
  report: (r: Report) => void;
}

/**
 * One row's reports, and everything they were judged from. The row's own cells are the key; its table,
 * its reading (the model's fields, shared between keystrokes while the cells are), its stage and the
 * table's facts (`token`) must match too.
 */
interface RowVerdict {
  token: object;
  table: number;
  row: number;
  start: number;
  stageText: string | undefined;
  stageMatch: unknown;
  stageContinued: boolean | undefined;
  number: string | undefined;
  activity: Row['activity'];
  deadline: Row['deadline'];
  responsible: Row['responsible'];
  result: Row['result'];
  flags: number;
  /** Reports with their span relative to the row's start; `at`: the rule's place in the table's active list. */
  found: { at: number; report: Report; start: number; end: number }[];
}

const remembered = new WeakMap<readonly unknown[], RowVerdict>();

/** Rows judged and rows remembered by the last `judgeRows` (for tests and benchmarks). */
export const rowJudgements = { judged: 0, remembered: 0 };

/** Tokens of the tables' facts by key: equal facts, the same token, so a row compares one reference. */
const tokens = new Map<string, object>();
function tokenOf(key: string): object {
  let token = tokens.get(key);
  if (!token) {
    if (tokens.size >= 1000) tokens.clear(); // bounded; a cleared token only costs a judgement again
    token = {};
    tokens.set(key, token);
  }
  return token;
}

function flagsOf(row: Row): number {
  return (row.isSection ? 1 : 0) | (row.continuesAbove ? 2 : 0) | (row.isColumnNumbers ? 4 : 0);
}

function fits(v: RowVerdict, row: Row, table: Table, token: object): boolean {
  return (
    v.token === token &&
    v.table === table.index &&
    v.number === row.number &&
    v.activity === row.activity &&
    v.deadline === row.deadline &&
    v.responsible === row.responsible &&
    v.result === row.result &&
    v.stageText === row.stage?.text &&
    v.stageMatch === row.stage?.match &&
    v.stageContinued === row.stage?.continued &&
    v.flags === flagsOf(row)
  );
}

/**
 * Runs `rules` over every row of every table. `reportFor` gives each rule's report function (severity,
 * suppressions); a rule that throws is handed to `failed` and judges nothing more in this run.
 * `remember`: rows keep their cells between calls (a parse cache), so their verdicts are remembered.
 */
export function judgeRows(
  rules: readonly RowRule[],
  context: RowContext,
  reportFor: (rule: RowRule) => (r: Report) => void,
  failed: (rule: RowRule, error: unknown) => void,
  remember: boolean,
): void {
  const broken = new Set<RowRule>();
  rowJudgements.judged = 0;
  rowJudgements.remembered = 0;
  const model: DocumentModel = context.model;
  for (const table of model.tables) {
    const active: Active[] = [];
    let key = '';
    for (const rule of rules) {
      if (broken.has(rule)) continue;
      try {
        const facts = rule.rows.facts(table, context);
        if (facts === undefined) continue;
        key += `${rule.code}\u0000${rule.rows.key(facts)}\u0001`;
        active.push({ rule, facts, report: reportFor(rule) });
      } catch (error) {
        broken.add(rule);
        failed(rule, error);
      }
    }
    if (active.length === 0) continue;
    const token = remember ? tokenOf(key) : undefined;
    for (const row of table.rows) {
      const known = token ? remembered.get(row.cells) : undefined;
      if (known && token && fits(known, row, table, token)) {
        if (known.row !== row.index) renumber(known, row.index);
        const moved = row.span.start - known.start;
        for (const f of known.found) {
          const a = active[f.at]!;
          if (broken.has(a.rule)) continue;
          const r = f.report;
          const span = moved === 0 ? r.span : { start: row.span.start + f.start, end: row.span.start + f.end };
          a.report(moved === 0 ? r : { span, message: r.message, severity: r.severity, data: r.data });
        }
        rowJudgements.remembered++;
        continue;
      }
      const found: RowVerdict['found'] = [];
      let complete = true;
      rowJudgements.judged++;
      for (let at = 0; at < active.length; at++) {
        const a = active[at]!;
        if (broken.has(a.rule)) {
          complete = false;
          continue;
        }
        const out: Report[] = [];
        try {
          a.rule.rows.judge(row, table, a.facts, context, out);
        } catch (error) {
          broken.add(a.rule);
          failed(a.rule, error);
          complete = false;
          continue;
        }
        for (const report of out) {
          a.report(report);
          found.push({ at, report, start: report.span.start - row.span.start, end: report.span.end - row.span.start });
        }
      }
      if (token && complete) remembered.set(row.cells, verdictOf(row, table, token, found));
    }
  }
}

function verdictOf(row: Row, table: Table, token: object, found: RowVerdict['found']): RowVerdict {
  return {
    token,
    table: table.index,
    row: row.index,
    start: row.span.start,
    stageText: row.stage?.text,
    stageMatch: row.stage?.match,
    stageContinued: row.stage?.continued,
    number: row.number,
    activity: row.activity,
    deadline: row.deadline,
    responsible: row.responsible,
    result: row.result,
    flags: flagsOf(row),
    found,
  };
}

/** A remembered verdict for a row whose index changed (a line added or removed above it): `data.row` follows. */
function renumber(v: RowVerdict, index: number): void {
  for (const f of v.found) {
    const r = f.report;
    if (r.data?.row === v.row) f.report = { span: r.span, message: r.message, severity: r.severity, data: { ...r.data, row: index } };
  }
  v.row = index;
}
