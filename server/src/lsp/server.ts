/**
 * The language server: a thin adapter from LSP to the core. Run as `node dist/server.js --stdio`
 * (any editor) or over IPC from the VS Code client. Owns the connection, settings, document sync,
 * `.nastavnik.json` lookup and the choice of pull or push diagnostics; every diagnostic and number
 * comes from the core. No handler lets an exception escape: a failure is logged and answered with
 * an empty result, so a bad document or request never takes the server down.
 */
import {
  type CancellationToken,
  createConnection,
  DidChangeWatchedFilesNotification,
  type Diagnostic as LspDiagnostic,
  DocumentDiagnosticReportKind,
  type DocumentDiagnosticReport,
  ErrorCodes,
  type InitializeParams,
  type InitializeResult,
  IPCMessageReader,
  IPCMessageWriter,
  LSPErrorCodes,
  ProposedFeatures,
  RequestType,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, allProfiles, type AnalyzeOptions } from '../core/analyze';
import type { LoadedConfig } from '../core/config';
import type { Locale, SeveritySetting } from '../core/diagnostic';
import { ruleDocUrl } from '../core/diagnostic';
import { DEFAULT_MAX_PROBLEMS, capProblems } from '../core/problem-cap';
import { RULES } from '../core/rules';
import { computeScores } from '../core/scores';
import { CODE_ACTION_KINDS, codeActions } from './code-actions';
import { toLspDiagnostic } from './convert';
import { AnalysisCache, analyzeInSteps, incrementalAnalyzer } from './documents';
import { codeLenses, completion, documentSymbols, foldingRanges, hover, templateCompletion } from './features';
import { formatEdits } from './formatting';
import { gateUntilInitialize } from './initialize-gate';
import {
  CHECK_WORKSPACE_REQUEST,
  type CheckWorkspaceParams,
  type CheckWorkspaceResult,
  RULES_REQUEST,
  type RuleInfo,
  SCORES_REQUEST,
  type ScoresParams,
  type ScoresResult,
} from './protocol';
import { CONFIG_NAME, ConfigLookup, uriToPath } from './workspace-config';
import { checkWorkspace } from './workspace-check';

interface Settings { locale: 'auto' | Locale; run: 'onType' | 'onSave'; rules: Record<string, SeveritySetting>; maxProblems: number }
const DEFAULT_SETTINGS: Settings = { locale: 'auto', run: 'onType', rules: {}, maxProblems: DEFAULT_MAX_PROBLEMS };
const SEVERITY_SETTINGS = new Set(['error', 'warning', 'info', 'hint', 'off']);
/** Push mode waits this long after a keystroke, so a burst of changes is checked once (latest version). */
const PUSH_DELAY_MS = 10;

const connection = process.argv.includes('--stdio') ? stdioConnection() : process.argv.includes('--node-ipc') ? ipcConnection() : createConnection(ProposedFeatures.all);

/**
 * Over stdio a broken frame header (no or a non-numeric Content-Length) leaves the byte stream out of
 * step: every later message would be swallowed and the server would stay alive but deaf. Exit
 * instead — editors restart a server that exits. A frame whose JSON is bad (a SyntaxError) keeps the
 * stream in step and is only logged.
 */
function stdioConnection(): ReturnType<typeof createConnection> {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    if (error instanceof SyntaxError) return;
    process.stderr.write(`nastavnik: unreadable message stream (${error.message.split('\n')[0]}); exiting so the editor restarts the server\n`);
    process.exit(1);
  });
  const writer = new StreamMessageWriter(process.stdout);
  return createConnection(ProposedFeatures.all, gateUntilInitialize(reader, writer), writer);
}

/** VS Code's transport: the same gate before `initialize`. */
function ipcConnection(): ReturnType<typeof createConnection> {
  const writer = new IPCMessageWriter(process);
  return createConnection(ProposedFeatures.all, gateUntilInitialize(new IPCMessageReader(process), writer), writer);
}
const documents = new TextDocuments(TextDocument);

