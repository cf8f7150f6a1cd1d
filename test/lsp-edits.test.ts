/**
 * Protocol tests of what edits text: every quick fix the server offers on the examples (and on small
 * documents made to carry the other fixable defects) is applied through the protocol and the
 * document re-checked — the diagnostic it fixes is gone and no cell is lost; `source.fixAll.nastavnik`;
 * document and range formatting that keeps every cell's text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { analyze } from '../server/src/core/analyze';
import { applyLspEdits, example, positionAt, TestClient } from './lsp-client';

let client: TestClient;
let version = 100;

before(async () => {
  client = await TestClient.start({ pull: true, locale: 'ru' });
});
after(() => client.stop());

/** Opens (or replaces) a document and returns its diagnostics. */
async function check(uri: string, text: string): Promise<Diagnostic[]> {
  version++;
  client.open(uri, text, version);
  return client.pull(uri);
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const changes = action.edit?.changes?.[uri];
  assert.ok(changes, `«${action.title}» carries edits for the document`);
  return changes;
}

/** Every cell text of every table, in order: what no fix or formatting may lose. */
function cells(text: string): string[] {
  return analyze(text)
    .model.tables.flatMap((t) => [...t.columns.map((c) => c.header), ...t.rows.flatMap((r) => r.cells.map((c) => c.text))])
    .filter(Boolean);
}

/** Cell texts of `before` that `after` no longer holds (as multisets: a duplicate lost counts). */
function lostCells(before: string, after: string): string[] {
  const left = new Map<string, number>();
  for (const c of cells(after)) left.set(c, (left.get(c) ?? 0) + 1);
  const lost: string[] = [];
  for (const c of cells(before)) {
    const n = left.get(c) ?? 0;
    if (n > 0) left.set(c, n - 1);
    else lost.push(c.slice(0, 60));
  }
  return lost;
}

const count = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code).length;

/** Documents that carry the fixable defects the examples do not. */
const MADE_UP: Record<string, string> = {
  'untitled:reversed.md': [
    '# Дорожная карта реализации целевой модели наставничества педагогических работников на 2025-2026 учебный год',
    '',
    '| № | Этап | Мероприятия | Сроки | Ответственные |',
    '|---|---|---|---|---|',
    '| 1. | Подготовка условий для реализации системы наставничества | Издание приказа | 15.10.2025 – 01.09.2025 | Директор |',
    '| 2. | Формирование банка наставляемых | Анкетирование | Сентябрь 2025 | Куратор |',
    '',
  ].join('\n'),
  'untitled:ambiguous.md': [
    '# Комплекс мер по развитию наставничества на 2023 – 2025 гг.',
    '',
    '| № | Мероприятие | Срок | Ответственные | Результат |',
    '|---|---|---|---|---|',
    '| 1. | Семинар для наставников | Ноябрь-декабрь | Специалисты управления образования | Программа семинара |',
    '',
  ].join('\n'),
};

