/**
 * «Наставник: Сводка» — a webview beside the editor with the scores, completeness, timeline,
 * workload and problems of the active mentorship document. The server renders it from its analysis
 * of the document (`nastavnik/dashboard`, lsp/preview-requests.ts); the panel follows the active
 * Markdown editor, asks again as the user types (throttled), and a click on a bar or a row reveals
 * that line.
 *
 * Security: scripts are enabled only for our own nonce'd script (strict CSP in the page),
 * `localResourceRoots` is empty (the page loads nothing), and every document text is escaped by
 * the renderers. Messages from the page are checked before use.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DASHBOARD_REQUEST, type DashboardParams, type DashboardResult } from '../../server/src/lsp/preview-protocol';
import { clientLocale } from './texts';

export const DASHBOARD_COMMAND = 'nastavnik.showDashboard';
const THROTTLE_MS = 400;
/** A document the server has not seen yet (just opened) is asked for again, a few times. */
const RETRY_MS = 500;
const RETRIES = 6;

class Dashboard implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  /** Whether the webview holds our page (updates go into it) or must get a whole one. */
  private drawn = false;
  /** Numbers the questions to the server: an answer to an older one is dropped. */
  private asked = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly client: () => LanguageClient | undefined,
    private readonly onDispose: () => void,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      // Hidden webviews are discarded (no retainContextWhenHidden): draw the whole page again when shown.
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) void this.draw(true);
      }),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && e.document.languageId === 'markdown') this.show(e.document);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('nastavnik')) this.schedule();
      }),
    );
  }

  show(document: vscode.TextDocument): void {
    this.document = document;
    void this.draw(!this.drawn);
  }

  /** Throttle: the first change starts the clock; changes during the wait join that one update. */
  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.draw(false);
    }, THROTTLE_MS);
  }

  /**
   * Asks the server for the document's dashboard: the whole page (with a fresh nonce) when `whole`,
   * else the body, posted into the page. A document the server does not know yet is asked for again.
   */
  private async draw(whole: boolean, attempt = 0): Promise<void> {
    clearTimeout(this.retry);
    const document = this.document;
    if (!document) return;
    if (!whole && !this.panel.visible) return; // drawn in full when it is shown again
    const ask = ++this.asked;
    const nonce = randomBytes(16).toString('base64');
    const params: DashboardParams = {
      uri: document.uri.toString(),
      ...(whole ? { page: { nonce, cspSource: this.panel.webview.cspSource } } : {}),
    };
    let result: DashboardResult;
    try {
      const client = this.client();
      if (!client?.isRunning()) throw new Error('the server is not running');
      result = await client.sendRequest<DashboardResult>(DASHBOARD_REQUEST, params);
    } catch {
      if (ask !== this.asked) return;
      if (attempt < RETRIES) this.retry = setTimeout(() => void this.draw(whole || !this.drawn, attempt + 1), RETRY_MS);
      else if (!this.drawn) this.panel.webview.html = unavailablePage();
      return;
    }
    if (ask !== this.asked) return; // a newer question is on its way
    if (result.page !== undefined) {
      this.panel.webview.html = result.page;
      this.drawn = true;
    } else if (this.drawn) {
      void this.panel.webview.postMessage({ type: 'update', html: result.body });
    } else {
      await this.draw(true);
    }
  }

  private async onMessage(message: unknown): Promise<void> {
    const m = message as { type?: unknown; line?: unknown } | null;
    if (m?.type !== 'reveal' || typeof m.line !== 'number' || !Number.isInteger(m.line) || !this.document) return;
    const document = this.document;
    const line = Math.max(0, Math.min(m.line, document.lineCount - 1));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    const at = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.retry);
    this.timer = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDispose();
  }
}

let current: Dashboard | undefined;

function openDashboard(client: () => LanguageClient | undefined): void {
  const editor = vscode.window.activeTextEditor;
  const document =
    editor?.document.languageId === 'markdown'
      ? editor.document
      : vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown')?.document;
  if (!document) {
    void vscode.window.showInformationMessage(
      clientLocale() === 'en'
        ? 'Open a Markdown mentorship document first: the summary shows the active one.'
        : 'Сначала откройте документ наставничества в Markdown: сводка показывает активный документ.',
    );
    return;
  }
  if (current) {
    current.panel.reveal(vscode.ViewColumn.Beside, true);
    current.show(document);
    return;
  }
  const panel = vscode.window.createWebviewPanel(
    'nastavnik.dashboard',
    clientLocale() === 'en' ? 'Nastavnik: Summary' : 'Наставник: Сводка',
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
  );
  current = new Dashboard(panel, client, () => {
    current = undefined;
  });
  current.show(document);
}

/** What the panel says when the server does not answer: no script, nothing loaded. */
function unavailablePage(): string {
  const text =
    clientLocale() === 'en'
      ? 'The summary is drawn by the Nastavnik server, which does not answer. Run «Nastavnik: Restart server».'
      : 'Сводку строит сервер Наставника, а он не отвечает. Выполните «Наставник: Перезапустить сервер».';
  return (
    `<!DOCTYPE html><html lang="${clientLocale()}"><head><meta charset="UTF-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${text}</p></body></html>`
  );
}

export function registerDashboard(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(DASHBOARD_COMMAND, () => openDashboard(client)),
    { dispose: () => current?.panel.dispose() },
  );
}
