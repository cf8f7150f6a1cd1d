/**
 * The palette commands under «Наставник»: check the workspace, show the scores of a document,
 * restart the server, open a rule's documentation, import from and export to Word (word-commands.ts).
 * Each is a thin call to the server.
 */
import * as vscode from 'vscode';
import { type LanguageClient, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import {
  CHECK_WORKSPACE_REQUEST,
  type CheckWorkspaceResult,
  RULES_REQUEST,
  type RuleInfo,
  SCORES_REQUEST,
  type ScoresResult,
} from '../../server/src/lsp/protocol';
import { shorten } from '../../server/src/render/shorten';
import { documentsRu, kindLabel, profileLabel, inClientLocale } from './texts';
import { registerWordCommands } from './word-commands';

export const COMMANDS = {
  checkWorkspace: 'nastavnik.checkWorkspace',
  showScores: 'nastavnik.showScores',
  restartServer: 'nastavnik.restartServer',
  openRuleDocs: 'nastavnik.openRuleDocs',
} as const;

const DASHBOARD = 'nastavnik.showDashboard';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
  restart: () => Promise<void>,
): void {
  const running = (): LanguageClient | undefined => {
    const c = client();
    if (c?.isRunning()) return c;
    void vscode.window.showWarningMessage(
      inClientLocale(
        'Сервер Наставника не запущен. Выполните «Наставник: Перезапустить сервер».',
        'The Nastavnik server is not running. Run «Nastavnik (Наставник): Restart the server».',
      ),
    );
    return undefined;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, async () => {
      const c = running();
      if (c) await checkWorkspace(c);
    }),
    vscode.commands.registerCommand(COMMANDS.showScores, async (uri?: unknown) => {
      const c = running();
      if (c) await showScores(c, typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : undefined);
    }),
    vscode.commands.registerCommand(COMMANDS.restartServer, restart),
    // Also the target of every diagnostic's code link: the server sends `command:nastavnik.openRuleDocs?["<code>"]`
    // (initializationOptions.ruleDocsCommand in extension.ts; server/src/lsp/rule-links.ts).
    vscode.commands.registerCommand(COMMANDS.openRuleDocs, async (code?: unknown) => {
      await openRuleDocs(context.extensionUri, client(), typeof code === 'string' ? code : undefined);
    }),
  );
  registerWordCommands(context, running);
}

async function checkWorkspace(client: LanguageClient): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(
      inClientLocale(
        'Откройте папку с документами: проверяется вся папка.',
        'Open a folder of documents first: the whole folder is checked.',
      ),
    );
    return;
  }
  const summary = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: inClientLocale('Наставник: проверка документов', 'Nastavnik: checking documents'),
      cancellable: true,
    },
    async (progress, cancel) => {
      const token = `nastavnik-check-${Date.now()}`;
      let last = 0;
      const listener = client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') return;
        const v = value as WorkDoneProgressBegin | WorkDoneProgressReport;
        const percent = v.percentage ?? last;
        progress.report({
          increment: Math.max(0, percent - last),
          message: v.message ? vscode.workspace.asRelativePath(v.message) : undefined,
        });
        last = percent;
      });
      try {
        return await client.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, { workDoneToken: token }, cancel);
      } finally {
        listener.dispose();
      }
    },
  );
  const { error, warning, info, hint } = summary.counts;
  const text = inClientLocale(
    `Проверено ${documentsRu(summary.files)}${summary.incomplete ? ' (не все)' : ''}: ошибок ${error}, предупреждений ${warning}, замечаний ${info + hint}.`,
    `Checked ${summary.files} documents${summary.incomplete ? ' (not all)' : ''}: ${error} errors, ${warning} warnings, ${info + hint} notes.`,
  );
  const open = inClientLocale('Открыть «Проблемы»', 'Open Problems');
  const choice = await vscode.window.showInformationMessage(text, open);
  if (choice === open) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

async function showScores(client: LanguageClient, uri: string | undefined): Promise<void> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
  if (!target) {
    void vscode.window.showInformationMessage(
      inClientLocale('Откройте документ Markdown, чтобы увидеть его баллы.', 'Open a Markdown document to see its scores.'),
    );
    return;
  }
  let scores: ScoresResult;
  try {
    scores = await client.sendRequest<ScoresResult>(SCORES_REQUEST, { uri: target });
  } catch {
    void vscode.window.showWarningMessage(
      inClientLocale('Баллы доступны для открытого документа Markdown.', 'Scores are available for an open Markdown document.'),
    );
    return;
  }
  const open = inClientLocale('Открыть сводку', 'Open the dashboard');
  const choice = await vscode.window.showInformationMessage(scoresTitle(scores), { modal: true, detail: scoresDetail(scores) }, open);
  if (choice === open) await vscode.commands.executeCommand(DASHBOARD);
}

