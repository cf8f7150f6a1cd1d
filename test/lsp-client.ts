/**
 * A real LSP client for the protocol tests: talks JSON-RPC with vscode-jsonrpc to the server,
 * answering the requests a server sends to an editor (settings, registrations, progress, refresh)
 * and recording its notifications.
 *
 * `TestClient.start` runs the server in this process (`createServer` over a pair of in-memory
 * streams, framed exactly as over stdio), as vscode-markdown-languageservice's tests do: no bundle
 * and no child process per test file. `TestClient.spawn` starts the bundled server as editors do
 * (`node server.js --stdio`), for what only a process shows: the stdio transport, exit codes, memory.
 *
 * The spawned server is dist/server.js when it is up to date (`npm test` builds it first), else a bundle
 * built once per test process into a folder of its own (built-bundles.ts). Set NASTAVNIK_SERVER to test
 * a given bundle instead.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, Position, PublishDiagnosticsParams, Range, TextEdit } from 'vscode-languageserver-protocol';
import { createServer, nodeEnvironment, type ServerEnvironment } from '../server/src/lsp/create-server';
import { gatedConnection } from '../server/src/lsp/transport';
import { ROOT, serverBundlePath } from './built-bundles';

export { ROOT };

/** The server bundle under test: dist/server.js when up to date, else one built for this test process (built-bundles.ts). */
export function serverBundle(): Promise<string> {
  return Promise.resolve(serverBundlePath());
}

/** Where the server runs: how to reach it, and how to end it. */
interface ServerSide {
  connection: MessageConnection;
  /** A process id the server may watch (LSP `processId`); null in process, where it must not. */
  processId: number | null;
  /** The child process, when spawned. */
  child?: ChildProcess;
  /** Ends the server after `shutdown` was answered. */
  end(): Promise<void>;
}

/** The server in this process, over two in-memory streams carrying the same frames as stdio. */
function inProcess(environment: ServerEnvironment): ServerSide {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = gatedConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  createServer(server, environment);
  const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  return {
    connection,
    processId: null,
    // No `exit` notification: vscode-languageserver answers it with process.exit. Nor is the server's
    // connection disposed: work it still has under way (settings asked at start, a push scheduled
    // after a keystroke) would fail with «Connection is disposed»; its messages now go nowhere, and
    // it holds no timer or handle that keeps the test process alive.
    end: async () => {},
  };
}

