/**
 * Every diagnostic's link leads to a page that exists: the CLI's JSON `href` and SARIF `helpUri` are
 * `file://` URIs of the rule pages shipped with the program (package.json names no repository, and no
 * address is made up); a repository named in package.json would be linked instead. Editors get the
 * same page, except VS Code, which asked for its own command (`command:` links that open the page
 * shipped in the extension). File paths in JSON and SARIF are relative to the current folder, never «../…».
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../server/src/core/analyze';
import { RULES } from '../server/src/core/rules';
import { type CheckedFile, sarifUri, toJson, toSarif } from '../server/src/cli/output';
import { findPackage, projectUri, repositoryFileUrl, ruleDocUri } from '../server/src/environment/rule-docs';
import { example, ROOT, TestClient } from './lsp-client';

/** A link that must be a file of the package: the path it names exists. */
function assertShippedPage(uri: string, what: string): void {
  assert.match(uri, /^file:\/\//, `${what}: a file URI, not «${uri}»`);
  assert.doesNotMatch(uri, /github\.com\/nastavnik/);
  assert.ok(existsSync(fileURLToPath(uri)), `${what}: ${uri} exists`);
}

function checked(relativePath: string): CheckedFile {
  const text = readFileSync(join(ROOT, relativePath), 'utf8');
  return { path: relativePath, text, analysis: analyze(text) };
}

describe('rule pages', () => {
  test('the package is found, and it names no repository: every rule links to its shipped page', () => {
    const home = findPackage();
    assert.equal(home?.root, ROOT);
    assert.equal(home?.repository, undefined, 'if package.json gains a repository, the links below become its pages');
    for (const rule of RULES) {
      const uri = ruleDocUri(rule.code);
      assertShippedPage(uri, rule.code);
      assert.ok(uri.endsWith(`/docs/rules/${rule.code}.md`));
    }
    assertShippedPage(projectUri(), 'informationUri');
  });

  test('a repository named in package.json is linked in whichever form npm allows; anything else is not', () => {
    const page = 'docs/rules/placeholder.md';
    const github = 'https://github.com/school/plans/blob/HEAD/docs/rules/placeholder.md';
    for (const repository of [
      'github:school/plans',
      'school/plans',
      'https://github.com/school/plans',
      'git+https://github.com/school/plans.git',
      'git@github.com:school/plans.git',
      { type: 'git', url: 'git+ssh://git@github.com/school/plans.git' },
    ]) {
      assert.equal(repositoryFileUrl(repository, page), github, JSON.stringify(repository));
    }
    assert.equal(
      repositoryFileUrl('https://gitlab.com/school/plans.git', page),
      'https://gitlab.com/school/plans/-/blob/HEAD/docs/rules/placeholder.md',
    );
    for (const repository of [undefined, null, '', { type: 'git' }, 'https://example.org/plans.git', 42]) {
      assert.equal(repositoryFileUrl(repository, page), undefined, JSON.stringify(repository));
    }
    const home = { root: ROOT, repository: 'github:school/plans' };
    assert.equal(ruleDocUri('placeholder', home), github);
    assert.equal(projectUri(home), 'https://github.com/school/plans');
  });
});

describe('the CLI: JSON and SARIF', () => {
  const files = [checked('examples/001-tomsk-lyceum-roadmap.md'), checked('examples/003-severodvinsk-college-roadmap.md')];

  test('JSON: every href is the page of its rule, and the page exists', () => {
    const json = JSON.parse(toJson(files, 'ru')) as { files: { diagnostics: { code: string; href: string }[] }[] };
    const diagnostics = json.files.flatMap((f) => f.diagnostics);
    assert.ok(diagnostics.length > 5);
    for (const d of diagnostics) {
      assertShippedPage(d.href, d.code);
      assert.ok(d.href.endsWith(`/${d.code}.md`));
    }
  });

  test('SARIF: helpUri and informationUri are valid absolute URIs of existing pages', () => {
    const sarif = JSON.parse(toSarif(files, 'en')) as {
      runs: { tool: { driver: { informationUri: string; rules: { id: string; helpUri: string }[] } } }[];
    };
    const driver = sarif.runs[0]!.tool.driver;
    assert.ok(new URL(driver.informationUri).protocol === 'file:');
    assertShippedPage(driver.informationUri, 'informationUri');
    for (const rule of RULES)
      assert.ok(
        driver.rules.some((r) => r.id === rule.code),
        rule.code,
      );
    for (const r of driver.rules) {
      assert.ok(new URL(r.helpUri), r.id);
      assertShippedPage(r.helpUri, r.id);
    }
  });

  test('file paths: relative below the current folder, absolute above it — never «../»', () => {
    const inside = join(ROOT, 'examples');
    const outside = join(ROOT, 'test');
    const cwd = process.cwd();
    try {
      process.chdir(outside);
      const file = { ...files[0]!, path: '../examples/001-tomsk-lyceum-roadmap.md' };
      const json = JSON.parse(toJson([file], 'ru')) as { files: { file: string }[] };
      assert.equal(json.files[0]!.file, join(ROOT, 'examples/001-tomsk-lyceum-roadmap.md'));
      const sarif = toSarif([file], 'ru');
      assert.doesNotMatch(sarif, /"uri": "\.\.\//);
      assert.match(sarif, new RegExp(`"uri": "${pathToFileURL(join(ROOT, 'examples/001-tomsk-lyceum-roadmap.md')).href}"`));
      process.chdir(inside);
      const here = JSON.parse(toJson([{ ...files[0]!, path: '001-tomsk-lyceum-roadmap.md' }], 'ru')) as { files: { file: string }[] };
      assert.equal(here.files[0]!.file, '001-tomsk-lyceum-roadmap.md');
    } finally {
      process.chdir(cwd);
    }
  });

  test('SARIF file locations are URI references: Cyrillic names percent-encoded, outside files as file:// URIs', () => {
    assert.equal(sarifUri('планы/дорожная карта.md', '/work'), '%D0%BF%D0%BB%D0%B0%D0%BD%D1%8B/' + encodeURIComponent('дорожная карта.md'));
    assert.equal(sarifUri('/elsewhere/план.md', '/work'), pathToFileURL('/elsewhere/план.md').href);
    for (const uri of [sarifUri('планы/дорожная карта.md', '/work'), sarifUri('/elsewhere/план.md', '/work')]) {
      assert.doesNotMatch(uri, /[^\x21-\x7e]/, 'only URI characters');
    }
  });
});

describe('the language server: the link per client', () => {
  async function firstDiagnostic(initializationOptions?: unknown): Promise<Diagnostic> {
    const client = await TestClient.start({ pull: true, locale: 'ru', initializationOptions });
    try {
      const { uri, text } = example('003-severodvinsk-college-roadmap.md');
      client.open(uri, text);
      const diagnostics = await client.pull(uri);
      assert.ok(diagnostics.length > 0);
      return diagnostics.find((d) => d.code === 'missing-column')!;
    } finally {
      await client.stop();
    }
  }

  test("VS Code (ruleDocsCommand): a command link with the rule's code, which the extension opens in its Markdown preview", async () => {
    const d = await firstDiagnostic({ contributesSnippets: true, ruleDocsCommand: 'nastavnik.openRuleDocs' });
    const href = d.codeDescription!.href;
    const m = /^command:nastavnik\.openRuleDocs\?(.+)$/.exec(href);
    assert.ok(m, href);
    assert.deepEqual(JSON.parse(decodeURIComponent(m[1]!)), ['missing-column']);
  });

  test('Neovim, Emacs (no such option): the page shipped with the server', async () => {
    const d = await firstDiagnostic();
    assertShippedPage(d.codeDescription!.href, 'codeDescription.href');
    assert.ok(d.codeDescription!.href.endsWith('/docs/rules/missing-column.md'));
  });

  test('a command name that is not a plain command id is not put into a link', async () => {
    for (const ruleDocsCommand of ['javascript:alert(1)', 'x?y', '', 42]) {
      const d = await firstDiagnostic({ ruleDocsCommand });
      assertShippedPage(d.codeDescription!.href, JSON.stringify(ruleDocsCommand));
    }
  });
});
