/**
 * After a quick fix, or a change of settings, the code lenses say what the diagnostics say: the server
 * asks the editor to fetch them again (`workspace/codeLens/refresh`) when a fresh analysis gives a
 * document other lenses than those the editor was given, and only editors that support it are asked.
 * The refresh request is sent before the diagnostics it comes with, so once those have arrived the
 * count of refreshes is final: no waiting on time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction, CodeLens, Diagnostic } from 'vscode-languageserver-protocol';
import { applyLspEdits, example, TestClient } from './lsp-client';

const NAME = '003-severodvinsk-college-roadmap.md';

const titles = (lenses: CodeLens[]) => lenses.map((l) => l.command?.title ?? '');

async function lensesOf(client: TestClient, uri: string): Promise<string[]> {
  return titles(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }));
}

/** The text after the quick fix «Добавить столбец «Сроки»» of the document's missing-column diagnostic. */
async function withDeadlineColumn(client: TestClient, uri: string, text: string, diagnostics: Diagnostic[]): Promise<string> {
  const missing = diagnostics.find((d) => d.code === 'missing-column');
  assert.ok(missing, 'the example lacks a column');
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: missing.range,
    context: { diagnostics: [missing], only: ['quickfix'] },
  });
  const fix = actions.find((a) => /«Сроки»/.test(a.title) && a.edit?.changes?.[uri]);
  assert.ok(fix, `a fix adding «Сроки» among: ${actions.map((a) => a.title).join('; ')}`);
  return applyLspEdits(text, fix.edit!.changes![uri]!);
}

describe('code lenses follow the analyses', () => {
  test('a quick fix that changes the numbers: the editor is asked to fetch the lenses again, and they are new', async () => {
    const client = await TestClient.start({ pull: true, locale: 'ru', codeLensRefresh: true });
    try {
      const { uri, text } = example(NAME);
      client.open(uri, text);
      const diagnostics = await client.pull(uri);
      const before = await lensesOf(client, uri);
      assert.match(before[0]!, /нет столбцов «Сроки» и «Ответственные»/);
      const fixed = await withDeadlineColumn(client, uri, text, diagnostics);
      client.change(uri, 2, [{ text: fixed }]);
      await client.pull(uri);
      assert.equal(client.lensRefreshes, 1, 'one refresh for the changed lens');
      const after = await lensesOf(client, uri);
      assert.notDeepEqual(after, before);
      assert.match(after[0]!, /нет столбца «Ответственные»/);

      // An edit that changes no number (a blank line at the end) asks for nothing.
      client.change(uri, 3, [{ text: `${fixed}\n` }]);
      await client.pull(uri);
      assert.equal(client.lensRefreshes, 1, 'lenses that say the same are not asked for again');
    } finally {
      await client.stop();
    }
  });

  test('push mode (Neovim, Emacs): the same, with the pushed diagnostics', async () => {
    const client = await TestClient.start({ pull: false, locale: 'ru', codeLensRefresh: true });
    try {
      const { uri, text } = example(NAME);
      client.open(uri, text, 1);
      const diagnostics = await client.pushed(uri, 1);
      await lensesOf(client, uri);
      client.change(uri, 2, [{ text: await withDeadlineColumn(client, uri, text, diagnostics) }]);
      await client.pushed(uri, 2);
      assert.equal(client.lensRefreshes, 1);
    } finally {
      await client.stop();
    }
  });

  test('a change of settings (the language) refreshes the lenses as well as the diagnostics', async () => {
    const client = await TestClient.start({ pull: true, locale: 'ru', codeLensRefresh: true });
    try {
      const { uri, text } = example(NAME);
      client.open(uri, text);
      await client.pull(uri);
      assert.match((await lensesOf(client, uri))[0]!, /^Полнота/);
      await client.waitFor('the first diagnostic refresh after start', () => client.refreshes > 0);
      const lensRefreshes = client.lensRefreshes;
      client.settings = { locale: 'en' };
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor('a code lens refresh', () => client.lensRefreshes > lensRefreshes);
      assert.match((await lensesOf(client, uri))[0]!, /^Completeness/);
    } finally {
      await client.stop();
    }
  });

  test('an editor that does not support the refresh is never asked', async () => {
    const client = await TestClient.start({ pull: true, locale: 'ru' });
    try {
      const { uri, text } = example(NAME);
      client.open(uri, text);
      const diagnostics = await client.pull(uri);
      await lensesOf(client, uri);
      client.change(uri, 2, [{ text: await withDeadlineColumn(client, uri, text, diagnostics) }]);
      await client.pull(uri);
      assert.equal(client.lensRefreshes, 0);
    } finally {
      await client.stop();
    }
  });
});
