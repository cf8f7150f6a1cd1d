/**
 * What goes through LibreOffice (soffice), seconds per run: every export opened by LibreOffice holds its
 * title and every cell, `nastavnik export --format pdf`, and `.doc`/`.odt` imports (the same roadmap as
 * the .docx; a password-protected .doc ends in its own message). The Word tests that need no LibreOffice
 * are test/word-export.test.ts and test/word-import.test.ts. Skipped, with the reason, without soffice.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { exportDocx } from '../../server/src/word/export';
import { findSoffice } from '../../server/src/word/export-soffice';
import { importWord } from '../../server/src/word/import';
import { IMPORT_EXIT } from '../../server/src/word/import-error';
import { cliBundle, ROOT } from '../built-bundles';
import { tempDir } from '../temp-dir';
import { expectedTexts, missingFrom } from '../word-export-texts';

const EXAMPLES = join(ROOT, 'examples');
const fixture = (name: string): string => join(ROOT, 'test', 'fixtures', 'word', name);
const SOFFICE = findSoffice();
const NO_SOFFICE = SOFFICE ? false : 'LibreOffice (soffice) is not installed: install libreoffice-writer-nogui to run this test';

/** The built CLI as users run it, with the default (Russian) language. */
function cli(args: string[], cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['NASTAVNIK_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  return spawnSync(process.execPath, [cliBundle(), ...args], { cwd, encoding: 'utf8', env, timeout: 180_000 });
}

describe('export read by LibreOffice', { skip: NO_SOFFICE }, () => {
  test('LibreOffice converts every export to text without error, holding the title and every cell', async () => {
    const dir = tempDir('nastavnik-export-test-');
    const exported = [];
    for (const file of readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      const path = join(dir, file.replace(/\.md$/, '.docx'));
      writeFileSync(path, (await exportDocx(text)).docx);
      exported.push({ file, path, model: analyze(text).model });
    }
    assert.ok(exported.length >= 9, `only ${exported.length} examples`);
    const run = spawnSync(
      SOFFICE!,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        join(dir, 'txt'),
        ...exported.map((e) => e.path),
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    assert.equal(run.status, 0, run.stderr);
    for (const e of exported) {
      const txt = join(dir, 'txt', e.file.replace(/\.md$/, '.txt'));
      assert.ok(existsSync(txt), `LibreOffice could not open the export of ${e.file}: ${run.stdout} ${run.stderr}`);
      const text = readFileSync(txt, 'utf8');
      assert.ok(text.trim().length > 100, `${e.file}: LibreOffice read almost nothing`);
      assert.deepEqual(missingFrom(text, expectedTexts(e.model)), [], e.file);
    }
  });

  test('nastavnik export --format pdf makes a landscape PDF through LibreOffice', () => {
    const dir = tempDir('nastavnik-export-cli-');
    copyFileSync(join(EXAMPLES, 'clean-teachers-roadmap.md'), join(dir, 'plan.md'));
    const r = cli(['export', 'plan.md', '--out', 'plan.pdf'], dir);
    assert.equal(r.status, 0, r.stderr);
    const pdf = readFileSync(join(dir, 'plan.pdf')).toString('latin1');
    assert.ok(pdf.startsWith('%PDF-'));
    assert.match(pdf, /\/MediaBox\s*\[\s*0 0 841\.\d+ 595\.\d+\s*\]/, 'A4 landscape pages');
  });
});

describe('.doc and .odt imported through LibreOffice', { skip: NO_SOFFICE }, () => {
  test('the same roadmap saved as .doc imports to the same Markdown as the .docx', async () => {
    const [doc, docx] = await Promise.all([importWord(fixture('roadmap-merged.doc')), importWord(fixture('roadmap-merged.docx'))]);
    assert.equal(doc.via, 'libreoffice');
    assert.equal(doc.markdown, docx.markdown);
  });

  test('the same roadmap saved as .odt imports to the same Markdown', async () => {
    const [odt, docx] = await Promise.all([importWord(fixture('roadmap-merged.odt')), importWord(fixture('roadmap-merged.docx'))]);
    assert.equal(odt.markdown, docx.markdown);
  });

  test(`hostile-password.doc → exit ${IMPORT_EXIT.conversionFailed}, its own message, nothing written`, () => {
    const dir = tempDir('nastavnik-word-test-');
    copyFileSync(fixture('hostile-password.doc'), join(dir, 'hostile-password.doc'));
    const r = cli(['import', join(dir, 'hostile-password.doc')], dir);
    assert.equal(r.status, IMPORT_EXIT.conversionFailed, r.stderr);
    assert.match(r.stderr, /LibreOffice не смог открыть .*защищён паролем/);
    assert.equal(r.stdout, '');
    assert.deepEqual(readdirSync(dir), ['hostile-password.doc']);
  });
});