let clientLocale: Locale = 'en';
let pullDiagnostics = false;
let configurationSupport = false;
let watchedFilesRegistration = false;
let workDoneSupport = false;
let workspaceFolderSupport = false;
let snippetSupport = false;
let contributesSnippets = false;
let initialRoots: string[] = [];
let settings: Settings = DEFAULT_SETTINGS;

const configs = new ConfigLookup((path, loaded) => reportConfigProblems(path, loaded));
/** Analyze options per config file: the same object while nothing changes, so the cache can compare by identity. */
const optionsMemo = new Map<string, AnalyzeOptions>();
const cache = new AnalysisCache(optionsFor, incrementalAnalyzer());
/** Pull mode with `run: onSave`: the last report per document, served until the next save. */
const savedReports = new Map<string, { resultId: string; items: LspDiagnostic[] }>();
/** Files whose diagnostics the workspace check pushed; cleared when they open (pull takes over). */
const workspacePushed = new Set<string>();
const pendingPush = new Map<string, NodeJS.Timeout>();
let generation = 0;

function optionsFor(uri: string): AnalyzeOptions {
  const found = configs.forUri(uri);
  const key = found.path ?? '';
  let options = optionsMemo.get(key);
  if (!options) {
    options = { config: found.loaded.config, severities: settings.rules };
    optionsMemo.set(key, options);
  }
  return options;
}

/** The locale of messages: the setting, else `.nastavnik.json`'s, else the editor's display language. */
function localeFor(uri: string): Locale {
  if (settings.locale !== 'auto') return settings.locale;
  return configs.forUri(uri).loaded.config.locale ?? clientLocale;
}

const profilesFor = (uri: string) => allProfiles(configs.forUri(uri).loaded.config);

function reportConfigProblems(path: string, loaded: LoadedConfig): void {
  const locale = settings.locale === 'auto' ? clientLocale : settings.locale;
  for (const p of loaded.problems) {
    connection.console.warn(`${path}: ${p.message[locale]}`);
    void connection.window.showWarningMessage(`${path}: ${p.message[locale]}`);
  }
}

/** A request the client cancelled before it ran: answered as cancelled, nothing computed. */
function cancelled(): never {
  throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

/** Runs an async handler; an exception is logged and becomes the fallback answer (a cancellation goes through). */
async function safelyAsync<T>(what: string, fallback: T, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    connection.console.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fallback;
  }
}

/**
 * The open document and its analysis. A big document opened cold is parsed in slices first (other
 * documents are answered meanwhile); a request the client cancelled while it waited is answered as cancelled.
 */
async function analysisOf(uri: string, token?: CancellationToken): Promise<{ document: TextDocument; analysis: Analysis } | undefined> {
  const document = documents.get(uri);
  if (!document) return undefined;
  const analysis = await cache.latest(document, () => documents.get(uri) === document);
  if (token?.isCancellationRequested) cancelled();
  return analysis ? { document, analysis } : undefined;
}

async function diagnosticsFor(document: TextDocument, token?: CancellationToken): Promise<LspDiagnostic[] | undefined> {
  const open = await analysisOf(document.uri, token);
  if (!open) return undefined;
  for (const e of open.analysis.internalErrors) connection.console.error(`rule ${e.code} failed on ${document.uri}: ${e.error}`);
  const locale = localeFor(document.uri);
  return capProblems(open.analysis.diagnostics, settings.maxProblems).map((d) => toLspDiagnostic(open.document, d, locale));
}

// ─── Lifecycle and settings ──────────────────────────────────────────────────────────────────────

