/**
 * The pure renderers (server/src/render): escaping, level colours, the timeline's data and SVG,
 * workload, the dashboard body, the report and its CSV — on the real examples and a hostile one.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { renderDoc } from '../server/src/render/context';
import { dashboardBody, dashboardPage } from '../server/src/render/dashboard';
import { escapeHtml } from '../server/src/render/escape';
import { completenessTone, levelTone } from '../server/src/render/labels';
import { csvField, organisationOf, reportCsv, reportHtml, reportRows } from '../server/src/render/report';
import { PREVIEW_CSS_FILE } from '../server/src/render/styles';
import { timelineBlock, timelineData, timelineSvg } from '../server/src/render/timeline';
import { workload, workloadBlock } from '../server/src/render/workload';
import { exampleFiles, HOSTILE, HOSTILE_MARKUP, liveMarkupProblems } from './render-fixtures';

const docOf = (text: string, interactive = false) => renderDoc(text, analyze(text), undefined, interactive);
const example = (prefix: string) => exampleFiles().find((f) => f.name.startsWith(prefix))!.text;

describe('escaping and colours', () => {
  it('escapeHtml escapes the five characters that can open markup or close an attribute', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('b')"> & co`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co');
  });

  it('levels are coloured: оптимальный green, допустимый amber, недопустимый red', () => {
    assert.equal(levelTone('оптимальный уровень'), 'good');
    assert.equal(levelTone('Допустимый уровень'), 'warn');
    assert.equal(levelTone('недопустимый уровень'), 'bad');
    assert.equal(levelTone(undefined), 'none');
    assert.deepEqual([completenessTone(100), completenessTone(75), completenessTone(33)], ['good', 'warn', 'bad']);
  });

  it("media/preview.css is the renderers' CSS (regenerate it from PREVIEW_CSS_FILE when styles.ts changes)", () => {
    assert.equal(readFileSync(join(import.meta.dirname, '..', 'media', 'preview.css'), 'utf8'), PREVIEW_CSS_FILE);
  });
});

describe('timeline', () => {
  it('004: one lane per activity, grouped by the six sections, vague and recurring deadlines kept as such', () => {
    const doc = docOf(example('004'));
    const table = doc.analysis.model.tables.find((t) => t.kind === 'roadmap')!;
    const data = timelineData(doc, table);
    assert.equal(data.groups.length, 6);
    assert.equal(data.lanes, 27);
    assert.equal(data.bars, 27);
    assert.equal(data.axisStart, '2023-01-01');
    assert.equal(data.axisEnd, '2025-12-31');
    const lane = (n: string) => data.groups.flatMap((g) => g.lanes).find((l) => l.number === n)!;
    assert.deepEqual(
      lane('2.3').segments.map((s) => s.kind),
      ['vague'],
      '«Постоянно» is vague',
    );
    assert.ok(
      lane('5.2').segments.length >= 12 && lane('5.2').segments.every((s) => s.kind === 'recurring'),
      '«Март, июнь, сентябрь, декабрь» recurs each year',
    );
    assert.deepEqual(lane('1.1').segments, [{ start: '2023-02-01', end: '2023-02-28', kind: 'fixed' }]);
    // Each lane knows its editor line: the line holding that row's number.
    const lines = doc.text.split('\n');
    assert.match(lines[lane('1.1').line]!, /^\|\s*1\.1\b/);
  });

  it('the SVG draws one bar group per lane with a deadline, hatched vague bars, ticks, and today only inside the axis', () => {
    const doc = docOf(example('004'));
    const table = doc.analysis.model.tables.find((t) => t.kind === 'roadmap')!;
    const data = timelineData(doc, table);
    const inside = timelineSvg(data, doc, { locale: 'ru', today: '2024-03-15', idPrefix: 'x' });
    assert.equal((inside.match(/class="nv-lane nv-has-bar"/g) ?? []).length, 27);
    assert.match(inside, /class="nv-seg nv-vague"/);
    assert.match(inside, /class="nv-seg nv-recurring"/);
    assert.match(inside, /fill="url\(#x-hatch\)"/);
    assert.match(inside, /сегодня, 15 мар 2024/);
    const outside = timelineSvg(data, doc, { locale: 'ru', today: '2030-01-01', idPrefix: 'x' });
    assert.doesNotMatch(outside, /class="nv-today"/);
  });

  it('003 (no «Сроки» column, no period): lanes without bars, and a document-wide SVG never divides by zero', () => {
    const doc = docOf(example('003'));
    const table = doc.analysis.model.tables.find((t) => t.kind === 'roadmap')!;
    const data = timelineData(doc, table);
    assert.equal(data.bars, 0);
    assert.ok(data.lanes > 0);
    assert.doesNotMatch(timelineSvg(data, doc, { locale: 'ru', idPrefix: 'y' }), /NaN|Infinity/);
  });
});

describe('charts that stay readable in a side panel', () => {
  it('the timeline is drawn at its natural size in a scrolling wrapper, labels beside the bars and, for a narrow panel, above them', () => {
    const doc = docOf(example('004'));
    const table = doc.analysis.model.tables.find((t) => t.kind === 'roadmap')!;
    const html = timelineBlock(doc, table, { locale: 'ru', today: '2024-03-15', idPrefix: 'z' });
    const wide =
      /<div class="nv-chart-scroll nv-tl-wide"><svg class="nv-timeline" [^>]*viewBox="0 0 (\d+) (\d+)" width="(\d+)" height="(\d+)"/.exec(
        html,
      );
    const narrow =
      /<div class="nv-chart-scroll nv-tl-narrow"><svg class="nv-timeline-narrow" [^>]*viewBox="0 0 (\d+) (\d+)" width="(\d+)" height="(\d+)"/.exec(
        html,
      );
    assert.ok(wide && narrow, 'both layouts, each in its scrolling wrapper');
    // Width and height equal the viewBox: one SVG unit is one pixel, nothing is scaled down.
    assert.deepEqual([wide[3], wide[4]], [wide[1], wide[2]]);
    assert.deepEqual([narrow[3], narrow[4]], [narrow[1], narrow[2]]);
    assert.ok(
      Number(narrow[1]) < Number(wide[1]) / 2,
      `the narrow chart (${narrow[1]} px) needs less than half the width of the wide one (${wide[1]} px)`,
    );
    assert.doesNotMatch(html, /width="100%"/);
    assert.equal((html.match(/class="nv-nlane nv-has-bar"/g) ?? []).length, 27);
    assert.equal((html.match(/class="nv-lane nv-has-bar"/g) ?? []).length, 27);
    const sizes = [...html.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    assert.ok(sizes.length > 10 && sizes.every((n) => n >= 11), `no font under 11 px: ${sizes.join(', ')}`);
    assert.ok(
      !/id="z-n-hatch"/.test(html.split('nv-tl-narrow')[0]!) && /id="z-n-hatch"/.test(html),
      'the narrow layout has its own pattern ids',
    );
  });

  it("a lane label too long for its column ends with «…» at a word boundary; the lane's tooltip has it whole", () => {
    const doc = docOf(example('001'));
    const table = doc.analysis.model.tables.find((t) => t.kind === 'roadmap')!;
    const svg = timelineSvg(timelineData(doc, table), doc, { locale: 'ru', idPrefix: 'w' });
    const lanes = [...svg.matchAll(/<g class="nv-lane[^"]*"[^>]*><title>([^<]*)<\/title>.*?<text class="nv-label"[^>]*>([^<]*)<\/text>/g)];
    assert.ok(lanes.length > 5);
    const cut = lanes.filter((m) => m[2]!.endsWith('…'));
    assert.ok(cut.length > 0, 'some 001 labels are too long for the column');
    for (const m of cut) {
      const full = m[1]!.split('\n')[0]!;
      const head = m[2]!.slice(0, -1);
      assert.ok(full.startsWith(head), `«${m[2]}» is the start of «${full}»`);
      assert.match(full[head.length]!, /[\s,.;:]/, `«${m[2]}» ends at a word boundary`);
    }
  });

  it("workload rows are HTML: names at the page's font size, shortened only past 48 characters, whole in the row's title", () => {
    const doc = docOf(example('004'));
    const html = workloadBlock(doc, 'ru');
    assert.doesNotMatch(html, /viewBox/);
    const names = [...html.matchAll(/<span class="nv-wname">([^<]*)<\/span>/g)].map((m) => m[1]!);
    assert.ok(names.includes('Ростовская Е.В.'));
    assert.ok(names.every((n) => n.length <= 48));
    assert.match(
      html,
      /<div class="nv-wbar" data-line="\d+" data-lines="[\d,]+" data-count="16" data-name="Ростовская Е.В." title="Ростовская Е.В.: 16 мероприятий\nСтроки: /,
    );
  });
});

describe('workload', () => {
  it('004: counts each person once per row, keyed by surname and initials', () => {
    const doc = docOf(example('004'));
    const entries = workload(doc.analysis.model, (o) => doc.lines.position(o).line, 'ru');
    const rostovskaya = entries.find((e) => e.name === 'Ростовская Е.В.')!;
    const table = doc.analysis.model.tables.find((t) => t.kind === 'roadmap')!;
    const expected = table.rows.filter(
      (r) => !r.isSection && r.activity?.text && (r.responsible?.parts ?? []).some((p) => p.person?.surname === 'Ростовская'),
    ).length;
    assert.equal(rostovskaya.count, expected);
    assert.ok(expected > 5);
    assert.equal(rostovskaya.lines.length, expected);
    assert.ok(entries.some((e) => e.kind === 'role' && e.name === 'Руководители ОО'));
    assert.deepEqual(
      [...entries].sort((a, b) => b.count - a.count).map((e) => e.count),
      entries.map((e) => e.count),
      'sorted by load',
    );
  });
});

describe('dashboard body', () => {
  it('counts errors and warnings as analyze does and makes rows clickable only when interactive', () => {
    const text = example('001');
    const doc = docOf(text, true);
    const body = dashboardBody(doc, { locale: 'ru', today: '2023-11-15', fileName: '001.md' });
    const errors = doc.analysis.diagnostics.filter((d) => d.severity === 'error').length;
    assert.ok(body.includes(`data-nv-errors="${errors}"`));
    assert.ok(body.includes('role="button"'));
    assert.match(body, /data-nv-completeness="94"/);
    assert.doesNotMatch(dashboardBody(docOf(text), { locale: 'ru', fileName: '001.md' }), /role="button"/);
  });

  it('a file that is not a mentorship document gets an explanation, not empty charts', () => {
    const body = dashboardBody(docOf('# Список покупок\n\n- хлеб\n'), { locale: 'ru', fileName: 'list.md' });
    assert.match(body, /не похож на дорожную карту/);
    assert.doesNotMatch(body, /nv-timeline/);
  });

  it('the page has a strict CSP: nonce for our style and script, nothing else', () => {
    const page = dashboardPage({ body: '', nonce: 'abc123', cspSource: 'vscode-resource:', locale: 'ru' });
    assert.match(
      page,
      /default-src &#39;none&#39;; img-src vscode-resource: data:; style-src &#39;nonce-abc123&#39;; script-src &#39;nonce-abc123&#39;/,
    );
    assert.equal((page.match(/<script/g) ?? []).length, 1);
    assert.match(page, /<script nonce="abc123">/);
    assert.doesNotMatch(page, /\son(click|load|error)=/);
  });
});

describe('report', () => {
  const entries = () => exampleFiles().map((f) => ({ path: `examples/${f.name}`, doc: docOf(f.text) }));

  it("a row per document with the core's numbers", () => {
    const rows = reportRows(entries(), 'ru');
    assert.equal(rows.length, exampleFiles().length);
    const r001 = rows.find((r) => r.path.includes('001'))!;
    assert.equal(r001.completeness, 94);
    assert.equal(r001.organisation, 'МБОУ лицей при ТПУ г. Томска');
    const r002 = rows.find((r) => r.path.includes('002'))!;
    assert.equal(r002.level, 'уровень не определён');
    assert.equal(r002.points, '0/18');
    const d002 = analyze(example('002')).diagnostics;
    assert.equal(r002.errors, d002.filter((d) => d.severity === 'error').length);
    assert.equal(r002.warnings, d002.filter((d) => d.severity === 'warning').length);
  });

  it('organisation: front matter first, else a school or department named in the title', () => {
    assert.equal(
      organisationOf(
        {
          kind: 'roadmap',
          kindSource: 'none',
          profileSource: 'none',
          periodSource: 'none',
          title: 'Дорожная карта ГБОУ школа № 34 Невского района на 2022-2023 учебный год',
        },
        'f.md',
      ),
      'ГБОУ школа № 34 Невского района',
    );
    assert.equal(organisationOf({ kind: 'roadmap', kindSource: 'none', profileSource: 'none', periodSource: 'none' }, 'f.md'), 'f.md');
  });

  it('CSV: UTF-8 BOM, CRLF, «;», quotes doubled, formulas defused', () => {
    const csv = reportCsv(entries(), 'ru');
    assert.ok(csv.startsWith('\uFEFFФайл;Организация;Вид;Период;Ошибки;Предупреждения;Полнота, %;Уровень эффективности;Баллы\r\n'));
    assert.equal(csv.split('\r\n').length, exampleFiles().length + 2);
    assert.match(csv, /;"Департамент образования Администрации городского округа ""Город Архангельск""";/);
    assert.equal(csvField('=HYPERLINK("x")', ';'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('a;b', ';'), '"a;b"');
    assert.equal(csvField('line\nbreak', ';'), '"line\nbreak"');
    assert.equal(csvField(42, ';'), '42');
  });

  it("the page: CSP with a nonce, a link to each document's details and timeline", () => {
    const html = reportHtml(entries(), { locale: 'ru', today: '2025-11-20', nonce: 'n0nce', folder: 'examples/' });
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-n0nce&#39;; script-src &#39;nonce-n0nce&#39;/,
    );
    for (let i = 1; i <= exampleFiles().length; i++) {
      assert.ok(html.includes(`href="#doc-${i}"`) && html.includes(`id="doc-${i}"`));
      assert.ok(html.includes(`href="#doc-${i}-timeline"`) && html.includes(`id="doc-${i}-timeline"`));
    }
  });
});

describe('hostile text everywhere', () => {
  it('the dashboard and the report keep every payload as text', () => {
    const doc = docOf(HOSTILE, true);
    const outputs = {
      dashboard: dashboardBody(doc, { locale: 'ru', today: '2025-11-20', fileName: '<script>x</script>.md' }),
      report: reportHtml([{ path: '<img src=x onerror=alert(1)>.md', doc }], { locale: 'ru', nonce: 'n', folder: '"><script>' }),
    };
    for (const [name, html] of Object.entries(outputs)) {
      for (const bad of HOSTILE_MARKUP) assert.ok(!html.includes(bad), `${name}: no live ${bad}`);
      assert.deepEqual(liveMarkupProblems(html), []);
      assert.equal((html.match(/<script/g) ?? []).length, name === 'report' ? 1 : 0, `${name}: only our own script`);
      assert.match(html, /&lt;(script|img) /, `${name}: shown as text`);
    }
  });
});
