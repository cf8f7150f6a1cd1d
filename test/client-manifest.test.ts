/**
 * The extension manifest against the client source: VS Code cannot run here, so what can be checked
 * statically is: every contributed command has a handler, every handler is contributed, every
 * `%key%` has a Russian and an English text, activation is sane, the files the manifest points to
 * exist and go into the .vsix.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { DEFAULT_MAX_PROBLEMS } from '../server/src/lsp/problem-cap';
import { readSettings } from '../server/src/lsp/settings';

const ROOT = join(__dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const manifest = JSON.parse(read('package.json')) as {
  main: string;
  activationEvents?: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: boolean };
  scripts: Record<string, string>;
  contributes: Record<string, unknown> & {
    commands: { command: string; title: string; category?: string }[];
    menus?: Record<string, { command: string; when?: string }[]>;
    configuration: {
      title: string;
      properties: Record<string, { description?: string; enum?: string[]; enumDescriptions?: string[]; default?: unknown }>;
    };
    jsonValidation: { fileMatch: string; url: string }[];
  };
};
const nlsEn = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsRu = JSON.parse(read('package.nls.ru.json')) as Record<string, string>;
const clientSources = readdirSync(join(ROOT, 'client/src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(join('client/src', f)));

/** Command ids the client registers: literal ids, or constants/object properties holding them. */
function registeredCommands(): Set<string> {
  const all = clientSources.join('\n');
  const named = new Map<string, string>();
  for (const m of all.matchAll(/(\w+)\s*[:=]\s*'(nastavnik\.[\w.]+)'/g)) named.set(m[1]!, m[2]!);
  const ids = new Set<string>();
  for (const m of all.matchAll(/registerCommand\(\s*('([^']+)'|[\w.]+)/g)) {
    if (m[2]) ids.add(m[2]);
    else {
      const id = named.get(m[1]!.split('.').at(-1)!);
      assert.ok(id, `registerCommand(${m[1]}) names a command id the test cannot resolve`);
      ids.add(id);
    }
  }
  return ids;
}

/** Every «%key%» placeholder anywhere in the manifest. */
function placeholders(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.push(m[1]!);
  } else if (Array.isArray(value)) for (const v of value) placeholders(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) placeholders(v, out);
  return out;
}

test('every contributed command has a handler registered in the client, and every handler is contributed', () => {
  const registered = registeredCommands();
  const contributed = manifest.contributes.commands.map((c) => c.command);
  assert.ok(contributed.length >= 4, 'the four commands of the client at least');
  for (const id of ['nastavnik.checkWorkspace', 'nastavnik.showScores', 'nastavnik.restartServer', 'nastavnik.openRuleDocs'])
    assert.ok(contributed.includes(id), id);
  for (const id of contributed) assert.ok(registered.has(id), `${id} is contributed but no handler is registered`);
  for (const id of registered) assert.ok(contributed.includes(id), `${id} is registered but not in the palette`);
});

test("the server's code lens command is one the client handles", () => {
  const convert = read('server/src/lsp/convert.ts');
  const id = /SHOW_SCORES_COMMAND = '([^']+)'/.exec(convert)?.[1];
  assert.equal(id, 'nastavnik.showScores');
  assert.ok(registeredCommands().has(id!));
});

test('commands are listed under the category «Наставник»', () => {
  for (const c of manifest.contributes.commands) assert.equal(c.category, '%command.category%', c.command);
  assert.equal(nlsRu['command.category'], 'Наставник');
  assert.match(nlsEn['command.category']!, /^Nastavnik\b/);
});

/**
 * VS Code's palette matches what it shows, «Category: Title», and, in a translated interface, the
 * English original (package.nls.json) it shows beneath. So in an English VS Code the English label
 * itself must hold the Russian name a Russian user types, and in a Russian one the English original
 * holds «Nastavnik».
 */
