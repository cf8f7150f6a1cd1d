/**
 * The server over stdio while a big document is opened cold (#9: «never block the server on one huge
 * document»): requests about other documents are answered before the big one's diagnostics, edits
 * made meanwhile are in them, and a close in the middle is harmless. Ordering is asserted, not time.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { generateDefectiveRoadmap, generateRoadmap } from '../bench/generate';
import { analyze } from '../server/src/core/analyze';
import { nodeEnvironment } from '../server/src/lsp/create-server';
import { WARM_MIN_CHARS } from '../server/src/lsp/documents';
import { example, positionAt, TestClient } from './lsp-client';

/** ≈ 0.3 MB: over the size parsed ahead in slices (WARM_MIN_CHARS); what is asserted is order, not time. */
const BIG = generateRoadmap(500);
const SMALL = example('001-tomsk-lyceum-roadmap.md');

describe('a big document opened cold does not hold up the server', () => {
  let client: TestClient;
  before(async () => {
    // One warm-up step per turn of the event loop: the small document's requests land between two steps
    // however fast the machine parses (with the 4 ms slice a fast parse could finish before they were read).
    client = await TestClient.start({ pull: true, locale: 'ru', environment: { ...nodeEnvironment, sliceMs: 0 } });
  });
  after(() => client.stop());

  test('requests about a small document, sent after the big one’s, are answered first', async () => {
    assert.ok(BIG.length > WARM_MIN_CHARS, 'big enough to be parsed ahead in slices');
    client.open(SMALL.uri, SMALL.text);
    await client.pull(SMALL.uri); // the small one is analysed and warm
    const big = 'file:///tmp/huge-roadmap.md';
    client.open(big, BIG);
    const order: string[] = [];
    const note = <T>(what: string, p: Promise<T>) =>
      p.then((v) => {
        order.push(what);
        return v;
      });
    const bigDiagnostics = note('big diagnostics', client.pull(big));
    const smallRequests = [
      note(
        'small hover',
        client.request<Hover | null>('textDocument/hover', {
          textDocument: { uri: SMALL.uri },
          position: positionAt(SMALL.text, SMALL.text.indexOf('Сентябрь') + 2),
        }),
      ),
      note('small symbols', client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: SMALL.uri } })),
      note('small diagnostics', client.pull(SMALL.uri)),
    ];
    const [hover, symbols, smallDiagnostics] = await Promise.all(smallRequests);
    const items = await bigDiagnostics;
    assert.deepEqual(order.slice(0, 3).sort(), ['small diagnostics', 'small hover', 'small symbols']);
    assert.equal(order[3], 'big diagnostics');
    assert.ok(hover && (symbols as DocumentSymbol[]).length > 0 && (smallDiagnostics as Diagnostic[]).length > 0);
    // The big roadmap is checked in full: the diagnostics the CLI's analysis gives, and its scores.
    assert.deepEqual(
      items.map((d) => `${d.code}@${d.range.start.line}`),
      analyze(BIG).diagnostics.map((d) => `${d.code}@${positionAt(BIG, d.span.start).line}`),
    );
    const scores = await client.request<{ completeness?: unknown }>('nastavnik/scores', { uri: big });
    assert.ok(scores.completeness, 'scores of the big document');
    client.close(big);
  });

  test('an edit sent while it is parsed is in the diagnostics that come back', async () => {
    const big = 'file:///tmp/huge-roadmap-2.md';
    client.open(big, BIG);
    const pending = client.pull(big);
    // Row 10 loses its responsibles while the first parse is under way.
    const row = BIG.indexOf('\n| 10. |') + 1;
    const line = BIG.slice(row, BIG.indexOf('\n', row));
    const cells = line.split('|');
    cells[5] = '  ';
    client.change(big, 2, [{ range: { start: positionAt(BIG, row), end: positionAt(BIG, row + line.length) }, text: cells.join('|') }]);
    const first = await pending;
    const again = await client.pull(big);
    const reported = (ds: Diagnostic[]) =>
      ds.some((d) => d.code === 'missing-responsible' && d.range.start.line === positionAt(BIG, row).line);
    assert.ok(reported(first), 'the answer to the request sent before the edit already holds it');
    assert.deepEqual(again, first);
    client.close(big);
  });

  test('closed while it is parsed: answered empty, and the server goes on', async () => {
    const big = 'file:///tmp/huge-roadmap-3.md';
    client.open(big, generateRoadmap(500, 9));
    const pending = client.pull(big);
    client.close(big);
    assert.deepEqual(await pending, []);
    assert.ok((await client.pull(SMALL.uri)).length > 0);
    assert.equal(client.exited, undefined);
  });
});

describe('a document with thousands of problems', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ pull: true, locale: 'ru', settings: { maxProblems: 100 } });
    await client.settingsApplied(); // else the first pull may come before maxProblems is read
  });
  after(() => client.stop());

  test('the editor gets the limit’s worth, errors first, and a notice with the count; 0 lifts the limit', async () => {
    const uri = 'file:///tmp/defective-roadmap.md';
    const text = generateDefectiveRoadmap(600);
    client.open(uri, text);
    const items = await client.pull(uri);
    assert.equal(items.length, 101);
    const [notice, ...rest] = items;
    assert.equal(notice!.code, 'too-many-problems');
    assert.equal(notice!.severity, 3);
    assert.equal(notice!.codeDescription, undefined, 'no rule page for the notice');
    const total = Number(/^В документе ([\d\u00a0]+) замечани/.exec(String(notice!.message))![1]!.replace(/\u00a0/g, ''));
    assert.ok(total >= 500, `${total} in all`);
    assert.ok(
      rest.every((d) => d.severity === 1),
      'the 200 errors come first: 100 of them are shown',
    );
    const lines = rest.map((d) => d.range.start.line);
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
      'in document order',
    );
    const refreshes = client.refreshes;
    client.settings = { maxProblems: 0 };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('a diagnostic refresh', () => client.refreshes > refreshes);
    const all = await client.pull(uri);
    assert.equal(all.length, total);
    assert.ok(!all.some((d) => d.code === 'too-many-problems'));
  });
});
