/**
 * The table formatter (core/editing/format.ts): pipes aligned by display width, cell text never changed.
 * The central property: removing the whitespace around pipes gives the same string before and after
 * (for every line but the delimiter row, whose dashes are lengthened), and the model reads the same cells.
 * The same property on 300 random tables: test/slow/format-properties.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { applyEdits } from '../server/src/core/editing/edits';
import { displayWidth, formatTables, MAX_ALIGNED_WIDTH } from '../server/src/core/editing/format';
import { assertOnlyWhitespaceChanged, cellsOf, format, ROADMAP_HEAD } from './format-support';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatEdits } from '../server/src/lsp/formatting';

/** Display columns of the unescaped pipes of a line. */
function pipeColumns(line: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') out.push(displayWidth(line.slice(0, i)));
  }
  return out;
}

describe('display width', () => {
  test('Cyrillic 1, combining marks 0, CJK and emoji 2', () => {
    assert.equal(displayWidth('Сентябрь'), 8);
    assert.equal(displayWidth('Ё́ж'), 2); // Ё + combining acute + ж
    assert.equal(displayWidth('漢字'), 4);
    assert.equal(displayWidth('한국'), 4);
    assert.equal(displayWidth('👍'), 2);
    assert.equal(displayWidth('👍🏽'), 2);
    assert.equal(displayWidth('👨‍👩‍👧'), 2);
    assert.equal(displayWidth('✓ да'), 4);
    assert.equal(displayWidth('ｆｕｌｌ'), 8);
  });
});

describe('formatTables', () => {
  test('aligns a Cyrillic table, keeps the alignment markers', () => {
    const text =
      ROADMAP_HEAD +
      '| Этап | Сроки | Ответственные |\n|:---|:-:|--:|\n| Подготовка условий | Сентябрь ' +
      '2024 | Куратор |\n| Отбор | Октябрь | Директор, заместитель директора по УВР |\n';
    const out = format(text);
    assert.equal(
      out,
      ROADMAP_HEAD +
        [
          '| Этап               | Сроки         | Ответственные                          |',
          '| :----------------- | :-----------: | -------------------------------------: |',
          '| Подготовка условий | Сентябрь 2024 | Куратор                                |',
          '| Отбор              | Октябрь       | Директор, заместитель директора по УВР |',
          '',
        ].join('\n'),
    );
    assert.equal(format(out), out, 'idempotent');
  });

  test('wide characters, combining marks, HTML, escaped pipes, inline code with pipes, ragged rows, CRLF', () => {
    const lines = [
      '|№|Этап|Сроки| 漢字 |',
      '|---|---|---|---|',
      '|1.|Подготовка `a|b` | Сентябрь 2023 | 👍🏽 x |',
      '|2.| Ё́ж <br> \\| | <b>Октябрь</b>|',
      '| 3. | x | y | z | лишняя |',
    ];
    const text = ROADMAP_HEAD + lines.join('\r\n') + '\r\n';
    const out = format(text);
    assertOnlyWhitespaceChanged(text, out);
    assert.deepEqual(cellsOf(out), cellsOf(text));
    assert.equal(out.split('\r\n').length, text.split('\r\n').length, 'CRLF kept');
    const tableLines = out.split(/\r?\n/).filter((l) => l.startsWith('|'));
    // Ragged rows stay ragged: the second row keeps its 3 cells.
    assert.equal(pipeColumns(tableLines[3]!).length, 4);
    // Every pipe a line has sits in the same display column as in the header (within the header's columns).
    const header = pipeColumns(tableLines[0]!);
    for (const line of tableLines)
      pipeColumns(line)
        .slice(0, header.length)
        .forEach((c, k) => {
          assert.equal(c, header[k], line);
        });
  });

  test('a row without a leading pipe that starts with «1.» or «-» does not turn into a list', () => {
    const text = ROADMAP_HEAD + 'Столбец 0 | Столбец 1\n---|---\n1.|x\n-|y\n';
    const out = format(text);
    assert.deepEqual(cellsOf(out), cellsOf(text));
    assert.ok(out.includes('\n1.| x\n-| y\n'), out);
  });

  test('a table in a block quote or a list is left alone; a range formats only the tables it touches', () => {
    const quoted = '> | a | bb |\n> |---|---|\n> | 1 | 2 |\n\n- item\n\n  | a | bb |\n  |---|---|\n  | 1 | 2 |\n';
    assert.equal(format(quoted), quoted);
    const two = ROADMAP_HEAD + '| a | bb |\n|---|---|\n| 1 | 2 |\n\ntext\n\n| c | dd |\n|---|---|\n| 3 | 4 |\n';
    const second = two.lastIndexOf('| c');
    const out = format(two, { start: second + 2, end: second + 3 });
    assert.ok(out.includes('| a | bb |\n|---|---|'), 'the first table is untouched');
    assert.ok(out.includes('| c   | dd  |\n| --- | --- |'), out);
  });

  test(`very wide cells overflow instead of widening the column (cap ${MAX_ALIGNED_WIDTH})`, () => {
    const long = 'Очень длинное мероприятие '.repeat(20).trim();
    const text = ROADMAP_HEAD + `| Этап | Мероприятия |\n|---|---|\n| Отбор | ${long} |\n| Обучение | Семинар |\n`;
    const out = format(text);
    assert.ok(out.includes('| Обучение | Семинар     |'), out);
    assert.ok(out.includes(`| Отбор    | ${long} |`));
    assert.ok(out.split('\n').every((l) => l.length < long.length + 40));
  });

  test('every example: same cells, same diagnostics, only whitespace around pipes changed, idempotent', () => {
    for (const name of [
      '000-spb-school34-roadmap.md',
      '001-tomsk-lyceum-roadmap.md',
      '002-krasnomayskaya-program.md',
      '003-severodvinsk-college-roadmap.md',
      '004-arkhangelsk-municipal.md',
      'clean-municipal.md',
      'clean-pupils-roadmap.md',
      'clean-teachers-roadmap.md',
    ]) {
      const text = readFileSync(`examples/${name}`, 'utf8');
      const a = analyze(text);
      const out = applyEdits(text, formatTables(text, a.model));
      assert.notEqual(out, text, `${name}: its tables get aligned`);
      assertOnlyWhitespaceChanged(text, out);
      const b = analyze(out);
      assert.deepEqual(cellsOf(out), cellsOf(text), name);
      assert.deepEqual(
        b.diagnostics.map((d) => [d.code, d.severity, d.message.ru]),
        a.diagnostics.map((d) => [d.code, d.severity, d.message.ru]),
        name,
      );
      assert.deepEqual(formatTables(out, b.model), [], `${name}: idempotent`);
    }
  });
});

describe('LSP formatting', () => {
  test('document and range formatting give LSP edits that apply to the same result as the core', () => {
    const text = readFileSync('examples/clean-teachers-roadmap.md', 'utf8');
    const doc = TextDocument.create('file:///t.md', 'markdown', 1, text);
    const a = analyze(text);
    const whole = formatEdits(doc, a);
    assert.ok(whole.length > 0);
    assert.equal(TextDocument.applyEdits(doc, whole), applyEdits(text, formatTables(text, a.model)));
    const far = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    assert.deepEqual(formatEdits(doc, a, far), [], 'a range before the table touches no table');
    const stale = TextDocument.create('file:///t.md', 'markdown', 2, text + 'x');
    assert.deepEqual(formatEdits(stale, a), []);
  });
});
