/**
 * Protocol tests: the language server driven by a real JSON-RPC/LSP client (test/lsp-client.ts), in
 * this process over in-memory streams, and once as editors run it (`node server.js --stdio`), on the examples. Diagnostics in push and
 * pull mode, settings, completion,
 * hover, outline, folding, code lens, scores, `.nastavnik.json`, the workspace check and bad input.
 * Quick fixes and formatting: test/lsp-edits.test.ts.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { tempDir } from './temp-dir';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type {
  CodeLens,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
} from 'vscode-languageserver-protocol';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { applyLspEdits, example, offsetAt, positionAt, ROOT, TestClient, textAt } from './lsp-client';

const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code)).sort();
const seriousCodes = (ds: Diagnostic[]) => codes(ds.filter((d) => d.severity === 1 || d.severity === 2));
const find = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);
/** A diagnostic's message as text (LSP 3.18 allows markup; this server sends plain strings). */
const msg = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

/** The position of `needle` (+ delta characters) in the text; fails loudly when absent. */
function at(text: string, needle: string, delta = 0) {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `«${needle}» not found`);
  return positionAt(text, i + delta);
}

function items(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents;
  return typeof c === 'string' ? c : 'value' in c ? c.value : c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
}

/** 002 with its nine indicators scored: five «2 балла», four «1 балл» → 14 of 18. */
function scored002(): string {
  let n = 0;
  return example('002-krasnomayskaya-program.md').text.replace(/\| {2}\| {2}\| {2}\|$/gm, () => (n++ < 5 ? '| + |  |  |' : '|  | + |  |'));
}

function tempFolder(): string {
  return tempDir('nastavnik-ws-');
}

describe('push diagnostics (a client without pull support, e.g. Neovim)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ pull: false, locale: 'ru' });
  });
  after(() => client.stop());

  test('does not offer pull diagnostics to a client that cannot pull', () => {
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
  });

  test('publishes the defects of 001 by code and range, in Russian', async () => {
    const { uri, text } = example('001-tomsk-lyceum-roadmap.md');
    client.open(uri, text);
    const ds = await client.pushed(uri, 1);
    for (const code of ['missing-responsible', 'missing-result', 'stage-chronology', 'deadline-before-approval', 'stage-order'])
      assert.ok(codes(ds).includes(code), `${code} in ${codes(ds)}`);
    const before = find(ds, 'deadline-before-approval');
    assert.equal(before.length, 1);
    assert.equal(textAt(text, before[0]!.range), 'До 20.09.2023');
    assert.equal(find(ds, 'stage-order')[0]!.severity, 4, 'stage-order is a hint');
    const [responsible] = find(ds, 'missing-responsible');
    const [result] = find(ds, 'missing-result');
    assert.equal(responsible!.range.start.line, result!.range.start.line, 'both on the same continuation row');
    assert.deepEqual(responsible!.range.start, responsible!.range.end, 'an empty cell: a zero-width range where the text goes');
    assert.match(msg(responsible!), /ответствен/);
    assert.equal(responsible!.source, 'nastavnik');
    assert.match(String(responsible!.codeDescription?.href), /missing-responsible\.md$/);
  });

  test('000 and 004 have no error or warning', async () => {
    for (const name of ['000-spb-school34-roadmap.md', '004-arkhangelsk-municipal.md']) {
      const { uri, text } = example(name);
      client.open(uri, text);
      assert.deepEqual(seriousCodes(await client.pushed(uri, 1)), [], name);
    }
  });

  test('an incremental change re-checks: filling the empty responsible removes missing-responsible', async () => {
    const { uri } = example('001-tomsk-lyceum-roadmap.md');
    const range = find(client.published.get(uri)!.diagnostics, 'missing-responsible')[0]!.range;
    client.change(uri, 2, [{ range: { start: range.start, end: range.start }, text: 'Куратор' }]);
    const ds = await client.pushed(uri, 2);
    assert.equal(find(ds, 'missing-responsible').length, 0);
    assert.equal(find(ds, 'missing-result').length, 1, 'the other defect of that row stays');
  });

  test('a burst of changes ends with the diagnostics of the latest version', async () => {
    const { uri, text } = example('003-severodvinsk-college-roadmap.md');
    client.open(uri, text);
    await client.pushed(uri, 1);
    const end = positionAt(text, text.length);
    client.change(uri, 2, [{ range: { start: end, end }, text: '\n' }]);
    client.change(uri, 3, [{ range: { start: end, end }, text: '\n' }]);
    client.change(uri, 4, [{ text: text.replace('# ', '# ').replace(/\n/, '\n\n') }]);
    const ds = await client.pushed(uri, 4);
    assert.deepEqual(codes(ds), ['missing-column', 'missing-column', 'missing-period']);
  });

  test('with run = onSave, typing leaves the diagnostics alone until the file is saved', async () => {
    const { uri, text } = example('clean-teachers-roadmap.md');
    client.open(uri, text);
    assert.deepEqual(seriousCodes(await client.pushed(uri, 1)), []);
    client.settings = { run: 'onSave' };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { nastavnik: client.settings } });
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }); // settings are read by now
    const cell = at(text, '| Директор | Приказ о внедрении', 2);
    client.change(uri, 2, [{ range: { start: cell, end: { line: cell.line, character: cell.character + 'Директор'.length } }, text: '' }]);
    await new Promise((r) => setTimeout(r, 300)); // give an (unwanted) push the chance to arrive
    assert.equal(client.published.get(uri)!.version, 1, 'no diagnostics published while typing');
    client.save(uri);
    const ds = await client.pushed(uri, 2);
    assert.ok(codes(ds).includes('missing-responsible'));
    client.settings = {};
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { nastavnik: {} } });
  });

  test('closing a document clears its diagnostics', async () => {
    const { uri } = example('003-severodvinsk-college-roadmap.md');
    client.close(uri);
    await client.waitFor('cleared diagnostics', () => client.published.get(uri)?.diagnostics.length === 0);
  });
});

