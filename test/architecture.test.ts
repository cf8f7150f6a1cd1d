/** The core stays pure: no editor or protocol imports, no file system or network. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The code of a source file, comments dropped (a pattern should not match what a comment says). */
const withoutComments = (source: string) => source.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');

// The renderers (preview, dashboard, report) are pure too: they only read the core's results.
const core = [...files('server/src/core'), ...files('server/src/render')];

test('the core has modules to check (this test would pass vacuously otherwise)', () => {
  assert.ok(core.length >= 20, `only ${core.length} files found`);
});

test('no core module imports vscode, the LSP libraries or Node I/O', () => {
  const forbidden = new RegExp(
    String.raw`from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|node:fs|` +
      `fs|node:child_process|child_process|node:net|net|node:http|http|node:https|https)['"]`,
  );
  const offenders = core.filter((f) => forbidden.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});

test('the forbidden-import pattern itself catches an LSP import', () => {
  const forbidden = /from\s+['"](vscode|vscode-languageserver[^'"]*)['"]/;
  assert.ok(forbidden.test("import { x } from 'vscode-languageserver/node';"));
  assert.ok(forbidden.test('import * as vscode from "vscode";'));
});

test('the renderers import only the core and each other', () => {
  const outside = files('server/src/render').filter((f) =>
    /from\s+['"](\.\.\/(lsp|cli)|\.\.\/\.\.\/\.\.\/client)/.test(readFileSync(f, 'utf8')),
  );
  assert.deepEqual(outside, []);
});

// Long work in the core is a generator of steps (ParseCache.warm); only lsp/ decides when to run them.
const ASYNC_OR_TIMERS =
  /\b(setTimeout|setImmediate|setInterval|queueMicrotask)\s*\(|\basync\s+(function\b|\(|[A-Za-z_$][\w$]*\s*(\(|=>))|\bawait\s/;

test('no core module uses timers or async code', () => {
  const offenders = core.filter((f) => ASYNC_OR_TIMERS.test(withoutComments(readFileSync(f, 'utf8'))));
  assert.deepEqual(offenders, []);
});

test('the timers-and-async pattern itself catches them', () => {
  for (const code of ['setImmediate(resolve)', 'async function f() {}', 'const f = async () => 1;', 'x = await y;', 'async run(x) {'])
    assert.ok(ASYNC_OR_TIMERS.test(code), code);
  for (const code of ['const asyncronous = 1;', 'awaitable(x)', 'the server awaits']) assert.ok(!ASYNC_OR_TIMERS.test(code), code);
});

// matchAll runs a fresh copy of its regex per call, whose compiled code V8 drops at major GCs: the
// server walks matches with execAll (core/read/text.ts) so a hot regex is compiled once.
const MATCH_ALL = /\.matchAll\s*\(/;

test('the server walks regex matches with execAll, never matchAll', () => {
  const offenders = files('server/src').filter((f) => MATCH_ALL.test(withoutComments(readFileSync(f, 'utf8'))));
  assert.deepEqual(offenders, []);
});

test('the matchAll pattern itself catches a call, not a word in a comment', () => {
  assert.ok(MATCH_ALL.test(withoutComments('for (const m of text.matchAll(RE)) {}')));
  assert.ok(MATCH_ALL.test(withoutComments('[...s\n  .matchAll (re)]')));
  assert.ok(!MATCH_ALL.test(withoutComments('/** as `text.matchAll(re)` gives them */ execAll(re, text);')));
});

// ───────────── the direction of imports inside the core: model ← parse ← rules/scores ← fixes/render ─────────────

type Layer = 'model' | 'parse' | 'rules' | 'scores' | 'fixes' | 'render';

/**
 * What each layer may not import (it sits below them). The model names the types of the values the
 * parse layer reads (a ParsedDeadline, a StageMatch), so it imports types from those modules — only
 * types, and never the parser itself: the test below holds it to that.
 */
const FORBIDDEN: Readonly<Record<Layer, readonly Layer[]>> = {
  model: ['rules', 'scores', 'fixes', 'render'],
  parse: ['rules', 'scores', 'fixes', 'render'],
  rules: ['fixes', 'render'],
  scores: ['fixes', 'render'],
  fixes: [],
  render: [],
};

/**
 * Relative imports and re-exports of a module, resolved to repository paths as TypeScript does:
 * `x` → `x.ts` if it exists, else `x/index.ts` (core/domain/deadline/, core/editing/templates/).
 */
function importsOf(file: string, source: string, exists: (path: string) => boolean = existsSync): string[] {
  const dir = file.slice(0, file.lastIndexOf('/'));
  const specs = [...source.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specs.map((spec) => {
    const path = join(dir, spec);
    if (path.endsWith('.ts')) return path;
    return exists(`${path}.ts`) || !exists(join(path, 'index.ts')) ? `${path}.ts` : join(path, 'index.ts');
  });
}

/**
 * The layer of each module. rules/, scores/, fixes/ and render/ are folders; model.ts is the model;
 * the parse layer is parse.ts and every other core module it reaches (cells, columns, deadlines,
 * stages…), so a helper parse.ts starts using joins the layer by itself.
 */
function layers(graph: ReadonlyMap<string, readonly string[]>): Map<string, Layer> {
  const out = new Map<string, Layer>();
  const folder = (f: string): Layer | undefined =>
    f.startsWith('server/src/core/rules/')
      ? 'rules'
      : f.startsWith('server/src/core/scores/')
        ? 'scores'
        : f.startsWith('server/src/core/fixes/')
          ? 'fixes'
          : f.startsWith('server/src/render/')
            ? 'render'
            : f === 'server/src/core/model.ts'
              ? 'model'
              : undefined;
  for (const f of graph.keys()) {
    const layer = folder(f);
    if (layer) out.set(f, layer);
  }
  const queue = ['server/src/core/read/parse.ts'];
  while (queue.length) {
    const f = queue.pop()!;
    if (out.has(f) || !graph.has(f)) continue;
    out.set(f, 'parse');
    queue.push(...graph.get(f)!);
  }
  return out;
}

/** «from → to» for every import that points up the layers. */
function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const layerOf = layers(graph);
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const mine = layerOf.get(from);
    if (!mine) continue;
    for (const to of targets) {
      const theirs = layerOf.get(to);
      if (theirs && FORBIDDEN[mine].includes(theirs)) out.push(`${from} (${mine}) → ${to} (${theirs})`);
    }
  }
  return out;
}

const GRAPH: ReadonlyMap<string, readonly string[]> = new Map(core.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));

test('imports inside the core point one way: model ← parse ← rules/scores ← fixes/render', () => {
  const layerOf = layers(GRAPH);
  // The parse layer really is found (a wrong start path would check nothing).
  for (const f of ['server/src/core/read/parse.ts', 'server/src/core/read/cells.ts', 'server/src/core/domain/deadline/index.ts'])
    assert.equal(layerOf.get(f), 'parse', f);
  assert.ok(GRAPH.get('server/src/core/fixes/index.ts')!.includes('server/src/core/rules/index.ts'), 'imports are resolved to files');
  assert.deepEqual(upwardImports(GRAPH), []);
});

test('the model imports only types, and never the parser', () => {
  const source = readFileSync('server/src/core/model.ts', 'utf8');
  const valueImports = [...source.matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  assert.deepEqual(valueImports, [], 'model.ts: `import type` only');
  const parser = ['server/src/core/read/parse.ts', 'server/src/core/read/incremental.ts'];
  assert.deepEqual(
    GRAPH.get('server/src/core/model.ts')!.filter((f) => parser.includes(f)),
    [],
  );
});

test('the layer check notices an import that points up', () => {
  const bad = new Map<string, string[]>([
    ['server/src/core/read/parse.ts', ['server/src/core/read/cells.ts']],
    ['server/src/core/read/cells.ts', ['server/src/core/rules/table-views.ts']],
    ['server/src/core/rules/table-views.ts', ['server/src/core/fixes/fix.ts']],
    ['server/src/core/scores/index.ts', ['server/src/render/escape.ts']],
    ['server/src/core/model.ts', ['server/src/core/scores/index.ts']],
    ['server/src/core/fixes/fix.ts', ['server/src/core/rules/rule.ts']],
    ['server/src/render/escape.ts', []],
    ['server/src/core/rules/rule.ts', []],
  ]);
  assert.deepEqual(upwardImports(bad).sort(), [
    'server/src/core/model.ts (model) → server/src/core/scores/index.ts (scores)',
    'server/src/core/read/cells.ts (parse) → server/src/core/rules/table-views.ts (rules)',
    'server/src/core/rules/table-views.ts (rules) → server/src/core/fixes/fix.ts (fixes)',
    'server/src/core/scores/index.ts (scores) → server/src/render/escape.ts (render)',
  ]);
  assert.deepEqual(
    importsOf(
      'server/src/core/rules/x.ts',
      "import type { A } from '../model';\nexport { b } from './table-views';\nimport c from 'unified';",
    ),
    ['server/src/core/model.ts', 'server/src/core/rules/table-views.ts'],
  );
  // A file wins over a folder of the same name; a folder alone means its index.ts.
  const inRepo = (paths: string[]) => (p: string) => paths.includes(p);
  assert.deepEqual(
    importsOf(
      'server/src/core/domain/x.ts',
      "import { a } from './deadline';",
      inRepo(['server/src/core/domain/deadline.ts', 'server/src/core/domain/deadline/index.ts']),
    ),
    ['server/src/core/domain/deadline.ts'],
  );
  assert.deepEqual(importsOf('server/src/core/x.ts', "import { a } from './scores';", inRepo(['server/src/core/scores/index.ts'])), [
    'server/src/core/scores/index.ts',
  ]);
});

test('escape.ts holds escaping only', () => {
  const exported = [
    ...readFileSync('server/src/render/escape.ts', 'utf8').matchAll(/^export\s+(?:function|const|let|class)\s+(\w+)/gm),
  ].map((m) => m[1]);
  assert.deepEqual(exported, ['escapeHtml']);
});

// ───────────── the client carries no core: it shows what the server computed ─────────────

/**
 * Small text helpers the client may take from the core and the renderers (each imports at run time
 * only others of this list, which the test below checks). Anything else from server/src/core or
 * server/src/render reaches the client as `import type` only, so the client bundle never carries an analysis.
 */
const CLIENT_MAY_SHARE = new Set([
  'server/src/core/diagnostic.ts',
  'server/src/core/words.ts',
  'server/src/render/escape.ts',
  'server/src/render/shorten.ts',
]);

/** Relative imports and re-exports that bring code at run time (not `import type`, not `import { type A }` alone). */
function valueImportsOf(file: string, source: string): string[] {
  const dir = file.slice(0, file.lastIndexOf('/'));
  const statements = [...source.matchAll(/^\s*(import|export)\s+([^;]*?)\s*from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)];
  return statements
    .filter(([, , what]) => !/^type\s/.test(what!) && !/^\{(\s*type\s+[\w$]+(\s+as\s+[\w$]+)?\s*,?)*\s*\}$/.test(what!))
    .map(([, , , spec]) => {
      const path = join(dir, spec!);
      if (path.endsWith('.ts') || path.endsWith('.json')) return path;
      return existsSync(`${path}.ts`) || !existsSync(join(path, 'index.ts')) ? `${path}.ts` : join(path, 'index.ts');
    });
}

/** Every core or renderer module a client file brings at run time, directly or through lsp/ and environment/ modules: «file → module». */
function coreInClient(clientFiles: readonly string[], read: (path: string) => string = (p) => readFileSync(p, 'utf8')): string[] {
  const out: string[] = [];
  for (const file of clientFiles) {
    const seen = new Set<string>();
    const queue = valueImportsOf(file, read(file));
    while (queue.length) {
      const next = queue.pop()!;
      if (seen.has(next) || next.endsWith('.json')) continue;
      seen.add(next);
      if (/^server\/src\/(core|render)\//.test(next) && !CLIENT_MAY_SHARE.has(next)) out.push(`${file} → ${next}`);
      else if (next.startsWith('server/src/')) queue.push(...valueImportsOf(next, read(next)));
    }
  }
  return out;
}

test('no client module imports the core or the renderers except as types', () => {
  const clientFiles = files('client/src');
  assert.ok(clientFiles.includes('client/src/preview.ts') && clientFiles.includes('client/src/dashboard.ts'));
  assert.deepEqual(coreInClient(clientFiles), []);
});

test('the text helpers the client may share import nothing else at run time', () => {
  for (const f of CLIENT_MAY_SHARE) {
    const outside = valueImportsOf(f, readFileSync(f, 'utf8')).filter((to) => !CLIENT_MAY_SHARE.has(to));
    assert.deepEqual(outside, [], f);
  }
});

test('the client check tells a value import from a type import, also through an lsp/ module', () => {
  const sources: Record<string, string> = {
    'client/src/a.ts':
      "import type { Analysis } from '../../server/src/core/analyze';\nimport { type Locale } from '../../server/src/core/diagnostic';",
    'client/src/b.ts': "import { analyze } from '../../server/src/core/analyze';",
    'client/src/c.ts': "import { X } from '../../server/src/lsp/x-protocol';",
    'server/src/lsp/x-protocol.ts': "export { renderDoc } from '../render/context';",
    'client/src/d.ts': "import { escapeHtml } from '../../server/src/render/escape';",
    'server/src/render/escape.ts': '',
  };
  assert.deepEqual(
    coreInClient(['client/src/a.ts', 'client/src/b.ts', 'client/src/c.ts', 'client/src/d.ts'], (p) => sources[p] ?? ''),
    ['client/src/b.ts → server/src/core/analyze.ts', 'client/src/c.ts → server/src/render/context.ts'],
  );
});
