/**
 * The incremental parse (core/read/incremental.ts) must give the very model a whole-document parse
 * gives — for the examples, generated roadmaps, CRLF/BOM variants and sequences of edits through one
 * cache — while parsing only what an edit touched. The property tests (random edits, warm-ups left
 * half done) are in test/slow/incremental-properties.test.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { generateDefectiveRoadmap, generateRoadmap } from '../bench/generate';
import { analyze } from '../server/src/core/analyze';
import { ParseCache, splitChunks, WARM_STEP_CHARS } from '../server/src/core/read/incremental';
import { blockParser, createParseCache, parseDocument, warmParseCache } from '../server/src/core/read/parse';

const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.md'))
  .map((f) => [f, readFileSync(join('examples', f), 'utf8')] as const);

/** The oracle: the whole text parsed at once (a big one is otherwise parsed block by block even without a cache). */
const WHOLE = { wholeParse: true } as const;

function sameModel(text: string, cache = createParseCache()): void {
  const whole = JSON.stringify(parseDocument(text, WHOLE));
  const incremental = JSON.stringify(parseDocument(text, { cache }));
  assert.equal(incremental, whole);
}

describe('incremental parse: the same model as a whole-document parse', () => {
  for (const [name, text] of EXAMPLES) {
    test(name, () => {
      sameModel(text);
      sameModel(text.replace(/\n/g, '\r\n'));
      sameModel('\ufeff' + text);
    });
  }
  for (const rows of [5, 20, 120]) {
    test(`generated roadmap, ${rows} rows (LF and CRLF)`, () => {
      const text = generateRoadmap(rows);
      sameModel(text);
      sameModel(text.replace(/\n/g, '\r\n'));
    });
  }
  test('blocks that blank lines do not end: comments, fences, front matter, lists', () => {
    const text = [
      '---',
      'вид: дорожная карта',
      '',
      'период: 2025-2026 учебный год',
      '---',
      '',
      '# Дорожная карта наставничества',
      '',
      '<!--',
      '',
      'многострочный комментарий',
      '',
      '-->',
      '',
      '```',
      '| a | b |',
      '',
      '|---|---|',
      '```',
      '',
      '- пункт',
      '',
      '  продолжение пункта',
      '',
      '- второй',
      '',
      '    код',
      '',
      '[ссылка]',
      '',
      'Текст',
      '---',
      '',
      '| Этап | Мероприятия | Сроки | Ответственные |',
      '|---|---|---|---|',
      '| Подготовка условий | Приказ | Сентябрь 2025 | Директор |',
    ].join('\n');
    sameModel(text);
  });
  test('a document with link reference definitions is parsed whole', () => {
    sameModel('# Дорожная карта\n\n[a]: https://example.org\n\n| x | y |\n|---|---|\n| [a] | b |\n');
  });
  test('chunks cover the text exactly, in order', () => {
    for (const [, text] of EXAMPLES) {
      const chunks = splitChunks(text);
      assert.equal(chunks.map((c) => c.text).join(''), text);
      let offset = 0;
      for (const c of chunks) {
        assert.equal(c.start, offset);
        offset += c.text.length;
      }
    }
  });
});

