/**
 * What the editor said about itself in `initialize`, read once into plain flags, and what the server
 * offers in return. Pull diagnostics, settings requests, progress and snippets are each used only
 * when the client says it supports them (Neovim and Emacs support less than VS Code).
 */
import { type InitializeParams, type ServerCapabilities, TextDocumentSyncKind } from 'vscode-languageserver';
import type { Locale } from '../core/diagnostic';
import { CODE_ACTION_KINDS } from './code-actions';
import { uriToPath } from './workspace-config';

export interface ClientInfo {
  /** The editor's display language: the locale of messages when nothing else says. */
  locale: Locale;
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
  /** The workspace folders given at start (file paths). */
  roots: string[];
}

/** Before `initialize`: nothing supported, English. */
export const UNKNOWN_CLIENT: ClientInfo = {
  locale: 'en',
  pullDiagnostics: false,
  configuration: false,
  watchedFilesRegistration: false,
  workDoneProgress: false,
  workspaceFolders: false,
  snippetSupport: false,
  contributesSnippets: false,
  roots: [],
};

export function readClientInfo(params: InitializeParams): ClientInfo {
  const caps = params.capabilities;
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  let roots = uris.map(uriToPath).filter((p): p is string => p !== undefined);
  if (roots.length === 0 && params.rootPath) roots = [params.rootPath];
  return {
    locale: params.locale?.toLowerCase().startsWith('ru') ? 'ru' : 'en',
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    configuration: caps.workspace?.configuration === true,
    watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workDoneProgress: caps.window?.workDoneProgress === true,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
    snippetSupport: caps.textDocument?.completion?.completionItem?.snippetSupport === true,
    contributesSnippets: (params.initializationOptions as { contributesSnippets?: unknown } | undefined)?.contributesSnippets === true,
    roots,
  };
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
