/** A minimal LSP client for the benchmarks: the real server bundle over stdio, pull diagnostics. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER } from './paths';

export interface ServerSession {
  connection: MessageConnection;
  child: ChildProcess;
  close(): Promise<void>;
}

/** `server`: the bundle to run (the real server unless a benchmark asks for another, e.g. its floor). */
export async function startServer(server = SERVER): Promise<ServerSession> {
  // PROF_DIR=dir: the server writes a CPU profile there (node --cpu-prof), to see where a latency goes.
  const child = spawn(
    process.execPath,
    [...(process.env.PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.PROF_DIR] : []), server, '--stdio'],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: 'ru',
    capabilities: {
      textDocument: { diagnostic: { dynamicRegistration: false }, synchronization: { didSave: true } },
      workspace: { configuration: true },
    },
  });
  connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    async close() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        connection.sendNotification('exit');
      } catch {
        // the server may already be gone
      }
      connection.dispose();
      setTimeout(() => child.kill(), 500).unref();
    },
  };
}

export async function pullDiagnostics(connection: MessageConnection, uri: string): Promise<number> {
  return (await pullItems(connection, uri)).length;
}

export async function pullItems(connection: MessageConnection, uri: string): Promise<unknown[]> {
  const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items?: unknown[] };
  return report.items ?? [];
}
