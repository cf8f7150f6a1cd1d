/**
 * `nastavnik export`: Markdown → .docx (word/export.ts) and the command around it
 * (cli/export-command.ts). Every example is exported and read back with mammoth — and with LibreOffice
 * in test/slow/word-libreoffice.test.ts, as is `--format pdf` — and must hold its title and every
 * non-empty cell of every table. The document XML is checked for what a school
 * expects of a printed plan: page orientation, a header row repeated on each page, merged stage
 * cells, section rows across the table, a page-number field, the approval block.
 */
import { before, describe, test } from 'node:test';
import { tempDir } from './temp-dir';
import { cliBundle } from './built-bundles';
import { type CliRun, runCli } from './cli-in-process';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { generateRoadmap } from '../bench/generate';
import { expectedTexts, missingFrom, norm } from './word-export-texts';
import { anyDocument } from './fuzz-arbitraries';
import { analyze } from '../server/src/core/analyze';
import type { DocumentModel } from '../server/src/core/model';
import { MAX_EXPORT_BYTES } from '../server/src/cli/export-command';
import { exportDocx } from '../server/src/word/export';
import { approvalDateLine, signatoryLine } from '../server/src/word/export-approval';

const ROOT = join(__dirname, '..');
const CLI = cliBundle();
const EXAMPLES = join(ROOT, 'examples');

async function rawText(docx: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value;
}

async function xmlOf(docx: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(part);
  assert.ok(file, `${part} is missing from the .docx`);
  return file.async('string');
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The text of each paragraph of the body, in order (w:t joined, w:br as a line break). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[0] === '<w:br/>' ? '\n' : t[1]!.replace(/&\w+;/g, (e) => ENTITIES[e] ?? e)))
      .join(''),
  );
}

interface Exported {
  file: string;
  text: string;
  model: DocumentModel;
  docx: Uint8Array;
  xml: string;
  raw: string;
}

const exported = new Map<string, Exported>();

before(async () => {
  for (const file of readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    const { docx } = await exportDocx(text);
    exported.set(file, { file, text, model: analyze(text).model, docx, xml: await xmlOf(docx), raw: await rawText(docx) });
  }
});

const get = (file: string): Exported => {
  const e = exported.get(file);
  assert.ok(e, `${file} was not exported`);
  return e;
};

describe('every example exports and reads back', () => {
  test('all of examples/ is exported (at least the nine known files)', () => {
    assert.ok(exported.size >= 9, `only ${exported.size} examples`);
    for (const e of exported.values()) assert.equal(Buffer.from(e.docx.subarray(0, 2)).toString('latin1'), 'PK', `${e.file} is no zip`);
  });

  test('mammoth reads the title and every non-empty table cell of every example', () => {
    for (const e of exported.values()) {
      const expected = expectedTexts(e.model);
      assert.ok(expected.length > 3 || e.model.tables.length === 0, `${e.file}: nothing expected`);
      assert.deepEqual(missingFrom(e.raw, expected), [], e.file);
    }
  });

  test('the check itself fails on a text that lacks a cell', () => {
    const e = get('clean-teachers-roadmap.md');
    const cut = e.raw.replace('Банк данных наставников', '');
    assert.deepEqual(missingFrom(cut, expectedTexts(e.model)), ['Банк данных наставников']);
  });
});

