/**
 * `nastavnik/preview` and `nastavnik/dashboard` over the protocol (the server in this process): the
 * HTML the VS Code preview and dashboard show carries the numbers `computeScores` gives for the
 * open version of the document, follows its edits, and an unknown document is an error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import type { DashboardResult, PreviewResult } from '../server/src/lsp/preview-protocol';
import { previewTextKey } from '../server/src/lsp/preview-protocol';
import { fileNameOf } from '../server/src/lsp/preview-requests';
import { example, TestClient } from './lsp-client';
import { scoredProgramme } from './render-fixtures';

const TODAY = '2025-11-20';
const attrs = (html: string, name: string): string[] => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
const allHtml = (r: PreviewResult): string => r.tables.map((t) => t.html + (t.cells ?? []).map((c) => c.html).join('')).join('');

let client: TestClient;
before(async () => {
  client = await TestClient.start({ pull: true });
});
after(() => client.stop());

describe('nastavnik/preview', () => {
  test("a personalised programme: its plan shows the progress bar with computeScores' counts as of the date", async () => {
    const { uri, text } = example('ppn-ivanova-petrov.md');
    client.open(uri, text, 1);
    const day = '2026-04-15';
    const result = await client.request<PreviewResult>('nastavnik/preview', { uri, today: day, locale: 'ru' });
    const progress = computeScores(analyze(text, { today: day }).model, undefined, { today: day }).progress!;
    const html = allHtml(result);
    assert.ok(html.includes('class="nv-progress"'), html.slice(0, 300));
    assert.ok(html.includes(`на ${day}`));
    const [done, total] = [attrs(html, 'data-nv-done')[0], attrs(html, 'data-nv-activities')[0]].map(Number);
    assert.deepEqual([done, total], [progress.total.done, progress.total.total]);
    assert.ok(progress.total.overdue > 0, 'the example has an overdue activity on that date');
    assert.ok(html.includes('nv-progress-overdue'));
    assert.ok(html.includes('nv-timeline-box'), 'the plan is on the timeline');
    client.close(uri);
  });

  for (const name of ['001-tomsk-lyceum-roadmap.md', '002-krasnomayskaya-program.md', '004-arkhangelsk-municipal.md']) {
    test(`${name}: the blocks carry computeScores' numbers for the open text`, async () => {
      const { uri, text } = example(name);
      client.open(uri, text, 3);
      const result = await client.request<PreviewResult>('nastavnik/preview', { uri, today: TODAY, locale: 'ru' });
      const scores = computeScores(analyze(text).model);
      assert.equal(result.uri, uri);
      assert.equal(result.version, 3);
      assert.equal(result.key, previewTextKey(text));
      assert.equal(result.relevant, true);
      const html = allHtml(result);
      assert.deepEqual(
        attrs(html, 'data-nv-total').map(Number),
        scores.efficiency.map((e) => e.total),
      );
      assert.deepEqual(
        attrs(html, 'data-nv-max').map(Number),
        scores.efficiency.map((e) => e.max),
      );
      assert.deepEqual(
        attrs(html, 'data-nv-completeness').map(Number),
        scores.completeness.tables.map((c) => c.percent),
      );
      for (const e of scores.efficiency) assert.ok(html.includes(`${e.total} из ${e.max} · ${e.percent} %`));
      // Every block names its table and sits on that table's first line.
      const model = analyze(text).model;
      for (const t of result.tables.filter((t) => t.html)) {
        const index = Number(/data-nv-table="(\d+)"/.exec(t.html)![1]);
        const table = model.tables.find((m) => m.index === index)!;
        assert.equal(t.line, text.slice(0, table.span.start).split('\n').length - 1);
      }
      client.close(uri);
    });
  }

  test('001 at 94 %, as the README says', async () => {
    const { uri, text } = example('001-tomsk-lyceum-roadmap.md');
    client.open(uri, text);
    const result = await client.request<PreviewResult>('nastavnik/preview', { uri, today: TODAY });
    assert.match(allHtml(result), /Полнота дорожной карты: <span class="nv-badge nv-tone-good">94 %<\/span>/);
    client.close(uri);
  });

  test('the answer follows an edit: a quick fix’s new mark changes the total and the row’s points', async () => {
    const uri = 'untitled:preview-edit.md';
    client.open(uri, scoredProgramme([2, 2, 2, 2, 2]));
    const first = await client.request<PreviewResult>('nastavnik/preview', { uri, today: TODAY, locale: 'ru' });
    assert.deepEqual(attrs(allHtml(first), 'data-nv-total'), ['10']);
    const edited = scoredProgramme([2, 2, 0, 2, 2]);
    client.change(uri, 2, [{ text: edited }]);
    const second = await client.request<PreviewResult>('nastavnik/preview', { uri, today: TODAY, locale: 'ru' });
    assert.equal(second.version, 2);
    assert.equal(second.key, previewTextKey(edited));
    assert.deepEqual(attrs(allHtml(second), 'data-nv-total'), [String(computeScores(analyze(edited).model).efficiency[0]!.total)]);
    assert.deepEqual(attrs(allHtml(second), 'data-nv-points'), ['2', '2', '0', '2', '2']);
    client.close(uri);
  });

  test('a document that is not about mentorship gets no blocks; the locale can be asked for', async () => {
    const uri = 'untitled:preview-readme.md';
    client.open(uri, '# Заметки\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    const result = await client.request<PreviewResult>('nastavnik/preview', { uri });
    assert.equal(result.relevant, false);
    assert.deepEqual(result.tables, []);
    client.close(uri);
    const scored = 'untitled:preview-en.md';
    client.open(scored, scoredProgramme([2, 2, 2, 2, 2]));
    const en = await client.request<PreviewResult>('nastavnik/preview', { uri: scored, locale: 'en', today: TODAY });
    assert.match(allHtml(en), /10 of 10 · 100 %/);
    assert.match(allHtml(en), />Points<\/th>/);
    client.close(scored);
  });

  test('an unknown document or bad parameters are errors, not empty answers', async () => {
    await assert.rejects(client.request('nastavnik/preview', { uri: 'file:///nowhere/doc.md' }), /не открыт/);
    await assert.rejects(client.request('nastavnik/preview', null));
    await assert.rejects(client.request('nastavnik/preview', { uri: 42 }));
    await assert.rejects(client.request('nastavnik/dashboard', { uri: 'file:///nowhere/doc.md' }), /не открыт/);
  });
});

describe('nastavnik/dashboard', () => {
  test('the body carries computeScores’ numbers; the page is asked for with the webview’s nonce', async () => {
    const { uri, text } = example('001-tomsk-lyceum-roadmap.md');
    client.open(uri, text, 5);
    const scores = computeScores(analyze(text).model);
    const body = await client.request<DashboardResult>('nastavnik/dashboard', { uri, today: TODAY });
    assert.equal(body.version, 5);
    assert.equal(body.locale, 'ru');
    assert.equal(body.page, undefined);
    assert.deepEqual(
      attrs(body.body, 'data-nv-completeness').map(Number),
      scores.completeness.tables.map((c) => c.percent),
    );
    assert.match(body.body, /data-nv-relevant="true"/);
    const whole = await client.request<DashboardResult>('nastavnik/dashboard', {
      uri,
      today: TODAY,
      page: { nonce: 'bm9uY2U=', cspSource: 'vscode-webview://x' },
    });
    const page = whole.page ?? '';
    assert.ok(page.startsWith('<!DOCTYPE html>'));
    assert.ok(page.includes(whole.body), 'the page holds the body');
    assert.ok(page.includes('script-src &#39;nonce-bm9uY2U=&#39;'), 'the nonce is in the page’s policy');
    assert.match(page, /<script nonce="bm9uY2U=">/);
    client.close(uri);
  });

  test('a document without a title is named by its file', async () => {
    const uri = 'untitled:%D0%9F%D0%BB%D0%B0%D0%BD.md';
    client.open(uri, 'Просто заметки.\n');
    const result = await client.request<DashboardResult>('nastavnik/dashboard', { uri, locale: 'en' });
    assert.match(result.body, /data-nv-relevant="false"/);
    assert.match(result.body, /<h1 title="План\.md">/);
    assert.equal(fileNameOf('file:///home/u/%D0%B4%D0%BE%D0%BA.md'), 'док.md');
    assert.equal(fileNameOf('untitled:Untitled-1'), 'Untitled-1');
    client.close(uri);
  });
});
