/**
 * «Word in»: Word documents made by LibreOffice from test/fixtures/word/src/*.html
 * (scripts/make-word-fixtures.ts) import to Markdown that the core reads as the document meant —
 * stages, activities, deadlines, responsibles, front matter — with no diagnostic the original does
 * not deserve. Hostile files (truncated, encrypted, not a docx, zip bombs, broken XML, too big) end
 * through the CLI in their own message and exit code, with nothing written. What needs LibreOffice
 * (.doc, .odt, a password-protected .doc) is in test/slow/word-libreoffice.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, type Analysis } from '../server/src/core/analyze';
import { cliBundle } from './built-bundles';
import { type CliRun, runCli } from './cli-in-process';
import type { Row, Table } from '../server/src/core/model';
import { computeScores } from '../server/src/core/scores';
import { htmlToMdast, mdastToMarkdown } from '../server/src/word/html-to-markdown';
import { importWord, type ImportResult } from '../server/src/word/import';
import { IMPORT_EXIT, WordImportError } from '../server/src/word/import-error';

const ROOT = join(__dirname, '..');
const CLI = cliBundle();
const FIXTURES = join(ROOT, 'test', 'fixtures', 'word');
const fixture = (name: string): string => join(FIXTURES, name);

let work: string;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'nastavnik-word-test-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

function cliEnv(options: { env?: Record<string, string> }): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env?.NASTAVNIK_LOCALE) delete env.NASTAVNIK_LOCALE;
  // The system language takes part in the choice of locale: tests expect the default, Russian.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) if (!options.env?.[name]) delete env[name];
  return env;
}

/** `nastavnik import …` by the command's `main` in process (cli-in-process.ts): output, files, exit code. */
function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return runCli(['import', ...args], options.cwd ?? work, cliEnv(options));
}

/** The built CLI as a process: its Word commands are a bundle of their own, loaded on demand (scripts/build.mjs). */
function spawnCli(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, 'import', ...args], { cwd: work, encoding: 'utf8', env: cliEnv({}), timeout: 120_000 });
}

/** A fresh folder holding one copy of a fixture: what the import writes there is all that is new. */
function folderWith(name: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(work, 'case-'));
  const file = join(dir, name);
  copyFileSync(fixture(name), file);
  return { dir, file };
}

const imported = new Map<string, Promise<{ result: ImportResult; analysis: Analysis }>>();
function load(name: string): Promise<{ result: ImportResult; analysis: Analysis }> {
  if (!imported.has(name))
    imported.set(
      name,
      importWord(fixture(name)).then((result) => ({ result, analysis: analyze(result.markdown) })),
    );
  return imported.get(name)!;
}

/** A process that runs (a killed one may linger a moment as a zombie until it is reaped). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

const activities = (t: Table): Row[] => t.rows.filter((r) => !r.isSection && !r.isColumnNumbers && (r.activity?.text ?? '') !== '');
/** The Markdown table rows (lines starting with «|») as cell texts. */
function markdownRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