describe('pull diagnostics (LSP 3.17 clients such as VS Code)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ pull: true, locale: 'ru' });
  });
  after(() => client.stop());

  test('offers pull diagnostics and pushes nothing', async () => {
    assert.ok(client.initializeResult.capabilities.diagnosticProvider);
    const { uri, text } = example('002-krasnomayskaya-program.md');
    client.open(uri, text);
    await client.pull(uri);
    assert.equal(client.published.has(uri), false);
  });

  test('every example reports its known defects and nothing serious beyond them', async () => {
    const expected: Record<string, string[]> = {
      '000-spb-school34-roadmap.md': [],
      '001-tomsk-lyceum-roadmap.md': ['deadline-before-approval', 'missing-responsible', 'missing-result', 'stage-chronology'],
      '002-krasnomayskaya-program.md': ['missing-column', 'missing-column', 'missing-stage', 'numbering', 'stage-mismatch'],
      '003-severodvinsk-college-roadmap.md': ['missing-column', 'missing-column', 'missing-period'],
      '004-arkhangelsk-municipal.md': [],
      'clean-municipal.md': [],
      'clean-pupils-roadmap.md': [],
      'clean-teachers-roadmap.md': [],
    };
    for (const [name, want] of Object.entries(expected)) {
      const { uri, text } = example(name);
      client.open(uri, text);
      assert.deepEqual(seriousCodes(await client.pull(uri)), want, name);
    }
  });

  test('ranges point at the text they are about', async () => {
    const { uri, text } = example('002-krasnomayskaya-program.md');
    const ds = await client.pull(uri);
    for (const d of find(ds, 'missing-column'))
      assert.match(
        textAt(text, { start: d.range.start, end: { line: d.range.start.line, character: d.range.start.character + 1 } }),
        /\|/,
        'at the table header',
      );
    const unscored = find(ds, 'score-unscored');
    assert.equal(unscored.length, 1);
    assert.equal(unscored[0]!.severity, 3);
    assert.equal(find(ds, 'missing-stage').length, 1);
    assert.match(msg(find(ds, 'missing-stage')[0]!), /Формирование базы наставников/);
  });

  test('an edit shows in the next pull', async () => {
    const { uri, text } = example('003-severodvinsk-college-roadmap.md');
    const title = at(text, 'Дорожная карта');
    const line = text.split('\n')[title.line]!;
    client.change(uri, 2, [
      {
        range: { start: { line: title.line, character: line.length }, end: { line: title.line, character: line.length } },
        text: ' на 2024-2025 учебный год',
      },
    ]);
    const ds = await client.pull(uri);
    assert.equal(find(ds, 'missing-period').length, 0, codes(ds).join());
  });

  test('nastavnik.rules turns a rule off and asks the client to pull again', async () => {
    const { uri } = example('001-tomsk-lyceum-roadmap.md');
    assert.ok(find(await client.pull(uri), 'vague-deadline').length > 0);
    const refreshes = client.refreshes;
    client.settings = { rules: { 'vague-deadline': 'off', 'missing-result': 'hint' } };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('a diagnostic refresh', () => client.refreshes > refreshes);
    const ds = await client.pull(uri);
    assert.equal(find(ds, 'vague-deadline').length, 0);
    assert.equal(find(ds, 'missing-result')[0]!.severity, 4);
    client.settings = {};
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('a diagnostic refresh', () => client.refreshes > refreshes + 1);
  });

  test('with run = onSave a pull serves the last saved check until the next save', async () => {
    const { uri, text } = example('clean-pupils-roadmap.md');
    client.open(uri, text);
    const refreshes = client.refreshes;
    client.settings = { run: 'onSave' };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('a diagnostic refresh', () => client.refreshes > refreshes);
    assert.deepEqual(seriousCodes(await client.pull(uri)), []);
    const emptied = text.replace(/^\| 2\. \|.*$/m, (row) =>
      row
        .split('|')
        .map((cell, i) => (i === 5 ? '  ' : cell))
        .join('|'),
    );
    assert.notEqual(emptied, text);
    client.change(uri, 2, [{ text: emptied }]);
    assert.deepEqual(seriousCodes(await client.pull(uri)), [], 'not checked again before saving');
    client.save(uri);
    await client.waitFor('a diagnostic refresh', () => client.refreshes > refreshes + 1);
    assert.ok(codes(await client.pull(uri)).includes('missing-responsible'));
    client.settings = {};
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('a diagnostic refresh', () => client.refreshes > refreshes + 2);
  });
});