test('every command is found by typing «Наставник» and by typing «Nastavnik», in either interface language', () => {
  const label = (nls: Record<string, string>, c: { title: string; category?: string }) =>
    `${nls[c.category!.slice(1, -1)]}: ${nls[c.title.slice(1, -1)]}`;
  for (const c of manifest.contributes.commands) {
    const english = label(nlsEn, c);
    const russian = label(nlsRu, c);
    for (const typed of ['наставник', 'nastavnik']) {
      assert.ok(english.toLowerCase().includes(typed), `English VS Code: «${typed}» finds «${english}»`);
      // A Russian VS Code shows the Russian label with the English original beneath, and matches both.
      assert.ok(`${russian}\n${english}`.toLowerCase().includes(typed), `Russian VS Code: «${typed}» finds «${russian}»`);
    }
    assert.ok(russian.startsWith('Наставник: '), russian);
  }
});

test("a diagnostic's code opens the rule's page shipped in the extension, never an address outside it", () => {
  // The client names the command in initializationOptions; the server turns every code link into it.
  const extension = read('client/src/extension.ts');
  assert.match(extension, /ruleDocsCommand: COMMANDS\.openRuleDocs/);
  assert.ok(manifest.contributes.commands.some((c) => c.command === 'nastavnik.openRuleDocs'));
  const commands = read('client/src/commands.ts');
  assert.match(commands, /joinPath\(extension, 'docs', 'rules', `\$\{code\}\.md`\)/);
  assert.match(commands, /'markdown\.showPreview'/);
  for (const file of readdirSync(join(ROOT, 'docs/rules')).filter((f) => f.endsWith('.md'))) {
    assert.ok(shipped(`docs/rules/${file}`), `docs/rules/${file} is in the .vsix`);
  }
  // No made-up address: the project names no repository in package.json, so nothing links to one.
  assert.doesNotMatch(JSON.stringify(manifest), /github\.com\/nastavnik/);
});

test('menus only name contributed commands', () => {
  const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
  for (const [menu, entries] of Object.entries(manifest.contributes.menus ?? {})) {
    for (const e of entries) assert.ok(contributed.has(e.command), `${menu}: ${e.command}`);
  }
});

test('every %key% resolves in Russian and in English, and the two files hold the same keys', () => {
  const keys = placeholders(manifest);
  assert.ok(keys.length >= 10, `only ${keys.length} placeholders found`);
  for (const key of keys) {
    assert.ok(nlsEn[key], `package.nls.json lacks ${key}`);
    assert.ok(nlsRu[key], `package.nls.ru.json lacks ${key}`);
    assert.match(nlsRu[key]!, /[а-яё]/i, `the Russian ${key} is Russian`);
    assert.match(nlsEn[key]!, /[a-z]/i, `the English ${key} is English`);
    assert.notEqual(nlsRu[key], nlsEn[key], `${key} is translated`);
  }
  assert.deepEqual(Object.keys(nlsRu).sort(), Object.keys(nlsEn).sort());
});

test('every setting has a description in both languages, and each enum value one too', () => {
  const props = manifest.contributes.configuration.properties;
  assert.deepEqual(Object.keys(props).sort(), ['nastavnik.locale', 'nastavnik.maxProblems', 'nastavnik.rules', 'nastavnik.run']);
  for (const [name, prop] of Object.entries(props)) {
    assert.match(String(prop.description), /^%.+%$/, `${name} has a translated description`);
    if (prop.enum) {
      assert.equal(prop.enumDescriptions?.length, prop.enum.length, `${name}: one description per value`);
      assert.ok(prop.enum.includes(String(prop.default)), `${name}: the default is allowed`);
    }
  }
  assert.deepEqual(props['nastavnik.run']!.enum, ['onType', 'onSave']);
  assert.deepEqual(props['nastavnik.locale']!.enum, ['auto', 'ru', 'en']);
  assert.equal(props['nastavnik.maxProblems']!.default, DEFAULT_MAX_PROBLEMS, 'the server’s default');
});

