/**
 * Row rules (core/rules/row-rule.ts): judged in one pass, and while typing remembered per row. A
 * remembered verdict must be exactly what judging the row again gives — after a keystroke in another
 * row, after text grows above the row (its reports move), after the period, the profile or the
 * severities change — and only the edited row may be judged again.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { generateDefectiveRoadmap } from '../bench/generate';
import { allProfiles, analyze, type AnalyzeOptions } from '../server/src/core/analyze';
import { tableLines } from '../server/src/core/editing/table-text';
import { createParseCache } from '../server/src/core/read/parse';
import { RULES } from '../server/src/core/rules';
import { isRowRule, judgeRows, rowJudgements, rowRule } from '../server/src/core/rules/row-rule';
import type { Report } from '../server/src/core/rules/rule';

const plain = (a: { diagnostics: unknown[] }) => JSON.parse(JSON.stringify(a.diagnostics));

/** An editor's document: its editing parse cache is told of each edit, as the language server tells it. */
function editor(text: string, options: AnalyzeOptions = {}) {
  const parseCache = createParseCache(true);
  let current = text;
  analyze(current, { ...options, parseCache });
  return {
    get text() {
      return current;
    },
    edit(start: number, end: number, insert: string, more: AnalyzeOptions = {}) {
      parseCache.noteChange({ start, end, inserted: insert.length });
      current = current.slice(0, start) + insert + current.slice(end);
      return this.check(more);
    },
    /** The analysis through the cache beside a cold one of the same text. */
    check(more: AnalyzeOptions = {}) {
      const cold = analyze(current, { ...options, ...more });
      const warm = analyze(current, { ...options, ...more, parseCache }); // last: rowJudgements tells of it
      return { warm: plain(warm), cold: plain(cold), raw: warm };
    },
  };
}

const ROWS = 200;
const base = generateDefectiveRoadmap(ROWS);
const rowAt = (text: string, n: number) => text.indexOf(`\n| ${n}. |`) + 1;
/** The activity cell of row n, just after its first character. */
const activityOf = (text: string, n: number) => text.indexOf('|', text.indexOf('|', rowAt(text, n) + 1) + 1) + 3;

test('a keystroke in one row judges that row again, and every other row is remembered', () => {
  const doc = editor(base);
  const at = activityOf(base, 120);
  const { warm, cold } = doc.edit(at, at, 'ж');
  assert.deepEqual(warm, cold);
  assert.ok(warm.length > 100, `a defect-heavy plan: ${warm.length} diagnostics`);
  assert.equal(rowJudgements.judged, 1, 'only the edited row is judged');
  assert.ok(rowJudgements.remembered >= ROWS - 1, `${rowJudgements.remembered} rows remembered`);
});

test('text added above rows moves their remembered reports with them', () => {
  const doc = editor(base);
  const at = activityOf(base, 10);
  for (const letter of ['С', 'р', 'о', 'ч', 'н', 'о']) {
    const { warm, cold } = doc.edit(at, at, letter);
    assert.deepEqual(warm, cold);
    assert.equal(rowJudgements.judged, 1, 'the rows below moved, and were remembered');
  }
  // A whole line inserted (the rows below move by lines as well as offsets), then removed.
  const line = rowAt(doc.text, 5);
  const inserted = '| 4а. | | Встреча наставников | когда-нибудь | | |\n';
  let { warm, cold } = doc.edit(line, line, inserted);
  assert.deepEqual(warm, cold);
  // The rows below were renumbered (their reports' data.row follows), not judged again: only the new row is.
  assert.equal(rowJudgements.judged, 1);
  assert.ok(
    warm.some((d: { data?: { row?: number } }) => d.data?.row === ROWS),
    'the last row now has index 200',
  );
  ({ warm, cold } = doc.edit(line, line + inserted.length, ''));
  assert.deepEqual(warm, cold);
  assert.equal(rowJudgements.judged, 0);
  assert.equal(rowJudgements.remembered, ROWS);
});

test('a changed period, profile or approval date judges the rows again', () => {
  const doc = editor(base);
  for (const [from, to] of [
    ['период: 2025-2026 учебный год', 'период: 2030-2031 учебный год'],
    ['профиль: педагоги', 'профиль: обучающиеся'],
    ['утверждено: 2025-08-29', 'утверждено: 2026-03-01'],
  ] as const) {
    const start = doc.text.indexOf(from);
    const { warm, cold } = doc.edit(start, start + from.length, to);
    assert.deepEqual(warm, cold, `after «${to}»`);
  }
  // The period's change touches every deadline verdict: the rows cannot all have been remembered.
  const start = doc.text.indexOf('2030-2031');
  doc.edit(start, start + 9, '2025-2026');
  assert.ok(rowJudgements.judged >= ROWS, `${rowJudgements.judged} rows judged after the period changed back`);
});

