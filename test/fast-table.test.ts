/**
 * The line-level table reader (core/read/fast-table.ts, fast-parse.ts) against its oracle, remark's
 * parse of the whole text: the same mdast (every node and position, tables included) and the same
 * document model, on every example, fixture and real-world document, their CRLF and BOM variants,
 * and generated tables full of what trips a table reader (escaped pipes, code spans, HTML, entities,
 * tabs, ragged rows, alignment colons, lazy continuation lines, a paragraph right above).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { generateRoadmap } from '../bench/generate';
import { readTable } from '../server/src/core/read/fast-table';
import { createParseCache, parseDocument, parseMarkdown, remarkParser } from '../server/src/core/read/parse';
import { ORACLE, sameAsOracle } from './fast-table-support';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []))
    .sort();
}

const DOCUMENTS = [...markdownFiles('examples'), ...markdownFiles(join('test', 'fixtures'))].map(
  (f) => [f, readFileSync(f, 'utf8')] as const,
);

/** How many of the text's tables the line-level reader reads (not left to remark). */
function tablesReadFast(text: string): number {
  let count = 0;
  for (const node of parseMarkdown(text).children) {
    if (node.type !== 'table') continue;
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const read = readTable(text, start - (node.position!.start.column - 1), end, node.position!.start.line, (t) =>
      remarkParser(t, { frontMatter: false }),
    );
    if (read) count++;
  }
  return count;
}

describe('fast table reader: the same tree and model as remark alone', () => {
  for (const [name, text] of DOCUMENTS) {
    test(name, () => {
      sameAsOracle(text);
      sameAsOracle(text.replace(/\r?\n/g, '\r\n'));
      sameAsOracle('\ufeff' + text);
    });
  }

  test('the examples and generated roadmaps are read by the fast reader, not left to remark', () => {
    const examples = DOCUMENTS.filter(([f]) => f.startsWith('examples'));
    const fast = examples.reduce((n, [, text]) => n + tablesReadFast(text), 0);
    const all = examples.reduce((n, [, text]) => n + parseMarkdown(text, true).children.filter((c) => c.type === 'table').length, 0);
    assert.ok(fast >= all * 0.8, `${fast} of ${all} tables read line by line`);
    assert.equal(tablesReadFast(generateRoadmap(60)), 1);
  });

  for (const rows of [5, 120, 600]) {
    test(`generated roadmap, ${rows} rows, LF / CRLF / BOM, with and without a parse cache`, () => {
      const text = generateRoadmap(rows);
      for (const t of [text, text.replace(/\n/g, '\r\n'), '\ufeff' + text]) {
        sameAsOracle(t);
        assert.deepEqual(parseDocument(t, { cache: createParseCache() }), parseDocument(t, ORACLE));
      }
    });
  }

  test('tables the reader must get exactly right or decline', () => {
    const cases = [
      '| a | b |\n|---|---|\n| x  y | z |\n|  | w\t|\n| p |\n| 1 | 2 | 3 |\n  | i | j |  \n',
      '| a | b |\r\n|:--|--:|\r\n| x | y  \r\n| x | y |  \r\n',
      '|a|b|\n|-|-|\n|`c|d`|e\\|f|\n|\\\\|g|\n| ``a\\|b`` | q |\n',
      '| a |\n|:-:|\n|\n||\n| |\n|a\n|  a |   \n| a || b |\n',
      '| a |\n| - |  \n\n| b |\n| - \n',
      'абзац\n| a |\n| - |\n| x |\n',
      '| a | b |\n|---|---|\n| x | y |\nленивое продолжение\n| z | w |\n',
      '| a |\n|---|\n| **жирный** и <br> и &amp; и ~зачёркнутый~ и [ссылка](http://x.ru) |\n| www.school.ru, a@b.ru |\n',
      '| a |\n|---|\n| \u00a0неразрывный\u00a0 | 😀 | ё\t |\n| `код` |\n| \\* |\n| x\\ |\n',
      '    | a |\n    |---|\n\n\t| a |\n\t|---|\n',
      '| a | b |\n|---|\n| x | y |\n\n| a |\n|---|---|\n',
      '| a |\n|---|\n| x |\n\n[x]: http://example.com\n',
      '| a |\n|---|\n| [^1] |\n\n[^1]: сноска\n',
      '| a |\n|---|\n| x\u0000y |\n| x\ry |\n',
      'абзац\r\r\n\r\n| a |\n|---|\n| x |\n',
    ];
    for (const text of cases) {
      sameAsOracle(text);
      sameAsOracle(`# Заголовок\n\n${text}\nтекст после\n`);
    }
  });
});

// Cell contents and row shapes that trip table readers, put together at random.
