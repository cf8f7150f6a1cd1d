/**
 * «Наставник: Сводка» — a webview beside the editor with the scores, completeness, timeline,
 * workload and problems of the active mentorship document. It follows the active Markdown editor,
 * re-renders as the user types (throttled), and a click on a bar or a row reveals that line.
 *
 * Security: scripts are enabled only for our own nonce'd script (strict CSP in the page),
 * `localResourceRoots` is empty (the page loads nothing), and every document text is escaped by
 * the renderers. Messages from the page are checked before use.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { allProfiles, analyze } from '../../server/src/core/analyze';
import type { Locale, SeveritySetting } from '../../server/src/core/diagnostic';
import { renderDoc } from '../../server/src/render/context';
import { dashboardBody, dashboardPage } from '../../server/src/render/dashboard';
import { configForFile } from './config-lookup';
import { localToday, setPreviewLocale } from './preview';

export const DASHBOARD_COMMAND = 'nastavnik.showDashboard';
const THROTTLE_MS = 400;

export function dashboardLocale(): Locale {
  const setting = vscode.workspace.getConfiguration('nastavnik').get<string>('locale', 'auto');
  if (setting === 'ru' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

class Dashboard implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly onDispose: () => void,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      // Hidden webviews are discarded (no retainContextWhenHidden): draw the whole page again when shown.
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) this.render();
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
    const first = this.document === undefined;
    this.document = document;
    if (first) this.render();
    else this.update();
  }

  /** The whole page, with a fresh nonce. */
  private render(): void {
    this.panel.webview.html = dashboardPage({
      body: this.body(),
      nonce: randomBytes(16).toString('base64'),
      cspSource: this.panel.webview.cspSource,
      locale: dashboardLocale(),
    });
  }

  /** Throttle: the first change starts the clock; changes during the wait join that one update. */
  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, THROTTLE_MS);
  }

  private update(): void {
    if (!this.panel.visible) return; // drawn in full when it is shown again
    void this.panel.webview.postMessage({ type: 'update', html: this.body() });
  }

  private body(): string {
    const document = this.document;
    const locale = dashboardLocale();
    if (!document) return '';
    const config = document.uri.scheme === 'file' ? configForFile(document.uri.fsPath) : {};
    const severities = vscode.workspace.getConfiguration('nastavnik').get<Record<string, SeveritySetting>>('rules', {});
    const text = document.getText();
    const analysis = analyze(text, { config, severities });
    const doc = renderDoc(text, analysis, allProfiles(config), true);
    return dashboardBody(doc, { locale, today: localToday(), fileName: path.basename(document.uri.path) });
  }

  private async onMessage(message: unknown): Promise<void> {
    const m = message as { type?: unknown; line?: unknown } | null;
    if (!m || m.type !== 'reveal' || typeof m.line !== 'number' || !Number.isInteger(m.line) || !this.document) return;
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
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDispose();
  }
}

let current: Dashboard | undefined;

function openDashboard(): void {
  const editor = vscode.window.activeTextEditor;
  const document =
    editor?.document.languageId === 'markdown'
      ? editor.document
      : vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown')?.document;
  if (!document) {
    void vscode.window.showInformationMessage(
      dashboardLocale() === 'en'
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
    dashboardLocale() === 'en' ? 'Nastavnik: Summary' : 'Наставник: Сводка',
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
  );
  current = new Dashboard(panel, () => {
    current = undefined;
  });
  current.show(document);
}

export function registerDashboard(context: vscode.ExtensionContext): void {
  // The Markdown preview's labels follow the same `nastavnik.locale` setting.
  setPreviewLocale(dashboardLocale);
  context.subscriptions.push(vscode.commands.registerCommand(DASHBOARD_COMMAND, openDashboard), {
    dispose: () => current?.panel.dispose(),
  });
}
