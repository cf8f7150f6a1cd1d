/**
 * The floor of the typing benchmark: a language server that analyses nothing. It keeps each document's
 * text as edits arrive (the same incremental text documents the real server keeps) and answers every
 * diagnostic pull with the diagnostics it was handed once (`nastavnik-bench/items`) — the real
 * server's, so the same bytes cross the same stdio. Typing latency against it is what JSON-RPC, the
 * text and the report's size cost with no analysis at all.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createConnection, type Diagnostic, ProposedFeatures, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let items: Diagnostic[] = [];

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
  },
}));
connection.onNotification('nastavnik-bench/items', (params: { items: Diagnostic[] }) => {
  items = params.items;
});
connection.languages.diagnostics.on((params) => {
  // Read the text as the real server does, so a change's cost (the text made whole again) is counted.
  documents.get(params.textDocument.uri)?.getText().charCodeAt(0);
  return { kind: 'full', items };
});
documents.listen(connection);
connection.listen();