function scoresTitle(s: ScoresResult): string {
  const kind = kindLabel(s.meta.kind) ?? inClientLocale('Документ', 'Document');
  const profile = profileLabel(s.meta.profile);
  return profile ? `${kind} (${inClientLocale('профиль', 'profile')} «${profile}»)` : kind;
}

/** The numbers in words; every one of them from the server's `computeScores`. */
function scoresDetail(s: ScoresResult): string {
  const lines: string[] = [];
  if (s.meta.period) lines.push(`${inClientLocale('Период', 'Period')}: ${s.meta.period}`);
  const c = s.completeness.document;
  if (c) {
    lines.push(`${inClientLocale('Полнота дорожной карты', 'Roadmap completeness')}: ${c.percent} %`);
    if (c.stages) lines.push(`  ${inClientLocale('этапы', 'stages')}: ${c.stages.done} ${inClientLocale('из', 'of')} ${c.stages.total}`);
    lines.push(`  ${inClientLocale('сроки', 'deadlines')}: ${c.deadlines.done} ${inClientLocale('из', 'of')} ${c.deadlines.total}`);
    lines.push(
      `  ${inClientLocale('ответственные', 'responsibles')}: ${c.responsibles.done} ${inClientLocale('из', 'of')} ${c.responsibles.total}`,
    );
    if (c.results)
      lines.push(`  ${inClientLocale('результаты', 'results')}: ${c.results.done} ${inClientLocale('из', 'of')} ${c.results.total}`);
    if (c.missing.stages.length) lines.push(`  ${inClientLocale('нет этапов', 'missing stages')}: ${c.missing.stages.join('; ')}`);
  }
  for (const e of s.efficiency) {
    const level = e.level?.name ?? inClientLocale('уровень не определён', 'no level');
    lines.push(
      `${inClientLocale('Показатели эффективности', 'Efficiency')}: ` +
        `${e.total} ${inClientLocale('из', 'of')} ${e.max} (${e.percent} %) — ${level}`,
    );
    if (e.partial) lines.push(`  ${inClientLocale('оценено', 'scored')} ${e.scored} ${inClientLocale('из', 'of')} ${e.indicators.length}`);
  }
  for (const target of s.targets) {
    lines.push(
      `${inClientLocale('Целевой показатель', 'Target')} ${target.number ?? ''} ${shorten(target.text, 60)}: ` +
        `${target.targets.map((y) => `${y.year ?? inClientLocale('период', 'period')} ≥ ${y.plan}`).join(', ')}`,
    );
  }
  for (const q of s.questionnaires) lines.push(`${inClientLocale('Анкета: средний балл', 'Questionnaire: mean')} ${q.mean ?? '—'}`);
  if (lines.length === 0)
    lines.push(
      inClientLocale('В документе нет таблиц, по которым считаются баллы.', 'The document has no tables that scores are computed from.'),
    );
  return lines.join('\n');
}

/** A rule code as the rules name themselves; anything else (a path, a URL) is not opened. */
const RULE_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The rule's page shipped inside the extension (docs/rules/<code>.md), in VS Code's Markdown preview. */
async function openRuleDocs(extension: vscode.Uri, client: LanguageClient | undefined, code: string | undefined): Promise<void> {
  if (!code) {
    let rules: RuleInfo[] = [];
    try {
      rules = client?.isRunning() ? await client.sendRequest<RuleInfo[]>(RULES_REQUEST, {}) : [];
    } catch {
      rules = [];
    }
    if (rules.length === 0) {
      void vscode.window.showWarningMessage(
        inClientLocale(
          'Список правил недоступен: сервер Наставника не запущен.',
          'The rule list is unavailable: the Nastavnik server is not running.',
        ),
      );
      return;
    }
    const picked = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.code, description: r.title })),
      {
        placeHolder: inClientLocale('Правило, описание которого открыть', 'The rule whose documentation to open'),
        matchOnDescription: true,
      },
    );
    code = picked?.label;
  }
  if (!code) return;
  const page = vscode.Uri.joinPath(extension, 'docs', 'rules', `${code}.md`);
  try {
    if (!RULE_CODE.test(code)) throw new Error('not a rule code');
    await vscode.workspace.fs.stat(page);
  } catch {
    void vscode.window.showWarningMessage(inClientLocale(`Нет описания правила «${code}».`, `There is no page for the rule «${code}».`));
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', page);
}
