/**
 * The checks across a school's folder (core/workspace/folder-checks.ts, docs/domain.md §18
 * «Наставнические пары»), run as a user runs them: `nastavnik check <folder>` (its `main`, in process) over a
 * temporary copy of test/fixtures/school — a roadmap, an order listing four pairs and three ППН (one
 * pair without its programme, one programme longer than the roadmap, one with the names written
 * differently than in the order) — and variations of it. The quick fix's new file is checked as a ППН
 * that closes the gap.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { readPersonNames, shortName } from '../server/src/core/domain/person-names';
import { checkFolder, checkFolders, type FolderDocument, type MissingProgramData } from '../server/src/core/workspace/folder-checks';
import { readPairFacts } from '../server/src/core/workspace/pair-facts';
import { personalProgramFile } from '../server/src/core/workspace/personal-program-file';
import fc from 'fast-check';
import { anyDocument } from './fuzz-arbitraries';
import { runCli } from './cli-in-process';
import { tempDir } from './temp-dir';

const ROOT = join(__dirname, '..');
const SCHOOL = join(ROOT, 'test', 'fixtures', 'school');

interface Found {
  file: string;
  code: string;
  line: number;
  message: string;
}

async function check(dir: string, args: string[] = []): Promise<{ status: number | null; found: Found[]; stdout: string }> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', NASTAVNIK_WORKERS: '0' };
  delete env.NASTAVNIK_LOCALE;
  const r = await runCli(['check', dir, '--format', 'json', ...args], dir, env);
  assert.ok(r.stdout.trim().startsWith('{'), `no JSON from the CLI (status ${r.status}): ${r.stderr}`);
  const json = JSON.parse(r.stdout) as {
    files: { file: string; diagnostics: { code: string; message: string; range: { start: { line: number } } }[] }[];
  };
  const found = json.files.flatMap((f) =>
    f.diagnostics.map((d) => ({ file: f.file.split(/[\\/]/).pop()!, code: d.code, line: d.range.start.line + 1, message: d.message })),
  );
  return { status: r.status, found, stdout: r.stdout };
}

const FOLDER_CODES = new Set([
  'pair-without-program',
  'duplicate-personal-program',
  'unlisted-pair',
  'personal-period-outside',
  'pair-not-in-staff',
]);
const ours = (found: Found[]) => found.filter((f) => FOLDER_CODES.has(f.code)).map((f) => `${f.file}:${f.line} ${f.code}`);

function school(): string {
  const dir = tempDir('nastavnik-school');
  cpSync(SCHOOL, dir, { recursive: true });
  return dir;
}

describe('nastavnik check <school folder>', () => {
  test('the sample school: the pair without a programme, the programme longer than the roadmap; names in other forms match', async () => {
    const { found, status } = await check(school());
    assert.deepEqual(ours(found), [
      'ппн-соколова-кузнецова.md:9 personal-period-outside',
      'приказ-о-закреплении-пар.md:16 pair-without-program',
    ]);
    const missing = found.find((f) => f.code === 'pair-without-program')!;
    assert.match(missing.message, /^Для пары Лебедева О\.Г\. – Новиков С\.Р\. нет персонализированной программы/);
    assert.equal(status, 0, 'warnings only');
  });

  test('English messages with --locale en', async () => {
    const { found } = await check(school(), ['--locale', 'en']);
    assert.match(
      found.find((f) => f.code === 'pair-without-program')!.message,
      /^The pair Лебедева О\.Г\. – Новиков С\.Р\. has no personalised programme/,
    );
  });

  test('a misspelt programme: unlisted, and its pair has none; a copy: two programmes of one pair', async () => {
    const dir = school();
    const path = join(dir, 'ппн-иванова-петров.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(join(dir, 'ппн-иванова-петров-копия.md'), text.replace('Иванова Анна Андреевна', 'А.А. Иванова'));
    writeFileSync(
      join(dir, 'ппн-морозова-волкова.md'),
      readFileSync(join(dir, 'ппн-морозова-волкова.md'), 'utf8').replace('Е. И. Морозова', 'Е. И. Морозов'),
    );
    assert.deepEqual(ours((await check(dir)).found), [
      'ппн-иванова-петров-копия.md:3 duplicate-personal-program',
      'ппн-иванова-петров.md:3 duplicate-personal-program',
      'ппн-морозова-волкова.md:3 unlisted-pair',
      'ппн-соколова-кузнецова.md:9 personal-period-outside',
      'приказ-о-закреплении-пар.md:15 pair-without-program',
      'приказ-о-закреплении-пар.md:16 pair-without-program',
    ]);
  });

  test('programmes in a «ППН» subfolder belong to the school folder above', async () => {
    const dir = school();
    mkdirSync(join(dir, 'ППН'));
    for (const f of readdirSync(dir).filter((f) => f.startsWith('ппн-'))) renameSync(join(dir, f), join(dir, 'ППН', f));
    assert.deepEqual(ours((await check(dir)).found), [
      'ппн-соколова-кузнецова.md:9 personal-period-outside',
      'приказ-о-закреплении-пар.md:16 pair-without-program',
    ]);
  });

  test('the staff list of .nastavnik.json: a mentor or staff mentee not on it; rules set off there are silent', async () => {
    const dir = school();
    const staff = [
      'Иванова Анна Андреевна',
      'Петров П.П.',
      'Соколова Н.В.',
      'Кузнецова М.С.',
      'Морозова Е.И.',
      'Волкова Д.А.',
      'Лебедева О.Г.',
    ];
    writeFileSync(join(dir, '.nastavnik.json'), JSON.stringify({ staff, rules: { 'personal-period-outside': 'off' } }));
    const { found } = await check(dir);
    assert.deepEqual(ours(found), [
      'приказ-о-закреплении-пар.md:16 pair-without-program',
      'приказ-о-закреплении-пар.md:16 pair-not-in-staff',
    ]);
    assert.match(found.find((f) => f.code === 'pair-not-in-staff')!.message, /^Наставляемый Новиков С\.Р\. не найден в списке сотрудников/);
  });

  test('no pair list: nothing about pairs; no programme: nothing either', async () => {
    const dir = school();
    // Without the order the folder has no pair list.
    rmSync(join(dir, 'приказ-о-закреплении-пар.md'));
    assert.deepEqual(ours((await check(dir)).found), ['ппн-соколова-кузнецова.md:9 personal-period-outside']);
    const bare = school();
    for (const f of readdirSync(bare).filter((f) => f.startsWith('ппн-'))) renameSync(join(bare, f), join(bare, `${f}.txt`));
    assert.deepEqual(ours((await check(bare)).found), []);
  });
});

describe('a folder that is no one school’s', () => {
  test('examples/ (several schools’ documents and a ППН): no folder finding', () => {
    const docs = readdirSync(join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const text = readFileSync(join(ROOT, 'examples', f), 'utf8');
        return { uri: pathToFileURL(join(ROOT, 'examples', f)).href, text, model: analyze(text).model };
      });
    assert.ok(
      docs.some((d) => d.model.meta.kind === 'personal'),
      'the examples hold a ППН',
    );
    assert.deepEqual([...checkFolders(docs, () => ({})).diagnostics.values()].flat(), []);
  });
});

describe('the new programme the quick fix creates', () => {
  function folderDocs(dir: string): FolderDocument[] {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        return { uri: pathToFileURL(join(dir, f)).href, text, model: analyze(text).model };
      });
  }

  test('has the pair’s names, form and period, reads as their ППН, and closes the gap', () => {
    const dir = school();
    const docs = folderDocs(dir);
    const order = docs.find((d) => d.uri.includes(encodeURIComponent('приказ')))!;
    const missing = checkFolder(docs)
      .diagnostics.get(order.uri)!
      .find((d) => d.code === 'pair-without-program')!;
    const data = missing.data as unknown as MissingProgramData;
    const file = personalProgramFile(
      data,
      order.uri,
      docs.map((d) => d.uri),
    );
    assert.equal(decodeURIComponent(file.uri), decodeURIComponent(pathToFileURL(join(dir, 'ппн-лебедева-новиков.md')).href));
    assert.match(file.text, /^Наставник: Лебедева О\.Г\., заместитель директора по УВР$/m);
    assert.match(file.text, /^Наставляемый: Новиков С\.Р\., учитель истории$/m);
    assert.match(file.text, /^Форма наставничества: руководитель – педагог$/m);
    assert.match(file.text, /^Срок реализации: 01\.10\.2025 – 31\.05\.2026$/m);

    const analysis = analyze(file.text);
    const facts = readPairFacts(analysis.model, file.text);
    assert.equal(analysis.model.meta.kind, 'personal');
    assert.deepEqual([facts.mentor && shortName(facts.mentor), facts.mentee && shortName(facts.mentee)], ['Лебедева О.Г.', 'Новиков С.Р.']);
    assert.deepEqual(
      analysis.diagnostics.filter((d) => /^personal-|deadline|period/.test(d.code) || d.severity === 'error').map((d) => d.code),
      [],
    );

    writeFileSync(join(dir, file.name), file.text);
    const again = checkFolders(folderDocs(dir), () => ({}));
    const codes = [...again.diagnostics.values()].flat().map((d) => d.code);
    assert.ok(!codes.includes('pair-without-program'), JSON.stringify(codes));
    assert.ok(!codes.includes('unlisted-pair'));
  });

  test('a taken name is numbered; without a period on the row the plan’s period is used', () => {
    const data: MissingProgramData = { mentor: 'Иванова Анна Андреевна', mentee: 'Петров П.П.' };
    const near = 'file:///школа/%D0%BF%D1%80%D0%B8%D0%BA%D0%B0%D0%B7.md';
    const taken = [`file:///школа/${encodeURIComponent('ппн-иванова-петров.md')}`];
    const file = personalProgramFile(data, near, taken, { start: '2025-09-01', end: '2026-08-31', text: '2025-2026 учебный год' });
    assert.equal(file.name, 'ппн-иванова-петров-2.md');
    assert.match(file.text, /^Срок реализации: 2025-2026 учебный год$/m);
    assert.match(file.text, /^Форма наставничества: педагог – педагог$/m);
    const { diagnostics } = analyze(file.text);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
      [],
    );
  });
});

describe('property: the folder checks never fail on a document', () => {
  test('generated and mutated documents beside the sample school: no exception, no internal error, spans inside each text', () => {
    const sample = readdirSync(SCHOOL).map((f) => {
      const text = readFileSync(join(SCHOOL, f), 'utf8');
      return { uri: `file:///школа/${encodeURIComponent(f)}`, text, model: analyze(text).model };
    });
    fc.assert(
      fc.property(fc.array(anyDocument, { minLength: 1, maxLength: 3 }), (texts) => {
        const docs = [...sample, ...texts.map((text, i) => ({ uri: `file:///школа/${i}.md`, text, model: analyze(text).model }))];
        const result = checkFolders(docs, () => ({ staff: ['Иванова А.А.'] }));
        assert.deepEqual(result.internalErrors, []);
        for (const [uri, list] of result.diagnostics) {
          const text = docs.find((d) => d.uri === uri)!.text;
          for (const d of list) assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length, d.code);
        }
      }),
      { seed: 20261203, numRuns: 60 },
    );
  });

  test('names are read from any text without an exception, inside it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 600 }), fc.stringMatching(/^[А-ЯЁа-яё. ,-]{0,500}$/)), (text) => {
        for (const n of readPersonNames(text)) assert.ok(n.start >= 0 && n.start < n.end && n.end <= text.length);
      }),
      { seed: 20261203, numRuns: 500 },
    );
  });
});
