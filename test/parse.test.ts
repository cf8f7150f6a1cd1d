/**
 * parseDocument on bad input: CRLF, BOM, tabs, HTML in cells, ragged rows, header-only tables,
 * documents that are not about mentorship, binary junk and a 10 MB file. The parser never throws,
 * and every offset indexes the original text: each cell span slices to the cell's source.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import type { Cell, DocumentModel } from '../server/src/core/model';
import { parseDocument } from '../server/src/core/read/parse';

const HEADER = '| Этап | Мероприятия | Сроки | Ответственные |\n|---|---|---|---|\n';
const DOC =
  '# Дорожная карта реализации целевой модели наставничества на 2023-2024 учебный год\n\n' +
  HEADER +
  '| Формирование базы наставников | Анкетирование педагогов | Октябрь 2023 | Куратор |\n' +
  '|  | Формирование базы данных | Ноябрь 2023 | Куратор, методист |\n';

/** The source of a cell without HTML tags, as its text reads (parts joined by \n). */
function plainSource(text: string, cell: Cell): string {
  return text
    .slice(cell.span.start, cell.span.end)
    .replace(/<\/?(br|p|li|ol|ul)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Every header and body cell span slices to the cell's text; every part span lies inside its cell. */
function assertSpans(text: string, m: DocumentModel): void {
  for (const table of m.tables) {
    for (const col of table.columns) assert.equal(text.slice(col.span.start, col.span.end).replace(/\s+/g, ' '), col.header);
    for (const row of table.rows) {
      for (const cell of row.cells) {
        assert.equal(plainSource(text, cell), cell.text, `cell at ${cell.span.start}`);
        for (const part of cell.parts) {
          assert.ok(part.span.start >= cell.span.start && part.span.end <= cell.span.end, 'part inside cell');
          assert.equal(plainSource(text, { text: part.text, parts: [], span: part.span }), part.text, 'part span');
        }
      }
    }
  }
}

/** For junk, where Markdown syntax (code spans, escapes) sits in cells: spans are ordered and nested. */
function assertSpansInBounds(text: string, m: DocumentModel): void {
  for (const table of m.tables) {
    for (const row of table.rows) {
      assert.ok(row.span.start >= table.span.start && row.span.end <= table.span.end && table.span.end <= text.length);
      let at = row.span.start;
      for (const cell of row.cells) {
        assert.ok(cell.span.start >= at && cell.span.start <= cell.span.end && cell.span.end <= row.span.end, `cell at ${cell.span.start}`);
        at = cell.span.end;
        for (const part of cell.parts) assert.ok(part.span.start >= cell.span.start && part.span.end <= cell.span.end, 'part inside cell');
      }
    }
  }
}

function cellTexts(m: DocumentModel, table = 0): string[][] {
  return m.tables[table]!.rows.map((r) => r.cells.map((c) => c.text));
}

const EXPECTED_CELLS = [
  ['Формирование базы наставников', 'Анкетирование педагогов', 'Октябрь 2023', 'Куратор'],
  ['', 'Формирование базы данных', 'Ноябрь 2023', 'Куратор, методист'],
];

describe('line endings, BOM and tabs', () => {
  test('plain LF document: the baseline', () => {
    const m = parseDocument(DOC);
    assert.equal(m.meta.kind, 'roadmap');
    assert.deepEqual(m.meta.period && [m.meta.period.start, m.meta.period.end], ['2023-09-01', '2024-08-31']);
    assert.deepEqual(cellTexts(m), EXPECTED_CELLS);
    assert.deepEqual(
      m.tables[0]!.rows.map((r) => [r.stage?.match?.stageId, r.stage?.continued]),
      [
        ['mentor-base', false],
        ['mentor-base', true],
      ],
    );
    assertSpans(DOC, m);
  });

  test('CRLF gives the same model, spans into the CRLF text', () => {
    const crlf = DOC.replace(/\n/g, '\r\n');
    const m = parseDocument(crlf);
    assert.deepEqual(cellTexts(m), EXPECTED_CELLS);
    assert.equal(m.meta.kind, 'roadmap');
    assert.equal(m.tables[0]!.rows[0]!.deadline!.parsed.intervals[0]!.start, '2023-10-01');
    assertSpans(crlf, m);
    for (const row of m.tables[0]!.rows) for (const c of row.cells) assert.ok(!crlf.slice(c.span.start, c.span.end).includes('\r'));
  });

  test('a BOM is kept in the offsets: spans index the original text', () => {
    const withBom = '\ufeff' + DOC;
    const m = parseDocument(withBom);
    const plain = parseDocument(DOC);
    assert.deepEqual(cellTexts(m), EXPECTED_CELLS);
    assert.equal(m.meta.title, plain.meta.title, 'the BOM does not reach the title');
    assert.equal(m.length, withBom.length);
    const a = m.tables[0]!.rows[0]!.cells[2]!.span;
    const b = plain.tables[0]!.rows[0]!.cells[2]!.span;
    assert.deepEqual(a, { start: b.start + 1, end: b.end + 1 });
    assert.deepEqual(m.sections[0]!.span, { start: plain.sections[0]!.span.start + 1, end: plain.sections[0]!.span.end + 1 });
    assertSpans(withBom, m);
  });

  test('BOM and CRLF together', () => {
    const text = '\ufeff' + DOC.replace(/\n/g, '\r\n');
    const m = parseDocument(text);
    assert.deepEqual(cellTexts(m), EXPECTED_CELLS);
    assertSpans(text, m);
  });

  test('BOM before front matter: the front matter is still read', () => {
    const text =
      '\ufeff---\nвид: дорожная карта\nпрофиль: педагоги\nпериод: 2024-2025 учебный год\n---\n\n# План\n\n' +
      HEADER +
      '| Формирование банка наставников | a | Октябрь 2024 | Куратор |\n';
    const m = parseDocument(text);
    assert.equal(m.meta.kind, 'roadmap');
    assert.equal(m.meta.kindSource, 'front-matter');
    assert.equal(m.meta.profile, 'teachers');
    assert.equal(m.meta.period?.start, '2024-09-01');
    assert.equal(text.slice(m.meta.frontMatterSpan!.start, m.meta.frontMatterSpan!.start + 3), '---');
  });

  test('tabs as cell padding are trimmed from text and spans', () => {
    const text = DOC.replace(/\| /g, '|\t').replace(/ \|/g, '\t|');
    const m = parseDocument(text);
    assert.deepEqual(cellTexts(m), EXPECTED_CELLS);
    assertSpans(text, m);
    for (const row of m.tables[0]!.rows) for (const c of row.cells) assert.ok(!/^\t|\t$/.test(text.slice(c.span.start, c.span.end)));
  });
});

describe('HTML in cells', () => {
  const row =
    '| Формирование базы наставников | a<br>b<br/>c<BR />d | <p>Апрель 2024</p> <p>Апрель -май ' +
    '2024</p> <p>Май 2024</p> | <ol><li>Директор</li><li>Куратор</li></ol> <b>Методист</b> |\n';
  const text = '# Дорожная карта на 2023-2024 учебный год\n\n' + HEADER + row;
  const m = parseDocument(text);
  const cells = m.tables[0]!.rows[0]!.cells;

  test('<br> in all spellings splits parts', () => {
    assert.deepEqual(
      cells[1]!.parts.map((p) => p.text),
      ['a', 'b', 'c', 'd'],
    );
    assert.equal(cells[1]!.text, 'a\nb\nc\nd');
  });

  test('<p> paragraphs are parts, no tag text remains (seed 001 «Сроки»)', () => {
    assert.deepEqual(
      cells[2]!.parts.map((p) => p.text),
      ['Апрель 2024', 'Апрель -май 2024', 'Май 2024'],
    );
    assert.deepEqual(m.tables[0]!.rows[0]!.deadline!.parsed.intervals, [{ start: '2024-04-01', end: '2024-05-31' }]);
  });

  test('<ol><li> items are parts; <b> is dropped but its text kept', () => {
    assert.deepEqual(
      cells[3]!.parts.map((p) => p.text),
      ['Директор', 'Куратор', 'Методист'],
    );
    assert.deepEqual(
      m.tables[0]!.rows[0]!.responsible!.parts.map((p) => p.role),
      ['director', 'curator', 'methodist'],
    );
  });

  test('no cell text holds a tag', () => {
    for (const c of cells) assert.doesNotMatch(c.text, /[<>]/);
  });

  test('part spans cover the words, tags inside them at most', () => {
    assert.equal(text.slice(cells[3]!.parts[2]!.span.start, cells[3]!.parts[2]!.span.end), '<b>Методист</b>');
    assert.equal(text.slice(cells[1]!.parts[0]!.span.start, cells[1]!.parts[0]!.span.end), 'a');
    assertSpans(text, m);
  });

  test('<p style="…"> with attributes and an empty <p></p> leave no empty parts', () => {
    const t = '# Дорожная карта\n\n' + HEADER + '| x | <p style="margin:0">один</p><p></p><p>два</p> | Октябрь 2023 | Куратор |\n';
    const c = parseDocument(t).tables[0]!.rows[0]!.cells[1]!;
    assert.deepEqual(
      c.parts.map((p) => p.text),
      ['один', 'два'],
    );
  });
});

describe('ragged and degenerate tables', () => {
  test('a row with fewer cells than the header: missing cells are empty, zero-width at the row end', () => {
    const text = '# Дорожная карта на 2023-2024 учебный год\n\n' + HEADER + '| Формирование базы наставников | только мероприятие |\n';
    const m = parseDocument(text);
    const row = m.tables[0]!.rows[0]!;
    assert.equal(row.cells.length, 4);
    assert.deepEqual(
      row.cells.map((c) => c.text),
      ['Формирование базы наставников', 'только мероприятие', '', ''],
    );
    for (const c of row.cells.slice(2)) {
      assert.equal(c.span.start, c.span.end);
      assert.ok(c.span.start >= row.span.start && c.span.start <= row.span.end);
    }
    assert.deepEqual(row.deadline!.parsed, { intervals: [], flags: [], issues: [] });
    assert.deepEqual(row.responsible!.parts, []);
    assertSpans(text, m);
    assert.doesNotThrow(() => analyze(text));
  });

  test('a row with more cells than the header: the extra cells are ignored', () => {
    const text =
      '# Дорожная карта на 2023-2024 учебный год\n\n' +
      HEADER +
      '| Формирование базы наставников | a | Октябрь 2023 | Куратор | лишнее | ещё |\n';
    const m = parseDocument(text);
    assert.deepEqual(cellTexts(m), [['Формирование базы наставников', 'a', 'Октябрь 2023', 'Куратор']]);
    assertSpans(text, m);
  });

  test('a table with only a header is kept and classified, with no rows', () => {
    const text = '# Дорожная карта на 2023-2024 учебный год\n\n' + HEADER;
    const m = parseDocument(text);
    assert.equal(m.tables.length, 1);
    assert.equal(m.tables[0]!.kind, 'roadmap');
    assert.deepEqual(m.tables[0]!.rows, []);
    assert.deepEqual(
      m.tables[0]!.columns.map((c) => c.role),
      ['stage', 'activity', 'deadline', 'responsible'],
    );
    const a = analyze(text);
    assert.deepEqual(a.internalErrors, []);
  });

  test('escaped pipes stay in the cell', () => {
    const text =
      '# Дорожная карта на 2023-2024 учебный год\n\n' + HEADER + '| Формирование базы наставников | a \\| b | Октябрь 2023 | Куратор |\n';
    const m = parseDocument(text);
    assert.equal(m.tables[0]!.rows[0]!.cells[1]!.text, 'a | b');
    assert.equal(text.slice(m.tables[0]!.rows[0]!.cells[1]!.span.start, m.tables[0]!.rows[0]!.cells[1]!.span.end), 'a \\| b');
  });

  test('a broken delimiter row is not a table: the text is kept as a paragraph, nothing thrown', () => {
    const text = '# Дорожная карта на 2023-2024 учебный год\n\n| Этап | Мероприятия |\n|---|\n| a | b |\n';
    const m = parseDocument(text);
    assert.equal(m.tables.length, 0);
    assert.deepEqual(analyze(text).internalErrors, []);
  });

  test('an empty document and a blank one', () => {
    for (const text of ['', '\n\n  \n', '\ufeff']) {
      const m = parseDocument(text);
      assert.equal(m.meta.kind, 'unknown');
      assert.equal(m.looksRelevant, false);
      assert.deepEqual(m.tables, []);
      assert.deepEqual(analyze(text).diagnostics, []);
    }
  });
});

describe('documents that are not mentorship documents', () => {
  test('a README with a table is not relevant: no diagnostics at all', () => {
    const text =
      '# my-tool\n\nA small CLI.\n\n## Options\n\n| Option | Meaning | Default |\n|---|---|---|\n| --fast | go fast | no |\n| --out | output file | stdout |\n';
    const m = parseDocument(text);
    assert.equal(m.looksRelevant, false);
    assert.equal(m.meta.kind, 'unknown');
    assert.deepEqual(
      m.tables.map((t) => t.kind),
      ['other'],
    );
    assert.deepEqual(analyze(text).diagnostics, []);
  });

  test('a Russian document without a kind and with an unrelated table is not relevant', () => {
    const text = '# Расписание звонков\n\n| Урок | Начало | Конец |\n|---|---|---|\n| 1 | 8:30 | 9:15 |\n';
    assert.equal(parseDocument(text).looksRelevant, false);
  });

  test('a document without a kind but with a mentorship roadmap table is relevant, read as a roadmap by its table', () => {
    const text = '# План школы\n\nРабота с наставниками.\n\n' + HEADER + '| Формирование базы наставников | a | Октябрь 2023 | Куратор |\n';
    const m = parseDocument(text);
    assert.equal(m.meta.kind, 'roadmap');
    assert.equal(m.meta.kindSource, 'content');
    assert.equal(m.looksRelevant, true);
  });
});

describe('junk and size', () => {
  function random(seed: number): () => number {
    let s = seed;
    return () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
  }

  test('binary junk (every UTF-16 code unit, NULs, lone surrogates) parses without throwing', () => {
    const rnd = random(7);
    let junk = '';
    for (let i = 0; i < 100_000; i++) junk += String.fromCharCode(Math.floor(rnd() * 65536));
    const a = analyze(junk);
    assert.deepEqual(a.internalErrors, []);
    assert.equal(a.model.length, junk.length);
  });

  test('ASCII junk full of pipes, dashes and brackets', () => {
    const rnd = random(11);
    const alphabet = '|-:<>/\\`*_[]()!#\n\r\t ab1';
    let junk = '';
    for (let i = 0; i < 100_000; i++) junk += alphabet[Math.floor(rnd() * alphabet.length)];
    const a = analyze(junk);
    assert.deepEqual(a.internalErrors, []);
    assertSpansInBounds(junk, a.model);
  });

  test('junk inside the cells of a real roadmap', () => {
    const rnd = random(3);
    let rows = '';
    for (let r = 0; r < 50; r++) {
      const cell = () =>
        Array.from({ length: 30 }, () => String.fromCharCode(32 + Math.floor(rnd() * 2000)))
          .join('')
          .replace(/\|/g, '¦');
      rows += `| ${cell()} | ${cell()} | ${cell()} | ${cell()} |\n`;
    }
    const text = '# Дорожная карта наставничества на 2023-2024 учебный год\n\n' + HEADER + rows;
    const a = analyze(text);
    assert.deepEqual(a.internalErrors, []);
    assert.equal(a.model.tables[0]!.rows.length, 50);
  });

  // Only that it finishes with a sane model; speed lives in `npm run bench`. The rows are the real rows of
  // seed 000 (0.5–1.5 KB each, as roadmaps are written). Note: remark needs far more time and memory per
  // byte for very short rows (≈ 5 s and 300 MB per MB for 100-byte rows), which is why they are not used here.
  test('a 10 MB roadmap finishes and keeps every row', () => {
    const seed = readFileSync(join(__dirname, '..', 'examples', '000-spb-school34-roadmap.md'), 'utf8');
    const rows = seed.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Этап |'));
    assert.equal(rows.length, 8);
    const head =
      '# Дорожная карта реализации целевой модели наставничества на 2022-2023 учебный год\n\n| ' +
      'Этап | Содержание подэтапов | Мероприятия | Сроки | Ответственные |\n|---|---|---|---|---|\n';
    const block = rows.join('\n') + '\n';
    const repeats = Math.ceil((10_000_000 - head.length) / block.length);
    const text = head + block.repeat(repeats);
    assert.ok(text.length >= 10_000_000);
    const m = parseDocument(text);
    assert.equal(m.tables.length, 1);
    assert.equal(m.tables[0]!.rows.length, repeats * 8);
    assert.equal(m.truncated, undefined);
    const last = m.tables[0]!.rows.at(-1)!;
    assert.equal(text.slice(last.cells[3]!.span.start, last.cells[3]!.span.end), 'Сентябрь 2022 – май 2023');
    assert.equal(last.stage?.match?.stageId, 'information');
    assert.deepEqual(last.deadline?.parsed.intervals, [{ start: '2022-09-01', end: '2023-05-31' }]);
  });
});

test('a front matter read again (memoised) gives the same problems, not those of the last reading added on', () => {
  const text = '---\nвид: отчёт\nпрофиль: космонавты\n---\n\n# План\n';
  const first = parseDocument(text).meta.frontMatterProblems;
  const second = parseDocument(text).meta.frontMatterProblems;
  assert.deepEqual(
    first?.map((p) => p.message),
    ['bad-kind', 'bad-profile'],
  );
  assert.deepEqual(second, first);
});
