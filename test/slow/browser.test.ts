/**
 * The dashboard, the report and the preview in headless Chromium (Debian `chromium` driven by
 * playwright-core): numbers read back from the DOM, sorting the report, clicking a bar posts the
 * «reveal» message, and no script from a hostile document runs. Screenshots go to test-artifacts/.
 * Skipped, with a message, only when /usr/bin/chromium is absent (CI installs it via .ci/run).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { analyze } from '../../server/src/core/analyze';
import { renderDoc } from '../../server/src/render/context';
import { dashboardBody, dashboardPage } from '../../server/src/render/dashboard';
import { BLOCK_CSS } from '../../server/src/render/styles';
import { PreviewServer, renderAnswer } from '../preview-support';
import { EXAMPLES_DIR, exampleFiles, HOSTILE } from '../render-fixtures';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const TODAY = '2025-11-20';
const skip = existsSync(CHROMIUM)
  ? false
  : `Chromium не найден (${CHROMIUM}): браузерные тесты пропущены. Установите пакет chromium (в CI его ставит .ci/run).`;
if (skip) console.log(`# ${skip}`);

const example = (prefix: string) => exampleFiles().find((f) => f.name.startsWith(prefix))!.text;

/** A page served from a made-up origin, with a stubbed VS Code API that records posted messages. */
async function open(context: BrowserContext, html: string, name: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // A string, not a function: the test's TypeScript transform would add helpers the page lacks.
  await page.addInitScript({
    content:
      'window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => ' +
      'window.__posted.push(m), getState: () => undefined, setState: () => undefined });',
  });
  await page.route('http://nastavnik.test/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(`http://nastavnik.test/${name}.html`, { waitUntil: 'load' });
  return { page, dialogs };
}

// Page-side code is passed as strings or typed through globalThis: the tests compile without the DOM library.
const posted = (page: Page) => page.evaluate('window.__posted') as Promise<{ type: string; line: number }[]>;

/** Clicks everything a user could click; a payload that became live markup would run now. */
async function clickEverything(page: Page): Promise<void> {
  for (const el of await page.$$('[data-line], a, button, b, img, svg, iframe')) {
    if (await el.isVisible()) await el.click({ force: true, timeout: 2000 }).catch(() => undefined);
  }
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
}

async function assertNothingRan(page: Page, dialogs: string[]): Promise<void> {
  assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined', 'no payload set window.__pwned');
  assert.deepEqual(dialogs, [], 'no alert() dialog opened');
  assert.equal(await page.locator('img[src="x"], iframe, svg[onload]').count(), 0, 'no element from the payloads exists');
}

function dashboardHtml(text: string, nonce: string): string {
  const doc = renderDoc(text, analyze(text), undefined, true);
  return dashboardPage({
    body: dashboardBody(doc, { locale: 'ru', today: TODAY, fileName: 'doc.md' }),
    nonce,
    cspSource: 'http://nastavnik.test',
    locale: 'ru',
  });
}

/** The language server (in this process) that answers the preview plugin, as in VS Code. */
let previewServer: Promise<PreviewServer> | undefined;

async function previewHtml(text: string): Promise<string> {
  previewServer ??= PreviewServer.start();
  const rendered = renderAnswer(await (await previewServer).answer(text), text);
  // No CSP here on purpose: the plugin itself must keep document HTML inert.
  return (
    '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>body{font-family:system-ui,"Noto ' +
    'Sans",sans-serif;max-width:1000px;margin:16px auto;color:#222} table{border-collapse:collapse} th,td{border:1px ' +
    `solid #ccc;padding:4px 6px;font-size:13px}${BLOCK_CSS}</style></head><body>${rendered}</body></html>`
  );
}

/** A plan over six years (the longest axis drawn) with long activity names. */
const LONG_ROADMAP = `---
вид: дорожная карта
профиль: педагоги
период: 2020–2025 годы
---

# Дорожная карта реализации системы наставничества МБОУ «Школа № 1» на 2020–2025 годы

| № | Мероприятия | Сроки | Ответственные | Результат |
|---|---|---|---|---|
${['Сентябрь 2020', 'Март 2021', 'Январь 2023', 'Октябрь – ноябрь 2024', 'Декабрь 2025', 'В течение всего периода']
  .map(
    (d, i) =>
      `| ${i + 1}. | Организация и проведение мероприятия номер ${i + 1} для педагогов, ` +
      `имеющих стаж работы менее трёх лет | ${d} | Заместитель директора по УВР | Отчёт |`,
  )
  .join('\n')}
`;

interface Measured {
  texts: number;
  small: string[];
  overflowing: string[];
  boxesOverflowing: string[];
  cutWithoutTooltip: string[];
  cutMidWord: string[];
  charts: { natural: number; drawn: number; room: number; scrolls: boolean }[];
  /** Class of each timeline shown: nv-timeline (labels beside the bars) or nv-timeline-narrow (above). */
  layouts: string[];
}

/**
 * Runs in the page (a string: the tests compile without the DOM library). Font sizes are measured
 * as rendered: an SVG text's computed size times the scale of its screen CTM, so a chart scaled
 * down to fit its panel counts as small text.
 */
const MEASURE = `(() => {
  const out = { texts: 0, small: [], overflowing: [], boxesOverflowing: [], cutWithoutTooltip: [], cutMidWord: [], charts: [], layouts: [] };
  const short = (t) => t.replace(/\\s+/g, ' ').trim().slice(0, 60);
  const ours = [...document.querySelectorAll('.nv-box, .nv-head')];
  const seen = new Set();
  for (const root of ours) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent.trim() || el.closest('title, defs')) continue;
      seen.add(el);
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      out.texts++;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) {
        const ctm = el.getScreenCTM();
        size *= Math.hypot(ctm.a, ctm.b);
      }
      if (size < 10.95) out.small.push(size.toFixed(1) + ' px: ' + short(el.textContent));
      // Only the element's own text: a list item holding a shortened span is not itself shortened.
      const text = [...el.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent).join('').replace(/\\s+/g, ' ').trim();
      if (text.endsWith('…')) {
        const holder = el.closest('[title]');
        const g = el.closest('g');
        const svgTitle = g && g.querySelector(':scope > title');
        const full = holder ? holder.getAttribute('title') : svgTitle ? svgTitle.textContent : null;
        if (!full) { out.cutWithoutTooltip.push(short(text)); continue; }
        const head = text.slice(0, -1).replace(/^«/, '');
        const lines = full.split('\\n').map((l) => l.replace(/\\s+/g, ' ').trim());
        const line = lines.find((l) => l.includes(head));
        if (!line) { out.cutWithoutTooltip.push(short(text) + ' ≠ ' + short(full)); continue; }
        const next = line[line.indexOf(head) + head.length];
        if (next !== undefined && /[\\p{L}\\p{N}]/u.test(next) && /[\\p{L}\\p{N}]$/u.test(head) && head.includes(' ')) out.cutMidWord.push(short(text));
      }
    }
  }
  for (const el of document.querySelectorAll('text.nv-label[data-nv-room]')) {
    const box = el.getBBox();
    const room = Number(el.getAttribute('data-nv-room'));
    if (box.x + box.width > room + 0.5) out.overflowing.push(short(el.textContent) + ' (' + Math.round(box.x + box.width) + ' > ' + room + ')');
  }
  for (const el of document.querySelectorAll('.nv-wname')) {
    const row = el.closest('.nv-wbar').getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (el.scrollWidth > el.clientWidth + 1 || r.right > row.right + 0.5) out.overflowing.push(short(el.textContent));
  }
  for (const box of document.querySelectorAll('.nv-box')) {
    if (box.scrollWidth > box.clientWidth + 1) out.boxesOverflowing.push(box.className + ': ' + box.scrollWidth + ' > ' + box.clientWidth);
  }
  for (const wrap of document.querySelectorAll('.nv-chart-scroll')) {
    if (wrap.getClientRects().length === 0) continue; // the layout the page's width does not use
    const svg = wrap.querySelector('svg');
    out.layouts.push(svg.getAttribute('class'));
    out.charts.push({
      natural: Number(svg.getAttribute('width')),
      drawn: svg.getBoundingClientRect().width,
      room: wrap.clientWidth,
      scrolls: wrap.scrollWidth > wrap.clientWidth,
    });
  }
  return out;
})()`;

function runReport(folder: string, out: string): void {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'server/src/cli/cli.ts'), 'report', folder, '--out', out, '--today', TODAY],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /Отчёт сохранён/);
}