describe('roadmap with merged stage cells and a column-number row', () => {
  test('reads as a clean teachers roadmap: 12 activities, 7 stages, deadlines and responsibles, no diagnostics', async () => {
    const { analysis } = await load('roadmap-merged.docx');
    const { meta, tables } = analysis.model;
    assert.equal(meta.kind, 'roadmap');
    assert.equal(meta.profile, 'teachers');
    assert.deepEqual([meta.period?.start, meta.period?.end], ['2025-09-01', '2026-08-31']);
    assert.equal(meta.approved, '2025-08-29');
    assert.equal(meta.organization, 'МБОУ «Средняя школа № 1»');
    assert.equal(tables.length, 1);
    const rows = activities(tables[0]!);
    assert.equal(rows.length, 12);
    assert.deepEqual(
      rows.map((r) => r.number),
      ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.', '11.', '12.'],
    );
    assert.deepEqual([...new Set(rows.map((r) => r.stage?.match?.stageId))].length, 7);
    assert.ok(
      rows.every((r) => r.deadline && r.deadline.parsed.intervals.length > 0),
      'every deadline is read',
    );
    assert.ok(
      rows.every((r) => (r.responsible?.cell.text ?? '') !== ''),
      'every row has a responsible',
    );
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.severity}:${d.code}`),
      [],
    );
  });

  test('the merged stage cell comes back once, its continuation rows empty', async () => {
    const { result, analysis } = await load('roadmap-merged.docx');
    const md = markdownRows(result.markdown);
    const stage = 'Организация и осуществление работы наставнических пар/групп';
    assert.equal(md.filter((cells) => cells[1] === stage).length, 1, 'the stage text appears once');
    const at = md.findIndex((cells) => cells[1] === stage);
    assert.deepEqual([md[at + 1]![1], md[at + 2]![1]], ['', ''], 'the rows it covered have an empty stage cell');
    const rows = activities(analysis.model.tables[0]!);
    assert.deepEqual(
      rows.slice(6, 9).map((r) => [r.stage?.text, r.stage?.continued]),
      [
        [stage, false],
        [stage, true],
        [stage, true],
      ],
    );
  });

  test('a responsible merged down applies to each row it covers', async () => {
    const { analysis } = await load('roadmap-merged.docx');
    const rows = activities(analysis.model.tables[0]!);
    assert.deepEqual(
      rows.slice(6, 8).map((r) => r.responsible?.cell.text),
      ['Директор, куратор', 'Директор, куратор'],
    );
  });

  test('the column-number row «1 | 2 | … | 6» is gone', async () => {
    const { result, analysis } = await load('roadmap-merged.docx');
    assert.ok(!markdownRows(result.markdown).some((cells) => cells.join(',') === '1,2,3,4,5,6'));
    assert.ok(!analysis.model.tables[0]!.rows.some((r) => r.isColumnNumbers));
    assert.equal(result.notes.columnNumberRows, 1);
  });

  test('title as «# …» (the bold two-line title joined), approval block one line per paragraph, front matter of what the document states', async () => {
    const { result } = await load('roadmap-merged.docx');
    const md = result.markdown;
    assert.match(
      md,
      /^# ДОРОЖНАЯ КАРТА реализации системы \(целевой модели\) наставничества педагогических работников в МБОУ «Средняя школа № 1» на 2025-2026 учебный год$/m,
    );
    assert.match(md, /\n\nУТВЕРЖДАЮ\n\nДиректор МБОУ «Средняя школа № 1»\n\n/);
    assert.ok(
      md.startsWith(
        '---\nвид: дорожная карта\nпрофиль: педагоги\nпериод: 2025-2026 учебный год\nутверждено: 29.08.2025\nорганизация: МБОУ «Средняя школа № 1»\n---\n',
      ),
      md.slice(0, 300),
    );
    assert.deepEqual(result.undetermined, []);
    assert.doesNotMatch(md, /^# не определено/m);
  });
});

describe('programme with three tables', () => {
  test('stages, efficiency (0/1/2) and roadmap tables each under their heading; scores read', async () => {
    const { analysis, result } = await load('program-three-tables.docx');
    const { meta, tables } = analysis.model;
    assert.equal(meta.kind, 'program');
    assert.equal(meta.profile, 'pupils');
    assert.equal(meta.approved, '2025-08-29', 'the УТВЕРЖДЕНО date, not the СОГЛАСОВАНО one');
    assert.deepEqual(
      tables.map((t) => [t.kind, t.section[t.section.length - 1]]),
      [
        ['stages', '3. Этапы реализации программы'],
        ['scoring', 'Показатели эффективности реализации программы'],
        ['roadmap', '9. Дорожная карта реализации программы'],
      ],
    );
    assert.equal(activities(tables[0]!).length, 7);
    assert.equal(activities(tables[2]!).length, 7);
    const efficiency = computeScores(analysis.model).efficiency[0]!;
    assert.deepEqual([efficiency.total, efficiency.max, efficiency.level?.name], [5, 8, 'допустимый уровень']);
    assert.deepEqual(
      efficiency.criteria.map((c) => [c.name, c.indicators]),
      [
        ['Качество организации наставничества', 2],
        ['Результаты наставляемых', 2],
      ],
    );
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.severity}:${d.code}`),
      [],
    );
    assert.equal(result.notes.layoutTables, 1, 'the СОГЛАСОВАНО | УТВЕРЖДЕНО layout table became paragraphs');
    assert.match(result.markdown, /\n\nСОГЛАСОВАНО\n\n[\s\S]*\n\nУТВЕРЖДЕНО\n\n/);
  });
});

