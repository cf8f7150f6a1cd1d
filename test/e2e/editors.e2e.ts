/**
 * Real LSP clients other than VS Code: headless Neovim (0.7, vim.lsp.start_client) and Emacs with
 * Eglot run `node dist/server.js --stdio` on examples; the diagnostics they receive must match the
 * CLI's (same codes on the same lines). Needs Debian's neovim, emacs-nox and elpa-eglot.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tempDir } from '../temp-dir';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { hasCommand, ROOT } from './harness';

const SERVER = join(ROOT, 'dist/server.js');
const EXAMPLES = ['001-tomsk-lyceum-roadmap.md', '003-severodvinsk-college-roadmap.md'];

interface CodeLine {
  code: string;
  line: number;
}

function cliDiagnostics(file: string): CodeLine[] {
  let out: string;
  try {
    out = execFileSync('node', [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  } catch (error) {
    // Exit status 1 means "errors found"; the JSON is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { files: { diagnostics: { code: string; range: { start: { line: number } } }[] }[] };
  return sorted(report.files[0]!.diagnostics.map((d) => ({ code: d.code, line: d.range.start.line })));
}

function sorted(list: CodeLine[]): CodeLine[] {
  return [...list].sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
}

function run(cmd: string, args: string[], file: string): string {
  const out = join(tempDir('nastavnik-editor-'), 'diagnostics.json');
  execFileSync(cmd, args, {
    env: { ...process.env, NASTAVNIK_SERVER: SERVER, NASTAVNIK_FILE: file, NASTAVNIK_OUT: out, HOME: tempDir('nastavnik-editor-home-') },
    timeout: 120_000,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return readFileSync(out, 'utf8');
}

describe('Neovim (headless) as an LSP client', { skip: !hasCommand('nvim') && 'Debian package neovim is not installed' }, () => {
  for (const name of EXAMPLES) {
    test(`${name}: diagnostics equal the CLI's`, () => {
      const file = resolve(ROOT, 'examples', name);
      const script = join(ROOT, 'test/e2e/editors/nvim-diagnostics.lua');
      const got = JSON.parse(run('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${script}`], file)) as {
        code: string;
        line: number;
      }[];
      const expected = cliDiagnostics(file);
      assert.ok(expected.length > 0, 'the example has diagnostics to compare');
      assert.deepEqual(sorted(got.map((d) => ({ code: d.code, line: d.line }))), expected);
    });
  }
});

describe('Emacs + Eglot (batch) as an LSP client', {
  skip: !hasCommand('emacs') && 'Debian packages emacs-nox and elpa-eglot are not installed',
}, () => {
  for (const name of EXAMPLES) {
    test(`${name}: diagnostics equal the CLI's`, () => {
      const file = resolve(ROOT, 'examples', name);
      const script = join(ROOT, 'test/e2e/editors/eglot-diagnostics.el');
      const got = JSON.parse(run('emacs', ['--batch', '-Q', '-l', script], file)) as { line: number; text: string }[];
      // Eglot formats a diagnostic as "source [code]: message".
      const codes = got.map((d) => ({ code: /\[([a-z-]+)\]/.exec(d.text)?.[1] ?? '?', line: d.line }));
      assert.deepEqual(sorted(codes), cliDiagnostics(file));
    });
  }
});