describe('in headless Chromium', { skip }, () => {
  let context: BrowserContext;
  let userDataDir: string;
  let work: string;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    userDataDir = mkdtempSync(join(tmpdir(), 'nastavnik-chromium-'));
    work = mkdtempSync(join(tmpdir(), 'nastavnik-report-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1100, height: 900 },
      locale: 'ru-RU',
    });
  });

  after(async () => {
    await context?.close();
    await (await previewServer)?.stop();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it("dashboard: the numbers in the DOM are the core's; a click on a bar posts «reveal» with its line", async () => {
    const text = example('004');
    const analysis = analyze(text);
    const { page, dialogs } = await open(context, dashboardHtml(text, 'bm9uY2U0'), 'dashboard-004');
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
    assert.equal(await page.locator('[data-nv-errors]').textContent(), `Ошибки: ${errors}`);
    assert.equal(await page.locator('.nv-completeness .nv-badge').first().textContent(), '100 %');
    assert.equal(await page.locator('svg.nv-timeline g.nv-lane.nv-has-bar').count(), 27);
    assert.ok((await page.locator('.nv-workload-chart .nv-wbar').count()) > 3);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-004.png'), fullPage: true });

    // The lane of row 1.1 reveals the line where «| 1.1» is written.
    const line11 = text.split('\n').findIndex((l) => /^\|\s*1\.1\b/.test(l));
    const lane = page.locator(`svg.nv-timeline g.nv-lane[data-line="${line11}"]`);
    assert.equal(await lane.count(), 1);
    await lane.locator('rect.nv-seg').first().click();
    assert.deepEqual((await posted(page)).at(-1), { type: 'reveal', line: line11 });

    // A workload bar walks through that person's rows, one per click.
    const bar = page.locator('.nv-wbar[data-name="Ростовская Е.В."]');
    const lines = (await bar.getAttribute('data-lines'))!.split(',').map(Number);
    assert.ok(lines.length > 1);
    await bar.locator('rect.nv-wfill').click();
    await bar.locator('rect.nv-wfill').click();
    assert.deepEqual((await posted(page)).slice(-2), [
      { type: 'reveal', line: lines[0] },
      { type: 'reveal', line: lines[1] },
    ]);
    assert.match(text.split('\n')[lines[0]!]!, /Ростовская/);

    // Keyboard: Enter on a focused problem row.
    await page
      .locator('.nv-problem')
      .first()
      .focus()
      .catch(() => undefined);
    const before = (await posted(page)).length;
    if ((await page.locator('.nv-problem').count()) > 0) {
      await page.keyboard.press('Enter');
      assert.equal((await posted(page)).length, before + 1);
    }

    // The extension's «update» message replaces the body as the user types.
    const t001 = example('001');
    const body001 = dashboardBody(renderDoc(t001, analyze(t001), undefined, true), { locale: 'ru', today: TODAY, fileName: '001.md' });
    await page.evaluate(
      (html) => (globalThis as unknown as { postMessage(m: unknown, origin: string): void }).postMessage({ type: 'update', html }, '*'),
      body001,
    );
    await page.waitForFunction("document.querySelector('h1')?.textContent?.includes('Томск')");
    assert.equal(await page.locator('.nv-completeness .nv-badge').first().textContent(), '94 %');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-001.png'), fullPage: true });
    await assertNothingRan(page, dialogs);
    await page.close();
  });

  it('report (from the CLI): a row per document, sorting by a column, links to details', async () => {
    const out = join(ARTIFACTS, 'report.html');
    runReport(EXAMPLES_DIR, out);
    const page = await context.newPage();
    await page.goto(`file://${out}`);
    const rows = page.locator('#nv-summary tbody tr');
    // The report reads the folder as `check` does, subfolders (a school's folder of pairs) included.
    const documents = readdirSync(EXAMPLES_DIR, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.md') && basename(f) !== 'README.md',
    );
    assert.equal(await rows.count(), documents.length);
    await page.screenshot({ path: join(ARTIFACTS, 'report.png') });

    const column = async (i: number) =>
      (await rows.evaluateAll(
        (trs, c) =>
          trs.map((tr) =>
            Number((tr as unknown as { cells: { getAttribute(name: string): string | null }[] }).cells[c]!.getAttribute('data-sort')),
          ),
        i,
      )) as number[];
    const header = (name: string) => page.locator('#nv-summary thead th', { hasText: name });
    await header('Полнота').locator('button').click();
    const up = await column(5);
    assert.deepEqual(
      up,
      [...up].sort((a, b) => a - b),
    );
    assert.equal(await header('Полнота').getAttribute('aria-sort'), 'ascending');
    // A document with no completeness (a personalised programme) shows «—» and sorts first, as -1.
    const scored = up.filter((v) => v >= 0);
    assert.ok(scored.length < up.length && up.slice(0, up.length - scored.length).every((v) => v === -1));
    assert.equal(await rows.first().locator('td').nth(5).textContent(), '—');
    assert.equal(scored[0], 33, 'the lowest completeness among the documents that have one');
    await header('Полнота').locator('button').click();
    const down = await column(5);
    assert.deepEqual(
      down,
      [...down].sort((a, b) => b - a),
    );
    await header('Ошибки').locator('button').click();
    const errs = await column(3);
    assert.deepEqual(
      errs,
      [...errs].sort((a, b) => a - b),
    );
    assert.equal(
      errs.at(-1),
      Math.max(...exampleFiles().map((f) => analyze(f.text).diagnostics.filter((d) => d.severity === 'error').length)),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'report-sorted.png') });

    // The Tomsk row links to its details, where its timeline is drawn.
    const tomsk = rows.filter({ hasText: 'Томска' });
    await tomsk.locator('a', { hasText: 'план по времени' }).click();
    const id = (await tomsk.getAttribute('data-doc'))!;
    assert.ok(page.url().endsWith(`#${id}-timeline`));
    assert.equal(await page.locator(`#${id} .nv-completeness`).first().getAttribute('data-nv-completeness'), '94');
    assert.ok(Number(await page.locator(`#${id}-timeline svg.nv-timeline`).getAttribute('data-nv-bars')) > 0);
    await page.locator(`#${id}`).screenshot({ path: join(ARTIFACTS, 'report-details-001.png') });
    await page.close();
  });

  it("preview: the blocks render under their tables with the core's numbers", async () => {
    const text = example('001');
    const { page } = await open(context, await previewHtml(text), 'preview-001');
    assert.equal(await page.locator('.nv-completeness').getAttribute('data-nv-completeness'), '94');
    const bars = analyze(text)
      .model.tables.filter((t) => t.kind === 'roadmap')
      .flatMap((t) => t.rows)
      .filter((r) => r.activity?.text && (r.deadline?.parsed.intervals.length ?? 0) > 0).length;
    assert.equal(await page.locator('svg.nv-timeline g.nv-has-bar').count(), bars);
    await page
      .locator('.nv-blocks')
      .first()
      .screenshot({ path: join(ARTIFACTS, 'preview-001.png') });
    await page.close();
  });

  // Side panel and full width: what a user sees must stay readable at both.
  for (const width of [400, 1400]) {
    for (const [kind, prefix] of [
      ['dashboard', '001'],
      ['dashboard', '004'],
      ['preview', '001'],
      ['preview', '004'],
    ] as const) {
      it(`${kind} of ${prefix} at ${width} px: no text under 11 px, no label out of its box, a wide timeline scrolls`, async () => {
        const text = example(prefix);
        const html = kind === 'dashboard' ? dashboardHtml(text, 'cmVhZGFibGU') : await previewHtml(text);
        const { page } = await open(context, html, `${kind}-${prefix}-${width}`);
        await page.setViewportSize({ width, height: 900 });
        const m = (await page.evaluate(MEASURE)) as Measured;
        await page.screenshot({ path: join(ARTIFACTS, `readable-${kind}-${prefix}-${width}.png`), fullPage: true });
        await page
          .locator('.nv-timeline-box')
          .first()
          .screenshot({ path: join(ARTIFACTS, `readable-${kind}-${prefix}-${width}-timeline.png`) });
        assert.ok(m.texts > 50, `text measured (${m.texts})`);
        assert.deepEqual(m.small, [], 'no text rendered under 11 px');
        assert.deepEqual(m.overflowing, [], 'no label runs past its column');
        assert.deepEqual(m.boxesOverflowing, [], 'no block is wider than the page');
        assert.deepEqual(m.cutWithoutTooltip, [], 'every shortened text is whole on hover');
        assert.deepEqual(m.cutMidWord, [], 'shortened at a word boundary');
        assert.ok(m.charts.length > 0, 'a timeline is drawn');
        for (const c of m.charts) {
          assert.ok(Math.abs(c.drawn - c.natural) < 1, `the timeline keeps its natural width (${c.drawn} of ${c.natural} px)`);
          // Narrower than the chart: the wrapper scrolls it sideways; wide enough: no scrollbar.
          assert.equal(
            c.scrolls,
            c.natural > c.room,
            `scrolls exactly when the chart (${c.natural} px) is wider than its room (${c.room} px)`,
          );
        }
        // A side panel gets the labels above the bars; full width, beside them.
        assert.deepEqual(
          m.layouts,
          m.charts.map(() => (width === 400 ? 'nv-timeline-narrow' : 'nv-timeline')),
        );
        await page.close();
      });
    }
  }

  it('a six-year timeline in a 400 px panel and a 900 px preview scrolls sideways at full size instead of shrinking', async () => {
    for (const width of [400, 900]) {
      const { page } = await open(context, await previewHtml(LONG_ROADMAP), `preview-long-${width}`);
      await page.setViewportSize({ width, height: 900 });
      const m = (await page.evaluate(MEASURE)) as Measured;
      await page
        .locator('.nv-timeline-box')
        .first()
        .screenshot({ path: join(ARTIFACTS, `readable-preview-long-${width}-timeline.png`) });
      assert.equal(m.charts.length, 1);
      const [chart] = m.charts;
      assert.ok(chart!.scrolls, `a horizontal scrollbar at ${width} px (${chart!.natural} px chart in ${chart!.room} px)`);
      assert.ok(Math.abs(chart!.drawn - chart!.natural) < 1, 'drawn at its natural width');
      assert.deepEqual(m.small, []);
      assert.deepEqual(m.overflowing, []);
      assert.deepEqual(m.cutMidWord, []);
      assert.deepEqual(m.cutWithoutTooltip, []);
      await page.close();
    }
  });

  it('a hostile document runs no script in the preview, the dashboard or the report', async () => {
    const preview = await open(context, await previewHtml(HOSTILE), 'preview-hostile');
    assert.match(await preview.page.locator('body').innerText(), /<script>window\.__pwned = 'block'/, 'the block script is shown as text');
    assert.match(await preview.page.locator('table').innerText(), /<img src=x onerror=/);
    await clickEverything(preview.page);
    await assertNothingRan(preview.page, preview.dialogs);
    await preview.page.screenshot({ path: join(ARTIFACTS, 'preview-hostile.png'), fullPage: true });
    await preview.page.close();

    const dash = await open(context, dashboardHtml(HOSTILE, 'aG9zdGlsZQ'), 'dashboard-hostile');
    assert.match(await dash.page.locator('h1').innerText(), /<img src=x onerror=/);
    await clickEverything(dash.page);
    await assertNothingRan(dash.page, dash.dialogs);
    assert.ok(
      (await posted(dash.page)).every((m) => m.type === 'reveal' && Number.isInteger(m.line)),
      'only reveal messages were posted',
    );
    await dash.page.screenshot({ path: join(ARTIFACTS, 'dashboard-hostile.png'), fullPage: true });
    await dash.page.close();

    const folder = join(work, 'hostile');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'hostile.md'), HOSTILE);
    writeFileSync(join(folder, 'tomsk.md'), readFileSync(join(EXAMPLES_DIR, '001-tomsk-lyceum-roadmap.md')));
    const out = join(work, 'hostile-report.html');
    runReport(folder, out);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`file://${out}`);
    assert.match(await page.locator('#nv-summary').innerText(), /<script>window\.__pwned = 'front matter'<\/script>Школа/);
    await clickEverything(page);
    await assertNothingRan(page, dialogs);
    await page.screenshot({ path: join(ARTIFACTS, 'report-hostile.png') });
    await page.close();
  });
});