describe('incremental parse: edits through one cache', () => {
  test('typing into one cell of a 120-row table parses one row, nothing else', () => {
    const text = generateRoadmap(120);
    const cache = createParseCache();
    parseDocument(text, { cache });
    // The middle of a row line in the second half of the table.
    const lineStart = text.indexOf('\n|', text.length / 2) + 1;
    const at = lineStart + 20;
    assert.ok(lineStart > 0 && text.slice(lineStart, at).indexOf('\n') === -1);
    let current = text;
    for (const ch of ' 2025') {
      current = current.slice(0, at) + ch + current.slice(at);
      const model = parseDocument(current, { cache });
      assert.equal(cache.lastStats.rowsParsed, 1, JSON.stringify(cache.lastStats));
      assert.equal(cache.lastStats.chunksParsed, 0, JSON.stringify(cache.lastStats));
      assert.equal(JSON.stringify(model), JSON.stringify(parseDocument(current, WHOLE)));
    }
  });

  test('typing told to the cache as edits: the text is not split again, the model still equals a whole parse', () => {
    const text = '\ufeff' + generateRoadmap(120).replace(/\n/g, '\r\n');
    const cache = createParseCache(true);
    parseDocument(text, { cache });
    const lineStart = text.indexOf('\n|', text.length / 2) + 1;
    let current = text;
    let at = lineStart + 20;
    // A letter typed, one deleted, two typed before one parse, one at the very end of the row line.
    const edits: { start: number; end: number; insert: string }[][] = [
      [{ start: at, end: at, insert: 'а' }],
      [{ start: at, end: at + 1, insert: '' }],
      [
        { start: at, end: at, insert: 'б' },
        { start: at + 1, end: at + 1, insert: 'в' },
      ],
      [{ start: current.indexOf('\r\n', lineStart), end: current.indexOf('\r\n', lineStart), insert: ' |' }],
    ];
    for (const batch of edits) {
      for (const e of batch) {
        current = current.slice(0, e.start) + e.insert + current.slice(e.end);
        cache.noteChange({ start: e.start, end: e.end, inserted: e.insert.length });
      }
      const model = parseDocument(current, { cache });
      assert.equal(cache.lastStats.edited, true, JSON.stringify(cache.lastStats));
      assert.equal(cache.lastStats.rowsParsed, 1, JSON.stringify(cache.lastStats));
      assert.equal(JSON.stringify(model), JSON.stringify(parseDocument(current, WHOLE)));
    }
    // A paste that makes the row too wide to parse: the guard, checking the edited line alone, blanks it.
    at = lineStart + 20;
    const pipes = ' |'.repeat(70);
    current = current.slice(0, at) + pipes + current.slice(at);
    cache.noteChange({ start: at, end: at, inserted: pipes.length });
    const wide = parseDocument(current, { cache });
    assert.equal(wide.limits?.[0]?.kind, 'wide-row');
    assert.equal(JSON.stringify(wide), JSON.stringify(parseDocument(current, WHOLE)));
    // Taken back: the guard finds nothing again.
    current = current.slice(0, at) + current.slice(at + pipes.length);
    cache.noteChange({ start: at, end: at + pipes.length, inserted: 0 });
    assert.equal(parseDocument(current, { cache }).limits, undefined);
    // A line break typed into the row: split as usual, still the same model.
    at = current.indexOf('|', lineStart + 3);
    current = current.slice(0, at) + '\n' + current.slice(at);
    cache.noteChange({ start: at, end: at, inserted: 1 });
    const model = parseDocument(current, { cache });
    assert.equal(cache.lastStats.edited, false);
    assert.equal(JSON.stringify(model), JSON.stringify(parseDocument(current, WHOLE)));
  });

  test('an editing cache: identical rows that moved, then typed into, are read where they are', () => {
    // Two identical rows (the same row node twice in a parse) below the typing, which moves them each time.
    const twin = '| 7. |  | Встреча наставников | Май 2026 | Куратор | Протокол |';
    const lines = generateRoadmap(40).split('\n');
    const at = lines.findIndex((l) => l.startsWith('| 30. |'));
    lines.splice(at, 0, twin, twin);
    let text = lines.join('\n');
    const cache = createParseCache(true);
    parseDocument(text, { cache });
    const typeAt = (needle: string, insert: string) => {
      const i = text.indexOf(needle) + needle.length;
      text = text.slice(0, i) + insert + text.slice(i);
      cache.noteChange({ start: i, end: i, inserted: insert.length });
      assert.equal(JSON.stringify(parseDocument(text, { cache })), JSON.stringify(parseDocument(text, WHOLE)));
      assert.equal(cache.lastStats.edited, true);
    };
    typeAt('| 10. | ', 'а');
    typeAt('| 10. | ', 'бв');
    typeAt(twin.slice(0, 30), 'г'); // the first twin changed: the second is the same row as before, moved
    typeAt('| 10. | ', 'д');
  });

  test('typing in one row of a defect-heavy roadmap: untouched rows keep their reports, all equal to a cold analysis', () => {
    let text = generateDefectiveRoadmap(60);
    const parseCache = createParseCache();
    const first = analyze(text, { parseCache }).diagnostics;
    const codes = new Set(first.map((d) => d.code));
    for (const code of ['missing-responsible', 'unparsed-deadline']) assert.ok(codes.has(code), code);
    // Type into the activity cell of a row in the second half: the rows above and below are unchanged.
    const lineStart = text.indexOf('\n| 40. |') + 1;
    const at = text.indexOf('|', lineStart + 8) + 2;
    text = text.slice(0, at) + 'Срочно: ' + text.slice(at);
    const second = analyze(text, { parseCache }).diagnostics;
    assert.deepEqual(JSON.parse(JSON.stringify(second)), JSON.parse(JSON.stringify(analyze(text).diagnostics)));
    // The reports of other rows are the remembered ones (same data object), moved with their cells.
    const before = first.filter((d) => d.code === 'missing-responsible' && (d.data as { row: number }).row > 45);
    const after = second.filter((d) => d.code === 'missing-responsible' && (d.data as { row: number }).row > 45);
    assert.ok(before.length > 3);
    assert.equal(after.length, before.length);
    for (const [i, d] of after.entries()) assert.equal(d.data, before[i]!.data);
    // A new row above shifts every row index: nothing stale is reported.
    text = text.replace('\n| 10. |', '\n| 9a. | | Новое мероприятие | | | |\n| 10. |');
    assert.deepEqual(
      JSON.parse(JSON.stringify(analyze(text, { parseCache }).diagnostics)),
      JSON.parse(JSON.stringify(analyze(text).diagnostics)),
    );
  });

  test('a «|» typed before the header of a big table (one cell more than the delimiter: no table) neither throws nor differs', () => {
    // Found by the property test: the cache took the block for a table and built a node without a position.
    const text = generateRoadmap(120);
    const cache = createParseCache();
    parseDocument(text, { cache });
    const header = text.indexOf('| № |');
    const broken = text.slice(0, header) + '|' + text.slice(header);
    assert.equal(JSON.stringify(parseDocument(broken, { cache })), JSON.stringify(parseDocument(broken, WHOLE)));
    assert.equal(parseDocument(broken, { cache }).tables.length, 0);
    assert.equal(JSON.stringify(parseDocument(text, { cache })), JSON.stringify(parseDocument(text, WHOLE)));
  });

  test('analyze with a parse cache gives the same diagnostics', () => {
    for (const [, text] of EXAMPLES) {
      const cache = createParseCache();
      assert.deepEqual(analyze(text, { parseCache: cache }).diagnostics, analyze(text).diagnostics);
    }
  });
});