describe('quick fixes', () => {
  test('each quick fix, applied, removes its diagnostic and loses no cell', async () => {
    const docs: [string, string][] = [
      ...[
        '001-tomsk-lyceum-roadmap.md',
        '002-krasnomayskaya-program.md',
        '003-severodvinsk-college-roadmap.md',
        '004-arkhangelsk-municipal.md',
      ].map((n) => {
        const e = example(n);
        return [e.uri, e.text] as [string, string];
      }),
      ...Object.entries(MADE_UP),
    ];
    const tried: string[] = [];
    const failures: string[] = [];
    for (const [uri, text] of docs) {
      const diagnostics = await check(uri, text);
      for (const d of diagnostics) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: d.range,
          context: { diagnostics: [d], only: ['quickfix'] },
        });
        const fixes = actions.filter((a) => a.kind === 'quickfix' && a.diagnostics?.some((x) => x.code === d.code));
        for (const fix of fixes) {
          const fixed = applyLspEdits(text, editsOf(fix, uri));
          assert.notEqual(fixed, text, `«${fix.title}» changes the text`);
          const after = await check(uri, fixed);
          const what = `${uri.split('/').pop()} ${d.code} «${fix.title}»`;
          tried.push(what);
          if (count(after, String(d.code)) >= count(diagnostics, String(d.code))) failures.push(`${what}: the diagnostic stays`);
          const lost = lostCells(text, fixed);
          // A deadline's spelling or a swapped range rewrites that one cell on purpose.
          if (lost.length > (/deadline|range|year/.test(String(d.code)) ? 1 : 0)) failures.push(`${what}: lost ${JSON.stringify(lost)}`);
        }
        await check(uri, text); // back to the original for the next diagnostic
      }
    }
    assert.deepEqual(failures, []);
    for (const code of [
      'missing-stage',
      'missing-column',
      'missing-period',
      'numbering',
      'vague-deadline',
      'reversed-range',
      'ambiguous-year',
    ]) {
      assert.ok(
        tried.some((t) => t.includes(` ${code} `)),
        `a fix for ${code} was offered and tried (tried: ${tried.join('; ')})`,
      );
    }
  });

  test('adding a missing column keeps every row and every cell (002 §9)', async () => {
    const { uri, text } = example('002-krasnomayskaya-program.md');
    const diagnostics = await check(uri, text);
    const d = diagnostics.find((x) => x.code === 'missing-column')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => a.diagnostics?.some((x) => x.code === 'missing-column'))!;
    const fixed = applyLspEdits(text, editsOf(fix, uri));
    const before = analyze(text).model.tables;
    const afterTables = analyze(fixed).model.tables;
    assert.equal(afterTables.length, before.length);
    const i = before.findIndex(
      (t) =>
        t.span.start <= analyze(text).diagnostics.find((x) => x.code === 'missing-column')!.span.start &&
        analyze(text).diagnostics.find((x) => x.code === 'missing-column')!.span.start <= t.span.end,
    );
    assert.equal(afterTables[i]!.columns.length, before[i]!.columns.length + 1);
    assert.equal(afterTables[i]!.rows.length, before[i]!.rows.length);
    for (const [r, row] of before[i]!.rows.entries()) {
      for (const cell of row.cells)
        assert.ok(
          afterTables[i]!.rows[r]!.cells.some((c) => c.text === cell.text),
          `row ${r}: «${cell.text.slice(0, 40)}» kept`,
        );
    }
  });

  test('source.fixAll.nastavnik applies the safe fixes and nothing else', async () => {
    const { uri, text } = example('002-krasnomayskaya-program.md');
    const diagnostics = await check(uri, text);
    const end = positionAt(text, text.length);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end },
      context: { diagnostics: [], only: ['source.fixAll.nastavnik'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.nastavnik');
    const fixed = applyLspEdits(text, editsOf(actions[0]!, uri));
    const after = await check(uri, fixed);
    assert.equal(count(after, 'numbering'), 0, 'the missing number is written');
    for (const code of new Set(diagnostics.map((d) => String(d.code)))) {
      if (code !== 'numbering') assert.equal(count(after, code), count(diagnostics, code), `${code} untouched`);
    }
    assert.deepEqual(lostCells(text, fixed), []);
  });

  test('a code action request for an unknown document or a stale range answers without failing', async () => {
    assert.deepEqual(
      await client.request('textDocument/codeAction', {
        textDocument: { uri: 'file:///nowhere.md' },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      }),
      [],
    );
    const { uri, text } = example('001-tomsk-lyceum-roadmap.md');
    await check(uri, text);
    const far = { line: 10_000, character: 5 };
    assert.ok(
      Array.isArray(
        await client.request('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: far, end: far },
          context: { diagnostics: [] },
        }),
      ),
    );
  });
});

describe('formatting', () => {
  const names = [
    '000-spb-school34-roadmap.md',
    '001-tomsk-lyceum-roadmap.md',
    '002-krasnomayskaya-program.md',
    '003-severodvinsk-college-roadmap.md',
    '004-arkhangelsk-municipal.md',
    'clean-teachers-roadmap.md',
    'clean-pupils-roadmap.md',
    'clean-municipal.md',
  ];

  test('document formatting keeps every cell of every example and is stable', async () => {
    for (const name of names) {
      const { uri, text } = example(name);
      const before = await check(uri, text);
      const edits = await client.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true },
      });
      const formatted = applyLspEdits(text, edits);
      assert.deepEqual(cells(formatted), cells(text), `${name}: every cell round-trips`);
      const after = await check(uri, formatted);
      assert.deepEqual(after.map((d) => d.code).sort(), before.map((d) => d.code).sort(), `${name}: the same findings`);
      const again = await client.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true },
      });
      assert.equal(applyLspEdits(formatted, again), formatted, `${name}: formatting twice changes nothing more`);
    }
  });

  test('a short table comes out with aligned pipes, Cyrillic counted one column per letter', async () => {
    const uri = 'untitled:format.md';
    const text = '# Дорожная карта\n\n|№|Этап|Сроки|\n|-|-|-|\n|1.|Подготовка|Сентябрь 2025|\n|2.|Отбор наставников|До 01.10.2025|\n';
    await check(uri, text);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    const lines = applyLspEdits(text, edits)
      .split('\n')
      .filter((l) => l.startsWith('|'));
    const pipes = (l: string) => [...l].flatMap((c, i) => (c === '|' ? [i] : []));
    for (const l of lines) assert.deepEqual(pipes(l), pipes(lines[0]!), l);
  });

  test('range formatting touches only the table in the range', async () => {
    const { uri, text } = example('002-krasnomayskaya-program.md');
    await check(uri, text);
    const tables = analyze(text).model.tables;
    const target = tables[tables.length - 1]!;
    const range = { start: positionAt(text, target.span.start), end: positionAt(text, target.span.start + 1) };
    const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri },
      range,
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.ok(edits.length > 0);
    const first = positionAt(text, target.span.start).line;
    const last = positionAt(text, target.span.end).line;
    for (const e of edits) assert.ok(e.range.start.line >= first && e.range.end.line <= last, JSON.stringify(e.range));
    assert.deepEqual(cells(applyLspEdits(text, edits)), cells(text));
  });
});