describe('the document XML', () => {
  test('roadmaps and municipal plans are landscape A4, programmes portrait', () => {
    for (const file of [
      '000-spb-school34-roadmap.md',
      '001-tomsk-lyceum-roadmap.md',
      '004-arkhangelsk-municipal.md',
      'clean-municipal.md',
      'clean-teachers-roadmap.md',
    ]) {
      assert.match(get(file).xml, /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/, file);
    }
    assert.equal(get('002-krasnomayskaya-program.md').model.meta.kind, 'program');
    assert.match(get('002-krasnomayskaya-program.md').xml, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  test('Times New Roman 12 pt body, 14 pt title', async () => {
    const styles = await xmlOf(get('clean-teachers-roadmap.md').docx, 'word/styles.xml');
    assert.match(styles, /<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="24"\/>[\s\S]*<\/w:docDefaults>/);
    assert.match(styles, /<w:style w:type="paragraph" w:styleId="Title">[\s\S]*?<w:sz w:val="28"\/>[\s\S]*?<\/w:style>/);
    assert.match(get('clean-teachers-roadmap.md').xml, /<w:pStyle w:val="Title"\/>/);
  });

  test('every table repeats its header row on each page, and only the header', () => {
    for (const e of exported.values()) {
      const tables = [...e.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
      assert.equal(tables.length, e.model.tables.length, e.file);
      for (const table of tables) {
        const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
        assert.match(rows[0]!, /<w:tblHeader\/>/, e.file);
        assert.ok(
          rows.slice(1).every((r) => !r.includes('<w:tblHeader/>')),
          `${e.file}: a body row is marked as header`,
        );
      }
    }
  });

  test('a stage cell left empty for the stage above is merged with it', () => {
    // clean-teachers: rows 2, 6, 8, 9, 11 continue the stage above (four stages span rows).
    const xml = get('clean-teachers-roadmap.md').xml;
    assert.equal(count(xml, /<w:vMerge w:val="restart"\/>/g), 4);
    assert.equal(count(xml, /<w:vMerge w:val="continue"\/>/g), 5);
    // 000: «Подготовка условий…» spans two rows; 001: «Организация и осуществление…» too.
    for (const file of ['000-spb-school34-roadmap.md', '001-tomsk-lyceum-roadmap.md']) {
      assert.equal(count(get(file).xml, /<w:vMerge w:val="restart"\/>/g), 1, file);
      assert.equal(count(get(file).xml, /<w:vMerge w:val="continue"\/>/g), 1, file);
    }
    // The 002 programme's first roadmap row has no stage above it to merge with.
    const merged = get('clean-municipal.md').xml;
    assert.equal(count(merged, /<w:vMerge/g), 0, 'a municipal plan has no stage column');
  });

  test('section rows are one cell across the table', () => {
    const e = get('clean-municipal.md');
    const sections = e.model.tables[0]!.rows.filter((r) => r.isSection);
    assert.equal(sections.length, 6);
    assert.equal(count(e.xml, /<w:gridSpan w:val="5"\/>/g), 6);
    assert.ok(paragraphs(e.xml).includes('1. Нормативно-правовое регулирование развития системы наставничества'));
  });

  test('<br> in a cell is a line break in the Word cell', () => {
    const cells = [...get('clean-municipal.md').xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).join(''));
    assert.ok(
      cells.includes(
        'Число педагогических работников — участников программ наставничества:\n- 2025 год – не менее 40;\n- 2026 год – не менее 60;\n- 2027 год – не менее 80',
      ),
      cells.join(' | '),
    );
  });

  test('the footer numbers the pages with a PAGE field', async () => {
    const e = get('clean-teachers-roadmap.md');
    const zip = await JSZip.loadAsync(e.docx);
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    assert.ok(footers.length >= 1);
    const footer = await xmlOf(e.docx, footers[0]);
    assert.match(footer, /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    assert.match(e.xml, /<w:footerReference w:type="default"/);
  });
});

describe('the approval block', () => {
  test('filled from the front matter, above the title, at the right', () => {
    const e = get('clean-teachers-roadmap.md');
    const ps = paragraphs(e.xml);
    const at = ps.indexOf('УТВЕРЖДАЮ');
    assert.ok(at >= 0, ps.slice(0, 6).join(' | '));
    assert.deepEqual(ps.slice(at, at + 4), ['УТВЕРЖДАЮ', 'Директор МБОУ «Средняя школа № 1»', '________________', '«29» августа 2025 г.']);
    assert.ok(ps.indexOf(e.model.meta.title!) > at + 3, 'the title comes after the block');
    // Indented to the right half of the page, not centred text.
    assert.match(e.xml, /<w:ind w:left="\d{4}"\/>[\s\S]{0,200}УТВЕРЖДАЮ/);
  });

  test('a municipal plan is approved by the head of the department', () => {
    assert.ok(paragraphs(get('clean-municipal.md').xml).includes('Начальник управления образования администрации города Заречного'));
    assert.equal(signatoryLine('МБДОУ № 18 «Алёнушка»'), 'Заведующий МБДОУ № 18 «Алёнушка»');
    assert.equal(signatoryLine('Департамент образования Администрации города'), 'Директор департамента образования Администрации города');
  });

  test('left blank when the organisation and the date are unknown', async () => {
    const text =
      '# Дорожная карта наставничества на 2025-2026 учебный год\n\n| Этап | Мероприятия | Сроки | ' +
      'Ответственные |\n|---|---|---|---|\n| Подготовка условий | Приказ | Сентябрь 2025 | Директор |\n';
    const ps = paragraphs(await xmlOf((await exportDocx(text)).docx));
    const at = ps.indexOf('УТВЕРЖДАЮ');
    assert.deepEqual(ps.slice(at, at + 4), [
      'УТВЕРЖДАЮ',
      'Директор ______________________________',
      '________________',
      '«__» ____________ 20__ г.',
    ]);
    assert.equal(approvalDateLine('2025-13-01'), '«__» ____________ 20__ г.');
    assert.equal(approvalDateLine('2024-05-03'), '«03» мая 2024 г.');
  });

  test('a document with its own block keeps its lines and gets no second one', () => {
    for (const [file, own] of [
      [
        '000-spb-school34-roadmap.md',
        ['УТВЕРЖДЕНО', 'Приказом по ГБОУ школе № 34 Невского района Санкт-Петербурга', 'от 01.09.2022 № 197', 'Директор Т.А.Сергеева'],
      ],
      ['003-severodvinsk-college-roadmap.md', ['Утверждаю', 'С.В. Лукьяненко']],
      ['004-arkhangelsk-municipal.md', ['к приказу директора', 'от 10.02.2023 № 75']],
    ] as const) {
      const e = get(file);
      const ps = paragraphs(e.xml);
      assert.ok(!ps.includes('УТВЕРЖДАЮ'), `${file}: a second block was added`);
      for (const line of own) assert.ok(ps.includes(line), `${file}: «${line}» is missing`);
      assert.ok(ps.indexOf(own[0]) < ps.indexOf(e.model.meta.title!), `${file}: the own block must stay above the title`);
    }
    assert.equal(count(get('000-spb-school34-roadmap.md').raw, /УТВЕРЖД/g), 1);
  });

  test('without a title, the own block ends where the text begins', async () => {
    const body =
      'Настоящий план определяет мероприятия по внедрению системы наставничества в школе, сроки ' +
      'их выполнения и ответственных за каждое мероприятие, а также ожидаемые результаты.';
    const xml = await xmlOf((await exportDocx(`УТВЕРЖДАЮ\n\nДиректор школы\n\n${body}\n`)).docx);
    const ps = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const of = (text: string) => ps.find((p) => p.includes(text))!;
    assert.match(of('Директор школы'), /<w:ind w:left="\d+"\/>/);
    assert.match(of('Настоящий план'), /<w:ind w:firstLine="709"\/>/);
    assert.equal(count(xml, /УТВЕРЖДАЮ/g), 1, 'no second block');
  });
});

describe('what is left out and what is kept', () => {
  const text = [
    '---',
    'вид: дорожная карта',
    'профиль: педагоги',
    'организация: МБОУ «Школа № 7»',
    '---',
    '',
    '<!-- nastavnik-disable vague-deadline -->',
    '',
    '# Дорожная карта наставничества на 2025-2026 учебный год',
    '',
    'Текст с **жирным словом** и *курсивом*.<!-- заметка методиста --> Конец.',
    '',
    '<div class="скрытое">Сырой HTML-блок</div>',
    '',
    '- первый пункт',
    '- второй пункт',
    '',
    '3. третий',
    '4. четвёртый',
    '',
    '| Этап | Мероприятия | Сроки | Ответственные |',
    '|---|---|---|---|',
    '| Подготовка условий | **Приказ** о внедрении<br>Положение <!-- TODO --> | В течение года | Директор |',
    '',
    '<!-- nastavnik-enable vague-deadline -->',
  ].join('\n');

  test('comments, front matter and raw HTML are not in the text; <br> is', async () => {
    const { docx } = await exportDocx(text);
    const raw = await rawText(docx);
    for (const gone of [
      'nastavnik-disable',
      'nastavnik-enable',
      'заметка методиста',
      'TODO',
      'вид:',
      'профиль:',
      'Сырой HTML',
      '<div',
      '<br',
      '<!--',
    ]) {
      assert.ok(!raw.includes(gone), `«${gone}» leaked into the export`);
    }
    for (const kept of ['Текст с жирным словом и курсивом. Конец.', 'первый пункт', 'Приказ о внедрении', 'Положение', 'В течение года'])
      assert.ok(norm(raw).includes(kept), `«${kept}» is missing`);
    assert.ok(raw.indexOf('Директор МБОУ «Школа № 7»') >= 0, 'the front matter fills the block');
  });

  test('bold and italic are kept in paragraphs and cells; lists are Word lists', async () => {
    const xml = await xmlOf((await exportDocx(text)).docx);
    assert.match(
      xml,
      /<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:b\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">жирным словом<\/w:t><\/w:r>/,
    );
    assert.match(xml, /<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:i\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">курсивом<\/w:t><\/w:r>/);
    assert.match(xml, /<w:b\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">Приказ<\/w:t>/);
    assert.equal(count(xml, /<w:numPr>/g), 4);
    const numbering = await xmlOf((await exportDocx(text)).docx, 'word/numbering.xml');
    assert.match(numbering, /<w:start w:val="3"\/>/, 'a list written from «3.» starts at 3');
  });

  test('characters XML forbids, a BOM and CRLF do not break the file or the tables', async () => {
    const clean = readFileSync(join(EXAMPLES, 'clean-teachers-roadmap.md'), 'utf8');
    const hostile = '\uFEFF' + clean.replace(/\n/g, '\r\n').replace('Директор |', 'Дире\u0001ктор\uD800 |');
    const { docx } = await exportDocx(hostile);
    const xml = await xmlOf(docx);
    assert.equal(count(xml, /<w:vMerge w:val="continue"\/>/g), 5, 'the tables are still found by offset');
    assert.ok(!/[\u0001\uD800]/.test(xml));
    assert.ok(norm(await rawText(docx)).includes('Директор'));
  });

  test('a text that is no mentorship document, or nothing at all, still exports', async () => {
    for (const text of ['', 'просто строка', '| a |\n|---|\n| b |', '\u0000\u0001\u0002 ' + '['.repeat(5000)]) {
      const { docx, summary } = await exportDocx(text);
      assert.equal(summary.approval, 'added');
      assert.ok((await rawText(docx)).includes('УТВЕРЖДАЮ'));
    }
  });
});

describe('never throws on a document', () => {
  test('the regression inputs and fuzzed documents export to files mammoth reads', async () => {
    const dir = join(ROOT, 'test', 'fixtures', 'regressions');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    texts.push(...fc.sample(anyDocument, { seed: 20261203, numRuns: 25 }));
    for (const text of texts) {
      const { docx } = await exportDocx(text);
      await rawText(docx); // throws on XML Word could not read either
      const core = await xmlOf(docx, 'docProps/core.xml');
      assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(core + (await xmlOf(docx))), 'a character XML forbids');
    }
  });
});

describe('speed', () => {
  test('a 40-row and a 500-row roadmap', async (t) => {
    const figures: string[] = [];
    for (const rows of [40, 500]) {
      const text = generateRoadmap(rows);
      await exportDocx(text); // warm-up: the first run compiles
      const times: number[] = [];
      let docx: Uint8Array = new Uint8Array();
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        docx = (await exportDocx(text)).docx;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      figures.push(
        `${rows} rows (${Math.round(text.length / 1000)} K chars): median ${Math.round(times[1]!)} ms, ${Math.round(docx.length / 1024)} KB`,
      );
      const xml = await xmlOf(docx);
      assert.equal(count(xml, /<w:tr>/g), rows + 1, 'every row and the header');
      // Generous: a loaded CI machine; the figures themselves are reported.
      assert.ok(times[1]! < (rows === 40 ? 5_000 : 30_000), figures.at(-1));
    }
    t.diagnostic(figures.join('; '));
  });
});

// ───────────────────────────── the command ─────────────────────────────

const cliEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...process.env,
  NASTAVNIK_LOCALE: '',
  LC_ALL: '',
  LC_MESSAGES: '',
  LANG: '',
  ...env,
});

/** The command's `main` in process (cli-in-process.ts): what it prints, writes and exits with. */
function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCli(args, cwd, cliEnv(env));
}

/** The built CLI as a process: its Word commands are a bundle of their own, loaded on demand (scripts/build.mjs). */
function spawnCli(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: cliEnv({}), timeout: 120_000 });
}