test('the server reads exactly the settings the manifest contributes, with the same defaults', () => {
  // Behaviour, not source text: readSettings with nothing set gives the manifest's defaults, and each
  // contributed setting, set to a non-default value, changes what the server reads.
  const props = manifest.contributes.configuration.properties;
  const contributed = Object.keys(props)
    .map((name) => name.replace(/^nastavnik\./, ''))
    .sort();
  const defaults = readSettings({}) as unknown as Record<string, unknown>;
  assert.deepEqual(Object.keys(defaults).sort(), contributed);
  for (const key of contributed) {
    const prop = props[`nastavnik.${key}`]!;
    if (key !== 'rules') assert.deepEqual(defaults[key], prop.default, `${key}: the same default`);
  }
  const changed = readSettings({ locale: 'en', run: 'onSave', rules: { 'vague-deadline': 'off' }, maxProblems: 5 });
  assert.deepEqual(changed, { locale: 'en', run: 'onSave', rules: { 'vague-deadline': 'off' }, maxProblems: 5 });
});

test('activation: on Markdown, never on everything; untrusted and virtual workspaces supported', () => {
  const events = manifest.activationEvents ?? [];
  assert.ok(events.includes('onLanguage:markdown'));
  assert.ok(!events.includes('*'), 'no star activation');
  assert.equal(manifest.main, './dist/client.js');
  assert.match(read('scripts/build.mjs'), /outfile: 'dist\/client\.js'/);
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.equal(manifest.capabilities.virtualWorkspaces, true);
  const extension = read('client/src/extension.ts');
  assert.match(extension, /documentSelector: \[\{ language: 'markdown' \}\]/, 'every scheme, so virtual files are checked too');
  assert.doesNotMatch(clientSources.join('\n'), /child_process|\beval\(|new Function\(/, 'the client runs no code from the workspace');
});

test('the .nastavnik.json schema is contributed and is a valid JSON schema', () => {
  const v = manifest.contributes.jsonValidation.find((j) => j.fileMatch === '.nastavnik.json');
  assert.ok(v);
  const schema = JSON.parse(read(v.url)) as object;
  new Ajv({ strict: false }).compile(schema);
});

/** Whether .vscodeignore (ignore everything, then `!` allow-list) lets a file into the .vsix. */
function shipped(path: string): boolean {
  const rules = read('.vscodeignore')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  let included = true;
  for (const rule of rules) {
    const negate = rule.startsWith('!');
    const pattern = negate ? rule.slice(1) : rule;
    const matches = pattern === '**' || pattern === path || (pattern.endsWith('/**') && path.startsWith(pattern.slice(0, -2)));
    if (matches) included = negate;
  }
  return included;
}

test('the files the manifest points to exist and are shipped in the .vsix; sources are not', () => {
  const c = manifest.contributes as Record<string, unknown>;
  const paths = [
    'dist/client.js',
    'dist/server.js',
    'package.json',
    'package.nls.json',
    'package.nls.ru.json',
    'README.md',
    'LICENSE',
    ...manifest.contributes.jsonValidation.map((j) => j.url),
    ...((c.snippets as { path: string }[] | undefined) ?? []).map((s) => s.path),
    ...((c.grammars as { path: string }[] | undefined) ?? []).map((g) => g.path),
    ...((c['markdown.previewStyles'] as string[] | undefined) ?? []),
  ].map((p) => p.replace(/^\.\//, ''));
  for (const p of paths) {
    if (!p.startsWith('dist/')) assert.ok(existsSync(join(ROOT, p)), `${p} exists`);
    assert.ok(shipped(p), `${p} is shipped`);
  }
  for (const p of [
    'server/src/lsp/server.ts',
    'client/src/extension.ts',
    'test/lsp.test.ts',
    'examples/001-tomsk-lyceum-roadmap.md',
    'node_modules/yaml/package.json',
    'dist/server.js.map',
    'tsconfig.json',
  ]) {
    assert.equal(shipped(p), false, `${p} stays out`);
  }
  assert.match(manifest.scripts.package!, /vsce package --no-dependencies/);
});
