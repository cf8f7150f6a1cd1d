/** The core stays pure: no editor or protocol imports, no file system or network. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// The renderers (preview, dashboard, report) are pure too: they only read the core's results.
const core = [...files('server/src/core'), ...files('server/src/render')];

test('the core has modules to check (this test would pass vacuously otherwise)', () => {
  assert.ok(core.length >= 20, `only ${core.length} files found`);
});

test('no core module imports vscode, the LSP libraries or Node I/O', () => {
  const forbidden = /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|node:fs|fs|node:child_process|child_process|node:net|net|node:http|http|node:https|https)['"]/;
  const offenders = core.filter((f) => forbidden.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});

test('the forbidden-import pattern itself catches an LSP import', () => {
  const forbidden = /from\s+['"](vscode|vscode-languageserver[^'"]*)['"]/;
  assert.ok(forbidden.test("import { x } from 'vscode-languageserver/node';"));
  assert.ok(forbidden.test('import * as vscode from "vscode";'));
});

test('the renderers import only the core and each other', () => {
  const outside = files('server/src/render').filter((f) => /from\s+['"](\.\.\/(lsp|cli)|\.\.\/\.\.\/\.\.\/client)/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(outside, []);
});

// Long work in the core is a generator of steps (ParseCache.warm); only lsp/ decides when to run them.
const ASYNC_OR_TIMERS = /\b(setTimeout|setImmediate|setInterval|queueMicrotask)\s*\(|\basync\s+(function\b|\(|[A-Za-z_$][\w$]*\s*(\(|=>))|\bawait\s/;

test('no core module uses timers or async code', () => {
  const offenders = core.filter((f) => ASYNC_OR_TIMERS.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
  assert.deepEqual(offenders, []);
});

test('the timers-and-async pattern itself catches them', () => {
  for (const code of ['setImmediate(resolve)', 'async function f() {}', 'const f = async () => 1;', 'x = await y;', 'async run(x) {']) assert.ok(ASYNC_OR_TIMERS.test(code), code);
  for (const code of ['const asyncronous = 1;', 'awaitable(x)', 'the server awaits']) assert.ok(!ASYNC_OR_TIMERS.test(code), code);
});
