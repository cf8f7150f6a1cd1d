/**
 * The Markdown preview plugin drawing what the language server computed (`nastavnik/preview`): for
 * every example, the numbers in the rendered HTML are the core's (analyze + computeScores), each
 * block sits under the table it belongs to, hostile HTML in a document comes out as text, and the
 * blocks follow an edit (kept on an older text only where the table has not moved).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { isHarmlessHtml } from '../client/src/preview';
import { PreviewStore } from '../client/src/preview-store';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { PreviewServer, renderAnswer, renderWith } from './preview-support';
import { exampleFiles, HOSTILE, HOSTILE_MARKUP, liveMarkupProblems, scoredProgramme } from './render-fixtures';

let server: PreviewServer;
before(async () => {
  server = await PreviewServer.start();
});
after(() => server.stop());

/** The text drawn with the server's answer for it. */
async function render(text: string, html = true): Promise<string> {
  return renderAnswer(await server.answer(text), text, html);
}

function attrs(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
}

describe('preview of every example', () => {
  for (const { name, text } of exampleFiles()) {
    it(`${name}: scores, completeness and timeline bars equal the core's`, async () => {
      const html = await render(text);
      const analysis = analyze(text);
      const scores = computeScores(analysis.model);
      // Efficiency: one badge per scoring table, same total / max / percent / level.
      assert.deepEqual(
        attrs(html, 'data-nv-total').map(Number),
        scores.efficiency.map((e) => e.total),
      );
      assert.deepEqual(
        attrs(html, 'data-nv-max').map(Number),
        scores.efficiency.map((e) => e.max),
      );
      assert.deepEqual(
        attrs(html, 'data-nv-percent').map(Number),
        scores.efficiency.map((e) => e.percent),
      );
      assert.deepEqual(
        attrs(html, 'data-nv-level'),
        scores.efficiency.map((e) => e.level?.name ?? ''),
      );
      for (const e of scores.efficiency)
        assert.ok(html.includes(`${e.total} из ${e.max} · ${e.percent} %`), 'the badge shows total, max and percent in words');
      // Completeness: one box per roadmap table with the core's percent.
      assert.deepEqual(
        attrs(html, 'data-nv-completeness').map(Number),
        scores.completeness.tables.map((c) => c.percent),
      );
      // Timeline: one bar per activity row whose deadline yields an interval (a roadmap, or a ППН's plan).
      const roadmaps = analysis.model.tables.filter((t) => t.kind === 'roadmap' || t.kind === 'personal');
      const expectedBars = roadmaps.map(
        (t) => t.rows.filter((r) => !r.isSection && r.activity?.text && (r.deadline?.parsed.intervals.length ?? 0) > 0).length,
      );
      const boxes = [...html.matchAll(/class="nv-box nv-timeline-box" data-nv-bars="(\d+)"/g)].map((m) => Number(m[1]));
      assert.deepEqual(boxes, expectedBars);
      assert.equal(
        (html.match(/class="nv-lane nv-has-bar"/g) ?? []).length,
        expectedBars.reduce((a, b) => a + b, 0),
      );
      // Each block follows the closing tag of its own table.
      for (const t of [...roadmaps, ...analysis.model.tables.filter((t) => t.kind === 'scoring')]) {
        assert.ok(
          html.includes(`</table>\n<div class="nv-blocks" data-nv-table="${t.index}">`),
          `blocks of table ${t.index} sit right under it`,
        );
      }
      // Points column: one cell per row plus the header, in every scoring table.
      const scoringRows = analysis.model.tables.filter((t) => t.kind === 'scoring').reduce((n, t) => n + t.rows.length + 1, 0);
      assert.equal((html.match(/<t[dh] class="nv-points/g) ?? []).length, scoringRows);
    });
  }

  it('the examples show what the README says: 001 at 94 %, 002 with 0 of 18 unscored and no timeline (no «Сроки» column)', async () => {
    const files = new Map(exampleFiles().map((f) => [f.name, f.text]));
    const h001 = await render(files.get('001-tomsk-lyceum-roadmap.md')!);
    assert.match(h001, /Полнота дорожной карты: <span class="nv-badge nv-tone-good">94 %<\/span>/);
    assert.match(h001, /не указан ответственный: <span class="nv-jump" data-line="\d+">строка \d+<\/span>/);
    const h002 = await render(files.get('002-krasnomayskaya-program.md')!);
    assert.match(h002, /0 из 18 · 0 % · уровень не определён/);
    assert.match(h002, /Оценено 0 из 9 показателей: итог неполный/);
    assert.match(h002, /нет колонки «Сроки»/);
    assert.match(h002, /План по времени не построить: в таблице нет колонки «Сроки»/);
  });

  it('a document that is not about mentorship renders exactly as without the plugin', async () => {
    const readme = '# Заметки\n\n| a | b |\n|---|---|\n| <b>1</b> | 2 |\n\n<div onclick="x()">raw</div>\n';
    assert.equal(await render(readme), new MarkdownIt({ html: true }).render(readme));
  });

  it('CRLF line ends give the same numbers and placement', async () => {
    const text = exampleFiles().find((f) => f.name.startsWith('004'))!.text;
    const lf = await render(text);
    const crlf = await render(text.replace(/\n/g, '\r\n'));
    assert.ok(attrs(crlf, 'data-nv-completeness').length > 0, 'the CRLF text is drawn with its answer');
    assert.deepEqual(attrs(crlf, 'data-nv-completeness'), attrs(lf, 'data-nv-completeness'));
    assert.deepEqual(attrs(crlf, 'data-nv-bars'), attrs(lf, 'data-nv-bars'));
  });
});

describe('scoring tables', () => {
  const cases: { marks: (0 | 1 | 2 | null)[]; total: number; level: string; tone: string }[] = [
    { marks: [2, 2, 2, 2, 2], total: 10, level: 'оптимальный уровень', tone: 'good' },
    { marks: [2, 1, 1, 1, 1], total: 6, level: 'допустимый уровень', tone: 'warn' },
    { marks: [0, 0, 1, 0, 0], total: 1, level: 'недопустимый уровень', tone: 'bad' },
  ];
  for (const c of cases) {
    it(`${c.total} of 10 → «${c.level}» in its colour, with each row's points in a column`, async () => {
      const html = await render(scoredProgramme(c.marks));
      assert.match(html, new RegExp(`<span class="nv-badge nv-tone-${c.tone}">${c.total} из 10 · ${c.total * 10} % · ${c.level}</span>`));
      assert.deepEqual(attrs(html, 'data-nv-points').map(Number), c.marks);
      assert.match(html, /<th class="nv-points"[^>]*>Баллы<\/th>/);
    });
  }

  it('a partly scored table says so and shows no level', async () => {
    const html = await render(scoredProgramme([2, null, 1, 1, 1]));
    assert.match(html, /nv-tone-none">5 из 10 · 50 % · уровень не определён/);
    assert.match(html, /Оценено 4 из 5 показателей/);
    assert.deepEqual(attrs(html, 'data-nv-points'), ['2', '', '1', '1', '1']);
  });
});

describe('hostile documents', () => {
  for (const html of [true, false]) {
    it(`script, onerror and javascript: links come out as text (markdown-it html: ${html})`, async () => {
      const out = await render(HOSTILE, html);
      for (const bad of HOSTILE_MARKUP) assert.ok(!out.includes(bad), `no live ${bad}`);
      assert.ok(!/<script/i.test(out), 'no script element at all');
      assert.deepEqual(liveMarkupProblems(out), []);
      assert.ok(out.includes('&lt;script&gt;'), 'the script is shown as text');
      assert.ok(out.includes('data-nv-completeness="100"'), 'and the document is still analysed');
    });
  }

  it('only plain formatting passes as raw HTML', () => {
    for (const ok of ['<br>', '<br/>', '</p>', '<p align="center">', '<!-- nastavnik-disable vague-deadline -->', '<sup>18</sup>', 'text'])
      assert.ok(isHarmlessHtml(ok), ok);
    for (const bad of [
      '<script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:x">',
      '<p onclick="x">',
      '<!-- a --><script>',
      '<svg onload=x>',
      '<style>',
      '<br onmouseover=x>',
    ])
      assert.ok(!isHarmlessHtml(bad), bad);
  });
});

describe('drawing the server’s answer', () => {
  const badge = (html: string) => attrs(html, 'data-nv-total').map(Number);

  it('before the first answer the document is shown without blocks, and its unsafe HTML stays inert', () => {
    const store = new PreviewStore();
    const text = exampleFiles().find((f) => f.name.startsWith('001'))!.text;
    const html = renderWith(store, text);
    assert.ok(!html.includes('nv-blocks') && !html.includes('nv-points'), 'no blocks yet');
    assert.match(html, /<table>/);
    const hostile = renderWith(store, HOSTILE);
    assert.deepEqual(liveMarkupProblems(hostile), []);
    assert.ok(!/<script/i.test(hostile));
  });

  it('markdown-it’s tables start and end on the lines the server gives (what an older answer is matched by)', async () => {
    for (const { name, text } of exampleFiles()) {
      const answer = await server.answer(text);
      const maps = new MarkdownIt({ html: true })
        .parse(text, {})
        .filter((t) => t.type === 'table_open' && t.level === 0)
        .map((t) => t.map!);
      const served = answer.tables.map((t) => [t.line, t.end]);
      for (const map of maps) {
        const same = served.find(([line]) => line === map[0]);
        if (same) assert.deepEqual(same, map, `${name}: table at line ${map[0]}`);
      }
      assert.ok(maps.length === 0 || served.some(([line]) => line === maps[0]![0]), `${name}: the tables are matched`);
    }
  });

  it('while the answer for an edit is on its way, the older one stays under tables that did not move; the new one redraws', async () => {
    const before = scoredProgramme([2, 2, 2, 2, 2]);
    const first = await server.answer(before);
    const store = new PreviewStore();
    assert.equal(store.set(first), false, 'nothing was drawn without it');
    // A mark moves to another column: same lines, new total.
    const typed = scoredProgramme([2, 2, 2, 2, 1]);
    const asked: string[] = [];
    const meanwhile = renderWith(store, typed, true, (src) => {
      asked.push(src);
      return first.uri;
    });
    assert.deepEqual(asked, [typed], 'the client is told which text lacks its answer');
    assert.deepEqual(badge(meanwhile), [10], 'the older badge stays under the table');
    assert.deepEqual(attrs(meanwhile, 'data-nv-points').map(Number), [2, 2, 2, 2, 2]);
    const second = await server.edit(first.uri, 2, typed);
    assert.equal(second.version, 2);
    assert.equal(store.set(second), true, 'the preview is refreshed: it drew this text without its answer');
    const after = renderWith(store, typed);
    assert.deepEqual(badge(after), [9]);
    assert.deepEqual(attrs(after, 'data-nv-points').map(Number), [2, 2, 2, 2, 1]);
    assert.equal(after, renderAnswer(second, typed), 'the same as drawing the new answer alone');
    // A late answer for an older version does not replace a newer one.
    assert.equal(store.set(first), false);
    assert.deepEqual(badge(renderWith(store, typed)), [9]);
  });

  it('an older answer is not drawn under a table that moved', async () => {
    const text = scoredProgramme([2, 2, 2, 2, 2]);
    const first = await server.answer(text);
    const store = new PreviewStore();
    store.set(first);
    const moved = text.replace('## Показатели', 'Новый абзац.\n\n## Показатели');
    const html = renderWith(store, moved, true, () => first.uri);
    assert.ok(!html.includes('nv-blocks') && !html.includes('nv-points'), 'no block under the wrong lines');
    const grown = text.replace('| Показатель 5 |', '| Показатель 5 |  |  |  |\n| | Показатель 6 |');
    assert.ok(!renderWith(store, grown, true, () => first.uri).includes('nv-blocks'), 'nor under a table that grew');
  });

  it('the same text with other blocks (settings changed) redraws; an answer nobody waited for does not', async () => {
    const text = scoredProgramme([2, 2, 2, 2, 2]);
    const ru = await server.answer(text);
    const store = new PreviewStore();
    assert.equal(store.set(ru), false);
    assert.equal(store.set({ ...ru }), false, 'the same blocks again');
    const en = { ...(await server.answer(text, 'en')), uri: ru.uri, version: ru.version };
    assert.equal(en.key, ru.key);
    assert.equal(store.set(en), true);
    assert.match(renderWith(store, text), /10 of 10/);
    store.forget(ru.uri);
    assert.ok(!renderWith(store, text).includes('nv-blocks'), 'a closed document’s answer is gone');
  });
});
