/**
 * `--profile` of the built CLI (issue #15, item 5): the Russian names (педагоги, обучающиеся,
 * муниципальный), the English ids and the workspace's `.nastavnik.json` profile ids, in any case;
 * `--help` lists them; an unknown value is refused with a Russian (or, with --locale en, English)
 * message on stderr, nothing on stdout and exit code 2 — in check, scores, model and report.
 */
import { describe, test } from 'node:test';
import { tempDir } from './temp-dir';
import { cliBundle } from './built-bundles';
import { type CliRun, runCli } from './cli-in-process';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveProfileName } from '../server/src/core/domain/profile-names';
import { BUILTIN_PROFILES } from '../server/src/core/domain/profiles';

const ROOT = join(__dirname, '..');
const DOC = 'examples/003-severodvinsk-college-roadmap.md';

function environment(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  // No locale from the environment (NASTAVNIK_LOCALE, the system language): tests expect Russian by default.
  for (const name of ['NASTAVNIK_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  return env;
}

/** The CLI in this process (cli-in-process.ts): what it prints and its status. */
function run(args: string[], cwd = ROOT): Promise<CliRun> {
  return runCli(args, cwd, environment());
}

/** The built CLI as a process: for the exit status a shell sees. */
function spawned(args: string[], cwd = ROOT): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cliBundle(), ...args], { cwd, encoding: 'utf8', env: environment() });
}

async function profileOf(args: string[], cwd = ROOT): Promise<string> {
  const r = await run([...args, '--format', 'json'], cwd);
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
  test('Russian names and English ids, any case, force the profile', async () => {
    assert.equal(await profileOf(['check', DOC]), 'teachers');
    for (const [value, id] of [
      ['обучающиеся', 'pupils'],
      ['Обучающиеся', 'pupils'],
      ['PUPILS', 'pupils'],
      ['муниципальный', 'municipal'],
      ['МУНИЦИПАЛЬНЫЙ', 'municipal'],
      ['педагоги', 'teachers'],
      ['Teachers', 'teachers'],
    ]) {
      assert.equal(await profileOf(['check', DOC, '--profile', value!]), id, value);
    }
    assert.equal(await profileOf(['check', DOC, '-p', 'Обучающиеся']), 'pupils');
  });

  test('model and scores take the same names', async () => {
    const m = await run(['model', DOC, '--profile', 'Обучающиеся']);
    assert.equal(m.status, 0);
    assert.equal((JSON.parse(m.stdout) as { meta: { profile: string } }).meta.profile, 'pupils');
    const s = await run(['scores', DOC, '--profile', 'обучающиеся', '--format', 'json']);
    assert.equal(s.status, 0, s.stderr);
  });

  test('a profile of the workspace’s .nastavnik.json, from the working folder or from the file’s', async () => {
    const { dir, doc } = workspace();
    assert.equal(await profileOf(['check', 'roadmap.md', '--profile', 'Speech'], dir), 'speech');
    assert.equal(await profileOf(['check', doc, '--profile', 'speech']), 'speech');
    // Not known where no config defines it.
    const r = await run(['check', DOC, '--profile', 'speech']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
  });

  test('an unknown profile: a Russian message naming the choices, nothing on stdout, exit 2', async () => {
    for (const args of [
      ['check', DOC],
      ['scores', DOC],
      ['model', DOC],
      ['check', DOC, '--format', 'json'],
    ]) {
      // The first through a real process: the exit status a shell sees.
      const r =
        args.length === 2 && args[0] === 'check'
          ? spawned([...args, '--profile', 'воспитатели'])
          : await run([...args, '--profile', 'воспитатели']);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(
        r.stderr,
        /^Неизвестный профиль «воспитатели»\. Допустимо: педагоги \(teachers\), обучающиеся \(pupils\), муниципальный \(municipal\)/,
      );
    }
  });

  test('an unknown profile in English with --locale en, and with the workspace’s ids listed', async () => {
    const r = await run(['check', DOC, '--profile', 'kindergarten', '--locale', 'en']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      /^Unknown profile «kindergarten»\. Use one of: teachers \(педагоги\), pupils \(обучающиеся\), municipal \(муниципальный\)/,
    );
    const { dir } = workspace();
    const w = await run(['check', 'roadmap.md', '--profile', 'kindergarten'], dir);
    assert.equal(w.status, 2);
    assert.match(w.stderr, /speech/);
  });

  test('report refuses an unknown profile too, and writes no file', async () => {
    const { dir } = workspace();
    const out = join(dir, 'report.html');
    const r = await run(['report', dir, '--profile', 'nobody', '--out', out]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Неизвестный профиль «nobody»/);
    assert.equal(existsSync(out), false);
    const ok = await run(['report', dir, '--profile', 'Speech', '--out', out]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.ok(existsSync(out));
  });

  test('--help lists the profiles, with the working folder’s own', async () => {
    const help = await run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--profile P .*педагоги \(teachers\), обучающиеся \(pupils\), муниципальный \(municipal\)/);
    assert.match(help.stdout, /\.nastavnik\.json/);
    const { dir } = workspace();
    assert.match((await run(['--help'], dir)).stdout, /здесь: speech/);
    assert.match((await run(['report', '--help'])).stdout, /педагоги \(teachers\)/);
  });
});
