/**
 * Extension-host tests in a real VS Code (code-server 4.100.3 = VS Code 1.100.3): the repository is
 * loaded as the extension under development and test/e2e/host/suite.ts runs inside the extension
 * host, the way @vscode/test-web does it (payload extensionDevelopmentPath + extensionTestsPath,
 * codeAutomationExit/codeAutomationLog exposed to the page).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import {
  ARTIFACTS,
  CHROMIUM,
  hasCommand,
  launchBrowser,
  openWorkbench,
  remoteUri,
  ROOT,
  startCodeServer,
  type CodeServer,
} from './harness';

const OUT = join(ROOT, '.e2e');
const skip = !hasCommand(CHROMIUM) ? 'Debian chromium is not installed' : !hasCommand('rg') ? 'Debian ripgrep is not installed' : false;

function cliReport(folder: string): Record<string, { codes: string[]; completeness?: number }> {
  let out: string;
  try {
    out = execFileSync('node', [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit status 1: errors found
  }
  const report = JSON.parse(out) as {
    files: { file: string; diagnostics: { code: string }[]; scores?: { completeness?: { document?: { percent: number } } } }[];
  };
  const files: Record<string, { codes: string[]; completeness?: number }> = {};
  for (const f of report.files) {
    files[f.file.split('/').pop()!] = { codes: f.diagnostics.map((d) => d.code), completeness: f.scores?.completeness?.document?.percent };
  }
  return files;
}

describe('VS Code extension host (code-server)', { skip, timeout: 15 * 60_000 }, () => {
  let server: CodeServer;
  let browser: Browser;
  let results: { name: string; ok: boolean; error?: string }[] = [];
  const log: string[] = [];

  before(async () => {
    mkdirSync(OUT, { recursive: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    await build({
      entryPoints: [join(ROOT, 'test/e2e/host/suite.ts')],
      outfile: join(OUT, 'host-suite.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      logLevel: 'error',
    });
    const resultsFile = join(OUT, 'host-results.json');
    const expectedFile = join(OUT, 'host-expected.json');
    writeFileSync(resultsFile, '[]');
    server = await startCodeServer({ env: { NASTAVNIK_E2E_RESULTS: resultsFile, NASTAVNIK_E2E_EXPECTED: expectedFile } });
    writeFileSync(expectedFile, JSON.stringify({ workspace: server.workspace, files: cliReport(server.workspace) }));
    browser = await launchBrowser();
    const page = await openWorkbench(browser, server, [
      ['extensionDevelopmentPath', remoteUri(server, ROOT)],
      ['extensionTestsPath', remoteUri(server, join(OUT, 'host-suite.js'))],
    ]);
    let finish!: (code: number) => void;
    const exited = new Promise<number>((r) => (finish = r));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => log.push(`${type}: ${args.map(String).join(' ')}`));
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    await page.reload();
    const code = await Promise.race([exited, new Promise<number>((r) => setTimeout(() => r(-1), 10 * 60_000).unref())]);
    await page.screenshot({ path: join(ARTIFACTS, 'host-suite.png') });
    writeFileSync(join(ARTIFACTS, 'host-log.txt'), log.join('\n'));
    results = JSON.parse(readFileSync(resultsFile, 'utf8')) as typeof results;
    assert.notEqual(code, -1, 'the extension-host suite finished');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('every check inside the extension host passed', () => {
    assert.ok(results.length >= 10, `the suite ran (${results.length} checks; log: ${log.slice(-5).join(' / ')})`);
    const failed = results.filter((r) => !r.ok);
    assert.deepEqual(
      failed.map((f) => `${f.name}: ${f.error?.split('\n')[0]}`),
      [],
    );
  });
});
