/**
 * The status bar item: what the active Markdown document is (kind, profile) and its numbers
 * (completeness, efficiency total), from the server's `nastavnik/scores`. Hidden for other files
 * and for Markdown that is not a mentorship document. A click opens the scores.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SCORES_REQUEST, type ScoresResult } from '../../server/src/lsp/protocol';
import { kindLabel, profileLabel, t } from './texts';

/** Typing settles before the numbers are asked for again. */
const DELAY_MS = 400;

export class ScoreStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('nastavnik.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: NodeJS.Timeout | undefined;
  private asked = 0;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = t('Наставник', 'Nastavnik');
    this.item.command = 'nastavnik.showScores';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(DELAY_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('nastavnik')) this.schedule(DELAY_MS);
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
    if (!document || document.languageId !== 'markdown' || !client?.isRunning()) {
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
    const kind = kindLabel(scores.meta.kind);
    const completeness = scores.completeness.document;
    const efficiency = scores.efficiency[0];
    if (!kind && !completeness && !efficiency) {
      this.item.hide();
      return;
    }
    const parts = [kind ?? t('Документ', 'Document')];
    const profile = profileLabel(scores.meta.profile);
    if (profile) parts.push(profile);
    if (completeness) parts.push(`${completeness.percent} %`);
    if (efficiency) parts.push(`${efficiency.total}/${efficiency.max}`);
    this.item.text = `$(checklist) ${parts.join(' · ')}`;
    const lines = [`**${kind ?? t('Документ', 'Document')}**${profile ? ` — ${t('профиль', 'profile')} «${profile}»` : ''}`];
    if (scores.meta.period) lines.push(`${t('Период', 'Period')}: ${scores.meta.period}`);
    if (completeness) lines.push(`${t('Полнота дорожной карты', 'Roadmap completeness')}: ${completeness.percent} %`);
    for (const e of scores.efficiency)
      lines.push(
        `${t('Показатели эффективности', 'Efficiency')}: ${e.total} ${t('из', 'of')} ${e.max}${e.level ? ` — ${e.level.name}` : ''}`,
      );
    lines.push('', t('Нажмите, чтобы открыть подробности.', 'Click for details.'));
    this.item.tooltip = new vscode.MarkdownString(lines.join('  \n'));
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
