/**
 * The VS Code side, kept thin: starts the language server (dist/server.js over IPC) for Markdown,
 * registers the «Наставник» commands, the status bar item, the dashboard and the preview plugin.
 * Nothing here runs code from the workspace, so it works in untrusted and virtual workspaces.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { COMMANDS, registerCommands } from './commands';
import { registerDashboard } from './dashboard';
import { PreviewResults } from './preview-results';
import { ScoreStatus } from './status';
import { inClientLocale } from './texts';

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Every scheme (file, untitled, virtual file systems): the server reads only what the editor sends.
    documentSelector: [{ language: 'markdown' }],
    // Settings are pulled by the server; `.nastavnik.json` is watched through the server's own registration.
    synchronize: { configurationSection: 'nastavnik' },
    outputChannelName: inClientLocale('Наставник', 'Nastavnik'),
    // VS Code already has the templates as contributed snippets: the server must not offer them twice.
    // A diagnostic's code links to the rule's page shipped in the extension, opened by this command (commands.ts).
    initializationOptions: { contributesSnippets: true, ruleDocsCommand: COMMANDS.openRuleDocs },
  };
  return new LanguageClient('nastavnik', inClientLocale('Наставник', 'Nastavnik'), serverOptions, clientOptions);
}

async function start(): Promise<void> {
  try {
    await client?.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      inClientLocale(`Не удалось запустить сервер Наставника: ${String(error)}`, `The Nastavnik server did not start: ${String(error)}`),
    );
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt: PreviewResults['extendMarkdownIt'] }> {
  client = createClient(context);
  const status = new ScoreStatus(() => client);
  const preview = new PreviewResults(() => client);
  registerCommands(
    context,
    () => client,
    async () => {
      if (client?.isRunning()) await client.restart();
      else await start();
      status.schedule(0);
      preview.askActive();
    },
  );
  registerDashboard(context, () => client);
  context.subscriptions.push(status, preview);
  await start();
  status.schedule(0);
  preview.askActive();
  // VS Code's Markdown preview calls this (contributes.markdown.markdownItPlugins); it draws the server's answers.
  return { extendMarkdownIt: preview.extendMarkdownIt };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
