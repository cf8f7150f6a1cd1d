/**
 * The language server under abuse: malformed frames, out-of-order and unknown messages, ranges past
 * the end, a burst of 1,000 edits, documents opened and closed over and over. Afterwards it must be
 * alive, answer a normal request correctly, and its memory must stay bounded.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { serverBundle, TestClient } from '../lsp-client';

const EXAMPLE = readFileSync('examples/001-tomsk-lyceum-roadmap.md', 'utf8');
const clients: TestClient[] = [];
after(async () => {
  for (const c of clients) await c.stop().catch(() => undefined);
});

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function stillWorks(client: TestClient): Promise<void> {
  const uri = `file:///abuse/check-${Date.now()}.md`;
  client.open(uri, EXAMPLE);
  const diagnostics = await client.pull(uri);
  assert.ok(
    diagnostics.some((d) => d.code === 'missing-responsible'),
    'a normal document is still checked correctly',
  );
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(symbols.length > 0);
}

describe('server under abuse', () => {
  test('malformed frames and JSON: the server stays up and keeps answering', async () => {
    const server = await serverBundle();
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    child.stdin.write(frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'));
    child.stdin.write(frame('{ this is not json'));
    child.stdin.write(frame('{"jsonrpc":"2.0","id":2,"method":"no/such/method","params":{}}'));
    child.stdin.write(
      frame(
        '{"jsonrpc":"2.0","id":3,"method":"textDocument/hover",' +
          '"params":{"textDocument":{"uri":"file:///never-opened.md"},"position":{"line":99,"character":99}}}',
      ),
    );
    child.stdin.write(frame('[1,2,3]'));
    child.stdin.write(frame('{"jsonrpc":"2.0","id":4,"method":"shutdown"}'));
    const until = Date.now() + 20_000;
    while (Date.now() < until && !/"id":4/.test(out)) await new Promise((r) => setTimeout(r, 50));
    assert.match(out, /"id":1,"result":\{"capabilities"/, 'initialize answered');
    assert.match(out, /"id":2,"error":\{"code":-32601/, 'unknown method: MethodNotFound');
    assert.match(out, /"id":3,"result":null|"id":3,"error"/, 'hover on an unknown document: an empty answer or an error');
    assert.match(out, /"id":4,"result":null/, 'still answering after the junk');
    assert.equal(child.exitCode, null, 'alive');
    child.kill();
  });

  test('a client that does not read for a while: the server keeps working, memory bounded', async () => {
    const server = await serverBundle();
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.pause(); // nobody reads: the pipe fills and the server's writes queue up
    const frame = (body: unknown) => {
      const json = JSON.stringify(body);
      return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
    };
    child.stdin.write(
      frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, locale: 'ru', capabilities: {} } }),
    );
    child.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
    const uri = 'file:///abuse/unread.md';
    child.stdin.write(
      frame({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'markdown', version: 1, text: EXAMPLE } },
      }),
    );
    // 300 full-text changes, each answered by pushed diagnostics that nobody reads.
    for (let v = 2; v <= 301; v++)
      child.stdin.write(
        frame({
          jsonrpc: '2.0',
          method: 'textDocument/didChange',
          params: { textDocument: { uri, version: v }, contentChanges: [{ text: EXAMPLE + '\n'.repeat(v % 3) }] },
        }),
      );
    child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } }));
    await new Promise((r) => setTimeout(r, 1500)); // let it work while unread (not a timing assertion)
    assert.equal(child.exitCode, null, 'alive');
    assert.ok(rssMb(child.pid!) < 500, `RSS ${rssMb(child.pid!).toFixed(0)} MB`);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout.resume();
    const until = Date.now() + 30_000;
    while (Date.now() < until && !/"id":2,"result":\[/.test(out)) await new Promise((r) => setTimeout(r, 50));
    assert.match(out, /"id":2,"result":\[/, 'the queued request is answered once the client reads');
    child.kill();
  });

  test('out-of-order, past-the-end and repeated messages', async () => {
    const client = await TestClient.start({ pull: true });
    clients.push(client);
    const uri = 'file:///abuse/order.md';
    client.change('file:///abuse/never-opened.md', 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
    ]);
    client.close('file:///abuse/never-opened.md');
    client.open(uri, EXAMPLE);
    client.change(uri, 2, [{ range: { start: { line: 5000, character: 10 }, end: { line: 9000, character: 99 } }, text: 'хвост' }]);
    client.change(uri, 1, [{ text: 'старая версия' }]); // an older version after a newer one
    client.close(uri);
    client.close(uri);
    await assert.rejects(client.request('nastavnik/scores', { uri: 'file:///abuse/unknown.md' }));
    await stillWorks(client);
  });

  test('1,000 edits in a burst and 50 documents opened and closed 10 times: alive, memory bounded', async () => {
    // Spawned: the memory bound is the server process's own.
    const client = await TestClient.spawn({ pull: false });
    clients.push(client);
    const pid = client.pid;
    const uri = 'file:///abuse/burst.md';
    client.open(uri, EXAMPLE);
    const line = EXAMPLE.split('\n').findIndex((l) => l.includes('До 20.09.2023'));
    for (let v = 2; v <= 1001; v++) {
      client.change(uri, v, [
        { range: { start: { line, character: 3 }, end: { line, character: v % 2 === 0 ? 3 : 4 } }, text: v % 2 === 0 ? 'я' : '' },
      ]);
    }
    const last = await client.pushed(uri, 1001);
    assert.ok(last.length > 0, 'the last version is checked');
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 50; i++) client.open(`file:///abuse/many-${i}.md`, EXAMPLE, round + 1);
      for (let i = 0; i < 50; i++) client.close(`file:///abuse/many-${i}.md`);
    }
    await stillWorksPush(client);
    // A memory bound, not a timing one: the server holds only what is open.
    assert.ok(rssMb(pid) < 500, `RSS ${rssMb(pid).toFixed(0)} MB`);
  });
});

async function stillWorksPush(client: TestClient): Promise<void> {
  const uri = 'file:///abuse/after.md';
  client.open(uri, EXAMPLE, 1);
  const diagnostics = await client.pushed(uri, 1);
  assert.ok(diagnostics.some((d) => d.code === 'missing-responsible'));
}
