/**
 * The fixes that insert a part of a document from the templates — missing-section → the section,
 * missing-roadmap-table → the table — and what happens when a fixer fails: it offers nothing and is
 * recorded in the analysis, as a failing rule is.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Analysis, analyze } from '../server/src/core/analyze';
import type { Diagnostic } from '../server/src/core/diagnostic';
import { applyEdits } from '../server/src/core/editing/edits';
import { fixAll, fixesForDiagnostic, ruleFixesForDiagnostic } from '../server/src/core/fixes';
import type { Table } from '../server/src/core/model';

function only(a: Analysis, code: string, pick: (d: Diagnostic) => boolean = () => true): Diagnostic {
  const found = a.diagnostics.filter((d) => d.code === code && pick(d));
  assert.equal(found.length, 1, `one ${code}, got ${a.diagnostics.map((d) => d.code).join(', ')}`);
  return found[0]!;
}

const PROGRAM = (eol: string) =>
  [
    '---',
    'вид: программа',
    'профиль: обучающиеся',
    'период: 2027-2028 учебный год',
    '---',
    '# Программа наставничества обучающихся',
    '',
    '## 1. Пояснительная записка',
    'Цель — адаптация обучающихся.',
    '',
    '## 2. Структура управления',
    'Директор, куратор.',
    '',
    '## 3. Этапы реализации',
    'Этапы по методологии.',
    '',
    '## 4. Кадровые условия',
    'Наставники — педагоги и старшеклассники.',
    '',
    '## 6. Мониторинг и оценка результатов',
    'Анкетирование в начале и в конце года.',
    '',
    '## 7. Критерии эффективности работы наставника',
    'Шкала 0–1–2.',
    '',
    '## 8. Мотивация и поощрение наставников',
    'Грамоты.',
    '',
    '## 9. Дорожная карта',
    '| Этап | Мероприятия | Сроки | Ответственные |',
    '|---|---|---|---|',
    '| Подготовка условий для запуска программы наставничества | Приказ о внедрении | Сентябрь 2027 | Директор |',
    '',
  ].join(eol);

describe('missing-section → the section from the programme template', () => {
  for (const eol of ['\n', '\r\n']) {
    test(`the heading goes at its standard place, continues the numbering, carries the profile's text (${JSON.stringify(eol)})`, () => {
      const text = PROGRAM(eol);
      const a = analyze(text);
      const d = only(a, 'missing-section');
      assert.equal(d.data?.section, 'forms');
      const [fix, ...rest] = ruleFixesForDiagnostic(text, a, d);
      assert.ok(fix && rest.length === 0);
      assert.equal(fix.safe, false, 'example text is never applied by fix-all');
      assert.ok(
        fix.edits.every((e) => e.start === e.end),
        'only inserts',
      );
      const out = applyEdits(text, fix.edits);
      const headings = out.split(/\r?\n/).filter((l) => l.startsWith('## '));
      assert.deepEqual(headings.slice(3, 6), [
        '## 4. Кадровые условия',
        '## 5. Формы наставничества',
        '## 6. Мониторинг и оценка результатов',
      ]);
      // The pupils' forms of mentorship, not the teachers'.
      assert.match(out, /«Ученик – ученик»|ученик/i);
      if (eol === '\r\n') assert.ok(!out.replace(/\r\n/g, '').includes('\n'), 'a CRLF document gets CRLF lines');
      const b = analyze(out);
      assert.equal(b.diagnostics.filter((x) => x.code === 'missing-section').length, 0);
      assert.deepEqual(
        b.diagnostics.filter((x) => x.severity === 'error').map((x) => x.code),
        a.diagnostics.filter((x) => x.severity === 'error').map((x) => x.code),
      );
      assert.ok(!fixAll(text, a).some((e) => e.newText.includes('Формы наставничества')), 'fix-all does not insert sections');
    });
  }

  test('a section with no later one goes at the end, after one blank line', () => {
    const text = PROGRAM('\n').replace(/## 9\. Дорожная карта[\s\S]*$/, '');
    const a = analyze(text);
    const d = only(a, 'missing-section', (x) => x.data?.section === 'roadmap');
    const out = applyEdits(text, ruleFixesForDiagnostic(text, a, d)[0]!.edits);
    assert.ok(out.startsWith(text), 'the text before is kept');
    assert.match(out.slice(text.length), /^## 9\. Дорожная карта\n\n\| № \| Этап \|/);
    assert.ok(out.endsWith('|\n'), 'the document still ends with a line break');
    // The roadmap's deadlines are in the document's period (2027-2028), not the template's example years.
    assert.match(out.slice(text.length), /2027/);
    assert.doesNotMatch(out.slice(text.length), /2025/);
    assert.deepEqual(
      analyze(out)
        .diagnostics.filter((x) => x.code === 'missing-section')
        .map((x) => x.data?.section),
      ['forms'],
      'only the other missing section is left',
    );
  });
});

describe('missing-roadmap-table → the profile’s table from the template', () => {
  test('under the roadmap heading, its own paragraph, the list below kept', () => {
    const text =
      '---\nвид: комплекс мер\nпрофиль: муниципальный\nпериод: 2026-2028\n---\n# Комплекс мер по ' +
      'развитию наставничества на 2026-2028 годы\n\n1. Совещание кураторов — март 2026, методист.\n';
    const a = analyze(text);
    const d = only(a, 'missing-roadmap-table');
    const out = applyEdits(text, ruleFixesForDiagnostic(text, a, d)[0]!.edits);
    const lines = out.split('\n');
    const title = lines.indexOf('# Комплекс мер по развитию наставничества на 2026-2028 годы');
    assert.equal(lines[title + 1], '');
    assert.equal(lines[title + 2], '| № | Мероприятия | Сроки | Ответственные | Результат |', 'the municipal table');
    const list = lines.indexOf('1. Совещание кураторов — март 2026, методист.');
    assert.equal(lines[list - 1], '', 'a blank line keeps the list out of the table');
    assert.match(out, /2026/);
    const b = analyze(out);
    assert.ok(!b.diagnostics.some((x) => x.code === 'missing-roadmap-table'));
    assert.deepEqual(
      b.diagnostics.filter((x) => x.severity === 'error'),
      [],
    );
  });
});

describe('a fixer that throws', () => {
  const text =
    '---\nвид: дорожная карта\nпрофиль: педагоги\nпериод: 2025-2026 учебный год\n---\n# Дорожная карта реализации ' +
    'системы наставничества педагогических работников\n\n| Этап | Мероприятия | Сроки | Ответственные |\n|---|---|---|---|\n| ' +
    'Подготовка условий для реализации системы наставничества | Приказ | Сентябрь 2025 | Директор |\n';

  test('offers nothing and is recorded in internalErrors with its rule and fix, once', () => {
    const a = analyze(text);
    const d = a.diagnostics.find((x) => x.code === 'missing-stage')!;
    assert.ok(d);
    assert.ok(fixesForDiagnostic(text, a, d).length > 0, 'the fixer works on a sound analysis');
    assert.deepEqual(a.internalErrors, []);
    // An analysis whose model lost its tables: every fixer that reads them throws.
    const broken: Analysis = { ...a, model: { ...a.model, tables: null as unknown as Table[] }, internalErrors: [] };
    assert.deepEqual(fixesForDiagnostic(text, broken, d), []);
    assert.deepEqual(
      broken.internalErrors.map((e) => [e.code, e.fix]),
      [
        ['missing-stage', 'insert-stage'],
        ['missing-stage', 'normalize-deadline'],
      ],
    );
    assert.match(broken.internalErrors[0]!.error, /null/);
    fixesForDiagnostic(text, broken, d);
    assert.equal(broken.internalErrors.length, 2, 'asking again records nothing twice');
  });
});