async function spawned(): Promise<ServerSide> {
  const child = spawn(process.execPath, [await serverBundle(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  return {
    connection,
    processId: process.pid,
    child,
    end: async () => {
      const exited = new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r())));
      await connection.sendNotification('exit').catch(() => undefined);
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface ClientOptions {
  /** Advertise pull diagnostics (LSP 3.17); otherwise the server must push. */
  pull: boolean;
  /** The editor's display language sent in `initialize` (default 'ru'; null: none, as some editors send). */
  locale?: string | null;
  /** What `workspace/configuration` answers for the `nastavnik` section. */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  /** `completionItem.snippetSupport` (default true). */
  snippetSupport?: boolean;
  initializationOptions?: unknown;
  /** Advertise `workspace.codeLens.refreshSupport`; the client then counts the server's refresh requests. */
  codeLensRefresh?: boolean;
  /** In process only: what the server takes from its environment (default: the Node one, today's date). */
  environment?: ServerEnvironment;
}

export interface Progress {
  token: string | number;
  value: { kind: string; title?: string; message?: string; percentage?: number };
}

export class TestClient {
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly logs: string[] = [];
  readonly shown: string[] = [];
  readonly progress: Progress[] = [];
  readonly registrations: unknown[] = [];
  refreshes = 0;
  /** `workspace/codeLens/refresh` requests received. */
  lensRefreshes = 0;
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private readonly waiters: { check: () => boolean; resolve: () => void }[] = [];
  private stderr = '';
  /** Undefined while the server runs; its exit code once it has ended (null: killed by a signal). */
  exited: number | null | undefined;
  readonly connection: MessageConnection;

  private constructor(
    private readonly server: ServerSide,
    readonly options: ClientOptions,
  ) {
    this.connection = server.connection;
    this.settings = options.settings ?? {};
    server.child?.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    server.child?.on('exit', (code) => (this.exited = code));
  }

  /** A server in this process, over in-memory streams. */
  static start(options: ClientOptions): Promise<TestClient> {
    return TestClient.connect(inProcess(options.environment ?? nodeEnvironment), options);
  }

  /** The bundled server as a child process over its stdio, as editors run it. */
  static async spawn(options: ClientOptions): Promise<TestClient> {
    return TestClient.connect(await spawned(), options);
  }

  /** The server's process id (spawned only): for memory measurements. */
  get pid(): number {
    const pid = this.server.child?.pid;
    if (pid === undefined) throw new Error('the server runs in this process: spawn it to measure it');
    return pid;
  }

  private static async connect(server: ServerSide, options: ClientOptions): Promise<TestClient> {
    const { connection } = server;
    const client = new TestClient(server, options);
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => (i.section === 'nastavnik' ? client.settings : null)),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      client.registrations.push(...params.registrations);
      client.notify();
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshes++;
      client.notify();
      return null;
    });
    connection.onRequest('workspace/codeLens/refresh', () => {
      client.lensRefreshes++;
      client.notify();
      return null;
    });
    connection.onRequest('workspace/workspaceFolders', () =>
      options.workspaceFolder ? [{ uri: pathToFileURL(options.workspaceFolder).href, name: 'ws' }] : null,
    );
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.published.set(params.uri, params);
      client.notify();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.logs.push(params.message);
      client.notify();
    });
    connection.onNotification('window/showMessage', (params: { message: string }) => {
      client.shown.push(params.message);
      client.notify();
    });
    connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      client.shown.push(params.message);
      client.notify();
      return null;
    });
    connection.onNotification('$/progress', (params: Progress) => {
      client.progress.push(params);
      client.notify();
    });
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: server.processId,
      locale: options.locale === null ? undefined : (options.locale ?? 'ru'),
      initializationOptions: options.initializationOptions,
      rootUri: options.workspaceFolder ? pathToFileURL(options.workspaceFolder).href : null,
      workspaceFolders: options.workspaceFolder ? [{ uri: pathToFileURL(options.workspaceFolder).href, name: 'ws' }] : null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          diagnostics: { refreshSupport: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
          ...(options.codeLensRefresh ? { codeLens: { refreshSupport: true } } : {}),
        },
        window: { workDoneProgress: true },
        textDocument: {
          ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          publishDiagnostics: { versionSupport: true },
          completion: { completionItem: { snippetSupport: options.snippetSupport ?? true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    });
    connection.sendNotification('initialized', {});
    return client;
  }

  private notify(): void {
    for (const w of [...this.waiters]) {
      if (w.check()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /**
   * Waits until a notification makes `check` true (or fails with what was seen after `ms`). The limit
   * only keeps a broken server from hanging the run: it is no time the server must meet, so it is
   * generous (a burst of 1,000 edits took over 20 s on two cores shared with other test files).
   */
  waitFor(what: string, check: () => boolean, ms = 120_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`)), ms);
      this.waiters.push({
        check,
        resolve: () => {
          clearTimeout(timer);
          resolvePromise();
        },
      });
    });
  }

  /**
   * Pull mode: resolves once the server has asked for the settings at start and applied them — it then
   * asks the editor to pull again (a diagnostic refresh). A request sent before may see the defaults.
   */
  settingsApplied(): Promise<void> {
    if (!this.options.pull) throw new Error('settingsApplied: pull mode only (a push server sends no refresh at start)');
    return this.waitFor('the settings asked at start (a diagnostic refresh)', () => this.refreshes > 0);
  }

  open(uri: string, text: string, version = 1): void {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, changes: ({ range: Range; text: string } | { text: string })[]): void {
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  save(uri: string): void {
    this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    assertFull(report);
    return report.items ?? [];
  }

  /** Push mode: the diagnostics of exactly this version, once they arrive. */
  async pushed(uri: string, version: number): Promise<Diagnostic[]> {
    await this.waitFor(`diagnostics of ${uri} v${version}`, () => this.published.get(uri)?.version === version);
    return this.published.get(uri)!.diagnostics;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  get stderrText(): string {
    return this.stderr;
  }

  /** Shuts the server down the LSP way and waits for it to end (a spawned one is killed if it does not exit). */
  async stop(): Promise<void> {
    if (this.exited === undefined) await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.server.end();
    this.exited ??= 0;
    this.connection.dispose();
  }
}

function assertFull(report: { kind: string }): void {
  if (report.kind !== 'full') throw new Error(`expected a full diagnostic report, got ${report.kind}`);
}

export function example(name: string): { uri: string; text: string } {
  const path = join(ROOT, 'examples', name);
  return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
}

/** Offset ↔ position over a text, counted the LSP way (UTF-16, lines split at \n, \r\n or \r). */
export function offsetAt(text: string, p: Position): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    const c = text[i++];
    if (c === '\r' && text[i] === '\n') i++;
    if (c === '\n' || c === '\r') line++;
  }
  return i + p.character;
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines.at(-1)!.length };
}

export function textAt(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** LSP edits applied to a text (from the end, so earlier offsets stay valid). */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits.map((e, order) => ({
    start: offsetAt(text, e.range.start),
    end: offsetAt(text, e.range.end),
    newText: e.newText,
    order,
  }));
  // Same start: the later edit goes in first, so the earlier one ends up before it (LSP order).
  spans.sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}
