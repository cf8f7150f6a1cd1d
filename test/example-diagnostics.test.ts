/**
 * The examples carry exactly the defects that are really in them (issue 3, «Show»): every
 * diagnostic of every example is listed below — code, severity, line, and the text its range
 * covers — so a new false alarm or a lost defect fails here. Hints and infos are listed too, each
 * with the reason it is a true remark about the document.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';

interface Seen {
  line: number;
  code: string;
  severity: string;
  covers: string;
}

function diagnosticsOf(file: string): Seen[] {
  const text = readFileSync(`examples/${file}`, 'utf8');
  const { diagnostics, internalErrors } = analyze(text);
  assert.deepEqual(internalErrors, [], 'no rule may fail on an example');
  return diagnostics.map((d) => {
    assert.ok(d.span.end - d.span.start < text.length / 2, `${d.code}: the range must be a cell, header or row, not the whole document`);
    return {
      line: text.slice(0, d.span.start).split('\n').length,
      code: d.code,
      severity: d.severity,
      covers: text.slice(d.span.start, d.span.end),
    };
  });
}

/** [line, code, severity, the text the range covers (a prefix is enough for long headers)] */
type Expected = [number, string, string, string];

function assertExactly(file: string, expected: Expected[]): void {
  const seen = diagnosticsOf(file);
  const show = (s: Seen[]) => s.map((d) => `${d.line} ${d.severity} ${d.code} «${d.covers.slice(0, 50)}»`).join('\n');
  assert.equal(seen.length, expected.length, `${file}: got\n${show(seen)}`);
  const sortKey = (d: { line: number; code: string }) => `${String(d.line).padStart(5, '0')} ${d.code}`;
  const a = [...seen].sort((x, y) => sortKey(x).localeCompare(sortKey(y)));
  const b = [...expected]
    .map(([line, code, severity, covers]) => ({ line, code, severity, covers }))
    .sort((x, y) => sortKey(x).localeCompare(sortKey(y)));
  for (let i = 0; i < a.length; i++) {
    const got = a[i]!;
    const want = b[i]!;
    assert.equal(`${got.line} ${got.code} ${got.severity}`, `${want.line} ${want.code} ${want.severity}`, `${file}: got\n${show(seen)}`);
    assert.ok(got.covers.startsWith(want.covers), `${file}:${got.line} ${got.code} covers «${got.covers}», expected «${want.covers}»`);
  }
}

