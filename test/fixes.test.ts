/**
 * Quick fixes (core/fixes): each is applied to a real example or a small document and the result is
 * analysed again — the diagnostic is gone, no new error appears, and nothing but the target changed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze, type Analysis } from '../server/src/core/analyze';
import { parseDeadline } from '../server/src/core/domain/deadline';
import type { Diagnostic } from '../server/src/core/diagnostic';
import { applyEdits, mergeEditGroups, type TextEdit } from '../server/src/core/editing/edits';
import { type Fix, fixAll, fixesAt, fixesForDiagnostic, REVIEW_MARK } from '../server/src/core/fixes';
import { canonicalSpelling } from '../server/src/core/fixes/deadline-spelling';
import { swapRange } from '../server/src/core/fixes/swap-range';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionParams } from 'vscode-languageserver';
import { CODE_ACTION_KINDS, codeActions, FIX_ALL_KIND } from '../server/src/lsp/code-actions';
import { toLspDiagnostic, toRange } from '../server/src/lsp/convert';

const example = (name: string) => readFileSync(`examples/${name}`, 'utf8');
const EXAMPLES = [
  '000-spb-school34-roadmap.md',
  '001-tomsk-lyceum-roadmap.md',
  '002-krasnomayskaya-program.md',
  '003-severodvinsk-college-roadmap.md',
  '004-arkhangelsk-municipal.md',
  'clean-municipal.md',
  'clean-pupils-roadmap.md',
  'clean-teachers-roadmap.md',
];
const TODAY = { today: '2025-10-01' };

const errors = (a: Analysis) =>
  a.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => d.code)
    .sort();
const count = (a: Analysis, code: string) => a.diagnostics.filter((d) => d.code === code).length;

function diagnostic(a: Analysis, code: string, pick: (d: Diagnostic) => boolean = () => true): Diagnostic {
  const d = a.diagnostics.find((x) => x.code === code && pick(x));
  assert.ok(d, `expected a ${code} diagnostic, got ${a.diagnostics.map((x) => x.code).join(', ')}`);
  return d;
}

function fixFor(text: string, a: Analysis, d: Diagnostic, id: string): Fix {
  const fixes = fixesForDiagnostic(text, a, d, TODAY);
  const fix = fixes.find((f) => f.id === id);
  assert.ok(fix, `expected fix ${id} for ${d.code}, got ${fixes.map((f) => f.id).join(', ')}`);
  return fix;
}

/** Applies the fix; asserts the diagnostic went away (one fewer of its code) and no new error came. */
function applyAndRecheck(text: string, a: Analysis, d: Diagnostic, fix: Fix): { text: string; analysis: Analysis } {
  const out = applyEdits(text, fix.edits);
  const b = analyze(out);
  assert.deepEqual(b.internalErrors, []);
  assert.equal(
    count(b, d.code),
    count(a, d.code) - 1,
    `${d.code} should be gone after ${fix.id}:\n${b.diagnostics.map((x) => x.code + ' ' + x.message.ru).join('\n')}`,
  );
  const before = errors(a);
  before.splice(before.indexOf(d.code), d.severity === 'error' ? 1 : 0);
  const added = errors(b).filter((code) => {
    const i = before.indexOf(code);
    if (i < 0) return true;
    before.splice(i, 1);
    return false;
  });
  assert.deepEqual(added, [], `no new error after ${fix.id}`);
  return { text: out, analysis: b };
}

/** Only insertions: the original is the result with the inserted text taken out again. */
function assertInsertionsOnly(edits: readonly TextEdit[]): void {
  for (const e of edits) assert.equal(e.start, e.end, `expected an insertion, got a replacement of ${e.start}-${e.end}`);
}