connection.onInitialize((params: InitializeParams): InitializeResult => {
  clientLocale = params.locale?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  const caps = params.capabilities;
  pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
  configurationSupport = caps.workspace?.configuration === true;
  watchedFilesRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  workDoneSupport = caps.window?.workDoneProgress === true;
  workspaceFolderSupport = caps.workspace?.workspaceFolders === true;
  snippetSupport = caps.textDocument?.completion?.completionItem?.snippetSupport === true;
  // VS Code loads the extension's snippets itself; other editors get the same templates from here.
  contributesSnippets = (params.initializationOptions as { contributesSnippets?: unknown } | undefined)?.contributesSnippets === true;
  const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  initialRoots = roots.map(uriToPath).filter((p): p is string => p !== undefined);
  if (initialRoots.length === 0 && params.rootPath) initialRoots = [params.rootPath];
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      diagnosticProvider: pullDiagnostics ? { identifier: 'nastavnik', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      completionProvider: { triggerCharacters: ['|', ':', ','], resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      workspace: workspaceFolderSupport ? { workspaceFolders: { supported: true } } : undefined,
    },
    serverInfo: { name: 'nastavnik', version: '0.1.0' },
  };
});

async function refreshSettings(pushed?: unknown): Promise<void> {
  let value: unknown = pushed;
  if (configurationSupport) {
    try {
      value = await connection.workspace.getConfiguration('nastavnik');
    } catch (error) {
      connection.console.warn(`settings: ${String(error)}`);
    }
  }
  settings = readSettings(value);
}

/** Settings from the client, checked field by field: a wrong value falls back to its default. */
function readSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (typeof v.rules === 'object' && v.rules !== null) {
    for (const [code, severity] of Object.entries(v.rules as Record<string, unknown>)) {
      if (typeof severity === 'string' && SEVERITY_SETTINGS.has(severity)) rules[code] = severity as SeveritySetting;
    }
  }
  return {
    locale: v.locale === 'ru' || v.locale === 'en' ? v.locale : 'auto',
    run: v.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    maxProblems: typeof v.maxProblems === 'number' && Number.isSafeInteger(v.maxProblems) && v.maxProblems >= 0 ? v.maxProblems : DEFAULT_MAX_PROBLEMS,
  };
}