test('severities switched off and on again, and suppressions, apply to remembered verdicts', () => {
  const doc = editor(base);
  const at = activityOf(base, 50);
  let r = doc.edit(at, at, 'а', { severities: { 'missing-responsible': 'off', 'unparsed-deadline': 'error' } });
  assert.deepEqual(r.warm, r.cold);
  assert.ok(!r.warm.some((d: { code: string }) => d.code === 'missing-responsible'));
  r = doc.edit(at, at, 'б');
  assert.deepEqual(r.warm, r.cold);
  assert.ok(
    r.warm.some((d: { code: string }) => d.code === 'missing-responsible'),
    'back on: reported again',
  );
  // A comment silencing one code for the rest of the document: remembered reports pass through it too.
  const before = r.warm.filter((d: { code: string }) => d.code === 'unparsed-deadline').length;
  const heading = doc.text.indexOf('\n# ') + 1;
  r = doc.edit(heading, heading, '<!-- nastavnik-disable unparsed-deadline -->\n\n');
  assert.deepEqual(r.warm, r.cold);
  assert.ok(before > 0);
  assert.equal(r.warm.filter((d: { code: string }) => d.code === 'unparsed-deadline').length, 0, 'all below the comment silenced');
});

test('a row rule that throws is recorded once and the others still report', () => {
  const failing = rowRule({
    code: 'test-failing',
    defaultSeverity: 'error',
    title: { ru: 'Тест', en: 'Test' },
    rows: {
      facts: () => true,
      key: () => '',
      judge(row) {
        if (row.index === 3) throw new Error('boom');
      },
    },
  });
  const model = analyze(base).model;
  const reported: string[] = [];
  const failures: string[] = [];
  const rules = [failing, ...RULES.filter(isRowRule)];
  judgeRows(
    rules,
    { model, text: base, profiles: allProfiles() },
    (rule) => (r: Report) => reported.push(`${rule.code}@${r.span.start}`),
    (rule, error) => failures.push(`${rule.code}: ${(error as Error).message}`),
    true,
  );
  assert.deepEqual(failures, ['test-failing: boom']);
  const cold = analyze(base).diagnostics.filter((d) => rules.some((r) => r.code === d.code));
  assert.equal(reported.length, cold.length, 'every other row rule reported all it reports alone');
});

/** extra-cells as it was before it became a row rule: the whole table split by `tableLines`. */
function extraCellsByTableLines(text: string): string[] {
  const out: string[] = [];
  for (const table of analyze(text).model.tables) {
    const lines = tableLines(text, table);
    if (!lines) continue;
    const width = lines[0]!.cells.length;
    lines.slice(2).forEach((line, row) => {
      const extra = line.cells.slice(width).filter((c) => text.slice(c.start, c.end).trim() !== '');
      if (extra.length > 0) out.push(`${table.index}/${row}@${extra[0]!.start}-${extra[extra.length - 1]!.end} ${line.cells.length}`);
    });
  }
  return out;
}

test('extra-cells, judged row by row, finds what splitting the whole table finds', () => {
  const cell = fc.constantFrom('', ' ', 'Куратор', 'Май 2026', 'a \\| b', '`x|y`', '<br>', ' | ', '|', 'x | y | z');
  const row = fc.array(cell, { minLength: 1, maxLength: 7 }).map((cs) => `| ${cs.join(' | ')} |`);
  const doc = fc.record({
    rows: fc.array(row, { minLength: 0, maxLength: 8 }),
    indent: fc.constantFrom('', ' ', '  '),
    eol: fc.constantFrom('\n', '\r\n'),
    after: fc.constantFrom('', '\nТекст после.\n', '\n> цитата\n'),
  });
  let reported = 0;
  fc.assert(
    fc.property(doc, ({ rows, indent, eol, after }) => {
      const lines = ['# Дорожная карта наставничества', '', '| № | Мероприятия | Сроки | Ответственные |', '|---|---|---|---|', ...rows];
      const text = lines.map((l, i) => (i >= 2 ? indent + l : l)).join(eol) + eol + after;
      const found = analyze(text)
        .diagnostics.filter((d) => d.code === 'extra-cells')
        .map((d) => `${d.data!.table}/${d.data!.row}@${d.span.start}-${d.span.end} ${d.data!.cells}`);
      reported += found.length;
      assert.deepEqual(found, extraCellsByTableLines(text));
    }),
    { seed: 20261204, numRuns: 400 },
  );
  assert.ok(reported > 50, `${reported} extra cells reported`);
});
