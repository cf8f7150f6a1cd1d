/**
 * `nastavnik scores FILE [--format text|json]` and the scores inside `check --format json`, run from
 * the built bundle as a user runs it. The numbers are the core's (`computeScores`); here: that they
 * reach the output, and that the text reads well in Russian (aligned, totals, level, what is missing).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { tempDir } from './temp-dir';
import { cliBundle } from './built-bundles';
import { type CliRun, runCli } from './cli-in-process';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { type Fill, seed002With } from './scores-support';

const ROOT = join(__dirname, '..');
function environment(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  // No locale from the environment (NASTAVNIK_LOCALE, the system language): tests expect Russian by default.
  for (const name of ['NASTAVNIK_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  return env;
}

/** The CLI in this process (cli-in-process.ts): what it prints and its status. */
function cli(args: string[], locale?: string): Promise<CliRun> {
  return runCli([...args, ...(locale ? ['--locale', locale] : [])], ROOT, environment());
}

/** The built CLI as a process: for the exit status a shell sees. */
function spawned(args: string[]) {
  return spawnSync(process.execPath, [cliBundle(), ...args], { cwd: ROOT, encoding: 'utf8', env: environment() });
}

const tmp = tempDir('nastavnik-scores-');
function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

const FILLED: Fill[] = [2, 2, 2, 2, 2, 1, 1, 0, 0];

