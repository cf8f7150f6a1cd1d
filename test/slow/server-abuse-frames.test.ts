/**
 * The language server fed raw bytes (test/server-abuse.test.ts covers well-formed abuse): requests
 * before `initialize`, and broken framing — a Content-Length that is not a number, missing, negative,
 * too short, too long or absurd, a header line without a colon. The server must not crash or exit on
 * any of them, and its memory must stay bounded. What it should do afterwards is a `todo` below.
 */
import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { serverBundle } from '../lsp-client';

const EXAMPLE = readFileSync('examples/001-tomsk-lyceum-roadmap.md', 'utf8');
const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: null, rootUri: null, locale: 'ru', capabilities: {} },
};

/** A server on raw stdio: writes whatever bytes it is given, parses the framed messages it sends back. */
class RawServer {
  readonly messages: Record<string, unknown>[] = [];
  private pending = Buffer.alloc(0);

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    // A server that exits on a broken frame (as it may) closes its stdin: a later write then fails
    // with EPIPE, which is the outcome under test, not an error of the test itself.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    child.stdout.on('data', (chunk: Buffer) => {
      this.pending = Buffer.concat([this.pending, chunk]);
      for (;;) {
        const headerEnd = this.pending.indexOf('\r\n\r\n');
        const length = Number(/Content-Length: (\d+)/i.exec(this.pending.subarray(0, Math.max(headerEnd, 0)).toString('ascii'))?.[1]);
        if (headerEnd < 0 || !(length >= 0) || this.pending.length < headerEnd + 4 + length) return;
        this.messages.push(
          JSON.parse(this.pending.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Record<string, unknown>,
        );
        this.pending = this.pending.subarray(headerEnd + 4 + length);
      }
    });
  }

  static async start(): Promise<RawServer> {
    const child = spawn(process.execPath, [await serverBundle(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const server = new RawServer(child);
    servers.push(server);
    return server;
  }

  send(message: unknown): void {
    const json = JSON.stringify(message);
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
  }

  raw(bytes: string): void {
    this.child.stdin.write(bytes);
  }

  /** The answer to request `id`, or undefined if none came within `ms` (a wait, not a timing assertion). */
  async answer(id: number, ms = 15_000): Promise<Record<string, unknown> | undefined> {
    const until = Date.now() + ms;
    for (;;) {
      const found = this.messages.find((m) => m.id === id && ('result' in m || 'error' in m));
      if (found || Date.now() > until || this.child.exitCode !== null) return found;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  rssMb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  }
}

const servers: RawServer[] = [];
after(() => {
  for (const s of servers) s.child.kill();
});

const symbolsOf = (uri: string, id: number) => ({
  jsonrpc: '2.0',
  id,
  method: 'textDocument/documentSymbol',
  params: { textDocument: { uri } },
});
const open = (uri: string, text: string) => ({
  jsonrpc: '2.0',
  method: 'textDocument/didOpen',
  params: { textDocument: { uri, languageId: 'markdown', version: 1, text } },
});

/** Broken frames, each followed by a well-formed request (id 2) that a resynchronising server could answer. */
const BROKEN_FRAMES: Record<string, string> = {
  'Content-Length is not a number': 'Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":90,"method":"shutdown"}',
  'no Content-Length': 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":90,"method":"shutdown"}',
  'a negative Content-Length': 'Content-Length: -5\r\n\r\n',
  'a Content-Length shorter than the body': 'Content-Length: 10\r\n\r\n{"jsonrpc":"2.0","id":90,"method":"shutdown"}',
  'a Content-Length longer than the body': 'Content-Length: 100\r\n\r\n{"jsonrpc":"2.0","id":90,"method":"shutdown"}',
  'an absurd Content-Length': 'Content-Length: 99999999999\r\n\r\n{}',
  'a header line without a colon': 'это не заголовок\r\n\r\n',
};

describe('server fed raw bytes', () => {
  test('requests and notifications before initialize do not break it; afterwards it works normally', async () => {
    const server = await RawServer.start();
    const early = 'file:///abuse/early.md';
    server.send(symbolsOf(early, 7));
    server.send(open(early, EXAMPLE));
    server.send({
      jsonrpc: '2.0',
      method: 'textDocument/didChange',
      params: { textDocument: { uri: early, version: 2 }, contentChanges: [{ text: '' }] },
    });
    server.send({ jsonrpc: '2.0', id: 8, method: 'nastavnik/scores', params: { uri: early } });
    assert.ok(await server.answer(7), 'a request before initialize gets an answer (a result or an error), not silence');
    server.send(INITIALIZE);
    const init = await server.answer(1);
    assert.ok(init && 'result' in init, 'initialize still works');
    server.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const uri = 'file:///abuse/after-early.md';
    server.send(open(uri, EXAMPLE));
    server.send(symbolsOf(uri, 9));
    const symbols = (await server.answer(9))?.result as { name: string }[] | undefined;
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'document symbols of a real roadmap');
    assert.ok(server.alive());
  });

  test('a request before initialize is refused with ServerNotInitialized (-32002), a notification dropped, as LSP asks', async () => {
    const server = await RawServer.start();
    const early = 'file:///abuse/early.md';
    server.send(open(early, EXAMPLE));
    server.send(symbolsOf(early, 7));
    const answer = await server.answer(7);
    assert.equal((answer?.error as { code?: number } | undefined)?.code, -32002);
    server.send(INITIALIZE);
    assert.ok((await server.answer(1))?.result, 'initialize is answered');
    server.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    server.send(symbolsOf(early, 8));
    const symbols = (await server.answer(8))?.result;
    assert.ok(Array.isArray(symbols) && symbols.length === 0, 'the didOpen sent before initialize was not kept');
    server.send(open(early, EXAMPLE));
    server.send(symbolsOf(early, 9));
    const after = (await server.answer(9))?.result;
    assert.ok(Array.isArray(after) && after.length > 0, 'opened after initialize, it is analysed');
  });

  for (const [name, bytes] of Object.entries(BROKEN_FRAMES)) {
    test(`${name}: no crash — it answers, or (stream out of step) exits cleanly for a restart`, async () => {
      const server = await RawServer.start();
      let stderr = '';
      server.child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      server.send(INITIALIZE);
      assert.ok(await server.answer(1));
      server.raw(bytes);
      server.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
      // Give a crash time to happen (a wait, not a timing assertion).
      const answer = await server.answer(2, 1500);
      if (server.alive()) {
        assert.ok(server.rssMb() < 500, `RSS ${server.rssMb().toFixed(0)} MB`);
      } else {
        // The deliberate exit of server.ts's stdioConnection: status 1 and a reason, never a crash trace.
        assert.equal(answer, undefined);
        assert.equal(server.child.exitCode, 1, `exit code ${server.child.exitCode}, signal ${server.child.signalCode}`);
        assert.match(stderr, /unreadable message stream/);
        assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
      }
    });
  }

  test('after a broken frame the server either resynchronises and answers, or exits so the editor restarts it', async () => {
    const server = await RawServer.start();
    server.send(INITIALIZE);
    assert.ok(await server.answer(1));
    server.raw(BROKEN_FRAMES['no Content-Length']!);
    server.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    const answer = await server.answer(2, 5000);
    assert.ok(answer !== undefined || !server.alive(), 'answered, or exited');
  });
});
