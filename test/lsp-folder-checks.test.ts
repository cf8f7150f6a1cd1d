/**
 * The checks across a school's folder in the language server (lsp/folder-diagnostics.ts): an open
 * document gets its folder diagnostics (the others of the folder read from disk), they follow edits
 * of another open document and changes on disk the editor reports, and the quick fix of a pair
 * without its programme creates the file. Over the protocol, against test/fixtures/school.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './lsp-client';
import { tempDir } from './temp-dir';

const SCHOOL = join(__dirname, 'fixtures', 'school');
const FOLDER_CODES = new Set([
  'pair-without-program',
  'duplicate-personal-program',
  'unlisted-pair',
  'personal-period-outside',
  'pair-not-in-staff',
]);
const ours = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => FOLDER_CODES.has(String(d.code))).map((d) => `${d.range.start.line + 1} ${d.code}`);

function school(): { dir: string; uri: (name: string) => string; text: (name: string) => string } {
  const dir = tempDir('nastavnik-lsp-school');
  cpSync(SCHOOL, dir, { recursive: true });
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).href, text: (name) => readFileSync(join(dir, name), 'utf8') };
}

const ORDER = 'приказ-о-закреплении-пар.md';
const SOKOLOVA = 'ппн-соколова-кузнецова.md';

describe('folder checks in the editor', () => {
  test('pull: the order shows the pair without a programme; the quick fix creates it; the file on disk closes the gap', async () => {
    const s = school();
    const client = await TestClient.start({ pull: true, locale: 'ru', workspaceFolder: s.dir });
    try {
      client.open(s.uri(ORDER), s.text(ORDER));
      const diagnostics = await client.pull(s.uri(ORDER));
      assert.deepEqual(ours(diagnostics), ['16 pair-without-program']);
      const missing = diagnostics.find((d) => d.code === 'pair-without-program')!;
      assert.match(String(missing.message), /^Для пары Лебедева О\.Г\. – Новиков С\.Р\. нет персонализированной программы/);

      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: s.uri(ORDER) },
        range: missing.range,
        context: { diagnostics: [missing], only: ['quickfix'] },
      });
      const create = actions.find((a) => a.title.startsWith('Создать персонализированную программу'));
      assert.ok(create, JSON.stringify(actions.map((a) => a.title)));
      const changes = create.edit!.documentChanges!;
      const [made, insert] = changes as [{ kind: string; uri: string }, { textDocument: { uri: string }; edits: { newText: string }[] }];
      assert.equal(made.kind, 'create');
      assert.equal(decodeURIComponent(made.uri), decodeURIComponent(s.uri('ппн-лебедева-новиков.md')));
      const text = insert.edits[0]!.newText;
      assert.match(text, /^Наставник: Лебедева О\.Г\., заместитель директора по УВР$/m);

      // The editor applies the edit and saves the file; the watcher reports it.
      writeFileSync(join(s.dir, 'ппн-лебедева-новиков.md'), text);
      // With a watcher the server reads the folder only when told: an edit does not list it or stat its files.
      client.change(s.uri(ORDER), 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
      assert.deepEqual(ours(await client.pull(s.uri(ORDER))), ['16 pair-without-program']);
      const before = client.refreshes;
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: made.uri, type: 1 }] });
      await client.waitFor('a diagnostics refresh', () => client.refreshes > before);
      assert.deepEqual(ours(await client.pull(s.uri(ORDER))), []);
    } finally {
      await client.stop();
    }
  });

  test('the workspace check pushes the folder findings of files that are not open and counts them', async () => {
    const s = school();
    const client = await TestClient.start({ pull: true, locale: 'ru', workspaceFolder: s.dir });
    try {
      const summary = await client.request<{ files: number; counts: { warning: number } }>('nastavnik/checkWorkspace', {});
      assert.equal(summary.files, 5);
      assert.deepEqual(ours(client.published.get(s.uri(ORDER))!.diagnostics), ['16 pair-without-program']);
      assert.deepEqual(ours(client.published.get(s.uri(SOKOLOVA))!.diagnostics), ['9 personal-period-outside']);
      const pushed = [...client.published.values()].flatMap((p) => p.diagnostics.filter((d) => d.severity === 2));
      assert.equal(summary.counts.warning, pushed.length);
    } finally {
      await client.stop();
    }
  });

  test('push: editing an open programme re-checks the open order; closing it unsaved restores the disk version', async () => {
    const s = school();
    const client = await TestClient.start({ pull: false, locale: 'ru', workspaceFolder: s.dir });
    try {
      client.open(s.uri(ORDER), s.text(ORDER));
      assert.deepEqual(ours(await client.pushed(s.uri(ORDER), 1)), ['16 pair-without-program']);
      const sokolova = s.text(SOKOLOVA);
      client.open(s.uri(SOKOLOVA), sokolova);
      assert.deepEqual(ours(await client.pushed(s.uri(SOKOLOVA), 1)), ['9 personal-period-outside']);

      // The mentor misspelt in the open programme: it is no listed pair's any more, and its pair has none.
      client.change(s.uri(SOKOLOVA), 2, [{ text: sokolova.replace('Соколова Наталья Викторовна', 'Сокалова Наталья Викторовна') }]);
      assert.deepEqual(ours(await client.pushed(s.uri(SOKOLOVA), 2)), ['3 unlisted-pair', '9 personal-period-outside']);
      await client.waitFor('the order re-checked', () => ours(client.published.get(s.uri(ORDER))!.diagnostics).length === 2);
      assert.deepEqual(ours(client.published.get(s.uri(ORDER))!.diagnostics), ['14 pair-without-program', '16 pair-without-program']);

      client.close(s.uri(SOKOLOVA));
      await client.waitFor(
        'the order re-checked after the close',
        () => ours(client.published.get(s.uri(ORDER))!.diagnostics).length === 1,
      );
    } finally {
      await client.stop();
    }
  });
});
