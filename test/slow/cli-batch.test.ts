/**
 * `check` and `scores` over many files analyse them in worker threads (server/src/cli/batch.ts).
 * The output must not depend on it: a 40-file folder (the examples, generated school roadmaps, a
 * sub-folder with its own `.nastavnik.json`, an ignored file) gives byte-identical text, JSON,
 * SARIF and scores, and the same exit status, with workers and with `NASTAVNIK_WORKERS=0`.
 * No timing is asserted here; speed is measured by `npm run bench`.
 */
import { before, describe, test } from 'node:test';
import { tempDir } from '../temp-dir';
import { cliBundle } from '../built-bundles';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, BATCH_FROM, BatchAnalyzer, workerCount, type FileJob } from '../../server/src/cli/batch';
import { generateSchoolRoadmap } from '../../bench/generate';

const ROOT = join(__dirname, '..', '..');
const CLI = cliBundle();

let folder = '';

before(() => {
  folder = tempDir('nastavnik-batch-');
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  for (const f of examples) copyFileSync(join(ROOT, 'examples', f), join(folder, f));
  mkdirSync(join(folder, 'district'));
  // A sub-folder's own settings must reach the workers: a rule switched off, another made an error.
  writeFileSync(
    join(folder, 'district', '.nastavnik.json'),
    JSON.stringify({ rules: { 'unknown-stage': 'off', 'missing-responsible': 'warning' } }),
  );
  let n = examples.length;
  for (let i = 0; n < 40; i++, n++) {
    writeFileSync(
      join(folder, i % 3 === 0 ? 'district' : '.', `school-${String(i + 1).padStart(3, '0')}.md`),
      generateSchoolRoadmap(i, 12),
    );
  }
  writeFileSync(join(folder, 'ignored.md'), generateSchoolRoadmap(99, 12));
  // Found but not checkable, named to come late (past BATCH_FROM): the empty and binary ones are told
  // apart on the main thread, the non-document only after a worker has analysed it.
  writeFileSync(join(folder, 'zz-empty.md'), '');
  writeFileSync(join(folder, 'zz-binary.md'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
  writeFileSync(join(folder, 'zz-notes.md'), '# Заметки\n\nСписок покупок.\n');
  writeFileSync(join(folder, '.nastavnikignore'), 'ignored.md\n');
});

type Run = { status: number | null; stdout: string; stderr: string };
const runs = new Map<string, Run>();

/**
 * The CLI over the folder. The folder never changes after `before`, so a command run once is not run
 * again: several tests look at the same run (each spawn loads the 4.5 MB bundle, and its workers too).
 */
function run(args: string[], workers: string): Run {
  const key = `${workers} ${JSON.stringify(args)}`;
  const known = runs.get(key);
  if (known) return known;
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, NASTAVNIK_WORKERS: workers, NO_COLOR: '1' },
  });
  const result = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  runs.set(key, result);
  return result;
}

describe('nastavnik check over many files: worker threads', () => {
  for (const args of [
    ['check', '.'],
    ['check', '--format', 'json', '.'],
    ['check', '--format', 'sarif', '.'],
    ['scores', '.'],
    ['scores', '--format', 'json', '.'],
    ['check', '--locale', 'en', '.'],
  ]) {
    test(`${args.join(' ')}: the same output with workers and without`, () => {
      const single = run(args, '0');
      const parallel = run(args, '2');
      assert.equal(parallel.stdout, single.stdout);
      assert.equal(parallel.stderr, single.stderr);
      assert.equal(parallel.status, single.status);
      assert.ok(single.stdout.length > 1000, 'the run reported something');
    });
  }

  test('the JSON lists all 40 files (the ignored one left out), settings of the sub-folder applied', () => {
    const json = JSON.parse(run(['check', '--format', 'json', '.'], '2').stdout) as {
      files: { file: string; diagnostics: { code: string; severity: string }[] }[];
    };
    assert.equal(json.files.length, 40);
    assert.ok(!json.files.some((f) => f.file.endsWith('ignored.md')));
    const district = json.files.filter((f) => f.file.startsWith('district/'));
    assert.ok(district.length >= 10);
    assert.ok(
      district.every((f) => !f.diagnostics.some((d) => d.code === 'unknown-stage')),
      'unknown-stage is off in district/',
    );
    assert.ok(
      district.some((f) => f.diagnostics.some((d) => d.code === 'missing-responsible' && d.severity === 'warning')),
      'missing-responsible is a warning in district/',
    );
    const outside = json.files.filter((f) => f.file.startsWith('school-'));
    assert.ok(
      outside.some((f) => f.diagnostics.some((d) => d.code === 'missing-responsible' && d.severity === 'error')),
      'missing-responsible stays an error elsewhere',
    );
  });
});

