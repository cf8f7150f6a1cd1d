/**
 * Runs INSIDE code-server's extension host (loaded through `extensionTestsPath`), against the real
 * VS Code API and the real extension. A tiny runner instead of mocha: each check is a named async
 * function; results go to the JSON file named by NASTAVNIK_E2E_RESULTS for the outer test to read.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

interface Expected {
  workspace: string;
  files: Record<string, { codes: string[]; completeness?: number }>;
}
const expected = JSON.parse(readFileSync(process.env.NASTAVNIK_E2E_EXPECTED!, 'utf8')) as Expected;
const checks: { name: string; run: () => Promise<void> }[] = [];
const check = (name: string, run: () => Promise<void>): void => void checks.push({ name, run });

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const uriOf = (name: string): vscode.Uri => vscode.Uri.file(path.join(expected.workspace, name));
const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nastavnik');

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uriOf(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function diagnosticsOf(name: string): Promise<vscode.Diagnostic[]> {
  const doc = await open(name);
  return until(`diagnostics of ${name}`, () => {
    const list = ours(doc.uri);
    return list.length > 0 ? list : undefined;
  });
}

check('the extension activates on a Markdown roadmap', async () => {
  await open('001-tomsk-lyceum-roadmap.md');
  const ext = await until('the extension', () => vscode.extensions.all.find((e) => e.id.toLowerCase() === 'nastavnik.nastavnik'));
  await until('activation', () => (ext.isActive ? true : undefined));
});

for (const name of ['001-tomsk-lyceum-roadmap.md', '002-krasnomayskaya-program.md', '003-severodvinsk-college-roadmap.md']) {
  check(`diagnostics of ${name} reach the Problems panel with the CLI's codes`, async () => {
    const want = [...expected.files[name]!.codes].sort();
    const doc = await open(name);
    const got = await until(`the expected diagnostics of ${name}`, () => {
      const codes = ours(doc.uri).map(codeOf).sort();
      return JSON.stringify(codes) === JSON.stringify(want) ? codes : undefined;
    });
    assert.deepEqual(got, want);
    assert.ok(
      // The extension's own command opens the rule's page shipped inside it (client/src/commands.ts).
      ours(doc.uri).every(
        (d) => typeof d.code === 'object' && d.code.target.scheme === 'command' && d.code.target.path === 'nastavnik.openRuleDocs',
      ),
      'codes link to the rule pages shipped in the extension',
    );
  });
}

check('a quick fix applied through executeCodeActionProvider removes its diagnostic', async () => {
  const name = '003-severodvinsk-college-roadmap.md';
  const diagnostics = await diagnosticsOf(name);
  const target = diagnostics.find((d) => codeOf(d) === 'missing-column');
  assert.ok(target, 'missing-column is reported');
  const before = diagnostics.filter((d) => codeOf(d) === 'missing-column').length;
  // The last argument asks VS Code to resolve lazily computed edits, as the light bulb would.
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uriOf(name),
    target.range,
    vscode.CodeActionKind.QuickFix.value,
    10,
  );
  const fix = actions.find(
    (a) => a.edit && (a.diagnostics?.some((d) => codeOf(d) === 'missing-column') || /Сроки|Ответственные/.test(a.title)),
  );
  assert.ok(fix?.edit, `a quick fix is offered (got: ${actions.map((a) => a.title).join('; ')})`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  await until('the diagnostic to go', () =>
    ours(uriOf(name)).filter((d) => codeOf(d) === 'missing-column').length < before ? true : undefined,
  );
});

check("completion offers the profile's stages and roles", async () => {
  const doc = await open('clean-teachers-roadmap.md');
  const lines = doc.getText().split('\n');
  // The first data row of the roadmap table: the line after the delimiter row.
  const delimiter = lines.findIndex((l) => /^\|\s*:?-{3,}/.test(l));
  assert.ok(delimiter > 0);
  const row = lines[delimiter + 1]!;
  const secondCell = row.indexOf('|', 1) + 2;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    doc.uri,
    new vscode.Position(delimiter + 1, secondCell),
  );
  assert.ok(list.items.length > 0, 'some completion items');
});

check('hover on a deadline shows the interval it was read as', async () => {
  const doc = await open('001-tomsk-lyceum-roadmap.md');
  const offset = doc.getText().indexOf('До 20.09.2023');
  assert.ok(offset > 0);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset + 4));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /2023/);
});

check('document symbols list the sections and stages', async () => {
  const doc = await open('000-spb-school34-roadmap.md');
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
  const names: string[] = [];
  const walk = (list: vscode.DocumentSymbol[]): void =>
    list.forEach((s) => {
      names.push(s.name);
      walk(s.children ?? []);
    });
  walk(symbols);
  assert.ok(
    names.some((n) => /наставник/i.test(n)),
    names.slice(0, 10).join(' | '),
  );
});

check('formatting aligns tables and keeps every cell', async () => {
  // The seed conversions are not aligned, so formatting has work to do.
  const doc = await open('001-tomsk-lyceum-roadmap.md');
  // Only whitespace around pipes and the length of delimiter-row dashes may change.
  const squeeze = (t: string): string => t.replace(/[ \t]*\|[ \t]*/g, '|').replace(/(:?)-{3,}(:?)/g, '$1---$2');
  const before = doc.getText();
  const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, {
    tabSize: 2,
    insertSpaces: true,
  });
  assert.ok(edits && edits.length > 0, 'the formatter returns edits');
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits ?? []) edit.replace(doc.uri, e.range, e.newText);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.equal(squeeze(doc.getText()), squeeze(before));
});

