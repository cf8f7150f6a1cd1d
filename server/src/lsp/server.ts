/**
 * The language server: a thin adapter from LSP to the core. Run as `node dist/server.js --stdio`
 * (any editor) or over IPC from the VS Code client. Owns the connection, settings, document sync
 * and `.nastavnik.json` lookup; every diagnostic and number comes from the core.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  type Diagnostic as LspDiagnostic,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allProfiles } from '../core/analyze';
import { loadConfig, type WorkspaceConfig } from '../core/config';
import type { Locale, SeveritySetting } from '../core/diagnostic';
import { toLspDiagnostic } from './convert';
import { AnalysisCache } from './documents';
import { documentSymbols, foldingRanges, hover } from './features';

interface Settings { locale: 'auto' | Locale; run: 'onType' | 'onSave'; rules: Record<string, SeveritySetting> }

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let clientLocale: Locale = 'en';
let pullDiagnostics = false;
let configurationSupport = false;
let settings: Settings = { locale: 'auto', run: 'onType', rules: {} };
const configCache = new Map<string, WorkspaceConfig>();
const cache = new AnalysisCache(() => ({ config: {}, severities: settings.rules }));

const locale = (): Locale => (settings.locale === 'auto' ? clientLocale : settings.locale);

/** Nearest `.nastavnik.json` above a file: URI; other schemes (untitled, virtual) get defaults. */
function configFor(uri: string): WorkspaceConfig {
  if (!uri.startsWith('file:')) return {};
  let dir: string;
  try {
    dir = dirname(fileURLToPath(uri));
  } catch {
    return {};
  }
  const cached = configCache.get(dir);
  if (cached) return cached;
  let config: WorkspaceConfig = {};
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, '.nastavnik.json');
    if (existsSync(candidate)) {
      try {
        config = loadConfig(readFileSync(candidate, 'utf8')).config;
      } catch (error) {
        connection.console.error(`.nastavnik.json: ${String(error)}`);
      }
      break;
    }
    if (dirname(d) === d) break;
  }
  configCache.set(dir, config);
  return config;
}

function diagnosticsFor(document: TextDocument): LspDiagnostic[] {
  const analysis = cache.get(document, configFor);
  return analysis.diagnostics.map((d) => toLspDiagnostic(document, d, locale()));
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  clientLocale = params.locale?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
  configurationSupport = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      diagnosticProvider: pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'nastavnik', version: '0.1.0' },
  };
});

async function refreshSettings(): Promise<void> {
  if (!configurationSupport) return;
  try {
    const value = (await connection.workspace.getConfiguration('nastavnik')) as Partial<Settings> | null;
    settings = { locale: value?.locale ?? 'auto', run: value?.run ?? 'onType', rules: value?.rules ?? {} };
  } catch (error) {
    connection.console.warn(`settings: ${String(error)}`);
  }
}

function recheckAll(): void {
  cache.clear();
  if (pullDiagnostics) void connection.languages.diagnostics.refresh();
  else for (const d of documents.all()) publish(d);
}

function publish(document: TextDocument): void {
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnosticsFor(document) });
}

connection.onInitialized(() => {
  void refreshSettings().then(recheckAll);
});
connection.onDidChangeConfiguration(() => {
  void refreshSettings().then(recheckAll);
});
connection.onDidChangeWatchedFiles(() => {
  configCache.clear();
  recheckAll();
});

connection.languages.diagnostics.on((params) => {
  const document = documents.get(params.textDocument.uri);
  return { kind: DocumentDiagnosticReportKind.Full, items: document ? diagnosticsFor(document) : [] };
});

documents.onDidChangeContent((event) => {
  if (!pullDiagnostics && settings.run === 'onType') publish(event.document);
});
documents.onDidSave((event) => {
  if (!pullDiagnostics) publish(event.document);
});
documents.onDidOpen((event) => {
  if (!pullDiagnostics) publish(event.document);
});
documents.onDidClose((event) => {
  cache.drop(event.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onHover((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const analysis = cache.get(document, configFor);
  return hover(document, analysis, allProfiles(configFor(document.uri)), document.offsetAt(params.position), locale());
});
connection.onDocumentSymbol((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? documentSymbols(document, cache.get(document, configFor), locale()) : [];
});
connection.onFoldingRanges((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? foldingRanges(document, cache.get(document, configFor)) : [];
});

documents.listen(connection);
connection.listen();
