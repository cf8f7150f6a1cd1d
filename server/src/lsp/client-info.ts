/**
 * What the editor said about itself in `initialize`, read once into plain flags, and what the server
 * offers in return. Pull diagnostics, settings requests, progress and snippets are each used only
 * when the client says it supports them (Neovim and Emacs support less than VS Code).
 */
import { type InitializeParams, type ServerCapabilities, TextDocumentSyncKind } from 'vscode-languageserver';
import { CODE_ACTION_KINDS } from './code-actions';
import { readRuleDocsCommand } from './rule-links';
import { uriToPath } from '../environment/config-lookup';

export interface ClientInfo {
  /** The editor's display language as sent in `initialize` (`locale`), if it was (environment/locale.ts decides). */
  locale?: string;
  /** LSP 3.17 pull diagnostics; otherwise the server pushes them. */
  pullDiagnostics: boolean;
  /** Answers `workspace/configuration`. */
  configuration: boolean;
  /** Lets the server register a watcher for `.nastavnik.json`. */
  watchedFilesRegistration: boolean;
  workDoneProgress: boolean;
  workspaceFolders: boolean;
  snippetSupport: boolean;
  /** VS Code loads the extension's snippets itself; other editors get the same templates from here. */
  contributesSnippets: boolean;
  /** VS Code's command that opens a rule's page inside the extension (rule-links.ts); other editors get the page's address. */
  ruleDocsCommand?: string;
  /** Honours `workspace/codeLens/refresh`: lenses are asked again when analyses change without an edit. */
  codeLensRefresh: boolean;
  /** The workspace folders given at start (file paths). */
  roots: string[];
  /** Applies workspace edits that create files (the quick fix that creates a pair's programme). */
  createFiles?: boolean;
}

/** Before `initialize`: nothing supported, no language said. */
export const UNKNOWN_CLIENT: ClientInfo = {
  pullDiagnostics: false,
  configuration: false,
  watchedFilesRegistration: false,
  workDoneProgress: false,
  workspaceFolders: false,
  snippetSupport: false,
  contributesSnippets: false,
  codeLensRefresh: false,
  roots: [],
};

export function readClientInfo(params: InitializeParams): ClientInfo {
  const caps = params.capabilities;
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  let roots = uris.map(uriToPath).filter((p): p is string => p !== undefined);
  if (roots.length === 0 && params.rootPath) roots = [params.rootPath];
  return {
    // Editors that send no `locale` (Neovim 0.7, Eglot) can name it in initializationOptions (README «Другие редакторы»).
    locale: params.locale ?? initOptionLocale(params.initializationOptions),
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    configuration: caps.workspace?.configuration === true,
    watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workDoneProgress: caps.window?.workDoneProgress === true,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
    snippetSupport: caps.textDocument?.completion?.completionItem?.snippetSupport === true,
    contributesSnippets: (params.initializationOptions as { contributesSnippets?: unknown } | undefined)?.contributesSnippets === true,
    ruleDocsCommand: readRuleDocsCommand(params.initializationOptions),
    codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
    roots,
    createFiles:
      caps.workspace?.workspaceEdit?.documentChanges === true && (caps.workspace.workspaceEdit.resourceOperations ?? []).includes('create'),
  };
}

function initOptionLocale(options: unknown): string | undefined {
  const value = (options as { locale?: unknown } | null | undefined)?.locale;
  return typeof value === 'string' ? value : undefined;
}

export function serverCapabilities(client: ClientInfo): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    diagnosticProvider: client.pullDiagnostics
      ? { identifier: 'nastavnik', interFileDependencies: false, workspaceDiagnostics: false }
      : undefined,
    hoverProvider: true,
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    completionProvider: { triggerCharacters: ['|', ':', ','], resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    workspace: client.workspaceFolders ? { workspaceFolders: { supported: true } } : undefined,
  };
}
