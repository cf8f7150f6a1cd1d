/**
 * `nastavnik scores FILE [--format text|json]` and the scores inside `check --format json`, run from
 * the built bundle as a user runs it. The numbers are the core's (`computeScores`); here: that they
 * reach the output, and that the text reads well in Russian (aligned, totals, level, what is missing).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { tempDir } from './temp-dir';
import { analyze } from '../server/src/core/analyze';
import { computeScores } from '../server/src/core/scores';
import { type Fill, seed002With } from './scores-support';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

before(() => {
  // `npm test` builds first; run alone, the test builds when the bundle is missing or stale.
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < newest(join(ROOT, 'server', 'src'))) {
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }
});

function cli(args: string[], locale?: string) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  delete env.NASTAVNIK_LOCALE;
  const r = spawnSync(process.execPath, [CLI, ...args, ...(locale ? ['--locale', locale] : [])], { cwd: ROOT, encoding: 'utf8', env });
  return r;
}

const tmp = tempDir('nastavnik-scores-');
function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

const FILLED: Fill[] = [2, 2, 2, 2, 2, 1, 1, 0, 0];

describe('nastavnik scores', () => {
  test('--format json is computeScores of each file', () => {
    const path = file('filled.md', seed002With(FILLED));
    const r = cli(['scores', path, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { file: string; kind: string; scores: unknown }[];
    assert.equal(out.length, 1);
    assert.equal(out[0]!.kind, 'program');
    assert.deepEqual(out[0]!.scores, JSON.parse(JSON.stringify(computeScores(analyze(readFileSync(path, 'utf8')).model))));
    const e = (out[0]!.scores as { efficiency: { total: number; max: number; level: { name: string } }[] }).efficiency[0]!;
    assert.deepEqual([e.total, e.max, e.level.name], [12, 18, 'допустимый уровень']);
  });

  test('text: criteria with subtotals, the total with percent and level, the level scale', () => {
    const r = cli(['scores', file('filled.md', seed002With(FILLED))]);
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

  test('text: the empty seed 002 table is partial, «0 из 9», never «недопустимый»', () => {
    const r = cli(['scores', 'examples/002-krasnomayskaya-program.md']);
    const total = r.stdout.split('\n').find((l) => l.includes('Итого:'))!;
    assert.equal(total, '    Итого: 0 из 18 баллов (0 %) — сумма неполная: оценено 0 из 9 показателей, уровень не определён');
    assert.doesNotMatch(total, /недопустим/);
  });

  test('text: completeness of 003 is low, with what is missing', () => {
    const r = cli(['scores', 'examples/003-severodvinsk-college-roadmap.md']);
    assert.equal(r.status, 0, r.stderr);
    const text = r.stdout;
    assert.match(text, /^ {2}Полнота дорожной карты: 33 %$/m);
    assert.match(text, /^ {4}этапы {11}6 из 6 {6}100 %$/m);
    assert.match(text, /^ {4}сроки {11}0 из 7 {6}0 %$/m);
    assert.match(text, /^ {4}Чего не хватает:$/m);
    assert.match(text, /^ {6}– нет столбца «Сроки» — добавьте его и заполните для каждого мероприятия \(7\)$/m);
    assert.match(text, /^ {6}– нет столбца «Ответственные»/m);
  });

  test('text: targets of seed 004 per year', () => {
    const r = cli(['scores', 'examples/004-arkhangelsk-municipal.md']);
    assert.match(r.stdout, /^ {2}Целевые показатели$/m);
    assert.match(r.stdout, /^ {4}6\.1 Увеличение числа программ наставничества$/m);
    assert.match(r.stdout, /^ {6}2023 год {8}не менее 25$/m);
    assert.match(r.stdout, /^ {6}2025 год {8}не менее 45$/m);
    assert.match(r.stdout, /^ {6}на весь период {2}не менее 2$/m);
    assert.doesNotMatch(r.stdout, /запланировано меньше/);
  });

  test('text in English with --locale en', () => {
    const r = cli(['scores', file('filled.md', seed002With(FILLED))], 'en');
    assert.match(r.stdout, /^ {4}Total: 12 of 18 points \(67 %\) — acceptable level$/m);
    assert.match(r.stdout, /^ {2}Roadmap completeness: 33 %$/m);
  });

  test('check --format json carries the same scores', () => {
    const r = cli(['check', 'examples/001-tomsk-lyceum-roadmap.md', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { files: { scores: { completeness: { document: { percent: number } } } }[] };
    assert.equal(out.files[0]!.scores.completeness.document.percent, 94);
    assert.deepEqual(
      out.files[0]!.scores,
      JSON.parse(JSON.stringify(computeScores(analyze(readFileSync('examples/001-tomsk-lyceum-roadmap.md', 'utf8')).model))),
    );
  });
});

describe('nastavnik scores: honest about what it did not score (issue #17)', () => {
  test("the examples' README is not scored as a document; the others are", () => {
    const r = cli(['scores', 'examples/']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^examples\/README\.md: не проверен: не похож на дорожную карту/m);
    assert.doesNotMatch(r.stdout, /^examples\/README\.md\n/m);
    const out = JSON.parse(cli(['scores', 'examples/', '--format', 'json']).stdout) as {
      file: string;
      scores: unknown;
      unchecked?: string;
    }[];
    const readme = out.find((f) => f.file.endsWith('README.md'))!;
    assert.equal(readme.scores, null);
    assert.equal(readme.unchecked, 'not-mentorship');
    assert.equal(out.filter((f) => f.scores !== null).length, 8);
  });

  test('an empty file alone: «не проверен», exit 3, not 0', () => {
    const path = file('empty.md', '');
    const r = cli(['scores', path]);
    assert.equal(r.status, 3, r.stdout + r.stderr);
    assert.match(r.stdout, /empty\.md: не проверен: файл пустой/);
  });

  test('a file that does not exist: a Russian message and exit 2', () => {
    const r = cli(['scores', 'nonexistent.md']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Не найден файл или папка «nonexistent\.md»/);
  });

  test('--format sarif is refused, not silently printed as text', () => {
    const r = cli(['scores', 'examples/001-tomsk-lyceum-roadmap.md', '--format', 'sarif']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Неизвестный формат «sarif» для команды scores\. Допустимо: text, json\./);
  });

  test('paths outside the current folder are absolute, never «../../…»', () => {
    const path = file('abs.md', seed002With(FILLED));
    const r = cli(['scores', path]);
    assert.equal(r.stdout.split('\n')[0], path);
  });

  test('--help lists its own formats and options', () => {
    const r = cli(['scores', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^nastavnik scores /);
    assert.match(r.stdout, /--format text\|json\b/);
    assert.doesNotMatch(r.stdout, /sarif/);
  });
});