describe('unchecked files in a batch run (issue #17)', () => {
  test('empty, binary and non-documents are listed as unchecked, with workers as without', () => {
    for (const workers of ['0', '2']) {
      const json = JSON.parse(run(['check', '--format', 'json', '.'], workers).stdout) as {
        files: { file: string }[];
        unchecked: { file: string; reason: string }[];
      };
      assert.deepEqual(json.unchecked.map((u) => `${u.file} ${u.reason}`).sort(), [
        'zz-binary.md binary',
        'zz-empty.md empty',
        'zz-notes.md not-mentorship',
      ]);
      assert.ok(!json.files.some((f) => f.file.startsWith('zz-')));
      const text = run(['check', '.'], workers).stdout;
      assert.match(text, /^zz-empty\.md: не проверен: файл пустой/m);
      assert.match(text, /^zz-notes\.md: не проверен: не похож/m);
    }
  });
});

describe('BatchAnalyzer', () => {
  test('files after the first BATCH_FROM go to the workers and come back equal to an analysis on the main thread', async () => {
    const texts = Array.from({ length: BATCH_FROM + 12 }, (_, i) => generateSchoolRoadmap(i, 8));
    const jobs: FileJob[] = texts.map((text) => ({ text, config: { rules: { 'unknown-stage': 'off' } } }));
    const batch = new BatchAnalyzer(CLI, 2);
    try {
      const pending = jobs.map((job) => batch.analyze(job));
      assert.equal(pending.filter((p) => p instanceof Promise).length, 12);
      const results = await Promise.all(pending);
      assert.equal(batch.fromWorkers, 12, 'the workers answered (no fallback to the main thread)');
      for (const [i, r] of results.entries()) assert.deepEqual(r, analyzeFile(jobs[i]!));
      assert.ok(results.some((r) => r.analysis.diagnostics.length > 0));
    } finally {
      batch.close();
    }
  });

  test('a worker that cannot start: every file is still analysed, on the main thread', async () => {
    const jobs: FileJob[] = Array.from({ length: BATCH_FROM + 3 }, (_, i) => ({ text: generateSchoolRoadmap(i, 5), config: {} }));
    const batch = new BatchAnalyzer(join(ROOT, 'no-such-worker.js'), 2);
    try {
      const results = await Promise.all(jobs.map((job) => batch.analyze(job)));
      assert.equal(batch.fromWorkers, 0);
      for (const [i, r] of results.entries()) assert.deepEqual(r, analyzeFile(jobs[i]!));
    } finally {
      batch.close();
    }
  });

  test('NASTAVNIK_WORKERS sets the number of workers; 0 and junk turn them off', () => {
    assert.equal(workerCount({ NASTAVNIK_WORKERS: '0' }), 0);
    assert.equal(workerCount({ NASTAVNIK_WORKERS: 'много' }), 0);
    assert.equal(workerCount({ NASTAVNIK_WORKERS: '3' }), 3);
    assert.ok(workerCount({}) <= 4);
  });
});