describe('nastavnik scores', () => {
  test('--format json is computeScores of each file', async () => {
    const path = file('filled.md', seed002With(FILLED));
    const r = await cli(['scores', path, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { file: string; kind: string; scores: unknown }[];
    assert.equal(out.length, 1);
    assert.equal(out[0]!.kind, 'program');
    assert.deepEqual(out[0]!.scores, JSON.parse(JSON.stringify(computeScores(analyze(readFileSync(path, 'utf8')).model))));
    const e = (out[0]!.scores as { efficiency: { total: number; max: number; level: { name: string } }[] }).efficiency[0]!;
    assert.deepEqual([e.total, e.max, e.level.name], [12, 18, 'допустимый уровень']);
  });

  test('text: criteria with subtotals, the total with percent and level, the level scale', async () => {
    const r = await cli(['scores', file('filled.md', seed002With(FILLED))]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.ok(
      lines.some((l) => /^ {2}Показатели эффективности \(таблица на строке 259\)$/.test(l)),
      r.stdout,
    );
    assert.ok(
      lines.some((l) => /^ {4}Оценка программы наставничества в организации {2,}10 из 10$/.test(l)),
      r.stdout,
    );
    assert.ok(lines.some((l) => /^ {4}Изменения в личности наставляемого {2,}0 из 4$/.test(l)));
    assert.ok(lines.includes('    Итого: 12 из 18 баллов (67 %) — допустимый уровень'), r.stdout);
    assert.ok(lines.includes('    Уровни (из документа): 15–18 оптимальный уровень; 9–14 допустимый уровень; 0–8 недопустимый уровень'));
    // Indicator lines are aligned: the points start in one column.
    const indicator = lines.filter((l) => /^ {6}\S/.test(l) && /\s[012]$/.test(l));
    assert.equal(indicator.length, 9);
    assert.equal(new Set(indicator.map((l) => l.length)).size, 1, indicator.join('\n'));
  });

  test('text: the empty seed 002 table is partial, «0 из 9», never «недопустимый»', async () => {
    const r = await cli(['scores', 'examples/002-krasnomayskaya-program.md']);
    const total = r.stdout.split('\n').find((l) => l.includes('Итого:'))!;
    assert.equal(total, '    Итого: 0 из 18 баллов (0 %) — сумма неполная: оценено 0 из 9 показателей, уровень не определён');
    assert.doesNotMatch(total, /недопустим/);
  });

  test('text: completeness of 003 is low, with what is missing', async () => {
    const r = await cli(['scores', 'examples/003-severodvinsk-college-roadmap.md']);
    assert.equal(r.status, 0, r.stderr);
    const text = r.stdout;
    assert.match(text, /^ {2}Полнота дорожной карты: 33 %$/m);
    assert.match(text, /^ {4}этапы {11}6 из 6 {6}100 %$/m);
    assert.match(text, /^ {4}сроки {11}0 из 7 {6}0 %$/m);
    assert.match(text, /^ {4}Чего не хватает:$/m);
    assert.match(text, /^ {6}– нет столбца «Сроки» — добавьте его и заполните для каждого мероприятия \(7\)$/m);
    assert.match(text, /^ {6}– нет столбца «Ответственные»/m);
  });

  test('text: targets of seed 004 per year', async () => {
    const r = await cli(['scores', 'examples/004-arkhangelsk-municipal.md']);
    assert.match(r.stdout, /^ {2}Целевые показатели$/m);
    assert.match(r.stdout, /^ {4}6\.1 Увеличение числа программ наставничества$/m);
    assert.match(r.stdout, /^ {6}2023 год {8}не менее 25$/m);
    assert.match(r.stdout, /^ {6}2025 год {8}не менее 45$/m);
    assert.match(r.stdout, /^ {6}на весь период {2}не менее 2$/m);
    assert.doesNotMatch(r.stdout, /запланировано меньше/);
  });

  test('text in English with --locale en', async () => {
    const r = await cli(['scores', file('filled.md', seed002With(FILLED))], 'en');
    assert.match(r.stdout, /^ {4}Total: 12 of 18 points \(67 %\) — acceptable level$/m);
    assert.match(r.stdout, /^ {2}Roadmap completeness: 33 %$/m);
  });

  test('check --format json carries the same scores', async () => {
    const r = await cli(['check', 'examples/001-tomsk-lyceum-roadmap.md', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { files: { scores: { completeness: { document: { percent: number } } } }[] };
    assert.equal(out.files[0]!.scores.completeness.document.percent, 94);
    assert.deepEqual(
      out.files[0]!.scores,
      JSON.parse(JSON.stringify(computeScores(analyze(readFileSync('examples/001-tomsk-lyceum-roadmap.md', 'utf8')).model))),
    );
  });
});

describe('nastavnik scores: honest about what it did not score (issue #17)', () => {
  test("the examples' README is not scored as a document; the others are", async () => {
    const r = await cli(['scores', 'examples/']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^examples\/README\.md: не проверен: не похож на дорожную карту/m);
    assert.doesNotMatch(r.stdout, /^examples\/README\.md\n/m);
    const out = JSON.parse((await cli(['scores', 'examples/', '--format', 'json'])).stdout) as {
      file: string;
      scores: unknown;
      unchecked?: string;
    }[];
    const readme = out.find((f) => f.file.endsWith('README.md'))!;
    assert.equal(readme.scores, null);
    assert.equal(readme.unchecked, 'not-mentorship');
    // 8 plans, examples/ppn-ivanova-petrov.md, and the 5 documents of examples/school-12/ (roadmap, order, 3 ППН).
    assert.equal(out.filter((f) => f.scores !== null).length, 14);
  });

  test('an empty file alone: «не проверен», exit 3, not 0', async () => {
    const path = file('empty.md', '');
    const r = spawned(['scores', path]); // a real process: the exit status a shell sees
    assert.equal(r.status, 3, r.stdout + r.stderr);
    assert.match(r.stdout, /empty\.md: не проверен: файл пустой/);
  });

  test('a file that does not exist: a Russian message and exit 2', async () => {
    const r = await cli(['scores', 'nonexistent.md']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Не найден файл или папка «nonexistent\.md»/);
  });

  test('--format sarif is refused, not silently printed as text', async () => {
    const r = await cli(['scores', 'examples/001-tomsk-lyceum-roadmap.md', '--format', 'sarif']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Неизвестный формат «sarif» для команды scores\. Допустимо: text, json\./);
  });

  test('paths outside the current folder are absolute, never «../../…»', async () => {
    const path = file('abs.md', seed002With(FILLED));
    const r = await cli(['scores', path]);
    assert.equal(r.stdout.split('\n')[0], path);
  });

  test('--help lists its own formats and options', async () => {
    const r = await cli(['scores', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^nastavnik scores /);
    assert.match(r.stdout, /--format text\|json\b/);
    assert.doesNotMatch(r.stdout, /sarif/);
  });
});
