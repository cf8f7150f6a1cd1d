/**
 * The school folder in examples/school-12/ (examples/README.md «Папка школы»): a roadmap, an order
 * listing four pairs and three pairs' ППН. `nastavnik check` on the folder reports the pair without its
 * programme on the order's row, the overdue items of one programme against `--today`, and reads the
 * mentor written in full in one ППН («Иванова Анна Андреевна») as the order's «Иванова А.А.»; the
 * language server shows the missing programme on the pair's row when the order is opened.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { pairOverview } from '../server/src/core/workspace/pair-overview';
import { renderDoc } from '../server/src/render/context';
import { reportHtml } from '../server/src/render/report';
import { runCli } from './cli-in-process';
import { TestClient } from './lsp-client';

const ROOT = join(__dirname, '..');
const SCHOOL = join(ROOT, 'examples', 'school-12');
const ORDER = 'приказ-о-закреплении-пар.md';

function environment(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const name of ['NASTAVNIK_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  return env;
}

interface JsonFile {
  file: string;
  diagnostics: { code: string; message: string; range: { start: { line: number } } }[];
}

/** `check examples/school-12/ --today …` as JSON: each file's findings as «line code» (1-based lines). */
async function check(today: string): Promise<Map<string, string[]>> {
  const r = await runCli(['check', 'examples/school-12/', '--today', today, '--format', 'json'], ROOT, environment());
  assert.ok(r.status <= 1, r.stderr);
  const out = JSON.parse(r.stdout) as { files: JsonFile[] };
  return new Map(
    out.files.map((f) => [f.file.replace(/^examples\/school-12\//, ''), f.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`)]),
  );
}

describe('examples/school-12: the checks across a school folder', () => {
  test('on 2026-02-16: the pair without a programme, two overdue items, the differently spelled mentor matched', async () => {
    const found = await check('2026-02-16');
    assert.deepEqual([...found.keys()].sort(), [
      'дорожная-карта.md',
      'ппн-иванова-петров.md',
      'ппн-смирнова-козлов.md',
      'ппн-федорова-белова.md',
      ORDER,
    ]);
    // Row 16 of the order is pair 4 (Орлова В.М. – Никитин Ю.С.), the only one without a ППН.
    assert.deepEqual(found.get(ORDER), ['1 unknown-kind', '16 pair-without-program']);
    assert.match(readFileSync(join(SCHOOL, ORDER), 'utf8').split('\n')[15]!, /^\| 4\. \| Орлова В\.М\. /);
    // The order is told apart as the folder's list of pairs, not advised to be renamed into a plan.
    const note = analyze(readFileSync(join(SCHOOL, ORDER), 'utf8')).diagnostics.find((d) => d.code === 'unknown-kind')!;
    assert.match(note.message.ru, /^Это список наставнических пар/);
    assert.doesNotMatch(note.message.ru, /назовите его в заголовке/);
    // Nov 2025 and Dec 2025 – Jan 2026 have passed with no mark; March 2026 is still ahead.
    assert.deepEqual(found.get('ппн-смирнова-козлов.md'), ['32 personal-overdue', '33 personal-overdue']);
    // «Иванова Анна Андреевна» / «Петров Павел Сергеевич» are the order's «Иванова А.А.» / «Петров П.С.»: no unlisted-pair.
    assert.deepEqual(found.get('ппн-иванова-петров.md'), []);
    assert.deepEqual(found.get('ппн-федорова-белова.md'), []);
    assert.deepEqual(found.get('дорожная-карта.md'), []);
  });

  test('on 2026-06-01 the spring items of every programme are overdue too', async () => {
    const found = await check('2026-06-01');
    const overdue = (name: string) => (found.get(name) ?? []).filter((d) => d.endsWith('personal-overdue')).length;
    assert.equal(overdue('ппн-иванова-петров.md'), 2);
    assert.equal(overdue('ппн-смирнова-козлов.md'), 5);
    assert.equal(overdue('ппн-федорова-белова.md'), 2);
    assert.ok(!(found.get('ппн-иванова-петров.md') ?? []).some((d) => d.endsWith('unlisted-pair')));
  });
});

describe('examples/school-12 in the editor', () => {
  test('opening the order shows pair-without-program on the pair’s row', async () => {
    const client = await TestClient.start({ pull: true, locale: 'ru', workspaceFolder: SCHOOL });
    try {
      const uri = pathToFileURL(join(SCHOOL, ORDER)).href;
      client.open(uri, readFileSync(join(SCHOOL, ORDER), 'utf8'));
      const diagnostics = await client.pull(uri);
      const missing = diagnostics.filter((d) => d.code === 'pair-without-program');
      assert.deepEqual(
        missing.map((d) => d.range.start.line + 1),
        [16],
      );
      assert.match(String(missing[0]!.message), /^Для пары Орлова В\.М\. – Никитин Ю\.С\. нет персонализированной программы/);
      assert.ok(!diagnostics.some((d) => d.code === 'unlisted-pair'));
    } finally {
      await client.stop();
    }
  });
});

const TODAY = '2026-02-16';
const FILES = readdirSync(SCHOOL)
  .filter((f) => f.endsWith('.md'))
  .sort();

/** The rows of the section «Наставнические пары»: pair, programme, done/total, overdue. */
function pairRows(html: string): string[] {
  const section = /<section class="nv-box nv-pairs"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<tr class="nv-pair[^"]*">([\s\S]*?)<\/tr>/g)].map((m) => {
    const cells = [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) =>
      c[1]!
        .replace(/<svg[\s\S]*?<\/svg>/g, '')
        .replace(/<[^>]+>/g, '')
        .trim(),
    );
    return cells.slice(1).join(' | ');
  });
}

