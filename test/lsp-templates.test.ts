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
import { expandSnippet } from '../server/src/core/editing/templates';
import { TestClient } from './lsp-client';

const clients: TestClient[] = [];
after(async () => {
  for (const c of clients) await c.stop();
});

async function start(options: Partial<Parameters<typeof TestClient.start>[0]> = {}): Promise<TestClient> {
  const client = await TestClient.start({ pull: true, ...options });
  clients.push(client);
  return client;
}

async function complete(client: TestClient, uri: string, text: string, line: number, character: number): Promise<CompletionItem[]> {
  client.open(uri, text);
  const list = await client.request<CompletionList | null>('textDocument/completion', {
    textDocument: { uri },
    position: { line, character },
  });
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
    assert.deepEqual(
      problems.map((d) => d.code),
      [],
    );
  });

  test('under a roadmap table: the stage rows of its profile, not whole documents', async () => {
    const client = await start();
    const text = readFileSync('examples/clean-pupils-roadmap.md', 'utf8').trimEnd() + '\n';
    const lines = text.split('\n');
    const last = lines.map((l) => l.startsWith('|')).lastIndexOf(true);
    const withLine = [...lines.slice(0, last + 1), 'этап', ...lines.slice(last + 1)].join('\n');
    const items = snippetsOf(await complete(client, 'file:///t/rows.md', withLine, last + 1, 4));
    assert.ok(items.length > 0);
    assert.ok(
      items.every((i) => String(i.label).startsWith('этап-')),
      items.map((i) => i.label).join(', '),
    );
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

  test('Neovim / Emacs path: no, null or empty initializationOptions all get the templates', async () => {
    for (const initializationOptions of [undefined, null, {}]) {
      const client = await start({ initializationOptions });
      const labels = snippetsOf(await complete(client, 'file:///t/nvim.md', '', 0, 0)).map((i) => i.label);
      assert.ok(
        labels.includes('дк-педагоги') && labels.includes('комплекс-мер'),
        `${JSON.stringify(initializationOptions)}: ${labels.join(', ')}`,
      );
    }
  });

  test('without snippet support: every whole-document template inserts as a clean document', async () => {
    const client = await start({ snippetSupport: false });
    const documents = snippetsOf(await complete(client, 'file:///t/all.md', '', 0, 0)).filter((i) =>
      /^(дк|программа|комплекс)-/.test(String(i.label)),
    );
    assert.ok(documents.length >= 5, documents.map((i) => i.label).join(', '));
    for (const item of documents) {
      assert.equal(item.insertTextFormat, 1);
      const text = (item.textEdit as { newText: string }).newText;
      assert.doesNotMatch(text, /\$\{?\d/, `${item.label}: no snippet syntax left`);
      const problems = analyze(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.deepEqual(
        problems.map((d) => `${d.code}: ${d.message.ru}`),
        [],
        String(item.label),
      );
    }
  });

  test('the typed word filters, in Russian or Latin, and the label follows it', async () => {
    const client = await start();
    const latin = snippetsOf(await complete(client, 'file:///t/latin.md', 'roadmap', 0, 7));
    assert.deepEqual(latin.map((i) => i.label).sort(), ['roadmap-municipal', 'roadmap-pupils', 'roadmap-teachers']);
    const russian = snippetsOf(await complete(client, 'file:///t/ru.md', 'дк-пе', 0, 5));
    assert.deepEqual(
      russian.map((i) => i.label),
      ['дк-педагоги'],
    );
    assert.match(String(russian[0]!.filterText), /roadmap-teachers/);
    // A word of the prefix after its «-» is enough; ё and е are the same letter.
    assert.ok(snippetsOf(await complete(client, 'file:///t/word.md', 'педагоги', 0, 8)).some((i) => i.label === 'дк-педагоги'));
    assert.deepEqual(snippetsOf(await complete(client, 'file:///t/none.md', 'привет', 0, 6)), []);
  });

  test('nothing typed: the list is incomplete, so the next keystroke picks Russian or Latin labels', async () => {
    const client = await start();
    client.open('file:///t/inc.md', '');
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: 'file:///t/inc.md' },
      position: { line: 0, character: 0 },
    });
    assert.equal(list.isIncomplete, true);
  });

  test('an English session: Latin labels, English detail, a preview of the inserted text', async () => {
    const client = await start({ locale: 'en' });
    const items = snippetsOf(await complete(client, 'file:///t/en.md', '', 0, 0));
    const roadmap = items.find((i) => i.label === 'roadmap-teachers');
    assert.ok(roadmap, items.map((i) => i.label).join(', '));
    assert.doesNotMatch(String(roadmap.detail), /[а-яё]{4}.*[а-яё]{4}.*[а-яё]{4}/i, String(roadmap.detail));
    const doc = (roadmap.documentation as { value: string }).value;
    assert.match(doc, /````markdown\n---\n/);
    assert.match(doc, /\| № \| Этап \|/, 'the preview shows the expanded table');
    assert.doesNotMatch(doc, /\$\{\d/, 'the preview has the defaults, not the tab stops');
  });

  test('a roadmap lacking its last stage: that stage row comes first and inserts cleanly', async () => {
    const client = await start({ snippetSupport: false });
    const lines = readFileSync('examples/clean-pupils-roadmap.md', 'utf8').trimEnd().split('\n');
    const completionRow = lines.findIndex((l) => l.includes('| Завершение наставничества |'));
    assert.ok(completionRow > 0);
    const rows = lines.slice(0, completionRow);
    const after = lines.slice(completionRow).filter((l) => !l.startsWith('|'));
    const text = [...rows, '', ...after].join('\n') + '\n';
    assert.ok(
      analyze(text).diagnostics.some((d) => d.code === 'missing-stage'),
      'the cut roadmap lacks a stage',
    );
    const items = snippetsOf(await complete(client, 'file:///t/cut.md', text, rows.length, 0));
    assert.ok(items.length > 1);
    assert.equal(items[0]!.label, 'этап-завершение', items.map((i) => i.label).join(', '));
    const row = (items[0]!.textEdit as { newText: string }).newText;
    const fixed = [...rows, row, ...after].join('\n') + '\n';
    const problems = analyze(fixed).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(
      problems.map((d) => `${d.code}: ${d.message.ru}`),
      [],
    );
  });

  test('a complex of measures lacking its last section: the section and its measure, numbered to follow', async () => {
    const client = await start();
    const lines = readFileSync('examples/clean-municipal.md', 'utf8').trimEnd().split('\n');
    const cut = lines.findIndex((l) => l.startsWith('| 6. |'));
    assert.ok(cut > 0);
    const rows = lines.slice(0, cut);
    const after = lines.slice(cut).filter((l) => !l.startsWith('|'));
    const text = [...rows, '', ...after].join('\n') + '\n';
    const items = snippetsOf(await complete(client, 'file:///t/municipal.md', text, rows.length, 0));
    assert.equal(items[0]?.label, 'этап-индикаторы', items.map((i) => i.label).join(', '));
    const body = (items[0]!.textEdit as { newText: string }).newText;
    assert.match(body, /^\| \$\{1:6\}\. \|/, 'numbered after section 5');
    assert.match(body, /\n\| \$\{1\}\.1 \|/, 'the measure mirrors the section number');
    const fixed = [...rows, expandSnippet(body), ...after].join('\n') + '\n';
    const problems = analyze(fixed).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(
      problems.map((d) => `${d.code}: ${d.message.ru}`),
      [],
    );
  });

  test('VS Code (contributesSnippets) gets no template items', async () => {
    const client = await start({ initializationOptions: { contributesSnippets: true } });
    assert.deepEqual(snippetsOf(await complete(client, 'file:///t/vscode.md', 'дк', 0, 2)), []);
  });
});
