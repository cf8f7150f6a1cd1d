/**
 * The one Node-side environment (server/src/environment/): the language of messages chosen in one order
 * by the CLI, the server and the client; `.nastavnik.json` found one way; today in the local time zone.
 * The CLI's `main` and the server run in process (cli-in-process.ts, the LSP protocol): what is tested is
 * which language they choose, not the process around them (cli.test.ts runs the bundle).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { CONFIG_NAME, ConfigLookup } from '../server/src/environment/config-lookup';
import { chooseLocale, type LocaleSources, localeOf } from '../server/src/environment/locale';
import { localToday, parseToday } from '../server/src/environment/today';
import { nodeEnvironment } from '../server/src/lsp/create-server';
import { type CliRun, runCli } from './cli-in-process';
import { ROOT, TestClient } from './lsp-client';
import { tempDir } from './temp-dir';

const EXAMPLE = join(ROOT, 'examples', '003-severodvinsk-college-roadmap.md');

/** No locale variables at all: each case names the ones it means. */
const NO_ENV = {};

describe('chooseLocale: one order for every program', () => {
  const cases: [string, LocaleSources, 'ru' | 'en'][] = [
    ['nothing said: Russian', { env: NO_ENV }, 'ru'],
    [
      'the flag beats everything',
      { flag: 'ru', setting: 'en', config: 'en', editor: 'en', env: { NASTAVNIK_LOCALE: 'en', LANG: 'en_US' } },
      'ru',
    ],
    ['the setting beats NASTAVNIK_LOCALE', { setting: 'ru', config: 'en', editor: 'en', env: { NASTAVNIK_LOCALE: 'en' } }, 'ru'],
    ['setting «auto» says nothing', { setting: 'auto', config: 'en', editor: 'ru', env: NO_ENV }, 'en'],
    ['NASTAVNIK_LOCALE beats .nastavnik.json', { config: 'en', editor: 'en', env: { NASTAVNIK_LOCALE: 'ru' } }, 'ru'],
    ['.nastavnik.json beats the editor', { config: 'en', editor: 'ru', env: { LANG: 'ru_RU.UTF-8' } }, 'en'],
    ['the editor beats the system', { editor: 'en-US', env: { LANG: 'ru_RU.UTF-8' } }, 'en'],
    ['the system language when nothing else says', { env: { LANG: 'en_GB.UTF-8' } }, 'en'],
    ['LC_ALL beats LANG', { env: { LC_ALL: 'ru_RU.UTF-8', LANG: 'en_US.UTF-8' } }, 'ru'],
    ['LC_MESSAGES beats LANG', { env: { LC_MESSAGES: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' } }, 'en'],
    ['LANG=C.UTF-8 (containers, CI) names no language', { env: { LANG: 'C.UTF-8' } }, 'ru'],
    ['a language other than English is Russian', { editor: 'de', env: { LANG: 'en_US' } }, 'ru'],
    ['an empty NASTAVNIK_LOCALE says nothing', { config: 'en', env: { NASTAVNIK_LOCALE: '' } }, 'en'],
  ];
  for (const [name, sources, expected] of cases) {
    test(name, () => assert.equal(chooseLocale(sources), expected));
  }

  test('values: any spelling of English is English, nothing is no choice', () => {
    assert.deepEqual(['en', 'EN', 'en-GB', 'en_US.UTF-8', 'ru', 'ru-RU', 'uk', '', 'auto', 'C', 'POSIX', undefined].map(localeOf), [
      'en',
      'en',
      'en',
      'en',
      'ru',
      'ru',
      'ru',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('.nastavnik.json lookup', () => {
  /** a/.nastavnik.json (en), a/b/ (none), a/b/c/.nastavnik.json — a folder, not a file. */
  function tree(): { a: string; b: string; c: string } {
    const a = tempDir('nastavnik-env-');
    const b = join(a, 'b');
    const c = join(b, 'c');
    mkdirSync(join(c, CONFIG_NAME), { recursive: true });
    writeFileSync(join(a, CONFIG_NAME), '{"locale":"en"}');
    return { a, b, c };
  }

  test('the nearest file upward applies; a folder named .nastavnik.json is passed over', () => {
    const { a, c } = tree();
    const found = new ConfigLookup().forFile(join(c, 'plan.md'));
    assert.equal(found.path, join(a, CONFIG_NAME));
    assert.equal(found.loaded.config.locale, 'en');
  });

  test('untitled and virtual documents get the defaults', () => {
    assert.deepEqual(new ConfigLookup().forUri('untitled:Untitled-1').loaded.config, {});
  });

  test('problems are heard once per file read, with the file', () => {
    const dir = tempDir('nastavnik-env-');
    writeFileSync(join(dir, CONFIG_NAME), '{"rules":{"no-such-rule":"off"}}');
    const heard: string[] = [];
    const lookup = new ConfigLookup({ onProblems: (f) => heard.push(f.path ?? '') });
    lookup.forFile(join(dir, 'a.md'));
    lookup.forFile(join(dir, 'b.md'));
    assert.deepEqual(heard, [join(dir, CONFIG_NAME)]);
    assert.equal(lookup.withProblems().length, 1);
  });

  test('cached until clear(): the server clears it when the editor says a config file changed', () => {
    const { a, b } = tree();
    const file = join(b, 'plan.md');
    const lookup = new ConfigLookup();
    assert.equal(lookup.forFile(file).loaded.config.locale, 'en');
    writeFileSync(join(a, CONFIG_NAME), '{"locale":"ru"}');
    assert.equal(lookup.forFile(file).loaded.config.locale, 'en');
    lookup.clear();
    assert.equal(lookup.forFile(file).loaded.config.locale, 'ru');
  });
});

describe('today', () => {
  test('the local date, not the UTC one', () => {
    assert.equal(localToday(new Date(2025, 11, 31, 23, 30)), '2025-12-31');
    assert.equal(localToday(new Date(2026, 0, 1, 0, 15)), '2026-01-01');
    assert.equal(nodeEnvironment.today(), localToday());
  });

  test('--today is a real YYYY-MM-DD date', () => {
    assert.equal(parseToday('2025-11-20'), '2025-11-20');
    assert.equal(parseToday('2025-02-30'), undefined);
    assert.equal(parseToday('20.11.2025'), undefined);
  });
});

// ───────────────────────────── the CLI ─────────────────────────────

function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const name of ['NASTAVNIK_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  return runCli(args, options.cwd ?? ROOT, { ...env, ...options.env });
}

/** A folder with one real document with problems and a `.nastavnik.json`, if given. */
function folder(config?: string): string {
  const dir = tempDir('nastavnik-env-cli-');
  copyFileSync(EXAMPLE, join(dir, 'plan.md'));
  if (config !== undefined) writeFileSync(join(dir, CONFIG_NAME), config);
  return dir;
}

/** The language of `check`'s text report and of `report`'s HTML for the same folder. */
async function languages(dir: string, options: { cwd?: string; env?: Record<string, string>; args?: string[] } = {}) {
  const check = await run(['check', dir, ...(options.args ?? [])], options);
  assert.equal(check.status, 1, check.stderr);
  const out = join(tempDir('nastavnik-env-out-'), 'report.html');
  const report = await run(['report', dir, '--out', out, ...(options.args ?? [])], options);
  assert.equal(report.status, 0, report.stderr);
  const html = readFileSync(out, 'utf8');
  return {
    check: /\d+ problems?:/.test(check.stdout) ? 'en' : /\d+ замечани/.test(check.stdout) ? 'ru' : check.stdout,
    report: /<html lang="(ru|en)"/.exec(html)?.[1],
  };
}

describe('the CLI: check and report speak one language', () => {
  test('.nastavnik.json {"locale":"en"} of the folder: both in English, run from inside or from outside it', async () => {
    const dir = folder('{"locale":"en"}');
    assert.deepEqual(await languages(dir), { check: 'en', report: 'en' });
    assert.deepEqual(await languages('.', { cwd: dir }), { check: 'en', report: 'en' });
  });

  test('NASTAVNIK_LOCALE and --locale beat the file, in both commands', async () => {
    const dir = folder('{"locale":"en"}');
    assert.deepEqual(await languages(dir, { env: { NASTAVNIK_LOCALE: 'ru' } }), { check: 'ru', report: 'ru' });
    assert.deepEqual(await languages(dir, { env: { NASTAVNIK_LOCALE: 'en' }, args: ['--locale', 'ru'] }), { check: 'ru', report: 'ru' });
  });

  test('no setting anywhere: the system language, else Russian', async () => {
    const dir = folder();
    assert.deepEqual(await languages(dir, { env: { LANG: 'en_US.UTF-8' } }), { check: 'en', report: 'en' });
    assert.deepEqual(await languages(dir, { env: { LANG: 'C.UTF-8' } }), { check: 'ru', report: 'ru' });
  });
});

// ───────────────────────────── the server ─────────────────────────────

const msg = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

/** The missing-period message for the example opened from `dir` (or as an untitled document). */
async function serverMessage(locale: string | null, env: Record<string, string>, dir?: string): Promise<string> {
  const client = await TestClient.start({ pull: true, locale, environment: { ...nodeEnvironment, env } });
  try {
    const uri = dir ? pathToFileURL(join(dir, 'plan.md')).href : 'untitled:Untitled-1';
    client.open(uri, readFileSync(EXAMPLE, 'utf8'));
    const d = (await client.pull(uri)).find((x) => x.code === 'missing-period');
    assert.ok(d, 'the example has no period');
    return msg(d);
  } finally {
    await client.stop();
  }
}

describe('the server: the same order', () => {
  test('initialize locale "en", no config: English', async () => {
    assert.match(await serverMessage('en', { LANG: 'ru_RU.UTF-8' }), /^No period\./);
  });

  test('no locale in initialize: the system language (LANG=ru_RU.UTF-8 → Russian, en_US → English)', async () => {
    assert.match(await serverMessage(null, { LANG: 'ru_RU.UTF-8' }), /период/);
    assert.match(await serverMessage(null, { LANG: 'en_US.UTF-8' }), /^No period\./);
  });

  test('the document’s .nastavnik.json beats the editor’s language, as in the CLI', async () => {
    assert.match(await serverMessage('ru', {}, folder('{"locale":"en"}')), /^No period\./);
    assert.match(await serverMessage('ru', { NASTAVNIK_LOCALE: 'ru' }, folder('{"locale":"en"}')), /период/);
  });
});