/** Every cell of every table of `a` is still there in `b`, in the same row, in the same order. */
function assertCellsKept(a: Analysis, b: Analysis, inserted: Record<number, number> = {}): void {
  assert.equal(b.model.tables.length, a.model.tables.length);
  a.model.tables.forEach((t, ti) => {
    const u = b.model.tables[ti]!;
    const headersA = t.columns.map((c) => c.header);
    const headersB = u.columns.map((c) => c.header);
    assert.ok(isSubsequence(headersA, headersB), `table ${ti} headers kept: ${headersA} → ${headersB}`);
    assert.equal(u.rows.length, t.rows.length + (inserted[ti] ?? 0));
    const rowsB = u.rows.map((r) => r.cells.map((c) => c.text));
    for (const row of t.rows) {
      const cells = row.cells.map((c) => c.text);
      assert.ok(
        rowsB.some((rb) => isSubsequence(cells, rb)),
        `row ${row.index} of table ${ti} kept`,
      );
    }
  });
}

function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
  let j = 0;
  for (const x of b) if (j < a.length && x === a[j]) j++;
  return j === a.length;
}

/** clean-teachers-roadmap without the rows of one stage: a real document with a real gap. */
function withoutStage(stageTitle: string, eol = '\n'): string {
  const lines = example('clean-teachers-roadmap.md').split('\n');
  const start = lines.findIndex((l) => l.includes(`| ${stageTitle} |`));
  let end = start + 1;
  while (/^\| \d+\. \| {2}\|/.test(lines[end] ?? '')) end++;
  lines.splice(start, end - start);
  return lines.join(eol);
}

describe('edits', () => {
  test('applyEdits applies in offset order and keeps insertions at one point in their order', () => {
    assert.equal(
      applyEdits('abcdef', [
        { start: 4, end: 5, newText: 'X' },
        { start: 1, end: 1, newText: '1' },
        { start: 1, end: 1, newText: '2' },
      ]),
      'a12bcdXf',
    );
  });
  test('overlapping edits are a bug and throw', () => {
    assert.throws(
      () =>
        applyEdits('abcdef', [
          { start: 1, end: 3, newText: '' },
          { start: 2, end: 4, newText: '' },
        ]),
      /overlap/,
    );
    assert.throws(() => applyEdits('abc', [{ start: 2, end: 9, newText: '' }]), /range/);
  });
  test('mergeEditGroups keeps a group whole or leaves it out', () => {
    const merged = mergeEditGroups([
      [{ start: 0, end: 2, newText: 'A' }],
      [
        { start: 5, end: 6, newText: 'B' },
        { start: 1, end: 3, newText: 'C' },
      ],
      [{ start: 7, end: 8, newText: 'D' }],
    ]);
    assert.deepEqual(
      merged.map((e) => e.newText),
      ['A', 'D'],
    );
  });
});

