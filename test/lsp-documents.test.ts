/**
 * The server's per-document analyzer (server/src/lsp/documents.ts): a parse cache for the few
 * documents being worked on, not for every open one (memory with 200 open documents), and the same
 * analysis as a whole-document one whether a document has its cache or has lost it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import type { ParseCache } from '../server/src/core/incremental';
import { createParseCache } from '../server/src/core/parse';
import { incrementalAnalyzer } from '../server/src/lsp/documents';

const EXAMPLE = readFileSync('examples/001-tomsk-lyceum-roadmap.md', 'utf8');
const codes = (text: string, a = analyze(text)) => a.diagnostics.map((d) => `${d.code}@${d.span.start}-${d.span.end}`);

test('parse caches are kept for the most recently analysed documents only, least recent dropped first', () => {
  const made: ParseCache[] = [];
  const analyzer = incrementalAnalyzer(2, () => {
    const c = createParseCache();
    made.push(c);
    return c;
  });
  for (const key of ['a', 'b', 'a', 'c']) analyzer.analyze(key, EXAMPLE, {});
  assert.equal(made.length, 3, 'a, b, c each got one cache; the second «a» reused its own');
  analyzer.analyze('a', EXAMPLE, {});
  assert.equal(made.length, 3, '«a» was used more recently than «b», so «c» evicted «b»');
  analyzer.analyze('b', EXAMPLE, {});
  assert.equal(made.length, 4, '«b» lost its cache and gets a new one');
  analyzer.forget!('b');
  analyzer.analyze('b', EXAMPLE, {});
  assert.equal(made.length, 5, 'a closed document keeps nothing');
});

test('an evicted document is analysed exactly as a whole-document analysis, before and after an edit', () => {
  const analyzer = incrementalAnalyzer(1);
  const edited = EXAMPLE.replace('Сентябрь', 'Сентбярь');
  assert.notEqual(edited, EXAMPLE);
  assert.deepEqual(codes(EXAMPLE, analyzer.analyze('doc', EXAMPLE, {})), codes(EXAMPLE));
  analyzer.analyze('other', EXAMPLE, {}); // evicts «doc»
  assert.deepEqual(codes(edited, analyzer.analyze('doc', edited, {})), codes(edited));
  assert.deepEqual(codes(EXAMPLE, analyzer.analyze('doc', EXAMPLE, {})), codes(EXAMPLE));
});
