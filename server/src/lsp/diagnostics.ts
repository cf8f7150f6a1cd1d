/**
 * Diagnostics to the editor: pulled (LSP 3.17) where the client supports it, pushed otherwise
 * (Neovim, Emacs), on every change or only on save (`nastavnik.run`). Every diagnostic comes from the
 * core's analysis; this module decides when to send it and caps how many (problem-cap.ts).
 */
import {
  type CancellationToken,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import { toLspDiagnostic } from './convert';
import { ruleLink } from './rule-links';
import { LensRefresh } from './lens-refresh';
import { capProblems } from './problem-cap';
import { FolderDiagnostics, withFolderDiagnostics } from './folder-diagnostics';
import { cancelled, type Session } from './session';

/** Push mode waits this long after a keystroke, so a burst of changes is checked once (latest version). */
const PUSH_DELAY_MS = 10;

export class DiagnosticsChannel {
  /** Pull mode with `run: onSave`: the last report per document, served until the next save. */
  private readonly savedReports = new Map<string, { resultId: string; items: LspDiagnostic[] }>();
  /** Files whose diagnostics the workspace check pushed; cleared when they open (pull takes over). */
  private readonly workspacePushed = new Set<string>();
  private readonly pendingPush = new Map<string, NodeJS.Timeout>();

  /** Code lenses follow the analyses the diagnostics come from (lens-refresh.ts). */
  readonly lenses: LensRefresh;

  /** The checks across each school's folder (pairs and their programmes), added to each document's own. */
  readonly folders: FolderDiagnostics;

  constructor(private readonly session: Session) {
    this.lenses = new LensRefresh(session);
    this.folders = new FolderDiagnostics(session);
  }

  /** The rule page's link as this client opens it. */
  private readonly link = (code: string): string => {
    // One link per code (a thousand diagnostics share a few dozen codes); the client's command is fixed at initialize.
    let href = this.links.get(code);
    if (href === undefined) {
      href = ruleLink(this.session.client, code);
      this.links.set(code, href);
    }
    return href;
  };
  private readonly links = new Map<string, string>();

  /** Registers the pull handler and follows the open documents' lifecycle. */
  listen(): void {
    const { connection, documents } = this.session;
    connection.languages.diagnostics.on((params, token) => this.report(params.textDocument.uri, params.previousResultId, token));
    documents.onDidOpen((event) => {
      const pull = this.session.client.pullDiagnostics;
      if (this.workspacePushed.delete(event.document.uri) && pull)
        void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
      if (!pull) this.publish(event.document);
    });
    documents.onDidChangeContent((event) => {
      if (!this.session.client.pullDiagnostics && this.session.settings.run === 'onType') this.schedulePush(event.document);
    });
    documents.onDidSave((event) => {
      if (this.session.settings.run !== 'onSave') return;
      if (this.session.client.pullDiagnostics) {
        this.savedReports.delete(event.document.uri);
        this.refresh();
      } else {
        this.publish(event.document);
      }
    });
    documents.onDidClose((event) => {
      const uri = event.document.uri;
      clearTimeout(this.pendingPush.get(uri));
      this.pendingPush.delete(uri);
      this.session.cache.drop(uri);
      this.savedReports.delete(uri);
      this.lenses.forget(uri);
      if (!this.session.client.pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
      // Closed unsaved, its folder reads it from disk again: the folder's other documents are checked again.
      this.folders.closed(uri);
      this.folderChanged(uri);
    });
  }

  /** Settings or a config file changed (the analyses are already forgotten): every open document is checked again. */
  recheckAll(): void {
    this.savedReports.clear();
    if (this.session.client.pullDiagnostics) this.refresh();
    else for (const d of this.session.documents.all()) this.publish(d);
    this.lenses.refreshAll();
  }

  /** Markdown files changed, were created or deleted on disk: the open documents' folder diagnostics are checked again. */
  filesChanged(uris: readonly string[]): void {
    this.folders.filesChanged(uris);
    this.folderChanged(undefined);
  }

  /** What a document says about its folder changed: every other open document is checked again. */
  private folderChanged(except: string | undefined): void {
    this.savedReports.clear();
    if (this.session.client.pullDiagnostics) this.refresh();
    else for (const d of this.session.documents.all()) if (d.uri !== except) this.publish(d);
  }

  /** Checks an open document and pushes its diagnostics (push mode). */
  publish(document: TextDocument): void {
    const { connection, documents } = this.session;
    void this.session
      .safely('diagnostics', undefined, () => this.diagnosticsFor(document))
      .then((diagnostics) => {
        // Closed while it was being checked: its diagnostics were cleared on close and stay so.
        if (!diagnostics || documents.get(document.uri) !== document) return;
        void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
      });
  }

  /** A file the workspace check analysed that is not open: its diagnostics (with its folder's) are pushed, in either mode, and returned. */
  publishUnopened(document: TextDocument, analysis: Analysis): Analysis {
    const locale = this.session.localeFor(document.uri);
    this.workspacePushed.add(document.uri);
    const folder = this.folders.forClosed(document.uri, analysis.model, document.getText());
    const all = withFolderDiagnostics(analysis.diagnostics, folder);
    const diagnostics = capProblems(all, this.session.settings.maxProblems).map((d) => toLspDiagnostic(document, d, locale, this.link));
    void this.session.connection.sendDiagnostics({ uri: document.uri, diagnostics });
    // The folder's findings count in the workspace check's summary like the document's own.
    return all === analysis.diagnostics ? analysis : { ...analysis, diagnostics: [...all] };
  }

  private async report(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    if (token.isCancellationRequested) cancelled();
    const { session } = this;
    const document = session.documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const onSave = session.settings.run === 'onSave';
    const saved = this.savedReports.get(uri);
    if (onSave && saved) {
      return previousResultId === saved.resultId
        ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: saved.resultId }
        : { kind: DocumentDiagnosticReportKind.Full, resultId: saved.resultId, items: saved.items };
    }
    const items = await session.safely('diagnostics', [], async () => (await this.diagnosticsFor(document, token)) ?? []);
    const resultId = `${session.generation}:${document.version}`;
    if (onSave) this.savedReports.set(uri, { resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  private async diagnosticsFor(document: TextDocument, token?: CancellationToken): Promise<LspDiagnostic[] | undefined> {
    const { session } = this;
    const open = await session.analysisOf(document.uri, token);
    if (!open) return undefined;
    for (const e of open.analysis.internalErrors) session.connection.console.error(`rule ${e.code} failed on ${document.uri}: ${e.error}`);
    this.lenses.analysed(open);
    const locale = session.localeFor(document.uri);
    const folder = this.folders.forOpen(document.uri, open.document.version, open.analysis.model, open.document.getText());
    if (folder.changed) this.folderChanged(document.uri);
    return capProblems(withFolderDiagnostics(open.analysis.diagnostics, folder.diagnostics), session.settings.maxProblems).map((d) =>
      toLspDiagnostic(open.document, d, locale, this.link),
    );
  }

  /** Push mode while typing: check the latest version shortly after; an older scheduled check is dropped. */
  private schedulePush(document: TextDocument): void {
    clearTimeout(this.pendingPush.get(document.uri));
    const version = document.version;
    this.pendingPush.set(
      document.uri,
      setTimeout(() => {
        this.pendingPush.delete(document.uri);
        const current = this.session.documents.get(document.uri);
        if (current && current.version === version) this.publish(current);
      }, PUSH_DELAY_MS),
    );
  }

  private refresh(): void {
    void this.session.connection.languages.diagnostics.refresh().catch(() => undefined);
  }
}