describe('missing-stage: insert the stage row', () => {
  for (const eol of ['\n', '\r\n']) {
    test(`a stage in the middle goes after the previous stage's rows (${JSON.stringify(eol)})`, () => {
      const text = withoutStage('Отбор и обучение наставников', eol);
      const a = analyze(text);
      const d = diagnostic(a, 'missing-stage');
      assert.equal(d.data?.stageId, 'selection');
      const fix = fixFor(text, a, d, 'insert-stage');
      assert.equal(fix.safe, false);
      assertInsertionsOnly(fix.edits);
      const { text: out, analysis: b } = applyAndRecheck(text, a, d, fix);
      assertCellsKept(a, b, { 0: 1 });
      if (eol === '\r\n') assert.ok(!out.replace(/\r\n/g, '').includes('\n'), 'a CRLF document gets CRLF lines');
      const table = b.model.tables[0]!;
      const inserted = table.rows.find((r) => r.stage?.match?.stageId === 'selection' && !r.stage.continued)!;
      assert.ok(inserted, 'the new row is read as the stage');
      assert.equal(inserted.cells.length, table.columns.length);
      // Right after the last row of «Формирование банка наставников», before the pair work.
      const prev = table.rows[inserted.index - 1]!;
      const next = table.rows[inserted.index + 1]!;
      assert.equal(prev.stage?.match?.stageId, 'mentor-base');
      assert.equal(next.stage?.match?.stageId, 'pair-work');
      // The row is visibly unfinished and flagged, not silently complete.
      assert.equal(inserted.deadline?.cell.text, '[указать срок]');
      assert.equal(inserted.deadline?.parsed.intervals.length, 0);
      const onRow = b.diagnostics
        .filter((x) => x.span.start >= inserted.span.start && x.span.end <= inserted.span.end)
        .map((x) => `${x.code}:${x.severity}`);
      // Every placeholder is reported by the placeholder rule (once, not also as unparsed/unknown).
      assert.equal(onRow.filter((c) => c === 'placeholder:warning').length, 4, onRow.join(', '));
      assert.ok(!onRow.some((c) => c.startsWith('unparsed-deadline') || c.startsWith('unknown-responsible')), onRow.join(', '));
      assert.match(inserted.result!.text, /^\[указать результат, например: Отобранные и обученные наставники/);
    });
  }

  test('a missing first stage goes before the first row', () => {
    const text = withoutStage('Подготовка условий для реализации системы наставничества');
    const a = analyze(text);
    const d = diagnostic(a, 'missing-stage');
    const { analysis: b } = applyAndRecheck(text, a, d, fixFor(text, a, d, 'insert-stage'));
    assert.equal(b.model.tables[0]!.rows[0]!.stage?.match?.stageId, 'preparation');
  });

  test('seed 002 §3 (stages table without deadlines): the mentor base row after the mentee base', () => {
    const text = example('002-krasnomayskaya-program.md');
    const a = analyze(text);
    const d = diagnostic(a, 'missing-stage');
    const fix = fixFor(text, a, d, 'insert-stage');
    const { analysis: b } = applyAndRecheck(text, a, d, fix);
    assertCellsKept(a, b, { [d.data!.table as number]: 1 });
    const rows = b.model.tables[d.data!.table as number]!.rows;
    assert.deepEqual(
      rows.slice(1, 4).map((r) => r.stage?.match?.stageId),
      ['mentee-base', 'mentor-base', 'selection'],
    );
  });
});

describe('missing-stage in a complex of measures: a numbered section row', () => {
  test('clean-municipal without section 4: «4. | Распространение лучших практик …» goes back between 3 and 5', () => {
    const lines = example('clean-municipal.md').split('\n');
    const at = lines.findIndex((l) => l.startsWith('| 4. |'));
    lines.splice(at, 3);
    const text = lines.join('\n');
    const a = analyze(text);
    const d = diagnostic(a, 'missing-stage');
    const fix = fixFor(text, a, d, 'insert-stage');
    const { analysis: b } = applyAndRecheck(text, a, d, fix);
    assert.equal(fix.edits[0]!.newText, '| 4. | Распространение лучших практик наставничества |  |  |  |\n');
    assert.deepEqual(b.diagnostics, [], 'the numbering gap is closed too');
  });
});

describe('missing-column: add the column', () => {
  test('seed 003: deadlines then responsibles, every cell kept, no new error', () => {
    let text = example('003-severodvinsk-college-roadmap.md');
    let a = analyze(text);
    const original = a;
    for (const role of ['deadline', 'responsible']) {
      const d = diagnostic(a, 'missing-column', (x) => x.data?.role === role);
      const fix = fixFor(text, a, d, 'add-column');
      assertInsertionsOnly(fix.edits);
      ({ text, analysis: a } = applyAndRecheck(text, a, d, fix));
      assertCellsKept(original, a);
    }
    const table = a.model.tables[0]!;
    assert.deepEqual(
      table.columns.map((c) => c.role),
      ['number', 'stage', 'activity', 'deadline', 'responsible'],
    );
    assert.equal(count(a, 'missing-column'), 0);
  });

  test('seed 002 §9: both columns', () => {
    let text = example('002-krasnomayskaya-program.md');
    let a = analyze(text);
    while (count(a, 'missing-column') > 0) {
      const d = diagnostic(a, 'missing-column');
      ({ text, analysis: a } = applyAndRecheck(text, a, d, fixFor(text, a, d, 'add-column')));
    }
  });

  test('ragged rows, a row without outer pipes, escaped pipes: the new cell lands in the new column', () => {
    const text = [
      '# Дорожная карта наставничества на 2024-2025 учебный год',
      '',
      '| Этап | Мероприятия | Ответственные | Результат |',
      '|---|:---:|---|---|',
      '| Формирование банка наставляемых | Сбор запросов \\| анкетирование | Куратор | Банк данных |',
      '| | Анкетирование | Куратор |',
      'Формирование банка наставников | Анкетирование наставников | Куратор | Банк наставников',
      '',
    ].join('\n');
    const a = analyze(text);
    const d = diagnostic(a, 'missing-column', (x) => x.data?.role === 'deadline');
    const { text: out, analysis: b } = applyAndRecheck(text, a, d, fixFor(text, a, d, 'add-column'));
    const table = b.model.tables[0]!;
    assert.deepEqual(
      table.columns.map((c) => c.header),
      ['Этап', 'Мероприятия', 'Сроки', 'Ответственные', 'Результат'],
    );
    assert.deepEqual(
      table.rows.map((r) => r.cells.map((c) => c.text)),
      [
        ['Формирование банка наставляемых', 'Сбор запросов | анкетирование', '[указать срок]', 'Куратор', 'Банк данных'],
        ['', 'Анкетирование', '[указать срок]', 'Куратор', ''],
        ['Формирование банка наставников', 'Анкетирование наставников', '[указать срок]', 'Куратор', 'Банк наставников'],
      ],
    );
    assert.match(out, /\|---\|:---:\| --- \|---\|---\|/);
  });
});

describe('reversed-range: swap', () => {
  const cases: [string, string][] = [
    ['май – март 2024', 'март – май 2024'],
    ['Май-март 2024', 'Март-май 2024'],
    ['15-1 сентября 2023', '1-15 сентября 2023'],
    ['2025-2023 гг.', '2023-2025 гг.'],
    ['31.05.2024 - 01.03.2024', '01.03.2024 - 31.05.2024'],
    ['Ноябрь 2024 – май 2024', 'Май 2024 – ноябрь 2024'],
  ];
  for (const [from, to] of cases) {
    test(`«${from}» → «${to}»`, () => {
      assert.equal(swapRange(from), to);
      const reread = parseDeadline(to);
      assert.ok(!reread.flags.includes('reversed-range') && reread.intervals.length > 0);
    });
  }

  test('in a document: the error goes, the rest of the cell stays', () => {
    const text = [
      '# Дорожная карта наставничества на 2023-2024 учебный год',
      '',
      '| Этап | Мероприятия | Сроки | Ответственные |',
      '|---|---|---|---|',
      '| Формирование банка наставляемых | Сбор запросов | май – март 2024<br>(по плану) | Куратор |',
      '',
    ].join('\n');
    const a = analyze(text);
    const d = diagnostic(a, 'reversed-range');
    const fix = fixFor(text, a, d, 'swap-range');
    const { text: out } = applyAndRecheck(text, a, d, fix);
    assert.equal(out, text.replace('май – март 2024', 'март – май 2024'));
  });
});

describe('deadline spelling', () => {
  const cases: [string, string][] = [
    ['сентябрь2023', 'сентябрь 2023'],
    ['01.09.23', '01.09.2023'],
    ['1.9.2023', '01.09.2023'],
    ['1-15 сент.', '1-15 сентября'],
    ['Сент. 2023 г.', 'Сентябрь 2023 г.'],
    ['Сентябрь 2023г.', 'Сентябрь 2023 г.'],
    ['Апрель -май 2024', 'Апрель-май 2024'],
    ['Ноябрь 2022 г.- май 2023', 'Ноябрь 2022 г. – май 2023'],
    ['до 20.09.23', 'до 20.09.2023'],
  ];
  for (const [from, to] of cases) {
    test(`«${from}» → «${to}», read the same`, () => {
      assert.equal(canonicalSpelling(from), to);
      const period = { kind: 'school-year' as const, start: '2023-09-01', end: '2024-08-31', text: '2023-2024 учебный год' };
      assert.deepEqual(parseDeadline(to, period).intervals, parseDeadline(from, period).intervals);
    });
  }
  for (const kept of [
    'Сентябрь 2023 г.',
    'Сентябрь-октябрь 2023',
    'В течение учебного года',
    'До 20.09.2023',
    'Март, июнь, сентябрь, декабрь',
    'Январь 2024, 2025 года',
    'I полугодие',
    'Материалы, сентябрь 2023',
  ]) {
    test(`«${kept}» is already standard`, () => assert.equal(canonicalSpelling(kept), kept));
  }

  const doc = [
    '# Дорожная карта наставничества на 2023-2024 учебный год',
    '',
    '| Этап | Мероприятия | Сроки | Ответственные |',
    '|---|---|---|---|',
    '| Подготовка условий для запуска программы наставничества | Приказ | сентябрь2023 | Директор |',
    '| Формирование базы наставляемых | Анкеты | 1-15 сент.<br>01.10.23 | Куратор |',
    '| Формирование базы наставников | Анкеты | Сентябрь- октябрь 2023 г. | Куратор |',
    '',
  ].join('\n');

  test('as a refactor at the cursor, and in fix-all: same intervals, same diagnostics', () => {
    const a = analyze(doc);
    const cell = a.model.tables[0]!.rows[1]!.deadline!.cell;
    const refactors = fixesAt(doc, a, { start: cell.span.start, end: cell.span.start });
    const spelling = refactors.find((f) => f.id === 'normalize-deadline');
    assert.ok(spelling?.safe);
    assert.equal(applyEdits(doc, spelling.edits).includes('| 1-15 сентября<br>01.10.2023 |'), true);
    const out = applyEdits(doc, fixAll(doc, a));
    assert.ok(out.includes('| сентябрь 2023 |') && out.includes('| Сентябрь-октябрь 2023 г. |'));
    const b = analyze(out);
    assert.deepEqual(
      b.model.tables[0]!.rows.map((r) => r.deadline!.parsed.intervals),
      a.model.tables[0]!.rows.map((r) => r.deadline!.parsed.intervals),
    );
    assert.deepEqual(
      b.diagnostics.map((d) => d.code),
      a.diagnostics.map((d) => d.code),
    );
    assert.deepEqual(fixAll(out, b), [], 'fix-all is idempotent');
  });
});

describe('ambiguous-year: add the year', () => {
  test('seed 004 «Ноябрь-декабрь» in 2023–2025: one fix per year, and «ежегодно»', () => {
    const text = example('004-arkhangelsk-municipal.md');
    const a = analyze(text);
    const d = diagnostic(a, 'ambiguous-year');
    const fixes = fixesForDiagnostic(text, a, d);
    assert.deepEqual(
      fixes.map((f) => f.id),
      ['add-year:2023', 'add-year:2024', 'add-year:2025', 'add-year:yearly'],
    );
    for (const fix of fixes) {
      assertInsertionsOnly(fix.edits);
      const { analysis: b } = applyAndRecheck(text, a, d, fix);
      assert.deepEqual(
        b.diagnostics.filter((x) => x.severity === 'error' || x.severity === 'warning'),
        [],
      );
    }
  });
});

describe('vague-deadline: mark for review', () => {
  test('seed 001: the hint goes, the printed text stays, a second mark is not offered', () => {
    const text = example('001-tomsk-lyceum-roadmap.md');
    const a = analyze(text);
    const d = diagnostic(a, 'vague-deadline');
    const fix = fixFor(text, a, d, 'mark-review');
    assert.equal(fix.safe, false);
    assert.equal(fix.edits[0]!.newText, ` ${REVIEW_MARK}`);
    const { text: out, analysis: b } = applyAndRecheck(text, a, d, fix);
    // The comment is invisible: every cell reads as before.
    assertCellsKept(a, b);
    const cell = b.model.tables[0]!.rows[d.data!.row as number]!.deadline!.cell;
    const again = fixesAt(out, b, cell.span).concat(
      b.diagnostics.filter((x) => x.span.start === cell.span.start).flatMap((x) => fixesForDiagnostic(out, b, x)),
    );
    assert.ok(!again.some((f) => f.id === 'mark-review'));
  });

  // Was «drops from a warning to a hint»: since issue #15 «по отдельному плану» is a hint from the start
  // (real reviewers never flag it), so the mark silences it like any other vague deadline.
  test('«по отдельному плану» (no time frame): a hint, and marked for review it is no longer reported', () => {
    const text = [
      '# Дорожная карта наставничества на 2023-2024 учебный год',
      '',
      '| Этап | Мероприятия | Сроки | Ответственные |',
      '|---|---|---|---|',
      '| Формирование базы наставляемых | Анкеты | По отдельному плану | Куратор |',
      '',
    ].join('\n');
    const a = analyze(text);
    const d = diagnostic(a, 'vague-deadline');
    assert.equal(d.severity, 'hint');
    const out = applyEdits(text, fixFor(text, a, d, 'mark-review').edits);
    assert.ok(!analyze(out).diagnostics.some((x) => x.code === 'vague-deadline'));
  });
});

describe('front matter', () => {
  test('seed 003 missing-period: front matter with the detected kind and profile and a period', () => {
    const text = example('003-severodvinsk-college-roadmap.md');
    const a = analyze(text);
    const d = diagnostic(a, 'missing-period');
    const fixes = fixesForDiagnostic(text, a, d, TODAY);
    assert.equal(fixes[0]!.id, 'add-front-matter:period:2025-2026 учебный год');
    const { text: out, analysis: b } = applyAndRecheck(text, a, d, fixes[0]!);
    assert.ok(out.startsWith('---\nвид: дорожная карта\nпрофиль: педагоги\nпериод: 2025-2026 учебный год\n---\n\n'));
    assert.equal(out.slice(out.indexOf('---\n\n') + 5), text);
    assert.equal(b.model.meta.kindSource, 'front-matter');
    assertCellsKept(a, b);
  });

  test('missing-period proposes the school year of the approval date', () => {
    const text = example('001-tomsk-lyceum-roadmap.md').replace(' на 2023-2024 учебный год', '');
    const a = analyze(text);
    const d = diagnostic(a, 'missing-period');
    const fixes = fixesForDiagnostic(text, a, d, TODAY);
    assert.equal(fixes[0]!.id, 'add-front-matter:period:2023-2024 учебный год');
    applyAndRecheck(text, a, d, fixes[0]!);
  });

  test('an existing front matter gets the key added, and a bad value replaced', () => {
    const text =
      '---\r\nвид: дорожная карта\r\nпериод: когда-нибудь\r\n---\r\n\r\n# Дорожная карта наставничества ' +
      'педагогов\r\n\r\n| Этап | Мероприятия | Сроки | Ответственные |\r\n|---|---|---|---|\r\n| ' +
      'Формирование банка наставляемых | Анкеты | Сентябрь 2025 | Куратор |\r\n';
    const a = analyze(text);
    const d = diagnostic(a, 'missing-period');
    const fix = fixesForDiagnostic(text, a, d, TODAY)[0]!;
    const { text: out } = applyAndRecheck(text, a, d, fix);
    assert.ok(out.startsWith('---\r\nвид: дорожная карта\r\nпериод: 2025-2026 учебный год\r\n'), out.slice(0, 120));
  });

  test('unknown-kind: one fix per kind, each clears it', () => {
    const text =
      '# План работы\n\nНаставничество педагогов.\n\n| Этап | Мероприятия | Сроки | Ответственные ' +
      '|\n|---|---|---|---|\n| Формирование банка наставляемых | Анкеты | Сентябрь 2025 | Куратор |\n';
    const a = analyze(text);
    const d = diagnostic(a, 'unknown-kind');
    const fixes = fixesForDiagnostic(text, a, d, TODAY);
    assert.deepEqual(
      fixes.map((f) => f.id),
      ['add-front-matter:roadmap', 'add-front-matter:program', 'add-front-matter:municipal'],
    );
    applyAndRecheck(text, a, d, fixes[0]!);
  });

  test('refactor on the title: writes down what was detected and changes no diagnostic', () => {
    const text = example('000-spb-school34-roadmap.md');
    const a = analyze(text);
    const fix = fixesAt(text, a, { start: 0, end: 0 }).find((f) => f.id === 'add-front-matter');
    assert.ok(fix && fix.kind === 'refactor');
    const out = applyEdits(text, fix.edits);
    assert.ok(out.startsWith('---\nвид: дорожная карта\nпрофиль: педагоги\nпериод: 2022-2023 учебный год\n---\n'), out.slice(0, 100));
    const b = analyze(out);
    assert.deepEqual(
      b.diagnostics.map((x) => x.code),
      a.diagnostics.map((x) => x.code),
    );
    assert.deepEqual(
      [b.model.meta.kind, b.model.meta.profile, b.model.meta.period],
      [a.model.meta.kind, a.model.meta.profile, a.model.meta.period],
    );
    assert.deepEqual(
      fixesAt(out, b, { start: 0, end: 0 }).filter((f) => f.id === 'add-front-matter'),
      [],
      'not offered twice',
    );
  });
});

describe('numbering: the missing number', () => {
  test('seed 002 §9: «1.» is written, and it is safe', () => {
    const text = example('002-krasnomayskaya-program.md');
    const a = analyze(text);
    const d = diagnostic(a, 'numbering');
    const fix = fixFor(text, a, d, 'set-number');
    assert.equal(fix.safe, true);
    applyAndRecheck(text, a, d, fix);
  });
});

describe('every fix on every example', () => {
  for (const name of EXAMPLES) {
    test(`${name}: each fix applies cleanly, fix-all adds no diagnostic and is idempotent`, () => {
      const text = example(name);
      const a = analyze(text);
      for (const d of a.diagnostics) {
        for (const fix of fixesForDiagnostic(text, a, d, TODAY)) {
          const b = analyze(applyEdits(text, fix.edits));
          assert.deepEqual(b.internalErrors, []);
          assert.ok(count(b, 'missing-stage') <= count(a, 'missing-stage'));
        }
      }
      const edits = fixAll(text, a);
      const out = applyEdits(text, edits);
      const b = analyze(out);
      const sig = (x: Analysis) => x.diagnostics.filter((d) => d.severity !== 'hint').map((d) => d.code);
      assert.ok(
        sig(b).every((c) => sig(a).includes(c)),
        `fix-all added ${sig(b)} vs ${sig(a)}`,
      );
      assert.ok(b.diagnostics.length <= a.diagnostics.length);
      assert.deepEqual(fixAll(out, b), []);
    });
  }

  test('a broken document offers no fix that breaks', () => {
    // Junk rows inside a real roadmap (the junk alone is no mentorship document: nothing to fix at all).
    const junk =
      '---\nвид: дорожная карта\nпрофиль: педагоги\nпериод: 2025-2026 учебный год\n---\n# Дорожная карта\n\n' +
      '| Этап | Мероприятия | Сроки | Ответственные |\n|---|---|---|---|\n| \\| | ` | <br> |\n\u0000\u0001| Сроки |\n' +
      '| Формирование банка наставников | | 31.02.2026 | |\n| | Анкеты | май – март 2026 | |\n';
    const a = analyze(junk);
    assert.ok(a.diagnostics.length > 3, 'the junk is checked');
    let offered = 0;
    for (const d of a.diagnostics) {
      for (const f of fixesForDiagnostic(junk, a, d)) {
        offered++;
        assert.deepEqual(analyze(applyEdits(junk, f.edits)).internalErrors, [], f.id);
      }
    }
    assert.ok(offered > 0, 'some fix is offered');
    assert.deepEqual(analyze(applyEdits(junk, fixAll(junk, a))).internalErrors, []);
  });
});

describe('LSP code actions', () => {
  const uri = 'file:///work/003.md';
  const text = example('003-severodvinsk-college-roadmap.md');
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  const a = analyze(text);
  const params = (span: { start: number; end: number }, only?: string[]): CodeActionParams => ({
    textDocument: { uri },
    range: toRange(doc, span),
    context: { diagnostics: a.diagnostics.map((d) => toLspDiagnostic(doc, d, 'ru')), ...(only ? { only } : {}) },
  });

  test('quick fixes on the header of seed 003: both columns, in Russian, linked to their diagnostics', () => {
    const header = a.model.tables[0]!.headerSpan;
    const actions = codeActions(doc, a, params({ start: header.start + 3, end: header.start + 3 }), 'ru');
    const addColumns = actions.filter((x) => x.title.startsWith('Добавить столбец'));
    assert.deepEqual(
      addColumns.map((x) => x.title),
      [
        'Добавить столбец «Сроки» (заполнить для каждого мероприятия)',
        'Добавить столбец «Ответственные» (заполнить для каждого мероприятия)',
      ],
    );
    for (const action of addColumns) {
      assert.equal(action.kind, 'quickfix');
      assert.equal(action.diagnostics?.[0]?.code, 'missing-column');
      const edits = action.edit!.changes![uri]!;
      const out = TextDocument.applyEdits(doc, edits);
      assert.equal(count(analyze(out), 'missing-column'), 1);
    }
    assert.deepEqual(
      codeActions(doc, a, params({ start: header.start, end: header.start }), 'en')
        .filter((x) => x.kind === 'quickfix')
        .map((x) => x.title.split(' (')[0]),
      ['Add the column «Сроки»', 'Add the column «Ответственные»'],
    );
  });

  test('source.fixAll.nastavnik only when asked for (also through «source»)', () => {
    const text2 = example('002-krasnomayskaya-program.md');
    const doc2 = TextDocument.create('file:///002.md', 'markdown', 3, text2);
    const a2 = analyze(text2);
    const ask = (only?: string[]) =>
      codeActions(
        doc2,
        a2,
        {
          textDocument: { uri: doc2.uri },
          range: toRange(doc2, { start: 0, end: 0 }),
          context: { diagnostics: [], ...(only ? { only } : {}) },
        },
        'ru',
      );
    const [fixAllAction, ...rest] = ask([FIX_ALL_KIND]);
    assert.equal(rest.length, 0);
    assert.equal(fixAllAction!.kind, FIX_ALL_KIND);
    assert.equal(TextDocument.applyEdits(doc2, fixAllAction!.edit!.changes![doc2.uri]!), applyEdits(text2, fixAll(text2, a2)));
    assert.ok(ask(['source']).some((x) => x.kind === FIX_ALL_KIND));
    assert.ok(!ask(['quickfix']).some((x) => x.kind === FIX_ALL_KIND));
    assert.ok(!ask().some((x) => x.kind === FIX_ALL_KIND));
    assert.ok(CODE_ACTION_KINDS.includes(FIX_ALL_KIND));
  });

  test('an analysis of another version offers nothing', () => {
    const edited = TextDocument.create(uri, 'markdown', 2, text + '\nещё строка\n');
    assert.deepEqual(codeActions(edited, a, params({ start: 0, end: 10 }), 'ru'), []);
  });
});