describe('examples/school-12: the per-pair view', () => {
  test('the report lists the four pairs, the missing programme, and the progress computeScores gives', () => {
    const entries = FILES.map((f) => {
      const text = readFileSync(join(SCHOOL, f), 'utf8');
      return { path: `examples/school-12/${f}`, doc: renderDoc(text, analyze(text)) };
    });
    const html = reportHtml(entries, { locale: 'ru', today: TODAY, nonce: 'n0nce', folder: 'examples/school-12/' });
    assert.match(html, /<div class="nv-title">Наставнические пары<\/div>/);
    assert.deepEqual(pairRows(html), [
      'Иванова А.А. – Петров П.С. | педагог – педагог | examples/school-12/ппн-иванова-петров.md | 3/6 (50 %) | 0',
      'Смирнова Е.В. – Козлов Д.А. | педагог – педагог | examples/school-12/ппн-смирнова-козлов.md | 1/6 (17 %) | 2',
      'Фёдорова Т.Н. – Белова К.И. | педагог – педагог | examples/school-12/ппн-федорова-белова.md | 3/6 (50 %) | 0',
      'Орлова В.М. – Никитин Ю.С. | руководитель – педагог | нет программы | — | —',
    ]);
    // The numbers are computeScores' progress of each programme on the same date.
    for (const f of FILES.filter((name) => name.startsWith('ппн-'))) {
      const model = analyze(readFileSync(join(SCHOOL, f), 'utf8')).model;
      const total = computeScores(model, undefined, { today: TODAY }).progress!.total;
      const cell = new RegExp(
        `href="#(doc-\\d+)"><code>examples/school-12/${f}</code>[\\s\\S]*?data-nv-done="(\\d+)" data-nv-activities="(\\d+)"`,
      ).exec(html);
      assert.ok(cell, f);
      assert.deepEqual([Number(cell[2]), Number(cell[3])], [total.done, total.total], f);
      // The link goes to the programme's details.
      assert.match(html, new RegExp(`<section class="nv-doc" id="${cell[1]}">[\\s\\S]*?<code>examples/school-12/${f}</code>`));
    }
    assert.match(html, /пар: 4 · с программой: 3 · выполнено: 7 из 18 \(39 %\) · просрочено: 2/);
    assert.match(html, /<h3>МБОУ «Средняя общеобразовательная школа № 12»<\/h3>/);
  });

  test('nastavnik report: the section and the school totals in the page, in English with --locale en', async () => {
    const ru = await runCli(['report', 'examples/school-12/', '--today', TODAY], ROOT, environment());
    assert.equal(ru.status, 0, ru.stderr);
    assert.equal(pairRows(ru.stdout).length, 4);
    assert.match(ru.stdout, /пар: 4 · с программой: 3 · выполнено: 7 из 18 \(39 %\) · просрочено: 2/);
    const en = await runCli(['report', 'examples/school-12/', '--today', TODAY, '--locale', 'en'], ROOT, environment());
    assert.match(en.stdout, /Mentoring pairs/);
    assert.match(en.stdout, /pairs: 4 · with a programme: 3 · done: 7 of 18 \(39 %\) · overdue: 2/);
    assert.match(en.stdout, />no programme</);
  });

  test('«Наставник: Сводка» of a ППН shows its school’s pairs; of the roadmap, none', async () => {
    const client = await TestClient.start({ pull: true, locale: 'ru', workspaceFolder: SCHOOL });
    try {
      const open = (name: string) => {
        const uri = pathToFileURL(join(SCHOOL, name)).href;
        client.open(uri, readFileSync(join(SCHOOL, name), 'utf8'));
        return uri;
      };
      const ppn = open('ппн-смирнова-козлов.md');
      const body = (await client.request<{ body: string }>('nastavnik/dashboard', { uri: ppn, today: TODAY })).body;
      assert.deepEqual(pairRows(body), [
        'Иванова А.А. – Петров П.С. | педагог – педагог | ппн-иванова-петров.md | 3/6 (50 %) | 0',
        'Смирнова Е.В. – Козлов Д.А. | педагог – педагог | ппн-смирнова-козлов.md | 1/6 (17 %) | 2',
        'Фёдорова Т.Н. – Белова К.И. | педагог – педагог | ппн-федорова-белова.md | 3/6 (50 %) | 0',
        'Орлова В.М. – Никитин Ю.С. | руководитель – педагог | нет программы | — | —',
      ]);
      const roadmap = open('дорожная-карта.md');
      const plain = (await client.request<{ body: string }>('nastavnik/dashboard', { uri: roadmap, today: TODAY })).body;
      assert.doesNotMatch(plain, /Наставнические пары/);
    } finally {
      await client.stop();
    }
  });
});

