/**
 * The server's per-document analyzer (server/src/lsp/documents.ts): a parse cache for the few
 * documents being worked on, not for every open one (memory with 200 open documents), and the same
 * analysis as a whole-document one whether a document has its cache or has lost it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateRoadmap } from '../bench/generate';
import { analyze } from '../server/src/core/analyze';
import type { ParseCache } from '../server/src/core/incremental';
import { createParseCache } from '../server/src/core/parse';
import { AnalysisCache, type Analyzer, incrementalAnalyzer } from '../server/src/lsp/documents';

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

/** Counts turns of the event loop until `stop()`: a parse done at once lets none happen. */
function countTurns(): { stop(): number } {
  let turns = 0;
  let ticking = true;
  const tick = (): void => {
    turns++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  return { stop: () => ((ticking = false), turns) };
}

describe('AnalysisCache.latest: a big document opened cold does not hold up the others', () => {
  const BIG = generateRoadmap(1500); // ≈ 0.9 MB: parsed ahead in slices
  const open = () => true;
  const OPTIONS = {}; // the server hands out one options object while the settings stay
  const doc = (uri: string, text: string, version = 1) => TextDocument.create(uri, 'markdown', version, text);

  test('a small document asked for after the big one is answered first, while the event loop keeps turning', async () => {
    const cache = new AnalysisCache(() => OPTIONS, incrementalAnalyzer());
    const order: string[] = [];
    const turns = countTurns();
    const big = cache.latest(doc('file:///big.md', BIG), open).then((a) => (order.push('big'), a));
    const small = cache.latest(doc('file:///small.md', EXAMPLE), open).then((a) => (order.push('small'), a));
    const [bigAnalysis, smallAnalysis] = await Promise.all([big, small]);
    const turned = turns.stop();
    assert.deepEqual(order, ['small', 'big']);
    assert.ok(turned >= 10, `the event loop turned ${turned} times while the big document was parsed`);
    assert.deepEqual(codes(BIG, bigAnalysis), codes(BIG));
    assert.deepEqual(codes(EXAMPLE, smallAnalysis), codes(EXAMPLE));
  });

  test('edits made while it is parsed are in the analysis it resolves with', async () => {
    const cache = new AnalysisCache(() => OPTIONS, incrementalAnalyzer());
    const document = doc('file:///big.md', BIG);
    const pending = cache.latest(document, open);
    await new Promise((r) => setImmediate(r));
    // Row 10 loses its responsibles: missing-responsible must be reported for it.
    const row = BIG.indexOf('\n| 10. |') + 1;
    const line = BIG.slice(row, BIG.indexOf('\n', row));
    const cells = line.split('|');
    cells[5] = '  ';
    const emptied = cells.join('|');
    TextDocument.update(document, [{ range: { start: document.positionAt(row), end: document.positionAt(row + line.length) }, text: emptied }], 2);
    const analysis = await pending;
    assert.equal(document.version, 2);
    assert.deepEqual(codes(document.getText(), analysis), codes(document.getText()));
    const rowEnd = row + emptied.length;
    assert.ok(analysis!.diagnostics.some((d) => d.code === 'missing-responsible' && d.span.start >= row && d.span.end <= rowEnd), 'the emptied cell is reported');
    assert.equal(cache.peek(document.uri, 2), analysis);
  });

  test('closed while it is parsed: resolves with nothing, and the next document goes on', async () => {
    const cache = new AnalysisCache(() => OPTIONS, incrementalAnalyzer());
    let isOpen = true;
    const first = cache.latest(doc('file:///a.md', BIG), () => isOpen);
    await new Promise((r) => setImmediate(r));
    isOpen = false;
    const second = cache.latest(doc('file:///b.md', generateRoadmap(1500, 3)), open);
    assert.equal(await first, undefined);
    assert.equal(cache.peek('file:///a.md', 1), undefined, 'nothing analysed for the closed document');
    assert.ok(await second);
  });

  test('closed and opened again while it is parsed: the new one is parsed in slices too, not at once', async () => {
    const cache = new AnalysisCache(() => OPTIONS, incrementalAnalyzer());
    let firstOpen = true;
    const first = cache.latest(doc('file:///a.md', BIG), () => firstOpen);
    await new Promise((r) => setImmediate(r));
    firstOpen = false;
    cache.drop('file:///a.md');
    const turns = countTurns();
    const again = await cache.latest(doc('file:///a.md', BIG), open);
    const turned = turns.stop();
    assert.equal(await first, undefined);
    assert.ok(again);
    assert.ok(turned >= 10, `the event loop turned ${turned} times while the reopened document was parsed`);
  });

  test('two big documents are parsed one after the other, in the order asked; a second request shares the first', async () => {
    const prepared: string[] = [];
    const base = incrementalAnalyzer();
    const analyzer: Analyzer = {
      ...base,
      analyze: (key, text, options) => (prepared.push(`analyze ${key}`), base.analyze(key, text, options)),
      prepare: (key, text, options) => {
        const steps = base.prepare!(key, text, options);
        if (!steps) return undefined;
        return { next: () => { const r = steps.next(); if (!r.done) prepared.push(`step ${key}`); return r; } };
      },
    };
    const cache = new AnalysisCache(() => OPTIONS, analyzer);
    const a = doc('file:///a.md', BIG);
    const b = doc('file:///b.md', generateRoadmap(1500, 5));
    const results = await Promise.all([cache.latest(a, open), cache.latest(b, open), cache.latest(a, open)]);
    // Steps of «a», its analysis, then the steps of «b» and its analysis: never interleaved.
    const runs = prepared.filter((p, i) => p !== prepared[i - 1]);
    assert.deepEqual(runs, ['step file:///a.md', 'analyze file:///a.md', 'step file:///b.md', 'analyze file:///b.md']);
    assert.equal(results[0], results[2]);
  });
});
