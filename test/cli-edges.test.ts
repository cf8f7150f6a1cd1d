/**
 * The command line's own edges: `report`, `import` and `export` answer `--help` and argument errors in
 * the chosen language, and a pipe closed early (`nastavnik check … | head -1`) ends the run quietly
 * instead of printing a Node stack trace. The messages are checked on `main` in process (cli-in-process.ts);
 * the closed pipe, a process's own contract, on the bundle.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { cliBundle, ROOT } from './built-bundles';
import { runCli } from './cli-in-process';

const env: NodeJS.ProcessEnv = { ...process.env };
for (const name of ['NASTAVNIK_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];

const cli = (args: string[]) => runCli(args, ROOT, env);
const hasRussian = (text: string) => /[а-яё]/i.test(text.replace(/«УТВЕРЖДАЮ»/g, ''));

describe('report, import and export in the chosen language', () => {
  test('--help in English with --locale en, in Russian by default', async () => {
    for (const command of ['report', 'import', 'export']) {
      const en = await cli([command, '--help', '--locale', 'en']);
      assert.equal(en.status, 0, command);
      assert.ok(en.stdout.startsWith(`nastavnik ${command} <`), en.stdout);
      assert.ok(!hasRussian(en.stdout), `${command}: ${en.stdout}`);
      const ru = await cli([command, '--help']);
      assert.ok(hasRussian(ru.stdout), `${command}: ${ru.stdout}`);
    }
  });

  test('a missing folder, a wrong format and a wrong date are explained in English', async () => {
    const none = await cli(['report', '--locale', 'en']);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^Give a folder of documents/);
    const format = await cli(['report', 'examples/', '--format', 'pdf', '--locale', 'en']);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /Unknown format «pdf»\. A report can be: html, csv\./);
    const date = await cli(['report', 'examples/', '--today', '2025-02-30', '--locale', 'en']);
    assert.equal(date.status, 2);
    assert.match(date.stderr, /YYYY-MM-DD/);
    assert.match((await cli(['report', '--format', 'pdf', 'examples/'])).stderr, /Неизвестный формат «pdf»/);
  });
});

test('a pipe closed after the first line ends the run without a stack trace', async () => {
  // Enough JSON (≈ 300 KB) to outlast the pipe's buffer; no batch workers, whose start is no part of this.
  const child = spawn(process.execPath, [cliBundle(), 'check', 'examples/', 'test/fixtures/real-world/', '--format', 'json'], {
    cwd: ROOT,
    env: { ...env, NASTAVNIK_WORKERS: '0' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  // Like `| head -c 1`: read one chunk, then close our end of the pipe.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  assert.doesNotMatch(stderr, /EPIPE|Unhandled 'error' event|at .*cli\.js/);
  assert.ok(code === 0 || code === 1, `exit ${code}: ${stderr}`);
});