describe('municipal complex of measures with section rows', () => {
  test('a row merged across the table is a section row: its number in «№», its title in the next column, the rest empty', async () => {
    const { result, analysis } = await load('municipal-sections.docx');
    const table = analysis.model.tables[0]!;
    const sections = table.rows.filter((r) => r.isSection);
    assert.deepEqual(
      sections.map((r) => r.number),
      ['1.', '2.', '3.', '4.', '5.', '6.'],
    );
    assert.ok(
      markdownRows(result.markdown).some((c) => c.join('|') === '1.|Нормативно-правовое регулирование развития системы наставничества|||'),
    );
    assert.deepEqual(
      activities(table).map((r) => r.number),
      ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '5.1', '6.1'],
    );
    assert.ok(!table.rows.some((r) => r.isColumnNumbers));
    assert.equal(analysis.model.meta.kind, 'municipal');
    assert.deepEqual([analysis.model.meta.period?.start, analysis.model.meta.period?.end], ['2025-01-01', '2027-12-31']);
    assert.equal(analysis.model.meta.approved, '2025-01-20');
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.severity}:${d.code}`),
      [],
    );
  });

  test('what the document does not state is listed on one YAML comment line, not invented', async () => {
    const { result } = await load('municipal-sections.docx');
    assert.deepEqual(result.undetermined, ['организация']);
    assert.match(
      result.markdown,
      /^---\nвид: комплекс мер\nпериод: 2025-2027\nутверждено: 20\.01\.2025\n# не определено по тексту документа: организация — впишите сами\n---\n/,
    );
  });
});

describe('lists, paragraphs and formatting inside cells', () => {
  test('list items and paragraphs become parts joined with <br>, markers kept', async () => {
    const { result, analysis } = await load('lists-in-cells.docx');
    const rows = activities(analysis.model.tables[0]!);
    assert.deepEqual(
      rows[0]!.activity!.parts.map((p) => p.text),
      [
        'Подготовка нормативной базы:',
        '- приказ о внедрении целевой модели;',
        '- положение о наставничестве;',
        '- программа наставничества.',
      ],
    );
    assert.deepEqual(
      rows[1]!.activity!.parts.map((p) => p.text),
      ['1. Анкетирование обучающихся 5–9 классов.', '2. Сбор запросов родителей.', '3. Формирование базы наставляемых.'],
    );
    assert.deepEqual(
      rows[5]!.activity!.parts.map((p) => p.text),
      ['- встречи по индивидуальным планам;', '- промежуточная рефлексия:', '- анкетирование;', '- беседы.'],
    );
    assert.match(result.markdown, /\| Подготовка нормативной базы:<br>- приказ о внедрении целевой модели;<br>/);
    assert.equal(analysis.model.meta.profile, 'pupils');
    assert.equal(rows.length, 7);
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.severity}:${d.code}`),
      [],
    );
  });

  test('bold and italic kept, a pipe in cell text escaped, a caption row above the header made a paragraph', async () => {
    const { result, analysis } = await load('lists-in-cells.docx');
    const md = result.markdown;
    assert.match(md, /<br>\*\*Важно:\*\* учитывать согласие родителей \\\| законных представителей\./);
    assert.match(md, /\| Директор, _куратор_ \|/);
    const third = activities(analysis.model.tables[0]!)[2]!;
    assert.equal(third.activity!.parts[1]!.text, 'Важно: учитывать согласие родителей | законных представителей.');
    assert.equal(analysis.model.tables[0]!.columns.length, 4, 'the pipe did not add a column');
    assert.match(md, /\n\*\*План мероприятий на 2025-2026 учебный год\*\*\n\n\| Этап \| Мероприятия \| Сроки \| Ответственные \|/);
  });

  test('footnotes kept as text, the picture left out with a note, a web link kept', async () => {
    const { result } = await load('lists-in-cells.docx');
    const md = result.markdown;
    assert.match(md, /методическим рекомендациям\\?\[1\];/);
    assert.match(md, /\nСноски:\n\n\\?\[1\] Распоряжение Минпросвещения России от 25\.12\.2019 № Р-145\.\n/);
    assert.match(md, /<!-- Рисунок из документа Word не перенесён -->/);
    assert.doesNotMatch(md, /data:image|<img/);
    assert.match(md, /\[сайте школы\]\(https:\/\/edu\.example\.ru\/nastavnik\)/);
    assert.equal(result.notes.images, 1);
    assert.ok(result.warnings.some((w) => /Рисунков не перенесено: 1/.test(w.ru)));
  });
});