/** Runs a warm-up to its end (or `limit` steps); returns how many steps it took. */
function runWarm(steps: Generator<void, void, void> | undefined, limit = Infinity): number {
  let n = 0;
  while (steps && n < limit && !steps.next().done) n++;
  return n;
}

describe('incremental parse: warming a cold cache in steps (the server opening a big document)', () => {
  test('after the warm-up the parse parses nothing and gives the whole-document model (LF, CRLF, BOM)', () => {
    const base = generateRoadmap(300) + '\n## Примечание\n\nТекст после таблицы.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    for (const text of [base, base.replace(/\n/g, '\r\n'), '\ufeff' + base]) {
      const parsed: number[] = [];
      const cache = new ParseCache((t, o) => {
        parsed.push(t.length);
        return blockParser(t, o);
      });
      const steps = runWarm(warmParseCache(text, cache));
      // 300 rows of ≈ 620 characters in runs of ≈ WARM_STEP_CHARS: every step is one small parse.
      const longestRow = Math.max(...text.split('\n').map((l) => l.length));
      assert.ok(steps >= (300 * 600) / (WARM_STEP_CHARS + longestRow), `steps: ${steps}`);
      assert.equal(parsed.length, steps + 1, 'one parse per step, and the table header once');
      assert.ok(Math.max(...parsed) <= WARM_STEP_CHARS + 2 * longestRow, `longest parse: ${Math.max(...parsed)} characters`);
      const model = parseDocument(text, { cache });
      assert.equal(cache.lastStats.chunksParsed + cache.lastStats.rowsParsed, 0, JSON.stringify(cache.lastStats));
      assert.equal(JSON.stringify(model), JSON.stringify(parseDocument(text, WHOLE)));
    }
  });

  test('a warm cache needs no warm-up; a text grown by a paste does, and only for the new rows', () => {
    const text = generateRoadmap(200);
    const cache = createParseCache();
    parseDocument(text, { cache });
    assert.equal(warmParseCache(text, cache), undefined, 'the same text: nothing to do');
    assert.equal(runWarm(cache.warm(text)), 0, 'and a scan of it finds nothing to parse');
    const lastRow = text.lastIndexOf('\n|') + 1;
    const pasted =
      generateRoadmap(120, 7)
        .split('\n')
        .filter((l) => /^\| \d+\. \|/.test(l))
        .join('\n') + '\n';
    const grown = text.slice(0, lastRow) + pasted + text.slice(lastRow);
    const steps = warmParseCache(grown, cache, 50_000);
    assert.ok(steps, 'grown by more than 50,000 characters');
    assert.ok(runWarm(steps) >= 3);
    const model = parseDocument(grown, { cache });
    assert.equal(cache.lastStats.rowsParsed, 0, JSON.stringify(cache.lastStats));
    assert.equal(JSON.stringify(model), JSON.stringify(parseDocument(grown, WHOLE)));
  });

  test('many new rows without a warm-up are parsed in runs, not with the whole table', () => {
    const text = generateRoadmap(400);
    const cache = createParseCache();
    parseDocument(text, { cache });
    const lines = text.split('\n');
    const firstRow = lines.findIndex((l) => l.startsWith('| 1. |'));
    // 60 rows changed (a replace over a block): 60 parsed, the other 340 reused.
    for (let i = firstRow + 100; i < firstRow + 160; i++) lines[i] = lines[i]!.replace(' |', ' | (изм.)');
    const edited = lines.join('\n');
    const model = parseDocument(edited, { cache });
    assert.equal(cache.lastStats.rowsParsed, 60, JSON.stringify(cache.lastStats));
    assert.equal(cache.lastStats.rowsReused, 340, JSON.stringify(cache.lastStats));
    assert.equal(JSON.stringify(model), JSON.stringify(parseDocument(edited, WHOLE)));
  });

  test('a table with repeated rows, and a text with link definitions (parsed whole: no steps)', () => {
    const head = '# Дорожная карта\n\n| № | Этап | Мероприятия | Сроки | Ответственные |\n|---|---|---|---|---|\n';
    const rows = Array.from({ length: 80 }, (_, i) => `| ${i % 3}. | Этап | Мероприятие ${'x'.repeat(300)} | Май 2026 | Куратор |`).join(
      '\n',
    );
    const repeated = head + rows + '\n';
    const cache = createParseCache();
    assert.ok(runWarm(warmParseCache(repeated, cache)) >= 1);
    assert.equal(JSON.stringify(parseDocument(repeated, { cache })), JSON.stringify(parseDocument(repeated, WHOLE)));
    const linked = repeated + '\n[a]: https://example.org\n';
    const other = createParseCache();
    assert.equal(runWarm(warmParseCache(linked, other)), 0);
    assert.equal(warmParseCache(linked, other), undefined, 'and it is not asked for again');
    assert.equal(JSON.stringify(parseDocument(linked, { cache: other })), JSON.stringify(parseDocument(linked, WHOLE)));
  });
});

test('a big text without a parse cache (the CLI) gives the whole-document model too', () => {
  const text = generateRoadmap(400) + '\n## Примечание\n\nТекст.\n';
  assert.ok(text.length >= 200_000);
  for (const variant of [text, text.replace(/\n/g, '\r\n'), '\ufeff' + text]) {
    assert.equal(JSON.stringify(parseDocument(variant)), JSON.stringify(parseDocument(variant, WHOLE)));
  }
});
