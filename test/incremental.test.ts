/**
 * The incremental parse (core/incremental.ts) must give the very model a whole-document parse
 * gives — for the examples, generated roadmaps, CRLF/BOM variants and sequences of edits through one
 * cache — while parsing only what an edit touched.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { generateRoadmap } from '../bench/generate';
import { analyze } from '../server/src/core/analyze';
import { splitChunks } from '../server/src/core/incremental';
import { createParseCache, parseDocument } from '../server/src/core/parse';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join('examples', f), 'utf8')] as const);

function sameModel(text: string, cache = createParseCache()): void {
  const whole = JSON.stringify(parseDocument(text));
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
      '---', 'вид: дорожная карта', '', 'период: 2025-2026 учебный год', '---', '', '# Дорожная карта наставничества', '',
      '<!--', '', 'многострочный комментарий', '', '-->', '', '```', '| a | b |', '', '|---|---|', '```', '',
      '- пункт', '', '  продолжение пункта', '', '- второй', '', '    код', '', '[ссылка]', '', 'Текст', '---', '',
      '| Этап | Мероприятия | Сроки | Ответственные |', '|---|---|---|---|', '| Подготовка условий | Приказ | Сентябрь 2025 | Директор |',
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
      for (const c of chunks) { assert.equal(c.start, offset); offset += c.text.length; }
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
      assert.equal(JSON.stringify(model), JSON.stringify(parseDocument(current)));
    }
  });

  test('random edits (insert, delete, new rows, blank lines, pipes) keep the model equal', () => {
    const base = generateRoadmap(40) + '\n## Примечание\n\nТекст после таблицы.\n';
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 12 }),
      insert: fc.constantFrom('', 'а', '|', '\n', '\n\n', ' | ', '| 99. | Этап | Мероприятие | Май 2026 | Куратор | Отчёт |\n', '<br>', '---', '\r\n', '*', '`'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const cache = createParseCache();
        let text = base;
        parseDocument(text, { cache });
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          assert.equal(JSON.stringify(parseDocument(text, { cache })), JSON.stringify(parseDocument(text)));
        }
      }),
      { seed: 20261122, numRuns: 60 },
    );
  });

  test('analyze with a parse cache gives the same diagnostics', () => {
    for (const [, text] of EXAMPLES) {
      const cache = createParseCache();
      assert.deepEqual(analyze(text, { parseCache: cache }).diagnostics, analyze(text).diagnostics);
    }
  });
});
