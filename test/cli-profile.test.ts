/**
 * `--profile` of the built CLI (issue #15, item 5): the Russian names (педагоги, обучающиеся,
 * муниципальный), the English ids and the workspace's `.nastavnik.json` profile ids, in any case;
 * `--help` lists them; an unknown value is refused with a Russian (or, with --locale en, English)
 * message on stderr, nothing on stdout and exit code 2 — in check, scores, model and report.
 */
import { before, describe, test } from 'node:test';
import { tempDir } from './temp-dir';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveProfileName } from '../server/src/core/domain/profile-names';
import { BUILTIN_PROFILES } from '../server/src/core/domain/profiles';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const DOC = 'examples/003-severodvinsk-college-roadmap.md';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

before(() => {
  // As in cli.test.ts: build when the bundle is missing or older than the sources.
  const stale =
    !existsSync(CLI) ||
    statSync(CLI).mtimeMs < Math.max(newest(join(ROOT, 'server', 'src')), statSync(join(ROOT, 'schemas', 'nastavnik.schema.json')).mtimeMs);
  if (stale) {
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }
});

function run(args: string[], cwd = ROOT): SpawnSyncReturns<string> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  delete env.NASTAVNIK_LOCALE;
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
}

function profileOf(args: string[], cwd = ROOT): string {
  const r = run([...args, '--format', 'json'], cwd);
  assert.equal(r.stderr, '');
  return (JSON.parse(r.stdout) as { files: { profile: string }[] }).files[0]!.profile;
}

/** A workspace with a `.nastavnik.json` that defines the profile `speech`, and a copy of the seed in it. */
function workspace(): { dir: string; doc: string } {
  const dir = tempDir('nastavnik-cli-profile-');
  writeFileSync(
    join(dir, '.nastavnik.json'),
    JSON.stringify({
      profiles: [{ id: 'speech', title: 'Логопедическое сопровождение', stages: [{ id: 'diagnostics', title: 'Диагностика речи' }] }],
    }),
  );
  const doc = join(dir, 'roadmap.md');
  copyFileSync(join(ROOT, DOC), doc);
  return { dir, doc };
}

describe('resolveProfileName (the core of --profile)', () => {
  const profiles = [...BUILTIN_PROFILES, { id: 'speech', title: 'Логопедическое сопровождение', titleEn: 'Speech therapy' }];
  test('ids, Russian names and titles, in any case', () => {
    const cases: [string, string][] = [
      ['teachers', 'teachers'],
      ['PUPILS', 'pupils'],
      ['Municipal', 'municipal'],
      ['педагоги', 'teachers'],
      ['Педагоги', 'teachers'],
      ['учителя', 'teachers'],
      ['обучающиеся', 'pupils'],
      ['ОБУЧАЮЩИЕСЯ', 'pupils'],
      ['муниципальный', 'municipal'],
      ['speech', 'speech'],
      ['Speech', 'speech'],
      ['логопедическое сопровождение', 'speech'],
    ];
    for (const [value, id] of cases) assert.equal(resolveProfileName(value, profiles), id, value);
  });
  test('anything else is no profile', () => {
    for (const value of ['', '  ', 'foo', 'учителя_x', 'kindergarten', '--format'])
      assert.equal(resolveProfileName(value, profiles), undefined, value);
  });
});

describe('--profile in the CLI', () => {
  test('Russian names and English ids, any case, force the profile', () => {
    assert.equal(profileOf(['check', DOC]), 'teachers');
    for (const [value, id] of [
      ['обучающиеся', 'pupils'],
      ['Обучающиеся', 'pupils'],
      ['PUPILS', 'pupils'],
      ['муниципальный', 'municipal'],
      ['МУНИЦИПАЛЬНЫЙ', 'municipal'],
      ['педагоги', 'teachers'],
      ['Teachers', 'teachers'],
    ]) {
      assert.equal(profileOf(['check', DOC, '--profile', value!]), id, value);
    }
    assert.equal(profileOf(['check', DOC, '-p', 'Обучающиеся']), 'pupils');
  });

  test('model and scores take the same names', () => {
    const m = run(['model', DOC, '--profile', 'Обучающиеся']);
    assert.equal(m.status, 0);
    assert.equal((JSON.parse(m.stdout) as { meta: { profile: string } }).meta.profile, 'pupils');
    const s = run(['scores', DOC, '--profile', 'обучающиеся', '--format', 'json']);
    assert.equal(s.status, 0, s.stderr);
  });

  test('a profile of the workspace’s .nastavnik.json, from the working folder or from the file’s', () => {
    const { dir, doc } = workspace();
    assert.equal(profileOf(['check', 'roadmap.md', '--profile', 'Speech'], dir), 'speech');
    assert.equal(profileOf(['check', doc, '--profile', 'speech']), 'speech');
    // Not known where no config defines it.
    const r = run(['check', DOC, '--profile', 'speech']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
  });

  test('an unknown profile: a Russian message naming the choices, nothing on stdout, exit 2', () => {
    for (const args of [
      ['check', DOC],
      ['scores', DOC],
      ['model', DOC],
      ['check', DOC, '--format', 'json'],
    ]) {
      const r = run([...args, '--profile', 'воспитатели']);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(
        r.stderr,
        /^Неизвестный профиль «воспитатели»\. Допустимо: педагоги \(teachers\), обучающиеся \(pupils\), муниципальный \(municipal\)/,
      );
    }
  });

  test('an unknown profile in English with --locale en, and with the workspace’s ids listed', () => {
    const r = run(['check', DOC, '--profile', 'kindergarten', '--locale', 'en']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      /^Unknown profile «kindergarten»\. Use one of: teachers \(педагоги\), pupils \(обучающиеся\), municipal \(муниципальный\)/,
    );
    const { dir } = workspace();
    const w = run(['check', 'roadmap.md', '--profile', 'kindergarten'], dir);
    assert.equal(w.status, 2);
    assert.match(w.stderr, /speech/);
  });

  test('report refuses an unknown profile too, and writes no file', () => {
    const { dir } = workspace();
    const out = join(dir, 'report.html');
    const r = run(['report', dir, '--profile', 'nobody', '--out', out]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Неизвестный профиль «nobody»/);
    assert.equal(existsSync(out), false);
    const ok = run(['report', dir, '--profile', 'Speech', '--out', out]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.ok(existsSync(out));
  });

  test('--help lists the profiles, with the working folder’s own', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--profile P .*педагоги \(teachers\), обучающиеся \(pupils\), муниципальный \(municipal\)/);
    assert.match(help.stdout, /\.nastavnik\.json/);
    const { dir } = workspace();
    assert.match(run(['--help'], dir).stdout, /здесь: speech/);
    assert.match(run(['report', '--help']).stdout, /педагоги \(teachers\)/);
  });
});