check('a contributed snippet expands into a roadmap without errors', async () => {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    doc.uri,
    new vscode.Position(0, 0),
  );
  const item = list.items.find(
    (i) =>
      i.kind === vscode.CompletionItemKind.Snippet &&
      /roadmap-teachers|дк-педагоги/.test(typeof i.label === 'string' ? i.label : i.label.label),
  );
  assert.ok(item, 'the roadmap snippet is offered');
  const body = item.insertText instanceof vscode.SnippetString ? item.insertText : new vscode.SnippetString(String(item.insertText));
  assert.ok(await editor.insertSnippet(body));
  assert.match(doc.getText(), /Дорожная карта/);
});

check('the Markdown preview shows the computed completeness', async () => {
  const name = '003-severodvinsk-college-roadmap.md';
  const doc = await open(name);
  const html = await vscode.commands.executeCommand<string>('markdown.api.render', doc.getText());
  const percent = expected.files[name]!.completeness;
  assert.ok(percent !== undefined);
  assert.match(html, new RegExp(`${percent}\\s*(%|&nbsp;%| %)`), 'the completeness percent from the core');
});

check("a diagnostic's code link opens the rule's page shipped in the extension, in the Markdown preview", async () => {
  const diagnostics = await diagnosticsOf('003-severodvinsk-college-roadmap.md');
  const target = diagnostics.find((d) => codeOf(d) === 'missing-column')!.code as { target: vscode.Uri };
  // What VS Code does on a click in the Problems panel or the hover: run the command the link names.
  const args = JSON.parse(decodeURIComponent(target.target.query)) as unknown[];
  await vscode.commands.executeCommand(target.target.path, ...args);
  const tab = await until('the preview of missing-column.md', () =>
    vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && /missing-column\.md/.test(t.label)),
  );
  assert.ok(tab);
});

// Last: it adds a file to the workspace's school folder.
check('a pair without its programme shows on the order; the quick fix creates the programme', async () => {
  const doc = await open('school-12/приказ-о-закреплении-пар.md');
  const pair = await until('pair-without-program on the order', () => ours(doc.uri).find((d) => codeOf(d) === 'pair-without-program'));
  assert.equal(pair.range.start.line, 15, 'row of pair 4, Орлова В.М. – Никитин Ю.С.');
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    pair.range,
    undefined,
    10,
  );
  const create = actions.find((a) => a.edit && /персонализированн|personalised/i.test(a.title));
  assert.ok(create?.edit, `offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(create.edit));
  await vscode.workspace.saveAll(false);
  await until(
    'pair-without-program to go once the programme exists',
    () => (ours(doc.uri).some((d) => codeOf(d) === 'pair-without-program') ? undefined : true),
    60_000,
  );
});

export async function run(): Promise<void> {
  const results: { name: string; ok: boolean; error?: string }[] = [];
  for (const { name, run: body } of checks) {
    try {
      await body();
      results.push({ name, ok: true });
      console.log(`ok - ${name}`);
    } catch (error) {
      results.push({ name, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      console.log(`not ok - ${name}: ${String(error)}`);
    }
  }
  writeFileSync(process.env.NASTAVNIK_E2E_RESULTS!, JSON.stringify(results, null, 2));
  if (results.some((r) => !r.ok)) throw new Error(`${results.filter((r) => !r.ok).length} e2e check(s) failed`);
}