describe('locale', () => {
  test('an English editor gets English messages; nastavnik.locale = ru overrides it', async () => {
    const client = await TestClient.start({ pull: true, locale: 'en-US' });
    try {
      const { uri, text } = example('003-severodvinsk-college-roadmap.md');
      client.open(uri, text);
      const en = find(await client.pull(uri), 'missing-period')[0]!;
      assert.match(msg(en), /^No period\./);
      await client.waitFor('the first refresh after start', () => client.refreshes > 0);
      const refreshes = client.refreshes;
      client.settings = { locale: 'ru' };
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor('a diagnostic refresh', () => client.refreshes > refreshes);
      const ru = find(await client.pull(uri), 'missing-period')[0]!;
      assert.match(msg(ru), /период/);
      const lens = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.match(lens[0]!.command!.title, /^Полнота/);
    } finally {
      await client.stop();
    }
  });

  test('a Russian editor gets Russian hover and lens texts; English ones in English', async () => {
    for (const [locale, lens, hoverWord] of [
      ['ru', /^Полнота 100 %/, 'Этап'],
      ['en', /^Completeness 100 %/, 'Stage'],
    ] as const) {
      const client = await TestClient.start({ pull: true, locale });
      try {
        const { uri, text } = example('clean-teachers-roadmap.md');
        client.open(uri, text);
        const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
        assert.match(lenses[0]!.command!.title, lens);
        const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(text, 'Подготовка условий', 3) });
        assert.match(hoverText(h), new RegExp(`\\*\\*${hoverWord}:`));
      } finally {
        await client.stop();
      }
    }
  });
});