describe('a folder without a list of pairs', () => {
  test('examples/: the one ППН is shown alone, not as «not in the list»; school-12 keeps its own four pairs', () => {
    const docs = readdirSync(join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const text = readFileSync(join(ROOT, 'examples', f), 'utf8');
        return { uri: `examples/${f.replace(/\\/g, '/')}`, text, model: analyze(text).model };
      });
    const schools = pairOverview(docs, TODAY);
    assert.deepEqual(
      schools.map((s) => [s.folder, s.pairs.map((p) => `${p.mentor} – ${p.mentee}${p.listed ? '' : ' (unlisted)'}`)]),
      [
        ['examples', ['Иванова А.А. – Петров П.С. (unlisted)']],
        [
          'examples/school-12',
          ['Иванова А.А. – Петров П.С.', 'Смирнова Е.В. – Козлов Д.А.', 'Фёдорова Т.Н. – Белова К.И.', 'Орлова В.М. – Никитин Ю.С.'],
        ],
      ],
    );
    // examples/ holds several schools' plans: named by its folder, not by one of them.
    assert.equal(schools[0]!.organisation, undefined);
    const entries = docs.filter((d) => d.model.looksRelevant).map((d) => ({ path: d.uri, doc: renderDoc(d.text, analyze(d.text)) }));
    const html = reportHtml(entries, { locale: 'ru', today: TODAY, nonce: 'n0nce', folder: 'examples/' });
    assert.match(html, /<h3>examples<\/h3>/);
    assert.doesNotMatch(html, /нет в списке пар/);
  });
});
