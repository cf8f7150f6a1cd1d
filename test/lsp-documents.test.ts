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
import { type Analysis, analyze } from '../server/src/core/analyze';
import type { ParseCache } from '../server/src/core/read/incremental';
import { createParseCache } from '../server/src/core/read/parse';
import { AnalysisCache, type Analyzer, incrementalAnalyzer, WARM_MIN_CHARS } from '../server/src/lsp/documents';

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

test('an edit told to the analyzer reaches its parse cache: one row re-read, the text not split again', () => {
  const made: ParseCache[] = [];
  const analyzer = incrementalAnalyzer(2, () => {
    const c = createParseCache(true);
    made.push(c);
    return c;
  });
  let text = generateRoadmap(40);
  analyzer.edited!('a', { start: 0, end: 0, inserted: 0 });
  assert.equal(made.length, 0, 'an edit of a document without a cache makes none');
  analyzer.analyze('a', text, {});
  assert.equal(made.length, 1);
  const at = text.indexOf('\n| 20. |') + 12;
  text = text.slice(0, at) + 'а' + text.slice(at);
  analyzer.edited!('a', { start: at, end: at, inserted: 1 });
  const second = analyzer.analyze('a', text, {});
  assert.equal(made[0]!.lastStats.edited, true, JSON.stringify(made[0]!.lastStats));
  assert.equal(made[0]!.lastStats.rowsParsed, 1);
  assert.deepEqual(codes(text, second), codes(text));
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

/**
 * Records a turn of the event loop in `log` at every turn until `stop()`. With one parse step per
 * slice (sliceMs 0), a turn between every two steps is what lets other messages in; a parse done at
 * once shows no turn between its steps. No clock is read.
 */
function recordTurns(log: string[]): { stop(): void } {
  let ticking = true;
  const tick = (): void => {
    log.push('turn');
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      ticking = false;
    },
  };
}

/** The incremental analyzer, with every parse step it runs recorded in `log` as `step <uri>`. */
function tracedAnalyzer(log: string[]): Analyzer {
  const base = incrementalAnalyzer();
  return {
    ...base,
    analyze: (key, text, options) => {
      log.push(`analyze ${key}`);
      return base.analyze(key, text, options);
    },
    prepare: (key, text, options) => {
      const steps = base.prepare!(key, text, options);
      if (!steps) return undefined;
      return {
        next: () => {
          const r = steps.next();
          if (!r.done) log.push(`step ${key}`);
          return r;
        },
      };
    },
  };
}

/** Parse steps in the log, and how many of them ran with no turn of the event loop since the previous step. */
function stepsAndBackToBack(log: readonly string[]): { steps: number; backToBack: number } {
  let steps = 0;
  let backToBack = 0;
  for (let i = 0; i < log.length; i++) {
    if (!log[i]!.startsWith('step')) continue;
    steps++;
    if (log[i - 1]?.startsWith('step')) backToBack++;
  }
  return { steps, backToBack };
}

describe('AnalysisCache.latest: a big document opened cold does not hold up the others', () => {
  // ≈ 0.3 MB: over WARM_MIN_CHARS, so parsed ahead in slices; what is asserted is order, not time.
  const BIG = generateRoadmap(500);
  const open = () => true;
  const OPTIONS = {}; // the server hands out one options object while the settings stay
  const doc = (uri: string, text: string, version = 1) => TextDocument.create(uri, 'markdown', version, text);

  test('the big documents here are big enough to be parsed ahead', () => {
    for (const seed of [undefined, 3, 5]) assert.ok(generateRoadmap(500, seed).length > WARM_MIN_CHARS);
  });

  test('a small document asked for after the big one is answered first, while the event loop keeps turning', async () => {
    const log: string[] = [];
    const cache = new AnalysisCache(() => OPTIONS, tracedAnalyzer(log), 0);
    const order: string[] = [];
    const turns = recordTurns(log);
    const noted = (what: string) => (a: Analysis | undefined) => {
      order.push(what);
      return a;
    };
    const big = cache.latest(doc('file:///big.md', BIG), open).then(noted('big'));
    const small = cache.latest(doc('file:///small.md', EXAMPLE), open).then(noted('small'));
    const [bigAnalysis, smallAnalysis] = await Promise.all([big, small]);
    turns.stop();
    assert.deepEqual(order, ['small', 'big']);
    const { steps, backToBack } = stepsAndBackToBack(log);
    assert.ok(steps >= 10, `the big document was parsed ahead in ${steps} steps`);
    assert.equal(backToBack, 0, 'the event loop turned between every two slices');
    assert.deepEqual(codes(BIG, bigAnalysis), codes(BIG));
    assert.deepEqual(codes(EXAMPLE, smallAnalysis), codes(EXAMPLE));
  });

  test('edits made while it is parsed are in the analysis it resolves with', async () => {
    // One step per slice: the edit lands between two steps of the warm-up, however fast the machine.
    const log: string[] = [];
    const cache = new AnalysisCache(() => OPTIONS, tracedAnalyzer(log), 0);
    const document = doc('file:///big.md', BIG);
    const pending = cache.latest(document, open);
    await new Promise((r) => setImmediate(r));
    log.push('edit');
    // Row 10 loses its responsibles: missing-responsible must be reported for it.
    const row = BIG.indexOf('\n| 10. |') + 1;
    const line = BIG.slice(row, BIG.indexOf('\n', row));
    const cells = line.split('|');
    cells[5] = '  ';
    const emptied = cells.join('|');
    TextDocument.update(
      document,
      [{ range: { start: document.positionAt(row), end: document.positionAt(row + line.length) }, text: emptied }],
      2,
    );
    const analysis = await pending;
    assert.ok(log.indexOf('step file:///big.md') < log.indexOf('edit'), 'the warm-up had begun before the edit');
    assert.ok(log.lastIndexOf('step file:///big.md') > log.indexOf('edit'), 'and went on after it');
    assert.equal(document.version, 2);
    assert.deepEqual(codes(document.getText(), analysis), codes(document.getText()));
    const rowEnd = row + emptied.length;
    assert.ok(
      analysis!.diagnostics.some((d) => d.code === 'missing-responsible' && d.span.start >= row && d.span.end <= rowEnd),
      'the emptied cell is reported',
    );
    assert.equal(cache.peek(document.uri, 2), analysis);
  });

  test('closed while it is parsed: resolves with nothing, and the next document goes on', async () => {
    // One step per slice: the close lands between two steps of the warm-up, however fast the machine.
    const log: string[] = [];
    const cache = new AnalysisCache(() => OPTIONS, tracedAnalyzer(log), 0);
    let isOpen = true;
    const first = cache.latest(doc('file:///a.md', BIG), () => isOpen);
    await new Promise((r) => setImmediate(r));
    isOpen = false;
    const stepsBeforeClose = log.filter((l) => l === 'step file:///a.md').length;
    const second = cache.latest(doc('file:///b.md', generateRoadmap(500, 3)), open);
    assert.equal(await first, undefined);
    assert.ok(stepsBeforeClose > 0, 'the warm-up had begun');
    assert.equal(log.filter((l) => l === 'step file:///a.md').length, stepsBeforeClose, 'and stopped at the close');
    assert.ok(!log.includes('analyze file:///a.md'), 'the closed document was never analysed');
    assert.equal(cache.peek('file:///a.md', 1), undefined, 'nothing analysed for the closed document');
    assert.ok(await second);
  });

  test('closed and opened again while it is parsed: the new one is parsed in slices too, not at once', async () => {
    const log: string[] = [];
    const cache = new AnalysisCache(() => OPTIONS, tracedAnalyzer(log), 0);
    let firstOpen = true;
    const first = cache.latest(doc('file:///a.md', BIG), () => firstOpen);
    await new Promise((r) => setImmediate(r));
    firstOpen = false;
    cache.drop('file:///a.md');
    const reopened = log.length;
    const turns = recordTurns(log);
    const again = await cache.latest(doc('file:///a.md', BIG), open);
    turns.stop();
    assert.equal(await first, undefined);
    assert.ok(again);
    const { steps, backToBack } = stepsAndBackToBack(log.slice(reopened));
    assert.ok(steps >= 10, `the reopened document was parsed ahead in ${steps} steps`);
    assert.equal(backToBack, 0, 'the event loop turned between every two slices');
  });

  test('two big documents are parsed one after the other, in the order asked; a second request shares the first', async () => {
    // The server's own slice (SLICE_MS): the order asserted does not depend on how many steps fit in one.
    const prepared: string[] = [];
    const cache = new AnalysisCache(() => OPTIONS, tracedAnalyzer(prepared));
    const a = doc('file:///a.md', BIG);
    const b = doc('file:///b.md', generateRoadmap(500, 5));
    const results = await Promise.all([cache.latest(a, open), cache.latest(b, open), cache.latest(a, open)]);
    // Steps of «a», its analysis, then the steps of «b» and its analysis: never interleaved.
    const runs = prepared.filter((p, i) => p !== prepared[i - 1]);
    assert.deepEqual(runs, ['step file:///a.md', 'analyze file:///a.md', 'step file:///b.md', 'analyze file:///b.md']);
    assert.equal(results[0], results[2]);
  });
});