describe('language features', () => {
  let client: TestClient;
  const teachers = example('clean-teachers-roadmap.md');
  before(async () => {
    client = await TestClient.start({ pull: true, locale: 'ru' });
    client.open(teachers.uri, teachers.text);
  });
  after(() => client.stop());

  const complete = async (uri: string, text: string, needle: string, delta = 0) =>
    items(
      await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: at(text, needle, delta) }),
    );

  test('completion in the stage column offers the stages of the profile', async () => {
    const list = await complete(teachers.uri, teachers.text, '| Подготовка условий', 5);
    const labels = list.map((i) => i.label);
    for (const stage of [
      'Подготовка условий для реализации системы наставничества',
      'Формирование банка наставляемых',
      'Отбор и обучение наставников',
      'Информационная поддержка системы наставничества',
    ])
      assert.ok(labels.includes(stage), `${stage} in ${labels}`);
    const chosen = list.find((i) => i.label === 'Отбор и обучение наставников')!;
    const edit = chosen.textEdit as { range: Parameters<typeof textAt>[1]; newText: string };
    assert.equal(
      textAt(teachers.text, edit.range),
      'Подготовка условий для реализации системы наставничества',
      'replaces the whole cell text',
    );
    assert.match(String(chosen.detail), /этап/);
  });

  test('completion in the responsible column offers roles, people and names already used', async () => {
    const list = await complete(teachers.uri, teachers.text, '| Куратор, педагог-психолог |', 3);
    const labels = list.map((i) => i.label);
    for (const want of [
      'Куратор',
      'Соколова Н.В.',
      'Педагог-психолог',
      'Заместитель директора по УВР',
      'Директор',
      'Классный руководитель',
    ])
      assert.ok(labels.includes(want), `${want} in ${labels}`);
    // The second responsible of «Куратор, педагог-психолог»: only that part is replaced.
    const second = await complete(teachers.uri, teachers.text, 'Куратор, педагог-психолог |', 'Куратор, пед'.length);
    const edit = second[0]!.textEdit as { range: Parameters<typeof textAt>[1]; newText: string };
    assert.equal(textAt(teachers.text, edit.range), 'педагог-психолог');
  });

  test('completion in the deadline column offers the months and dates of the period', async () => {
    const list = await complete(teachers.uri, teachers.text, '| Сентябрь 2025 |', 3);
    const labels = list.map((i) => i.label);
    assert.equal(labels.filter((l) => /^[А-Я][а-я]+ 20\d\d$/.test(l)).length, 12, 'one per month of the school year');
    for (const want of ['Сентябрь 2025', 'Январь 2026', 'Август 2026', 'До 31.08.2026'])
      assert.ok(labels.includes(want), `${want} in ${labels}`);
  });

  test('completion in front matter offers the missing keys and the values of a key', async () => {
    const uri = 'untitled:front-matter.md';
    const text = teachers.text.replace(/^организация: .*\n/m, '\n');
    client.open(uri, text);
    const keyLine = text.split('\n').indexOf('', 1);
    const keys = items(
      await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: keyLine, character: 0 } }),
    );
    assert.deepEqual(
      keys.map((k) => k.label),
      ['организация'],
    );
    const values = (await complete(uri, text, 'вид: ', 5)).map((v) => v.label);
    assert.deepEqual(values, ['дорожная карта', 'программа', 'персонализированная программа', 'комплекс мер']);
    const profiles = (await complete(uri, text, 'профиль: ', 9)).map((v) => v.label);
    assert.ok(profiles.includes('обучающиеся'));
  });

  test('completion outside a known column or in prose answers nothing', async () => {
    assert.deepEqual(await complete(teachers.uri, teachers.text, 'Дорожная карта определяет', 5), []);
    assert.deepEqual(await complete(teachers.uri, teachers.text, '| Приказ о внедрении', 4), [], 'the result column');
  });

  test('hover explains a stage, a deadline, a responsible and a scoring table', async () => {
    const hover = async (uri: string, text: string, needle: string, delta = 2) =>
      hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(text, needle, delta) }));
    const stage = await hover(teachers.uri, teachers.text, '| Подготовка условий', 5);
    assert.match(stage, /\*\*Этап: Подготовка условий для реализации системы наставничества\*\*/);
    assert.match(stage, /Типичный результат/);
    assert.match(await hover(teachers.uri, teachers.text, '| Сентябрь – октябрь 2025 |', 3), /1 сентября 2025 – 31 октября 2025/);
    assert.match(await hover(teachers.uri, teachers.text, '| Куратор, Соколова Н.В. |', 12), /Соколова Н.В. — сотрудник: Соколова Н\.В\./);
    assert.match(await hover(teachers.uri, teachers.text, '| Куратор, педагог-психолог |', 3), /должность: куратор/);
    const program = { uri: 'untitled:scored-002.md', text: scored002() };
    client.open(program.uri, program.text);
    const breakdown = await hover(program.uri, program.text, 'Наличие комфортного психологического климата', 3);
    assert.match(breakdown, /Показатели эффективности: 14 из 18 \(78 %\) — допустимый уровень/);
    assert.match(breakdown, /Оценка программы наставничества в организации: 10 из 10/);
    assert.match(breakdown, /Изменения в личности наставляемого: 2 из 4/);
    assert.equal(await hover(teachers.uri, teachers.text, 'Дорожная карта определяет'), '', 'prose has no hover');
  });

  test('document symbols: sections → tables → stages → activities', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: teachers.uri } });
    const flat = (s: DocumentSymbol[]): DocumentSymbol[] => s.flatMap((x) => [x, ...flat(x.children ?? [])]);
    const table = flat(symbols).find((s) => s.name === 'Дорожная карта');
    assert.ok(table, JSON.stringify(symbols.map((s) => s.name)));
    const stages = table.children!.map((s) => s.name);
    assert.deepEqual(stages, [
      'Подготовка условий для реализации системы наставничества',
      'Формирование банка наставляемых',
      'Формирование банка наставников',
      'Отбор и обучение наставников',
      'Организация и осуществление работы наставнических пар/групп',
      'Завершение персонализированных программ наставничества',
      'Информационная поддержка системы наставничества',
    ]);
    assert.equal(table.children![0]!.children!.length, 2, 'two activities in the first stage');
    assert.match(table.children![0]!.children![0]!.name, /^1\. Издание приказа/);
    assert.ok(flat(symbols).filter((s) => s.name.startsWith('Дорожная карта реализации')).length >= 1, 'the title section is a symbol');
  });

  test('folding ranges cover the roadmap table', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: teachers.uri } });
    const header = at(teachers.text, '| № | Этап |').line;
    const table = ranges.find((r) => r.startLine === header);
    assert.ok(table, JSON.stringify(ranges));
    assert.equal(table.endLine, header + 13, 'header, delimiter and twelve rows');
  });

  test('code lens: completeness above roadmap tables, totals above scoring tables', async () => {
    const lens = async (uri: string, text?: string) => {
      if (text !== undefined) client.open(uri, text);
      return (await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } })).map((l) => ({
        line: l.range.start.line,
        title: l.command!.title,
        command: l.command!.command,
        args: l.command!.arguments,
      }));
    };
    const e001 = example('001-tomsk-lyceum-roadmap.md');
    const l001 = await lens(e001.uri, e001.text);
    assert.deepEqual(
      l001.map((l) => l.title),
      ['Полнота 94 %: нет ответственного в 1 строке; нет результата в 1 строке'],
    );
    assert.equal(l001[0]!.command, 'nastavnik.showScores');
    assert.deepEqual(l001[0]!.args, [e001.uri]);
    const e002 = example('002-krasnomayskaya-program.md');
    const l002 = (await lens(e002.uri, e002.text)).map((l) => l.title);
    assert.ok(l002.includes('Итого 0 из 18 — оценено 0 из 9 показателей, уровень не определён'), l002.join('\n'));
    assert.ok(l002.includes('Полнота 33 %: нет столбцов «Сроки» и «Ответственные»'), l002.join('\n'));
    const scored = (await lens('untitled:lens-002.md', scored002())).map((l) => l.title);
    assert.ok(scored.includes('Итого 14 из 18 — допустимый уровень'), scored.join('\n'));
    const noStage = teachers.text.replace(/\| Формирование банка наставников \|/, '|  |');
    const missing = (await lens('untitled:lens-missing.md', noStage)).map((l) => l.title);
    assert.match(missing[0]!, /^Полнота 9\d %: нет этапа «Формирование банка наставников»$/);
  });

  test('nastavnik/scores returns the computeScores JSON of the open document', async () => {
    const { uri, text } = example('004-arkhangelsk-municipal.md');
    client.open(uri, text);
    const result = await client.request<Record<string, unknown>>('nastavnik/scores', { uri });
    const { meta, ...scores } = result;
    assert.deepEqual(scores, JSON.parse(JSON.stringify(computeScores(analyze(text).model))));
    assert.deepEqual(meta, {
      uri,
      version: 1,
      kind: 'municipal',
      profile: 'municipal',
      period: '2023 – 2025 гг.',
      title: analyze(text).model.meta.title ?? null,
    });
  });
});

