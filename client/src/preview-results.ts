/**
 * Feeds the Markdown preview plugin (preview.ts) with the server's `nastavnik/preview` answers: asks
 * for the active Markdown document when it is shown or edited, and for any document the preview
 * draws without its answer; keeps the latest answer per document (preview-store.ts) and refreshes
 * the preview when an answer arrives that it was waiting for — so the blocks follow typing and
 * quick fixes. Answers are forgotten when their document closes.
 */
import type { MarkdownIt } from 'markdown-it';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../../server/src/lsp/preview-protocol';
import { nastavnikPreview } from './preview';
import { PreviewStore } from './preview-store';

/** Typing settles before the blocks are asked for again. */
const ASK_DELAY_MS = 300;
/** Answers that arrive together redraw the preview once. */
const REFRESH_DELAY_MS = 100;
/** After a settings or `.nastavnik.json` change, the server re-reads them before it is asked again. */
const SETTINGS_DELAY_MS = 500;

export class PreviewResults implements vscode.Disposable {
  readonly store = new PreviewStore();
  private readonly disposables: vscode.Disposable[] = [];
  /** The version asked for per document, while the answer is on its way. */
  private readonly asking = new Map<string, number>();
  private readonly askTimers = new Map<string, NodeJS.Timeout>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private settingsTimer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.nastavnik.json');
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.askAllAgain()),
      watcher.onDidChange(() => this.askAllAgain()),
      watcher.onDidDelete(() => this.askAllAgain()),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e) this.askSoon(e.document, 0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document || this.store.get(e.document.uri.toString()))
          this.askSoon(e.document, ASK_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.store.forget(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('nastavnik')) this.askAllAgain();
      }),
    );
  }

  /** `extendMarkdownIt` for VS Code's preview. */
  readonly extendMarkdownIt = (md: MarkdownIt): MarkdownIt =>
    md.use(nastavnikPreview, { lookup: (src: string) => this.store.lookup(src, (text) => this.documentWith(text)) });

  /** Asks for the active editor's document (after the server started). */
  askActive(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (document) this.askSoon(document, 0);
  }

  /** The open Markdown document whose text the preview renders; asks for its answer. */
  private documentWith(src: string): string | undefined {
    const document = vscode.workspace.textDocuments.find((d) => d.languageId === 'markdown' && sameText(d.getText(), src));
    if (!document) return undefined;
    void this.ask(document);
    return document.uri.toString();
  }

  private askSoon(document: vscode.TextDocument, delay: number): void {
    if (document.languageId !== 'markdown') return;
    const uri = document.uri.toString();
    clearTimeout(this.askTimers.get(uri));
    this.askTimers.set(
      uri,
      setTimeout(() => {
        this.askTimers.delete(uri);
        void this.ask(document);
      }, delay),
    );
  }

  /** Settings changed: every kept answer may be out of date. */
  private askAllAgain(): void {
    clearTimeout(this.settingsTimer);
    this.settingsTimer = setTimeout(() => {
      for (const uri of this.store.uris()) {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
        if (document) void this.ask(document, true);
      }
    }, SETTINGS_DELAY_MS);
  }

  private async ask(document: vscode.TextDocument, again = false): Promise<void> {
    const client = this.client();
    if (!client?.isRunning() || document.isClosed) return;
    const uri = document.uri.toString();
    const version = document.version;
    if (this.asking.get(uri) === version) return;
    if (!again && this.store.get(uri)?.version === version) return;
    this.asking.set(uri, version);
    try {
      const params: PreviewParams = { uri };
      const result = await client.sendRequest<PreviewResult>(PREVIEW_REQUEST, params);
      if (!document.isClosed && this.store.set(result)) this.refreshSoon();
    } catch {
      // Not open on the server yet, or the server stopped: the next edit or render asks again.
    } finally {
      if (this.asking.get(uri) === version) this.asking.delete(uri);
    }
  }

  private refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void vscode.commands.executeCommand('markdown.preview.refresh'), REFRESH_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    clearTimeout(this.settingsTimer);
    for (const timer of this.askTimers.values()) clearTimeout(timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The document's text is what markdown-it renders: the same, up to its line ends and NUL characters. */
function sameText(text: string, src: string): boolean {
  if (text === src) return true;
  if (text.length < src.length || !/[\r\0]/.test(text)) return false;
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD') === src;
}
