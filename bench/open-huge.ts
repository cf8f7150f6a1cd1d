/**
 * Opening a huge document while working in another («never block the server on one huge document»):
 * the server holds a small roadmap the user types in; a 5,000-row roadmap is opened and its
 * diagnostics pulled; meanwhile a keystroke goes to the small one every 20 ms (didChange + pull).
 * Measured: open → the big one's diagnostics, and the small one's keystroke latencies in that time —
 * with the big document parsed in slices between messages they stay near the usual few milliseconds,
 * except while its final analysis runs in one piece.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRoadmap } from './generate';
import { pullDiagnostics, startServer } from './lsp-client';
import { ROOT } from './paths';
import { round, summarize, type Timing } from './stats';

export interface OpenHugeResult {
  rows: number;
  kb: number;
  bigMs: number;
  keystrokes: number;
  latency: Timing;
  maxMs: number;
}

export async function openHuge(rows = 5000, everyMs = 20): Promise<OpenHugeResult> {
  const { connection, close } = await startServer();
  try {
    const small = readFileSync(join(ROOT, 'examples', '001-tomsk-lyceum-roadmap.md'), 'utf8');
    const smallUri = 'file:///bench/small.md';
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: smallUri, languageId: 'markdown', version: 1, text: small },
    });
    await pullDiagnostics(connection, smallUri);
    const big = generateRoadmap(rows);
    const bigUri = `file:///bench/huge-${rows}.md`;
    const t0 = performance.now();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'markdown', version: 1, text: big } });
    let bigMs = 0;
    const bigDone = pullDiagnostics(connection, bigUri).then(() => (bigMs = performance.now() - t0));
    const times: number[] = [];
    let version = 1;
    // Typing at the end of the small document's first line, one character per keystroke.
    const character = small.indexOf('\n');
    while (bigMs === 0) {
      const started = performance.now();
      version++;
      const change = {
        range: { start: { line: 0, character: character + version - 2 }, end: { line: 0, character: character + version - 2 } },
        text: 'а',
      };
      connection.sendNotification('textDocument/didChange', { textDocument: { uri: smallUri, version }, contentChanges: [change] });
      await pullDiagnostics(connection, smallUri);
      const took = performance.now() - started;
      if (bigMs === 0) times.push(took);
      await new Promise((r) => setTimeout(r, Math.max(0, everyMs - took)));
    }
    await bigDone;
    return {
      rows,
      kb: Math.round(Buffer.byteLength(big) / 1024),
      bigMs: round(bigMs),
      keystrokes: times.length,
      latency: summarize(times),
      maxMs: round(Math.max(...times)),
    };
  } finally {
    await close();
  }
}