/** Settings or a config file changed: forget every analysis and check the open documents again. */
function recheckAll(): void {
  generation++;
  optionsMemo.clear();
  cache.clear();
  savedReports.clear();
  if (pullDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
  else for (const d of documents.all()) publish(d);
}

connection.onInitialized(() => {
  if (watchedFilesRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_NAME}` }] }).catch(() => undefined);
  }
  void refreshSettings().then(recheckAll);
});
connection.onDidChangeConfiguration((params) => {
  const section = (params.settings as Record<string, unknown> | null)?.nastavnik;
  void refreshSettings(section).then(recheckAll);
});
connection.onDidChangeWatchedFiles(() => {
  connection.console.log(`${CONFIG_NAME} changed: checking open documents again`);
  configs.clear();
  recheckAll();
});

// ─── Diagnostics: pull where the client supports it, push otherwise ──────────────────────────────

connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
  if (token.isCancellationRequested) cancelled();
  const document = documents.get(params.textDocument.uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const uri = document.uri;
  const saved = savedReports.get(uri);
  if (settings.run === 'onSave' && saved) {
    return params.previousResultId === saved.resultId ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: saved.resultId } : { kind: DocumentDiagnosticReportKind.Full, resultId: saved.resultId, items: saved.items };
  }
  const items = await safelyAsync('diagnostics', [], async () => (await diagnosticsFor(document, token)) ?? []);
  const resultId = `${generation}:${document.version}`;
  if (settings.run === 'onSave') savedReports.set(uri, { resultId, items });
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
});

function publish(document: TextDocument): void {
  void safelyAsync('diagnostics', undefined, () => diagnosticsFor(document)).then((diagnostics) => {
    // Closed while it was being checked: its diagnostics were cleared on close and stay so.
    if (diagnostics && documents.get(document.uri) === document) void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  });
}

/** Push mode while typing: check the latest version shortly after; an older scheduled check is dropped. */
function schedulePush(document: TextDocument): void {
  clearTimeout(pendingPush.get(document.uri));
  const version = document.version;
  pendingPush.set(
    document.uri,
    setTimeout(() => {
      pendingPush.delete(document.uri);
      const current = documents.get(document.uri);
      if (current && current.version === version) publish(current);
    }, PUSH_DELAY_MS),
  );
}

documents.onDidOpen((event) => {
  if (workspacePushed.delete(event.document.uri) && pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  if (!pullDiagnostics) publish(event.document);
});
documents.onDidChangeContent((event) => {
  if (!pullDiagnostics && settings.run === 'onType') schedulePush(event.document);
});
documents.onDidSave((event) => {
  if (pullDiagnostics) {
    if (settings.run === 'onSave') {
      savedReports.delete(event.document.uri);
      void connection.languages.diagnostics.refresh().catch(() => undefined);
    }
  } else if (settings.run === 'onSave') {
    publish(event.document);
  }
});
documents.onDidClose((event) => {
  const uri = event.document.uri;
  clearTimeout(pendingPush.get(uri));
  pendingPush.delete(uri);
  cache.drop(uri);
  savedReports.delete(uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
});

// ─── Language features ───────────────────────────────────────────────────────────────────────────

connection.onHover((params, token) => {
  if (token.isCancellationRequested) cancelled();
  return safelyAsync('hover', null, async () => {
    const open = await analysisOf(params.textDocument.uri, token);
    if (!open) return null;
    const uri = open.document.uri;
    return hover(open.document, open.analysis, profilesFor(uri), open.document.offsetAt(params.position), localeFor(uri));
  });
});

connection.onCompletion((params, token) => {
  if (token.isCancellationRequested) cancelled();
  return safelyAsync('completion', null, async () => {
    const open = await analysisOf(params.textDocument.uri, token);
    if (!open) return null;
    const uri = open.document.uri;
    const config = configs.forUri(uri).loaded.config;
    const offset = open.document.offsetAt(params.position);
    const list = completion(open.document, open.analysis, { profiles: allProfiles(config), config, today: localToday() }, offset, localeFor(uri));
    if (contributesSnippets) return list;
    const templates = templateCompletion(open.document, open.analysis, offset, snippetSupport, localeFor(uri));
    if (templates.items.length === 0) return list;
    // Nothing typed yet: ask again on the next keystroke, which picks the Russian or Latin labels.
    const isIncomplete = (list?.isIncomplete ?? false) || templates.typed === '';
    return { isIncomplete, items: [...(list?.items ?? []), ...templates.items] };
  });
});

connection.onDocumentSymbol((params, token) => {
  if (token.isCancellationRequested) cancelled();
  return safelyAsync('documentSymbol', [], async () => {
    const open = await analysisOf(params.textDocument.uri, token);
    return open ? documentSymbols(open.document, open.analysis, localeFor(open.document.uri)) : [];
  });
});

connection.onFoldingRanges((params, token) => {
  if (token.isCancellationRequested) cancelled();
  return safelyAsync('foldingRange', [], async () => {
    const open = await analysisOf(params.textDocument.uri, token);
    return open ? foldingRanges(open.document, open.analysis) : [];
  });
});

connection.onCodeLens((params, token) => {
  if (token.isCancellationRequested) cancelled();
  return safelyAsync('codeLens', [], async () => {
    const open = await analysisOf(params.textDocument.uri, token);
    return open ? codeLenses(open.document, open.analysis, profilesFor(open.document.uri), localeFor(open.document.uri)) : [];
  });
});

connection.onCodeAction((params, token) => {
  if (token.isCancellationRequested) cancelled();
  return safelyAsync('codeAction', [], async () => {
    const open = await analysisOf(params.textDocument.uri, token);
    if (!open) return [];
    const uri = open.document.uri;
    return codeActions(open.document, open.analysis, params, localeFor(uri), { profiles: profilesFor(uri), today: localToday() });
  });
});

connection.onDocumentFormatting((params, token) => {
  if (token.isCancellationRequested) cancelled();
  return safelyAsync('formatting', [], async () => {
    const open = await analysisOf(params.textDocument.uri, token);
    return open ? formatEdits(open.document, open.analysis) : [];
  });
});

connection.onDocumentRangeFormatting((params, token) => {
  if (token.isCancellationRequested) cancelled();
  return safelyAsync('rangeFormatting', [], async () => {
    const open = await analysisOf(params.textDocument.uri, token);
    return open ? formatEdits(open.document, open.analysis, params.range) : [];
  });
});

// ─── Nastavnik's own requests ────────────────────────────────────────────────────────────────────

connection.onRequest(new RequestType<ScoresParams, ScoresResult, void>(SCORES_REQUEST), async (params, token) => {
  if (token.isCancellationRequested) cancelled();
  const uri = typeof params?.uri === 'string' ? params.uri : undefined;
  const notOpen = () => new ResponseError(ErrorCodes.InvalidParams, `Документ не открыт: ${String(uri)} / Document is not open`);
  if (!uri || !documents.get(uri)) throw notOpen();
  try {
    const open = await analysisOf(uri, token);
    if (!open) throw notOpen(); // closed while it was being parsed
    const { document, analysis } = open;
    const meta = analysis.model.meta;
    return {
      ...computeScores(analysis.model, profilesFor(uri)),
      meta: { uri, version: document.version, kind: meta.kind, profile: meta.profile ?? null, period: meta.period?.text ?? null, title: meta.title ?? null },
    };
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    connection.console.error(`scores: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw new ResponseError(ErrorCodes.InternalError, 'scores failed');
  }
});