describe('.nastavnik.json', () => {
  test('a config in the folder turns a rule off; changing it re-checks the open documents', async () => {
    const dir = tempFolder();
    cpSync(join(ROOT, 'examples/003-severodvinsk-college-roadmap.md'), join(dir, 'doc.md'));
    const configPath = join(dir, '.nastavnik.json');
    writeFileSync(configPath, JSON.stringify({ rules: { 'missing-column': 'off' }, staff: ['Петрова А.А.'] }));
    const client = await TestClient.start({ pull: false, locale: 'ru', workspaceFolder: dir });
    try {
      await client.waitFor('the watcher registration', () => client.registrations.length > 0);
      assert.match(JSON.stringify(client.registrations), /\.nastavnik\.json/);
      const uri = pathToFileURL(join(dir, 'doc.md')).href;
      const text = example('003-severodvinsk-college-roadmap.md').text;
      client.open(uri, text);
      assert.deepEqual(codes(await client.pushed(uri, 1)), ['missing-period']);
      writeFileSync(configPath, '{ "rules": { "missing-period": "off" } }');
      client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(configPath).href, type: 2 }],
      });
      await client.waitFor(
        'a re-check under the new config',
        () => codes(client.published.get(uri)!.diagnostics).join() === 'missing-column,missing-column',
      );
      assert.ok(
        client.logs.some((l) => l.includes('.nastavnik.json')),
        'the change is logged',
      );
    } finally {
      await client.stop();
    }
  });

  test('workspace staff is offered in the responsible column; a broken config is reported and defaults apply', async () => {
    const dir = tempFolder();
    const { text } = example('clean-teachers-roadmap.md');
    writeFileSync(join(dir, '.nastavnik.json'), JSON.stringify({ staff: ['Петрова А.А.'] }));
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', '.nastavnik.json'), '{ "rules": { "missing-column": "sometimes" } }');
    const client = await TestClient.start({ pull: true, locale: 'ru', workspaceFolder: dir });
    try {
      const uri = pathToFileURL(join(dir, 'doc.md')).href;
      client.open(uri, text);
      const list = items(
        await client.request<CompletionList>('textDocument/completion', {
          textDocument: { uri },
          position: at(text, '| Куратор, педагог-психолог |', 3),
        }),
      );
      assert.equal(list[0]!.label, 'Петрова А.А.');
      const broken = pathToFileURL(join(dir, 'broken', 'doc.md')).href;
      const doc003 = example('003-severodvinsk-college-roadmap.md').text;
      client.open(broken, doc003);
      assert.deepEqual(seriousCodes(await client.pull(broken)), ['missing-column', 'missing-column', 'missing-period']);
      await client.waitFor('a warning about the config', () =>
        client.shown.some((m) => m.includes('.nastavnik.json') && m.includes('rules.missing-column')),
      );
    } finally {
      await client.stop();
    }
  });
});

