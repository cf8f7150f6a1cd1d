/**
 * Editors without VS Code's contributed snippets (Neovim, Emacs/Eglot send no initializationOptions)
 * get the document templates from the server's completion; VS Code (which says it contributes them)
 * gets no duplicates.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { analyze } from '../server/src/core/analyze';
import { TestClient } from './lsp-client';

const clients: TestClient[] = [];
after(async () => { for (const c of clients) await c.stop(); });

async function start(options: Partial<Parameters<typeof TestClient.start>[0]> = {}): Promise<TestClient> {
  const client = await TestClient.start({ pull: true, ...options });
  clients.push(client);
  return client;
}

async function complete(client: TestClient, uri: string, text: string, line: number, character: number): Promise<CompletionItem[]> {
  client.open(uri, text);
  const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  return list?.items ?? [];
}

const snippetsOf = (items: CompletionItem[]) => items.filter((i) => i.kind === 15 /* Snippet */);

describe('templates in completion for clients without contributed snippets', () => {
  test('an empty document: whole-document templates in snippet syntax', async () => {
    const client = await start();
    const items = snippetsOf(await complete(client, 'file:///t/empty.md', 'дк', 0, 2));
    const roadmap = items.find((i) => i.label === 'дк-педагоги');
    assert.ok(roadmap, items.map((i) => i.label).join(', '));
    assert.equal(roadmap.insertTextFormat, 2);
    assert.match(String(roadmap.filterText), /roadmap-teachers/);
    const edit = roadmap.textEdit as { newText: string; range: { start: { character: number }; end: { character: number } } };
    assert.match(edit.newText, /\$\{?\d/, 'tab stops');
    assert.deepEqual([edit.range.start.character, edit.range.end.character], [0, 2], 'replaces the typed prefix');
  });

  test('without snippet support: plain text that is a clean roadmap when inserted', async () => {
    const client = await start({ snippetSupport: false });
    const items = snippetsOf(await complete(client, 'file:///t/plain.md', '', 0, 0));
    const roadmap = items.find((i) => i.label === 'дк-обучающиеся');
    assert.ok(roadmap);
    assert.equal(roadmap.insertTextFormat, 1);
    const text = (roadmap.textEdit as { newText: string }).newText;
    assert.doesNotMatch(text, /\$\{?\d/, 'no snippet syntax left');
    const problems = analyze(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(problems.map((d) => d.code), []);
  });

  test('under a roadmap table: the stage rows of its profile, not whole documents', async () => {
    const client = await start();
    const text = readFileSync('examples/clean-pupils-roadmap.md', 'utf8').trimEnd() + '\n';
    const lines = text.split('\n');
    const last = lines.map((l) => l.startsWith('|')).lastIndexOf(true);
    const withLine = [...lines.slice(0, last + 1), 'этап', ...lines.slice(last + 1)].join('\n');
    const items = snippetsOf(await complete(client, 'file:///t/rows.md', withLine, last + 1, 4));
    assert.ok(items.length > 0);
    assert.ok(items.every((i) => String(i.label).startsWith('этап-')), items.map((i) => i.label).join(', '));
    assert.ok(!items.some((i) => String(i.label).startsWith('дк-')));
  });

  test('inside a table cell: no templates', async () => {
    const client = await start();
    const text = readFileSync('examples/clean-pupils-roadmap.md', 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('| ') && !l.includes('---')) + 1;
    assert.deepEqual(snippetsOf(await complete(client, 'file:///t/cell.md', text, line, 3)), []);
  });

  test('inside front matter: no templates', async () => {
    const client = await start();
    const text = '---\nвид: дорожная карта\n\n---\n# Дорожная карта\n';
    assert.deepEqual(snippetsOf(await complete(client, 'file:///t/fm.md', text, 2, 0)), []);
  });

  test('VS Code (contributesSnippets) gets no template items', async () => {
    const client = await start({ initializationOptions: { contributesSnippets: true } });
    assert.deepEqual(snippetsOf(await complete(client, 'file:///t/vscode.md', 'дк', 0, 2)), []);
  });
});