describe('diagnostics of the examples', () => {
  test('000 (teachers roadmap, SPb school 34): nothing at all', () => {
    // «Август, сентябрь 2022 г.» starts before the 2022–2023 school year: normal preparation, not reported.
    assertExactly('000-spb-school34-roadmap.md', []);
  });

  test('001 (pupils roadmap, Tomsk lyceum): the five defects, and two vague deadlines as hints', () => {
    assertExactly('001-tomsk-lyceum-roadmap.md', [
      // Approved 22.09.2023; «До 20.09.2023» ends before it (the «До 25.09.2023» of the next row is fine).
      [18, 'deadline-before-approval', 'warning', 'До 20.09.2023'],
      // The two databases are swapped: allowed, so only a hint.
      [19, 'stage-order', 'hint', 'Формирование базы наставляемых'],
      // Pairs formed in September 2023, mentors selected and trained in October 2023.
      [21, 'stage-chronology', 'warning', 'Сентябрь 2023 В течение учебного года'],
      // «В течение учебного года» on the pairs' work: the whole period; a fair hint, nothing more.
      [22, 'vague-deadline', 'hint', 'В течение учебного года'],
      // The continuation row: «(по отдельному плану)» inside a whole-year frame is a hint, not a warning.
      [23, 'vague-deadline', 'hint', 'В течение учебного года (по отдельному плану)'],
      // The same continuation row has empty responsible and result cells (zero-width ranges).
      [23, 'missing-responsible', 'error', ''],
      [23, 'missing-result', 'warning', ''],
    ]);
  });

  test('001: the empty cells are pointed at between their pipes, on the continuation row', () => {
    const text = readFileSync('examples/001-tomsk-lyceum-roadmap.md', 'utf8');
    const { diagnostics } = analyze(text);
    const row = text.split('\n')[22]!;
    const rowStart = text.indexOf(row);
    for (const code of ['missing-responsible', 'missing-result']) {
      const d = diagnostics.find((x) => x.code === code)!;
      assert.ok(d.span.start > rowStart && d.span.end < rowStart + row.length, `${code} lies inside the row`);
      assert.equal(d.span.start, d.span.end, `${code}: an empty cell is a zero-width range`);
      const before = text.lastIndexOf('|', d.span.start - 1);
      const after = text.indexOf('|', d.span.start);
      assert.equal(text.slice(before + 1, after).trim(), '', `${code}: between the pipes of an empty cell`);
    }
    assert.deepEqual(diagnostics.find((x) => x.code === 'missing-responsible')!.data, { table: 0, row: 6 });
  });

  test('002 (programme): missing-stage and stage-mismatch in §3; missing-column ×2 and numbering in §9', () => {
    assertExactly('002-krasnomayskaya-program.md', [
      // §3 (pupils stages) has no «Формирование базы наставников»: on the table header.
      [119, 'missing-stage', 'error', '| Этапы | Мероприятия | Результат |'],
      // «Формирование базы наставляемых» with the result «Формирование базы наставников…».
      [122, 'stage-mismatch', 'warning', 'Формирование базы наставников, которые потенциально'],
      // §6: the efficiency criteria are a blank form — the total is partial (info, not a defect).
      [259, 'score-unscored', 'info', '| Критерии | Показатели |'],
      // §9: no deadline and no responsible column, once per table — not once per row.
      [314, 'missing-column', 'error', '| № | Наименование этапа |'],
      [314, 'missing-column', 'error', '| № | Наименование этапа |'],
      // §9: the first row has no number while the next ones are «2.», «3.» …
      [316, 'numbering', 'warning', ''],
    ]);
    const text = readFileSync('examples/002-krasnomayskaya-program.md', 'utf8');
    const { diagnostics } = analyze(text);
    const missingStage = diagnostics.find((d) => d.code === 'missing-stage')!;
    assert.deepEqual(missingStage.data, { table: 1, stageId: 'mentor-base', profile: 'pupils', afterRow: 1 });
    assert.deepEqual(
      diagnostics
        .filter((d) => d.code === 'missing-column')
        .map((d) => d.data!.role)
        .sort(),
      ['deadline', 'responsible'],
    );
    assert.equal(diagnostics.find((d) => d.code === 'numbering')!.data!.expected, '1.');
    // Every section of a programme is there: missing-section stays silent.
    assert.ok(!diagnostics.some((d) => d.code === 'missing-section'));
  });

  test('003 (college roadmap): missing-column ×2 and missing-period', () => {
    assertExactly('003-severodvinsk-college-roadmap.md', [
      [9, 'missing-period', 'warning', '# Дорожная карта (план мероприятий)'],
      [11, 'missing-column', 'error', '| N | Наименование этапа |'],
      [11, 'missing-column', 'error', '| N | Наименование этапа |'],
    ]);
  });

  test('004 (municipal complex of measures): no error or warning; three hints that are true', () => {
    assertExactly('004-arkhangelsk-municipal.md', [
      // «Постоянно»: the whole period.
      [28, 'vague-deadline', 'hint', 'Постоянно'],
      // Period 2023–2025: «Ноябрь-декабрь» is read as every year — a one-off would need its year.
      [47, 'ambiguous-year', 'hint', 'Ноябрь-декабрь'],
      // Same for «август-сентябрь»; the cell also names months, so «в течение года» is not vague here.
      [52, 'ambiguous-year', 'hint', 'В течение года, август-сентябрь'],
    ]);
  });

  for (const file of readdirSync('examples').filter((f) => f.startsWith('clean-'))) {
    test(`${file}: nothing at all (in particular nothing above hint)`, () => {
      assertExactly(file, []);
    });
  }

  test('ppn-ivanova-petrov.md (a pair’s personalised programme): nothing at all without a date', () => {
    // Mentor, mentee, form and period are all named; every activity has a deadline inside the period and a
    // planned result; every task has an activity; every mark is read. Overdue rows need a date (personal-programme.test.ts).
    assertExactly('ppn-ivanova-petrov.md', []);
  });

  test('examples/README.md is not a mentorship document: no diagnostics at all', () => {
    assertExactly('README.md', []);
  });

  test('every diagnostic carries both locales, the Russian one in Cyrillic', () => {
    for (const file of readdirSync('examples').filter((f) => f.endsWith('.md'))) {
      for (const d of analyze(readFileSync(`examples/${file}`, 'utf8')).diagnostics) {
        assert.match(d.message.ru, /[А-Яа-яЁё]{3}/, `${file} ${d.code}`);
        assert.ok(d.message.en.length > 10, `${file} ${d.code}`);
      }
    }
  });
});
