/**
 * `nastavnik check` over a big folder keeps its memory flat (issue 19): what it keeps of a file once it
 * is analysed is a small serialised report (server/src/cli/file-report.ts), never the model or the
 * text; the folder checks read a slim input and find what they find over the whole documents; the
 * report is written a piece at a time and is byte for byte what the whole-list functions give; worker
 * threads change nothing. The memory itself is measured by `npm run bench -- --only=batch-memory`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { allProfiles, analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { checkFolders } from '../server/src/core/workspace/folder-checks';
import { checkFile } from '../server/src/cli/check-file';
import { type KeptReport, openFolderInput, openReport } from '../server/src/cli/file-report';
import { folderFindings } from '../server/src/cli/folder-checks';
import { ARRAY, jsonWithArray } from '../server/src/cli/json-pieces';
import { type CheckedFile, toJson, toSarif } from '../server/src/cli/output';
import { textReport } from '../server/src/cli/text-report';
import { generateSchoolRoadmap } from '../bench/generate';
import { cliBundle } from './built-bundles';
import { runCli } from './cli-in-process';
import { tempDir } from './temp-dir';

const ROOT = join(__dirname, '..');
const SCHOOL = join(ROOT, 'test', 'fixtures', 'school');

function kept(file: string, path = file): KeptReport {
  const outcome = checkFile({ file, path, config: {}, scores: true });
  assert.ok('report' in outcome, `${path} was analysed`);
  return outcome.report;
}

/** Every string anywhere in a value, and every key. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

describe('what check keeps of an analysed file', () => {
  test('a roadmap: a serialised report and its kind, period and organisation — no model, no text', () => {
    const dir = tempDir('nastavnik-kept');
    const text = generateSchoolRoadmap(7, 50);
    writeFileSync(join(dir, 'school.md'), text);
    const report = kept(join(dir, 'school.md'), 'school.md');
    assert.deepEqual(Object.keys(report).sort(), ['counts', 'folder', 'path', 'printed']);
    assert.ok(report.printed instanceof Uint8Array && report.folder instanceof Uint8Array);
    // What stays on the heap and off it together is a fraction of the text (the analysis is tens of times the text).
    const size = report.printed.byteLength + report.folder.byteLength;
    assert.ok(size * 5 < Buffer.byteLength(text), `kept ${size} bytes of a ${Buffer.byteLength(text)}-byte text`);

    const folder = openFolderInput(report);
    assert.equal(folder.text, '', 'no text: findings never land on a roadmap without pairs');
    assert.deepEqual(folder.model.tables, []);
    assert.deepEqual(folder.model.sections, []);
    assert.deepEqual(Object.keys(folder.model.meta).sort(), [
      'kind',
      'kindSource',
      'organization',
      'period',
      'periodSource',
      'profileSource',
      'title',
    ]);

    const printed = openReport(report);
    assert.deepEqual(Object.keys(printed).sort(), ['diagnostics', 'meta', 'path', 'scores', 'tableLines']);
    // No cell, row or line of the document is in it: only short strings (names, messages, dates).
    const longest = Math.max(...strings(printed).map((s) => s.length));
    assert.ok(longest < 1000, `the longest string kept is ${longest} characters`);
    const analysis = analyze(text);
    assert.equal(printed.diagnostics.length, analysis.diagnostics.length);
    assert.deepEqual(printed.scores, JSON.parse(JSON.stringify(computeScores(analysis.model, allProfiles({})))));
  });

  test('a ППН and an order listing pairs keep their text: the folder checks report on them', () => {
    const order = kept(join(SCHOOL, 'приказ-о-закреплении-пар.md'));
    const ppn = kept(join(SCHOOL, 'ппн-иванова-петров.md'));
    const orderInput = openFolderInput(order);
    assert.ok(orderInput.text.length > 0);
    assert.ok(orderInput.model.tables.length > 0, 'the list of pairs is kept');
    assert.ok(openFolderInput(ppn).text.length > 0);
  });
});

describe('the folder checks over what check kept', () => {
  for (const folder of [SCHOOL, join(ROOT, 'examples', 'school-12')]) {
    test(`${folder.slice(ROOT.length + 1)}: the same findings as over the whole documents, on files whose text was kept`, () => {
      const files = readdirSync(folder)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(folder, f));
      const whole = checkFolders(
        files.map((f) => {
          const text = readFileSync(f, 'utf8');
          return { uri: pathToFileURL(resolve(f)).href, model: analyze(text).model, text };
        }),
        () => ({}),
      );
      const reports = files.map((f) => kept(f));
      const found = folderFindings(reports, () => ({}));
      assert.ok(whole.diagnostics.size > 0, 'the folder has findings to compare');
      assert.deepEqual(
        [...found].map(([path, list]) => [path, list.map((d) => `${d.code} ${d.start} ${d.severity}`)]),
        [...whole.diagnostics].map(([uri, list]) => [
          files.find((f) => pathToFileURL(resolve(f)).href === uri),
          list.map((d) => `${d.code} ${d.span.start} ${d.severity}`),
        ]),
      );
      for (const path of found.keys()) {
        const report = reports.find((r) => r.path === path)!;
        assert.ok(openFolderInput(report).text.length > 0, `${path}: findings land where the text was kept`);
      }
    });
  }
});

describe('the report written in pieces', () => {
  test('jsonWithArray gives the bytes of JSON.stringify(…, null, 2), at any depth, empty or not', () => {
    const items = [
      { a: 1, b: ['x', { c: 'строка "в кавычках"\nс переносом' }], d: [] },
      'a string',
      null,
      [1, [2, []]],
      { tricky: `${ARRAY}"` },
    ];
    const cases: [unknown, (xs: unknown[]) => unknown][] = [
      [ARRAY, (xs) => xs],
      [{ head: 1, files: ARRAY, tail: { x: [1] } }, (xs) => ({ head: 1, files: xs, tail: { x: [1] } })],
      [{ runs: [{ tool: {}, results: ARRAY }] }, (xs) => ({ runs: [{ tool: {}, results: xs }] })],
    ];
    for (const [doc, whole] of cases) {
      for (const xs of [items, [], [{}]]) {
        assert.equal([...jsonWithArray(doc, xs)].join(''), JSON.stringify(whole(xs), null, 2));
      }
    }
  });

  test('check --format json, sarif and text print what the whole-list functions print for the same analyses', async () => {
    const dir = tempDir('nastavnik-pieces');
    for (const f of ['000-spb-school34-roadmap.md', '001-tomsk-lyceum-roadmap.md', '004-arkhangelsk-municipal.md']) {
      copyFileSync(join(ROOT, 'examples', f), join(dir, f));
    }
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `school-${i}.md`), generateSchoolRoadmap(i, 12));
    const names = readdirSync(dir).sort();
    const analysed: CheckedFile[] = names.map((path) => {
      const text = readFileSync(join(dir, path), 'utf8');
      const analysis = analyze(text);
      return { path, text, analysis, scores: computeScores(analysis.model, allProfiles({})) };
    });
    assert.ok(analysed.every((f) => f.analysis.model.looksRelevant));
    const env = { NO_COLOR: '1', NASTAVNIK_WORKERS: '0', NASTAVNIK_LOCALE: 'ru' };
    const json = await runCli(['check', '--format', 'json', '.'], dir, env);
    assert.equal(json.stdout, `${toJson(analysed, 'ru')}\n`);
    const sarif = await runCli(['check', '--format', 'sarif', '.'], dir, env);
    assert.equal(sarif.stdout, `${toSarif(analysed, 'ru')}\n`);
    const text = await runCli(['check', '.'], dir, env);
    const entries = analysed.map((checked) => ({ checked: openReport(kept(join(dir, checked.path), checked.path)) }));
    assert.equal(text.stdout, `${textReport(entries, { locale: 'ru', color: false, verbose: false })}\n`);
    assert.ok(json.stdout.includes('"diagnostics": [\n        {'), 'some file has diagnostics');
  });
});

describe('worker threads', () => {
  test('a generated folder with a school in it: the same output with workers and without', () => {
    const dir = tempDir('nastavnik-batch-workers');
    mkdirSync(join(dir, 'all'));
    for (let i = 0; i < 36; i++) writeFileSync(join(dir, 'all', `school-${String(i).padStart(3, '0')}.md`), generateSchoolRoadmap(i, 10));
    // The school comes last in the finder's order: its ППН and order are analysed by the workers (past BATCH_FROM).
    cpSync(SCHOOL, join(dir, 'all', 'zz-school'), { recursive: true });
    writeFileSync(join(dir, 'all', 'zz-empty.md'), '');
    const cli = cliBundle();
    for (const args of [
      ['check', '--format', 'json', 'all'],
      ['check', 'all'],
      ['scores', '--format', 'json', 'all'],
    ]) {
      const run = (workers: string) =>
        spawnSync(process.execPath, [cli, ...args], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NASTAVNIK_WORKERS: workers, NO_COLOR: '1' },
        });
      const single = run('0');
      const parallel = run('2');
      assert.equal(parallel.stdout, single.stdout, args.join(' '));
      assert.equal(parallel.stderr, single.stderr);
      assert.equal(parallel.status, single.status);
    }
    const json = JSON.parse(
      spawnSync(process.execPath, [cli, 'check', '--format', 'json', 'all'], { cwd: dir, encoding: 'utf8' }).stdout,
    ) as {
      files: { file: string; diagnostics: { code: string }[] }[];
    };
    assert.equal(json.files.length, 36 + readdirSync(SCHOOL).filter((f) => f.endsWith('.md')).length);
    assert.ok(
      json.files.some((f) => f.diagnostics.some((d) => d.code === 'pair-without-program')),
      'the folder checks ran on what the workers kept',
    );
  });
});
