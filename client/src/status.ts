/**
 * The status bar item: what the active Markdown document is (kind, profile) and its numbers
 * (completeness, efficiency total), from the server's `nastavnik/scores`. Hidden for other files
 * and for Markdown that is not a mentorship document. A click opens the scores. The numbers are asked
 * for again whenever the document's diagnostics change (a quick fix, a changed `.nastavnik.json` or
 * setting): new diagnostics mean a new analysis, and the numbers come from the same one.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SCORES_REQUEST, type ScoresResult } from '../../server/src/lsp/protocol';
import { statusText } from './status-text';
import { kindLabel, profileLabel, inClientLocale } from './texts';

/** Typing settles before the numbers are asked for again. */
const DELAY_MS = 400;

export class ScoreStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('nastavnik.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: NodeJS.Timeout | undefined;
  private asked = 0;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = inClientLocale('Наставник', 'Nastavnik');
    this.item.command = 'nastavnik.showScores';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(DELAY_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('nastavnik')) this.schedule(DELAY_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((uri) => uri.toString() === active)) this.schedule(0);
      }),
    );
  }

  /** Asks again shortly (the server must have seen the document first). */
  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (document?.languageId !== 'markdown' || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    const ask = ++this.asked;
    let scores: ScoresResult;
    try {
      scores = await client.sendRequest<ScoresResult>(SCORES_REQUEST, { uri: document.uri.toString() });
    } catch {
      if (ask === this.asked) this.item.hide();
      return;
    }
    if (ask !== this.asked) return; // a newer question is on its way
    this.show(scores);
  }

  private show(scores: ScoresResult): void {
    const shown = statusText(scores, inClientLocale, kindLabel(scores.meta.kind), profileLabel(scores.meta.profile));
    if (!shown) {
      this.item.hide();
      return;
    }
    this.item.text = shown.text;
    this.item.tooltip = new vscode.MarkdownString(shown.tooltip.join('  \n'));
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