describe('workspace check', () => {
  test('checks every Markdown file of the workspace with progress and publishes their diagnostics', async () => {
    const dir = tempFolder();
    cpSync(join(ROOT, 'examples/002-krasnomayskaya-program.md'), join(dir, 'a.md'));
    mkdirSync(join(dir, 'sub'));
    cpSync(join(ROOT, 'examples/003-severodvinsk-college-roadmap.md'), join(dir, 'sub', 'b.md'));
    cpSync(join(ROOT, 'examples/clean-municipal.md'), join(dir, 'sub', 'c.markdown'));
    mkdirSync(join(dir, 'node_modules'));
    cpSync(join(ROOT, 'examples/003-severodvinsk-college-roadmap.md'), join(dir, 'node_modules', 'skip.md'));
    writeFileSync(join(dir, 'notes.txt'), 'not markdown');
    const client = await TestClient.start({ pull: true, locale: 'ru', workspaceFolder: dir });
    try {
      const summary = await client.request<{
        files: number;
        filesWithProblems: number;
        counts: Record<string, number>;
        incomplete: boolean;
      }>('nastavnik/checkWorkspace', { workDoneToken: 'check-1' });
      assert.equal(summary.files, 3);
      assert.equal(summary.filesWithProblems, 2);
      assert.equal(summary.counts.error, 2 + 1 + 2 + 0, JSON.stringify(summary)); // 002: missing-stage + 2 missing-column; 003: 2 missing-column
      assert.equal(summary.incomplete, false);
      const b = pathToFileURL(join(dir, 'sub', 'b.md')).href;
      assert.deepEqual(codes(client.published.get(b)!.diagnostics), ['missing-column', 'missing-column', 'missing-period']);
      assert.equal(client.published.has(pathToFileURL(join(dir, 'node_modules', 'skip.md')).href), false);
      const kinds = client.progress.filter((p) => p.token === 'check-1').map((p) => p.value.kind);
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds.at(-1), 'end');
      assert.ok(kinds.includes('report'));
      // Opening a checked file hands it over to pull diagnostics: the pushed copy is cleared.
      client.open(b, example('003-severodvinsk-college-roadmap.md').text);
      await client.waitFor('the pushed copy cleared', () => client.published.get(b)!.diagnostics.length === 0);
    } finally {
      await client.stop();
    }
  });
});

