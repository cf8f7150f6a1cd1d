/**
 * The table formatter (core/editing/format.ts): pipes aligned by display width, cell text never changed.
 * The central property: removing the whitespace around pipes gives the same string before and after
 * (for every line but the delimiter row, whose dashes are lengthened), and the model reads the same cells.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../server/src/core/analyze';
import { applyEdits } from '../server/src/core/editing/edits';
import { displayWidth, formatTables, MAX_ALIGNED_WIDTH } from '../server/src/core/editing/format';
import { parseDocument } from '../server/src/core/read/parse';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatEdits } from '../server/src/lsp/formatting';

function format(text: string, range?: { start: number; end: number }): string {
  return applyEdits(text, formatTables(text, parseDocument(text), range));
}

/** Whitespace around unescaped pipes removed: what the formatter must not change. */
function squeeze(line: string): string {
  return line.replace(/[ \t]*(?<!\\)\|[ \t]*/g, '|').trim();
}

const isDelimiter = (line: string) => /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line);

function assertOnlyWhitespaceChanged(before: string, after: string): void {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  assert.equal(b.length, a.length);
  a.forEach((line, i) => {
    if (isDelimiter(line)) {
      assert.ok(isDelimiter(b[i]!), `delimiter row stays a delimiter row: ${b[i]}`);
      const markers = (l: string) =>
        squeeze(l)
          .split('|')
          .filter(Boolean)
          .map((c) => `${c.startsWith(':')}${c.endsWith(':')}`);
      assert.deepEqual(markers(b[i]!), markers(line), 'alignment markers kept');
    } else {
      assert.equal(squeeze(b[i]!), squeeze(line));
    }
  });
}

const cellsOf = (text: string) =>
  parseDocument(text).tables.map((t) => [t.columns.map((c) => c.header), ...t.rows.map((r) => r.cells.map((c) => c.text))]);

/** Display columns of the unescaped pipes of a line. */
function pipeColumns(line: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') out.push(displayWidth(line.slice(0, i)));
  }
  return out;
}

const ROADMAP_HEAD = '# Дорожная карта наставничества на 2024-2025 учебный год\n\n';

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
      '| Этап | Сроки | Ответственные |\n|:---|:-:|--:|\n| Подготовка условий | Сентябрь 2024 | Куратор |\n| Отбор | Октябрь | Директор, заместитель директора по УВР |\n';
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
        .forEach((c, k) => assert.equal(c, header[k], line));
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

  test('property: random tables keep their cells and only change whitespace around pipes', () => {
    const chunk = fc.constantFrom(
      'Сентябрь',
      'ё',
      'Ё́',
      'a',
      '漢',
      '👍🏽',
      '\\|',
      '<br>',
      '`код`',
      '**ж**',
      '1.',
      '—',
      'x y',
      '«Наставник»',
      '-',
      '#',
      '*',
      '2)',
      '',
    );
    const cell = fc.array(chunk, { maxLength: 4 }).map((parts) => parts.join(''));
    const pad = fc.constantFrom('', ' ', '  ', '\t');
    const table = fc.record({
      columns: fc.integer({ min: 1, max: 5 }),
      rows: fc.array(fc.array(fc.tuple(pad, cell, pad), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
      outer: fc.boolean(),
      crlf: fc.boolean(),
      align: fc.array(fc.constantFrom('---', ':--', '--:', ':-:', '-'), { minLength: 5, maxLength: 5 }),
    });
    fc.assert(
      fc.property(table, ({ columns, rows, outer, crlf, align }) => {
        const line = (cells: string[]) => (outer ? '|' : '') + cells.join('|') + (outer ? '|' : '');
        const header = line(Array.from({ length: columns }, (_, k) => ` Столбец ${k} `));
        const delimiter = line(align.slice(0, columns));
        const body = rows.map((r) => line(r.map(([a, c, b]) => a + c + b)));
        const eol = crlf ? '\r\n' : '\n';
        const text = ROADMAP_HEAD.replace(/\n/g, eol) + [header, delimiter, ...body].join(eol) + eol;
        const out = format(text);
        assertOnlyWhitespaceChanged(text, out);
        assert.deepEqual(cellsOf(out), cellsOf(text));
        assert.equal(format(out), out);
      }),
      { numRuns: 300 },
    );
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
