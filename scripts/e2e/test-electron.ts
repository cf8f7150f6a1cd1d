/**
 * The same extension-host suite as test/e2e/host.e2e.ts, run in desktop VS Code downloaded by
 * @vscode/test-electron. Needs the internet (it downloads VS Code), so it is NOT part of
 * `npm test` here; run `npm run test:electron` on a machine that has it (under Linux CI, inside
 * `xvfb-run -a`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';

const ROOT = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const out = join(ROOT, '.e2e');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'test/e2e/host/suite.ts')],
    outfile: join(out, 'host-suite.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'error',
  });
  const workspace = join(mkdtempSync(join(tmpdir(), 'nastavnik-electron-')), 'examples');
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  let json: string;
  try {
    json = execFileSync('node', [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', workspace], { encoding: 'utf8' });
  } catch (error) {
    json = (error as { stdout: string }).stdout; // exit status 1: errors found
  }
  const report = JSON.parse(json) as {
    files: { file: string; diagnostics: { code: string }[]; scores?: { completeness?: { document?: { percent: number } } } }[];
  };
  const files = Object.fromEntries(
    report.files.map((f) => [
      f.file.split('/').pop()!,
      { codes: f.diagnostics.map((d) => d.code), completeness: f.scores?.completeness?.document?.percent },
    ]),
  );
  const expected = join(out, 'host-expected.json');
  const results = join(out, 'host-results.json');
  writeFileSync(expected, JSON.stringify({ workspace, files }));
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(out, 'host-suite.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { NASTAVNIK_E2E_EXPECTED: expected, NASTAVNIK_E2E_RESULTS: results },
  });
  const list = JSON.parse(readFileSync(results, 'utf8')) as { ok: boolean }[];
  process.stdout.write(`${list.filter((r) => r.ok).length} of ${list.length} checks passed\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