describe('nastavnik export', () => {
  let dir = '';
  before(() => {
    dir = tempDir('nastavnik-export-cli-');
    writeFileSync(join(dir, 'plan.md'), readFileSync(join(EXAMPLES, 'clean-teachers-roadmap.md')));
  });

  const listing = (): string[] => readdirSync(dir).sort();

  test('writes plan.docx beside plan.md and says so (the built CLI, a process)', () => {
    const r = spawnCli(['export', 'plan.md'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Сохранено: plan\.docx — дорожная карта, альбомная страница, таблиц: 1\./);
    assert.equal(readFileSync(join(dir, 'plan.docx')).subarray(0, 2).toString('latin1'), 'PK');
  });

  test('never overwrites without --force; --force does', async () => {
    writeFileSync(join(dir, 'plan.docx'), 'мой файл');
    const refused = await cli(['export', 'plan.md'], dir);
    assert.equal(refused.status, 3, 'the exit code `nastavnik import` gives for the same reason');
    assert.match(refused.stderr, /уже есть и не заменён.*--force/);
    assert.equal(readFileSync(join(dir, 'plan.docx'), 'utf8'), 'мой файл');
    const forced = await cli(['export', 'plan.md', '--force'], dir);
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(join(dir, 'plan.docx')).subarray(0, 2).toString('latin1'), 'PK');
    assert.ok(!listing().some((f) => f.endsWith('.tmp')), 'no temporary file is left');
  });

  test('--out names the file; the source itself is never the target', async () => {
    const r = await cli(['export', 'plan.md', '--out', 'Дорожная карта.docx'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'Дорожная карта.docx')));
    const same = await cli(['export', 'plan.md', '--out', 'plan.md', '--force'], dir);
    assert.equal(same.status, 2);
    assert.match(same.stderr, /исходного файла/);
    assert.equal(readFileSync(join(dir, 'plan.md'), 'utf8'), readFileSync(join(EXAMPLES, 'clean-teachers-roadmap.md'), 'utf8'));
    const wrong = await cli(['export', 'plan.md', '--out', 'plan.txt'], dir);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--out plan\.docx/);
  });

  test('bad input: a message, its exit code, nothing written', async () => {
    mkdirSync(join(dir, 'папка.md'), { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), '# Дорожная карта');
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    // «# Дорожная карта» saved in Windows-1251: not UTF-8.
    writeFileSync(join(dir, 'cp1251.md'), Buffer.from([0x23, 0x20, 0xc4, 0xee, 0xf0, 0xee, 0xe6, 0xed, 0xe0, 0xff]));
    writeFileSync(join(dir, 'huge.md'), Buffer.alloc(MAX_EXPORT_BYTES + 1, 0x61));
    const before = listing();
    const cases: [string[], number, RegExp][] = [
      [['export'], 2, /Укажите один файл Markdown/],
      [['export', 'plan.md', 'notes.txt'], 2, /Укажите один файл Markdown/],
      [['export', 'plan.md', '--colour'], 2, /Неизвестный параметр «--colour». Список параметров: nastavnik export --help/],
      [['export', 'нет-такого.md'], 2, /Не найден файл «нет-такого\.md»/],
      [['export', 'папка.md'], 2, /папка\. Укажите один файл/],
      [['export', 'notes.txt'], 2, /не файл Markdown/],
      [['export', 'binary.md'], 5, /не похож на текст Markdown/],
      [['export', 'cp1251.md'], 5, /не похож на текст Markdown/],
      [['export', 'huge.md'], 4, /слишком большой для экспорта: 5,0 МБ, предел — 5,0 МБ/],
      [['export', 'plan.md', '--format', 'odt'], 2, /Неизвестный формат «odt»/],
      [['export', 'plan.md', '--out', 'нет/plan.docx'], 10, /Папки «нет» нет/],
      [['export', 'plan.md', '--profile', 'космонавты'], 2, /Неизвестный профиль/],
    ];
    for (const [args, code, message] of cases) {
      const r = await cli(args, dir);
      assert.equal(r.status, code, `${args.join(' ')}: ${r.stdout}`);
      assert.match(r.stderr, message, args.join(' '));
    }
    assert.deepEqual(listing(), before);
    rmSync(join(dir, 'huge.md'));
  });

  test('--locale en speaks English', async () => {
    const r = await cli(['export', 'нет-такого.md', '--locale', 'en'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /File «нет-такого\.md» not found/);
  });

  test('--format pdf without LibreOffice: a Russian message, exit 2, nothing written', async () => {
    const before = listing();
    const r = await cli(['export', 'plan.md', '--format', 'pdf'], dir, { NASTAVNIK_SOFFICE: join(dir, 'no-soffice') });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Для PDF нужен LibreOffice, но он не найден\. Установите/);
    assert.deepEqual(listing(), before);
  });

  test('nastavnik --help lists export', async () => {
    const r = await cli(['--help'], dir);
    assert.match(r.stdout, /nastavnik export <файл\.md>/);
    const own = await cli(['export', '--help'], dir);
    assert.equal(own.status, 0);
    assert.match(own.stdout, /--force/);
  });
});
