/**
 * Connections for the server process: stdio (any editor) or Node IPC (the VS Code client), both
 * behind the gate that refuses requests before `initialize` (initialize-gate.ts).
 */
import {
  type Connection,
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  type MessageReader,
  type MessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { gateUntilInitialize } from './initialize-gate';

/** A connection over any reader and writer (the tests use in-memory streams). */
export function gatedConnection(reader: MessageReader, writer: MessageWriter): Connection {
  return createConnection(ProposedFeatures.all, gateUntilInitialize(reader, writer), writer);
}

/** The transport the command line asks for: `--stdio`, `--node-ipc`, else what vscode-languageserver reads from argv. */
export function connectionFromArgs(argv: readonly string[]): Connection {
  if (argv.includes('--stdio')) return stdioConnection();
  if (argv.includes('--node-ipc')) return gatedConnection(new IPCMessageReader(process), new IPCMessageWriter(process));
  return createConnection(ProposedFeatures.all);
}

/**
 * Over stdio a broken frame header (no or a non-numeric Content-Length) leaves the byte stream out of
 * step: every later message would be swallowed and the server would stay alive but deaf. Exit
 * instead — editors restart a server that exits. A frame whose JSON is bad (a SyntaxError) keeps the
 * stream in step and is only logged.
 */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    if (error instanceof SyntaxError) return;
    process.stderr.write(
      `nastavnik: unreadable message stream (${error.message.split('\n')[0]}); exiting so the editor restarts the server\n`,
    );
    process.exit(1);
  });
  return gatedConnection(reader, new StreamMessageWriter(process.stdout));
}
