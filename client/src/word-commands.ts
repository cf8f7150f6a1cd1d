/**
 * «Наставник: Импорт из Word…» and «Наставник: Экспорт в Word»: the client picks the file, shows
 * progress and opens or reveals the result; the server converts (lsp/word-requests.ts, the same
 * modules as `nastavnik import / export`). An existing file is replaced only when the user says so.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_WORD_REQUEST, IMPORT_WORD_REQUEST, type WordRequest, type WordResult } from '../../server/src/lsp/word-protocol';
import { inClientLocale } from './texts';

export const WORD_COMMANDS = { importWord: 'nastavnik.importWord', exportWord: 'nastavnik.exportWord' } as const;

export function registerWordCommands(context: vscode.ExtensionContext, running: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(WORD_COMMANDS.importWord, async (uri?: unknown) => {
      const c = running();
      if (c) await importFromWord(c, uri instanceof vscode.Uri ? uri : undefined);
    }),
    vscode.commands.registerCommand(WORD_COMMANDS.exportWord, async (uri?: unknown) => {
      const c = running();
      if (c) await exportToWord(c, uri instanceof vscode.Uri ? uri : undefined);
    }),
  );
}

async function importFromWord(client: LanguageClient, given: vscode.Uri | undefined): Promise<void> {
  const picked = given
    ? [given]
    : await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: inClientLocale('Импортировать', 'Import'),
        title: inClientLocale('Документ Word с дорожной картой или программой', 'A Word document with a roadmap or programme'),
        filters: { [inClientLocale('Документы Word', 'Word documents')]: ['docx', 'doc', 'odt', 'rtf'] },
      });
  const file = picked?.[0];
  if (!file) return;
  const result = await convert(
    client,
    IMPORT_WORD_REQUEST,
    { path: file.fsPath },
    inClientLocale('Наставник: импорт из Word', 'Nastavnik: importing from Word'),
  );
  if (!result?.ok) return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(result.path));
  await vscode.window.showTextDocument(document);
  if (result.warnings.length) void vscode.window.showInformationMessage(result.warnings.map((w) => inClientLocale(w.ru, w.en)).join(' '));
}

async function exportToWord(client: LanguageClient, given: vscode.Uri | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const document = given ? await vscode.workspace.openTextDocument(given) : editor?.document;
  if (document?.languageId !== 'markdown' || document.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage(
      inClientLocale(
        'Откройте сохранённый документ Markdown, чтобы выгрузить его в Word.',
        'Open a saved Markdown document to export it to Word.',
      ),
    );
    return;
  }
  const result = await convert(
    client,
    EXPORT_WORD_REQUEST,
    { path: document.uri.fsPath, text: document.getText() },
    inClientLocale('Наставник: экспорт в Word', 'Nastavnik: exporting to Word'),
  );
  if (!result?.ok) return;
  const reveal = inClientLocale('Показать в папке', 'Reveal in folder');
  const choice = await vscode.window.showInformationMessage(
    inClientLocale(`Сохранено: ${vscode.workspace.asRelativePath(result.path)}`, `Saved: ${vscode.workspace.asRelativePath(result.path)}`),
    reveal,
  );
  if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(result.path));
}

/** One conversion under a progress notification; asks before replacing; says why it failed. */
async function convert(client: LanguageClient, method: string, params: WordRequest, title: string): Promise<WordResult | undefined> {
  const send = (p: WordRequest) =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, () => client.sendRequest<WordResult>(method, p));
  let result = await send(params);
  if (!result.ok && result.exists) {
    const replace = inClientLocale('Заменить', 'Replace');
    const choice = await vscode.window.showWarningMessage(
      inClientLocale(`${result.message.ru} Заменить его?`, `${result.message.en} Replace it?`),
      { modal: true },
      replace,
    );
    if (choice !== replace) return undefined;
    result = await send({ ...params, force: true });
  }
  if (!result.ok) {
    void vscode.window.showErrorMessage(inClientLocale(result.message.ru, result.message.en));
    return undefined;
  }
  return result;
}