describe('cancellation', () => {
  test('a cancelled workspace check stops early and says it is incomplete', async () => {
    const dir = tempFolder();
    const { text } = example('003-severodvinsk-college-roadmap.md');
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}.md`), text);
    const client = await TestClient.start({ pull: true, locale: 'ru', workspaceFolder: dir });
    try {
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest<{ files: number; incomplete: boolean }>(
        'nastavnik/checkWorkspace',
        { workDoneToken: 'cancel-1' },
        source.token,
      );
      await client.waitFor('the check under way', () => client.progress.some((p) => p.token === 'cancel-1' && p.value.kind === 'report'));
      source.cancel();
      const outcome = await pending.then(
        (summary) => summary,
        (error: { code?: number }) => ({ cancelled: error.code }),
      );
      if ('cancelled' in outcome) assert.equal(outcome.cancelled, -32800, 'answered as cancelled');
      else {
        assert.equal(outcome.incomplete, true);
        assert.ok(outcome.files < 200, `stopped after ${outcome.files} files`);
      }
      const kinds = client.progress.filter((p) => p.token === 'cancel-1').map((p) => p.value.kind);
      await client.waitFor('the progress ended', () => client.progress.some((p) => p.token === 'cancel-1' && p.value.kind === 'end'));
      assert.equal(kinds[0], 'begin');
      // The server still answers after a cancelled request.
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'untitled:none.md' } }), []);
    } finally {
      await client.stop();
    }
  });
});

describe('bad input never takes the server down', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ pull: true, locale: 'ru' });
  });
  after(() => client.stop());

  test('requests about an unknown document answer empty or with an error', async () => {
    const uri = 'file:///nowhere/unknown.md';
    const td = { textDocument: { uri } };
    assert.equal(await client.request('textDocument/hover', { ...td, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.request('textDocument/documentSymbol', td), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', td), []);
    assert.deepEqual(await client.request('textDocument/codeLens', td), []);
    assert.equal(await client.request('textDocument/completion', { ...td, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.pull(uri), []);
    await assert.rejects(client.request('nastavnik/scores', { uri }), /не открыт/);
    await assert.rejects(client.request('nastavnik/scores', null));
    await assert.rejects(client.request('nastavnik/scores', { uri: 42 }));
  });

  test('a change to a document that was never opened is ignored', async () => {
    client.change('file:///never-opened.md', 7, [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '|' },
    ]);
    client.close('file:///never-opened-either.md');
    assert.equal(
      await client.request('textDocument/hover', { textDocument: { uri: 'file:///never-opened.md' }, position: { line: 0, character: 0 } }),
      null,
    );
  });

  test('junk, BOM + CRLF and positions beyond the end are answered', async () => {
    const junk = 'untitled:junk.md';
    client.open(junk, '\u0000\uFFFF| | |\n|-|\n| \uD800 |' + '\u0001'.repeat(100) + '\n---\nвид: [\n');
    assert.ok(Array.isArray(await client.pull(junk)));
    const crlf = 'untitled:crlf.md';
    const text = '\uFEFF' + example('001-tomsk-lyceum-roadmap.md').text.replace(/\n/g, '\r\n');
    client.open(crlf, text);
    const ds = await client.pull(crlf);
    const before = find(ds, 'deadline-before-approval')[0]!;
    assert.equal(textAt(text, before.range), 'До 20.09.2023', 'ranges stay right with a BOM and CRLF');
    assert.equal(offsetAt(text, before.range.start), text.indexOf('До 20.09.2023'));
    for (const method of ['textDocument/hover', 'textDocument/completion']) {
      await client.request(method, { textDocument: { uri: crlf }, position: { line: 99_999, character: 99_999 } });
      await client.request(method, { textDocument: { uri: junk }, position: { line: 0, character: 3 } });
    }
    assert.ok(Array.isArray(await client.request('textDocument/documentSymbol', { textDocument: { uri: junk } })));
    const after = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri: crlf } });
    assert.equal(after.length, 1);
    assert.equal(client.exited, undefined, 'the server is still running');
    assert.ok(!client.logs.some((l) => l.startsWith('uncaught')), client.logs.join('\n'));
  });

  test('a document edited into nothing and back is checked each time', async () => {
    const { uri, text } = example('003-severodvinsk-college-roadmap.md');
    client.open(uri, text);
    client.change(uri, 2, [{ text: '' }]);
    assert.deepEqual(await client.pull(uri), []);
    client.change(uri, 3, [{ text }]);
    assert.equal(find(await client.pull(uri), 'missing-column').length, 2);
    assert.equal(
      applyLspEdits('ab', [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: 'X' }]),
      'aXb',
    );
  });
});

describe('servers made by createServer share nothing', () => {
  test('two servers in one process: a setting of one does not reach the other', async () => {
    const { uri, text } = example('001-tomsk-lyceum-roadmap.md');
    const quiet = await TestClient.start({ pull: true, locale: 'ru', settings: { rules: { 'missing-responsible': 'off' }, locale: 'en' } });
    const plain = await TestClient.start({ pull: true, locale: 'ru' });
    try {
      await quiet.waitFor('its settings read (a diagnostic refresh follows)', () => quiet.refreshes > 0);
      quiet.open(uri, text);
      plain.open(uri, text);
      const [silenced, reported] = [await quiet.pull(uri), await plain.pull(uri)];
      assert.equal(find(silenced, 'missing-responsible').length, 0, 'off in the first server');
      assert.ok(find(reported, 'missing-responsible').length > 0, 'still reported by the second');
      const expected = analyze(text).diagnostics.find((d) => d.code === 'deadline-before-approval')!.message;
      assert.equal(msg(find(silenced, 'deadline-before-approval')[0]!), expected.en, 'the first was set to English');
      assert.equal(msg(find(reported, 'deadline-before-approval')[0]!), expected.ru, 'the second answers in the editor’s Russian');
    } finally {
      await quiet.stop();
      await plain.stop();
    }
  });
});

describe('the bundled server as editors run it: `node server.js --stdio`', () => {
  test('answers over its stdio the same diagnostics as in process, and exits with 0 after shutdown and exit', async () => {
    const { uri, text } = example('001-tomsk-lyceum-roadmap.md');
    const spawned = await TestClient.spawn({ pull: true, locale: 'ru' });
    const inProcess = await TestClient.start({ pull: true, locale: 'ru' });
    try {
      spawned.open(uri, text);
      inProcess.open(uri, text);
      const overStdio = await spawned.pull(uri);
      assert.ok(find(overStdio, 'missing-responsible').length > 0, 'a known defect of 001 is reported');
      assert.deepEqual(overStdio, await inProcess.pull(uri));
      assert.equal(spawned.exited, undefined, 'running');
    } finally {
      await spawned.stop();
      await inProcess.stop();
    }
    assert.equal(spawned.exited, 0, `exit code; server stderr: ${spawned.stderrText}`);
  });
});
