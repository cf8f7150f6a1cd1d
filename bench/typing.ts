/**
 * Typing latency through the real language server (`node dist/server.js --stdio`): 200 one-character
 * edits to one cell of a generated roadmap, each followed by a pull-diagnostics request; the time
 * from sending the change to receiving the diagnostics (server work + JSON-RPC over stdio).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateRoadmap } from './generate';

export interface TypingResult { rows: number; kb: number; edits: number; medianMs: number; p95Ms: number; coldMs: number; diagnostics: number }

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

export async function typingLatency(rows: number, edits = 200): Promise<TypingResult> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: null, locale: 'ru',
    capabilities: { textDocument: { diagnostic: { dynamicRegistration: false }, synchronization: { didSave: true } }, workspace: { configuration: true } },
  });
  connection.sendNotification('initialized', {});
  const text = generateRoadmap(rows);
  const uri = `file:///bench/roadmap-${rows}.md`;
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  let t0 = performance.now();
  let report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: unknown[] };
  const coldMs = performance.now() - t0;
  // A cell in the middle of the table.
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('|'));
  const character = lines[line]!.indexOf('|', 5) + 2;
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const insert = i % 10 === 9;
    t0 = performance.now();
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [insert || i % 2 === 0
        ? { range: { start: { line, character }, end: { line, character } }, text: 'а' }
        : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }],
    });
    report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: unknown[] };
    times.push(performance.now() - t0);
  }
  connection.dispose();
  child.kill();
  return { rows, kb: Math.round(text.length / 1024), edits, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), coldMs, diagnostics: report.items.length };
}

if (require.main === module) {
  void (async () => {
    for (const rows of (process.argv[2] ?? '500,5000').split(',').map(Number)) {
      const r = await typingLatency(rows);
      console.log(`${rows} rows (${r.kb} KB): cold ${r.coldMs.toFixed(0)} ms, typing median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms`);
    }
  })();
}