describe('documents that still import, with a warning', () => {
  test('a .docx with no table: imported, warned that no plan table was found', async () => {
    const { result, analysis } = await load('no-table.docx');
    assert.match(result.markdown, /^# Положение о наставничестве педагогических работников МБОУ «СОШ № 8»$/m);
    assert.match(result.markdown, /^## 2\. Права и обязанности наставника$/m);
    assert.equal(analysis.model.tables.length, 0);
    assert.ok(
      result.warnings.some((w) => /нет ни одной таблицы/.test(w.ru) && /таблица плана/.test(w.ru)),
      JSON.stringify(result.warnings),
    );
  });

  test('links with a script address are dropped, their text kept; web links stay', async () => {
    const { result } = await load('script-link.docx');
    assert.doesNotMatch(result.markdown, /javascript:|vbscript:|evil\.example/i);
    assert.match(result.markdown, /Материалы: открыть материалы, старая ссылка, \[план на сайте\]\(https:\/\/edu\.example\.ru\/plan\)/);
    assert.match(result.markdown, /Приказ о внедрении, образец приказа/);
    assert.equal(result.notes.droppedLinks.length, 3);
    assert.ok(result.warnings.some((w) => /Убраны ссылки с небезопасным адресом \(3/.test(w.ru)));
  });
});

describe('.doc and .odt through LibreOffice (converting them: test/slow/word-libreoffice.test.ts)', () => {
  test('a LibreOffice that hangs is stopped at the time limit, with its children, and its temporary folder removed', {
    skip: process.platform === 'win32' ? 'POSIX shell script' : false,
  }, async () => {
    const dir = mkdtempSync(join(work, 'hang-'));
    const fake = join(dir, 'soffice');
    // A stand-in that starts a child and never finishes, as a LibreOffice stuck on a dialog would.
    writeFileSync(fake, `#!/bin/sh\nsleep 300 &\necho $! > "${join(dir, 'child.pid')}"\nwait\n`, { mode: 0o755 });
    const temp = mkdtempSync(join(work, 'tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      const started = Date.now();
      await assert.rejects(importWord(fixture('roadmap-merged.doc'), { soffice: fake, sofficeTimeoutMs: 1500 }), (error: unknown) => {
        assert.ok(error instanceof WordImportError);
        assert.equal(error.exitCode, IMPORT_EXIT.conversionFailed);
        assert.match(error.text.ru, /не успел преобразовать .* за 2 с и был остановлен/);
        return true;
      });
      assert.ok(Date.now() - started < 10_000, 'stopped near the limit');
    } finally {
      // Assigning undefined would set the text «undefined».
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    assert.deepEqual(readdirSync(temp), [], 'the temporary folder is gone');
    const child = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    for (let i = 0; i < 30 && alive(child); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(!alive(child), 'the stuck child was killed with its group');
  });

  test('without LibreOffice a .doc ends in a message saying to install it or save as .docx, exit 2, nothing written', async () => {
    const { dir, file } = folderWith('roadmap-merged.doc');
    const r = await cli([file], { env: { NASTAVNIK_SOFFICE: '' } });
    assert.equal(r.status, IMPORT_EXIT.usage, r.stderr);
    assert.match(r.stderr, /нужен LibreOffice/);
    assert.match(r.stderr, /Установите LibreOffice/);
    assert.match(r.stderr, /сохраните его как \.docx/);
    assert.deepEqual(readdirSync(dir), ['roadmap-merged.doc']);
  });
});

describe('nastavnik import', () => {
  test('writes <name>.md beside the input, prints its path on stdout and progress on stderr (a process)', () => {
    const { dir, file } = folderWith('roadmap-merged.docx');
    const r = spawnCli([file]);
    assert.equal(r.status, 0, r.stderr);
    const out = join(dir, 'roadmap-merged.md');
    assert.equal(r.stdout, out + '\n');
    assert.match(r.stderr, /Импорт «/);
    assert.match(r.stderr, /Готово: таблиц — 1, строк плана — 12; проверка находит ошибок: 0, предупреждений: 0/);
    assert.match(readFileSync(out, 'utf8'), /^---\nвид: дорожная карта\n/);
    const check = spawnSync(process.execPath, [CLI, 'check', out], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout);
  });

  test('never overwrites an existing .md without --force (exit 3, file unchanged); --force replaces it', async () => {
    const { dir, file } = folderWith('roadmap-merged.docx');
    const out = join(dir, 'roadmap-merged.md');
    writeFileSync(out, 'моя правка\n');
    const refused = await cli([file]);
    assert.equal(refused.status, IMPORT_EXIT.outputExists);
    assert.match(refused.stderr, /уже есть, он не заменён.*--force/);
    assert.equal(readFileSync(out, 'utf8'), 'моя правка\n');
    assert.equal(refused.stdout, '');
    const forced = await cli([file, '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(out, 'utf8'), /^# ДОРОЖНАЯ КАРТА/m);
    assert.deepEqual(readdirSync(dir).sort(), ['roadmap-merged.docx', 'roadmap-merged.md'], 'no temporary file left');
  });

  test('--out names the file; --out - prints the Markdown; --format json describes the import', async () => {
    const { dir, file } = folderWith('program-three-tables.docx');
    const named = await cli([file, '--out', join(dir, 'программа.md')]);
    assert.equal(named.status, 0, named.stderr);
    assert.ok(existsSync(join(dir, 'программа.md')));
    const printed = await cli([file, '--out', '-']);
    assert.equal(printed.status, 0);
    assert.match(printed.stdout, /^---\nвид: программа\n/);
    const json = await cli([file, '--out', join(dir, 'p.md'), '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    const parsed = JSON.parse(json.stdout) as {
      output: string;
      summary: { tables: number; errors: number };
      frontMatter: Record<string, string>;
    };
    assert.equal(parsed.output, join(dir, 'p.md'));
    assert.deepEqual([parsed.summary.tables, parsed.summary.errors], [3, 0]);
    assert.equal(parsed.frontMatter.вид, 'программа');
  });

  test('an output folder that does not exist: exit 10 with the reason, nothing written', async () => {
    const { dir, file } = folderWith('no-table.docx');
    const r = await cli([file, '--out', join(dir, 'нет-такой-папки', 'x.md')]);
    assert.equal(r.status, IMPORT_EXIT.writeFailed, r.stderr);
    assert.match(r.stderr, /Не удалось записать .*ENOENT.*папка существует/);
    assert.deepEqual(readdirSync(dir), ['no-table.docx']);
  });

  test('messages in English with --locale en', async () => {
    const { file } = folderWith('hostile-truncated.docx');
    const r = await cli([file, '--locale', 'en']);
    assert.equal(r.status, IMPORT_EXIT.damaged);
    assert.match(r.stderr, /cannot be read as a Word document/);
  });

  test('an extension Nastavnik does not import, and a missing file: exit 2', async () => {
    const dir = mkdtempSync(join(work, 'case-'));
    writeFileSync(join(dir, 'plan.txt'), 'текст');
    const txt = await cli([join(dir, 'plan.txt')]);
    assert.equal(txt.status, IMPORT_EXIT.usage);
    assert.match(txt.stderr, /импортирует документы Word и LibreOffice: \.docx, \.doc, \.odt, \.rtf/);
    const missing = await cli([join(dir, 'нет.docx')]);
    assert.equal(missing.status, IMPORT_EXIT.usage);
    assert.match(missing.stderr, /Не найден файл/);
    assert.deepEqual(readdirSync(dir), ['plan.txt']);
  });
});

describe('hostile files: own message, own exit code, nothing written', () => {
  const cases: { name: string; exit: number; message: RegExp }[] = [
    {
      name: 'hostile-truncated.docx',
      exit: IMPORT_EXIT.damaged,
      message: /не читается как документ Word \(\.docx\): он повреждён, не докачан/,
    },
    { name: 'hostile-zip-not-docx.docx', exit: IMPORT_EXIT.damaged, message: /Внутри нет текста документа Word/ },
    { name: 'hostile-odt-named-docx.docx', exit: IMPORT_EXIT.damaged, message: /Это документ OpenDocument .*переименуйте его в \.odt/ },
    { name: 'hostile-broken-xml.docx', exit: IMPORT_EXIT.brokenXml, message: /испорчен текст документа \(неверный XML\)/ },
    { name: 'hostile-password.docx', exit: IMPORT_EXIT.encrypted, message: /защищён паролем, его нельзя прочитать.*снимите пароль/ },
    {
      name: 'hostile-zip-bomb.docx',
      exit: IMPORT_EXIT.zipBomb,
      message: /распаковывается в слишком большой объём \(часть «word\/document\.xml»/,
    },
    { name: 'hostile-zip-bomb-lying.docx', exit: IMPORT_EXIT.zipBomb, message: /распаковывается в слишком большой объём/ },
  ];
  for (const c of cases) {
    test(`${c.name} → exit ${c.exit}`, async () => {
      const { dir, file } = folderWith(c.name);
      const r = await cli([file]);
      assert.equal(r.status, c.exit, r.stderr);
      assert.match(r.stderr, c.message);
      assert.equal(r.stdout, '');
      assert.deepEqual(readdirSync(dir), [c.name]);
    });
  }

  test('a file over 50 MB is refused unread (exit 4)', async () => {
    const dir = mkdtempSync(join(work, 'case-'));
    const big = join(dir, 'big.docx');
    // A sparse file: 51 MB on paper, nothing on disk; the import must refuse it by its size alone.
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 51 * 1024 * 1024);
    closeSync(fd);
    const r = await cli([big]);
    assert.equal(r.status, IMPORT_EXIT.tooLarge, r.stderr);
    assert.match(r.stderr, /слишком большой \(51,0 МБ; можно не больше 50 МБ\)/);
    assert.deepEqual(readdirSync(dir), ['big.docx']);
  });

  test('--format json reports the failure as an object with its reason and code', async () => {
    const { file } = folderWith('hostile-zip-bomb.docx');
    const r = await cli([file, '--format', 'json']);
    assert.equal(r.status, IMPORT_EXIT.zipBomb);
    const parsed = JSON.parse(r.stdout) as { error: { reason: string; exitCode: number } };
    assert.deepEqual([parsed.error.reason, parsed.error.exitCode], ['zipBomb', 8]);
  });
});

describe('table shapes from mammoth HTML', () => {
  // The HTML mammoth writes: cells hold <p> and lists, merged cells keep rowspan/colspan.
  const md = (html: string): string => mdastToMarkdown(htmlToMdast(html));

  test('a one-column table (a framed note) becomes paragraphs', () => {
    const out = md('<table><tr><td><p>Обратите внимание:</p></td></tr><tr><td><p>сроки уточняются.</p></td></tr></table>');
    assert.equal(out, 'Обратите внимание:\n\nсроки уточняются.\n');
  });

  test('merges far beyond the table (colspan 100000, rowspan 100000) are cut to the table, without blowing up', () => {
    const started = Date.now();
    const out = md(
      '<table><tr><td><p>Этап</p></td><td><p>Сроки</p></td></tr><tr><td ' +
        'rowspan="100000"><p>Подготовка</p></td><td><p>Сентябрь</p></td></tr><tr><td ' +
        'colspan="100000"><p>Раздел</p></td></tr></table>',
    );
    assert.ok(Date.now() - started < 2000);
    assert.deepEqual(markdownRows(out), [
      ['Этап', 'Сроки'],
      ['-', '-'],
      ['Подготовка', 'Сентябрь'],
      ['', 'Раздел'],
    ]);
  });

  test('a row merged across, with no «№» column, keeps its title in the first column', () => {
    const out = md(
      '<table><tr><td><p>Мероприятия</p></td><td><p>Сроки</p></td><td><p>Ответственные</p></td></tr><tr><td ' +
        'colspan="3"><p><strong>I. Организационный блок</strong></p></td></tr><tr><td><p>Совещание</p></td><td><p>Сентябрь ' +
        '2025</p></td><td><p>Директор</p></td></tr></table>',
    );
    assert.deepEqual(markdownRows(out)[2], ['**I. Организационный блок**', '', '']);
  });
});