connection.onRequest(new RequestType<Record<string, never>, RuleInfo[], void>(RULES_REQUEST), () => {
  const locale = settings.locale === 'auto' ? clientLocale : settings.locale;
  return RULES.map((r) => ({ code: r.code, title: r.title[locale], url: ruleDocUrl(r.code) }));
});

connection.onRequest(new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>(CHECK_WORKSPACE_REQUEST), async (params, token) => {
  const roots = await workspaceRoots();
  const locale = settings.locale === 'auto' ? clientLocale : settings.locale;
  const { reporter, token: progressToken } = await progressReporter(params ?? {});
  reporter.begin(locale === 'ru' ? 'Наставник: проверка документов' : 'Nastavnik: checking documents', 0, undefined, true);
  try {
    const summary = await checkWorkspace(roots, {
      visit: async (uri, readText) => {
        const open = documents.get(uri);
        if (open) {
          // Open documents keep their own diagnostics (pull, or pushed on change); only push mode re-sends.
          if (!pullDiagnostics) publish(open);
          return cache.latest(open, () => documents.get(uri) === open);
        }
        const document = TextDocument.create(uri, 'markdown', 0, readText());
        const analysis = await analyzeInSteps(document.getText(), optionsFor(uri));
        const locale = localeFor(uri);
        workspacePushed.add(uri);
        void connection.sendDiagnostics({ uri, diagnostics: capProblems(analysis.diagnostics, settings.maxProblems).map((d) => toLspDiagnostic(document, d, locale)) });
        return analysis;
      },
      progress: (done, total, file) => reporter.report(total ? Math.round((done / total) * 100) : 100, file),
      cancelled: () => token.isCancellationRequested || progressToken?.isCancellationRequested === true,
    });
    connection.console.log(`workspace check: ${summary.files} files, ${summary.counts.error} errors, ${summary.counts.warning} warnings`);
    return summary;
  } finally {
    reporter.done();
  }
});

async function workspaceRoots(): Promise<string[]> {
  if (workspaceFolderSupport) {
    try {
      const folders = await connection.workspace.getWorkspaceFolders();
      if (folders) return folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    } catch {
      // fall back to the folders given at start
    }
  }
  return initialRoots;
}

/** Progress for the workspace check: on the client's token, else one the server creates, else none. */
async function progressReporter(params: CheckWorkspaceParams): Promise<{ reporter: WorkDoneProgressReporter; token?: CancellationToken }> {
  if (params.workDoneToken !== undefined || !workDoneSupport) return { reporter: connection.window.attachWorkDoneProgress(params.workDoneToken) };
  try {
    const reporter = await connection.window.createWorkDoneProgress();
    return { reporter, token: reporter.token };
  } catch {
    return { reporter: connection.window.attachWorkDoneProgress(undefined) };
  }
}

function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? String(error)}`));
documents.listen(connection);
connection.listen();
