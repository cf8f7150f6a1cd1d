/**
 * Typing through the server: each didChange is told to the document's parse cache edit by edit
 * (lsp/session.ts → core/read/incremental.ts `noteChange`), so an edit within one table row is not
 * split out of the text again. Whatever the edits — one letter, several changes in one notification,
 * a line break, a paste that makes a row too wide, a whole-text replace — the pulled diagnostics must
 * be those of a cold analysis of the same text.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { generateDefectiveRoadmap } from '../bench/generate';
import { analyze } from '../server/src/core/analyze';
import { positionAt, TestClient } from './lsp-client';

const URI = 'file:///typing/roadmap.md';
let client: TestClient;

before(async () => {
  client = await TestClient.start({ pull: true, locale: 'ru' });
});
after(() => client.stop());

const shown = (ds: Diagnostic[]) => ds.map((d) => `${d.code}@${JSON.stringify(d.range)} ${typeof d.message === 'string' ? d.message : ''}`);

function expected(text: string): string[] {
  return analyze(text).diagnostics.map(
    (d) => `${d.code}@${JSON.stringify({ start: positionAt(text, d.span.start), end: positionAt(text, d.span.end) })} ${d.message.ru}`,
  );
}

/** One change of an incremental didChange, and the text after it. */
function edit(text: string, start: number, end: number, insert: string): { change: { range: Range; text: string }; text: string } {
  return {
    change: { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert },
    text: text.slice(0, start) + insert + text.slice(end),
  };
}

test('edits through the server give the diagnostics of a cold analysis of the same text', async () => {
  let text = generateDefectiveRoadmap(60);
  let version = 1;
  client.open(URI, text, version);
  assert.deepEqual(shown(await client.pull(URI)), expected(text));
  const rowStart = text.indexOf('\n| 40. |') + 1;
  const cell = text.indexOf('|', rowStart + 8) + 2;
  // Each step: the changes of one notification, made at offsets of the text as each change finds it.
  const steps: ((t: string) => [number, number, string][])[] = [
    () => [[cell, cell, 'С']],
    () => [
      [cell + 1, cell + 1, 'р'],
      [cell + 2, cell + 2, 'очно: '],
    ],
    () => [[cell, cell + 3, '']],
    // The deadline cell of the same row made unreadable, and another row's responsible removed.
    (t) => {
      const deadline = t.indexOf('|', t.indexOf('|', cell) + 1) + 2;
      return [[deadline, deadline, 'когда-нибудь ']];
    },
    // Two rows in one notification, far apart.
    (t) => {
      const other = t.indexOf('\n| 10. |') + 10;
      return [
        [other, other, 'а'],
        [cell, cell, 'б'],
      ];
    },
    // A line break inside a row, then taken back.
    () => [[cell + 5, cell + 5, '\n']],
    () => [[cell + 5, cell + 6, '']],
    // A paste that makes the row too wide for the parser.
    () => [[cell, cell, ' |'.repeat(70)]],
    () => [[cell, cell + 140, '']],
  ];
  for (const step of steps) {
    const changes: { range: Range; text: string }[] = [];
    for (const [start, end, insert] of step(text)) {
      const e = edit(text, start, end, insert);
      changes.push(e.change);
      text = e.text;
    }
    client.change(URI, ++version, changes);
    assert.deepEqual(shown(await client.pull(URI)), expected(text), `after ${JSON.stringify(changes.map((c) => c.text))}`);
  }
  // A whole-text change (no range): the cache starts over.
  text = text.replace('| 20. |', '| 21. |');
  client.change(URI, ++version, [{ text }]);
  assert.deepEqual(shown(await client.pull(URI)), expected(text));
  client.change(URI, ++version, [edit(text, cell, cell, 'в').change]);
  text = edit(text, cell, cell, 'в').text;
  assert.deepEqual(shown(await client.pull(URI)), expected(text));
});
