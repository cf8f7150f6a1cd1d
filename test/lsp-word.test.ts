/**
 * The Word requests behind «Наставник: Импорт из Word…» and «Наставник: Экспорт в Word» (the client
 * picks the file and opens or reveals the result; the server converts with the CLI's modules). Over
 * the protocol, in process: the file is written, an existing one is never replaced unasked, and a
 * bad request gets a message, not a crash.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { EXPORT_WORD_REQUEST, IMPORT_WORD_REQUEST, type WordResult } from '../server/src/lsp/word-protocol';
import { ROOT, TestClient } from './lsp-client';

describe('Word import and export through the server', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    client = await TestClient.start({ pull: true, locale: 'ru' });
    dir = mkdtempSync(join(tmpdir(), 'nastavnik-word-lsp-'));
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const send = (method: string, params: unknown) => client.connection.sendRequest<WordResult>(method, params);

  test('import writes the Markdown beside the Word file; a second import asks before replacing', async () => {
    const docx = join(dir, 'план.docx');
    copyFileSync(join(ROOT, 'test/fixtures/word/roadmap-merged.docx'), docx);
    const first = await send(IMPORT_WORD_REQUEST, { path: docx });
    assert.ok(first.ok, JSON.stringify(first));
    assert.equal(first.path, join(dir, 'план.md'));
    const markdown = readFileSync(first.path, 'utf8');
    assert.equal(analyze(markdown).model.meta.kind, 'roadmap');
    writeFileSync(first.path, 'мои правки');
    const again = await send(IMPORT_WORD_REQUEST, { path: docx });
    assert.equal(again.ok, false);
    assert.ok(!again.ok && again.exists === first.path && /уже есть/.test(again.message.ru));
    assert.equal(readFileSync(first.path, 'utf8'), 'мои правки', 'not replaced unasked');
    const forced = await send(IMPORT_WORD_REQUEST, { path: docx, force: true });
    assert.ok(forced.ok);
    assert.equal(readFileSync(first.path, 'utf8'), markdown);
  });

  test('export writes a .docx from the editor’s text, unsaved edits included', async () => {
    const md = join(dir, 'карта.md');
    writeFileSync(md, '# старый текст\n');
    const text = readFileSync(join(ROOT, 'examples/clean-teachers-roadmap.md'), 'utf8');
    const result = await send(EXPORT_WORD_REQUEST, { path: md, text });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.path, join(dir, 'карта.docx'));
    const bytes = readFileSync(result.path);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip: a .docx');
    const again = await send(EXPORT_WORD_REQUEST, { path: md, text });
    assert.ok(!again.ok && again.exists === result.path);
  });

  test('a damaged Word file or a request without a path: a message, nothing written, the server goes on', async () => {
    const bad = join(dir, 'битый.docx');
    copyFileSync(join(ROOT, 'test/fixtures/word/hostile-truncated.docx'), bad);
    const damaged = await send(IMPORT_WORD_REQUEST, { path: bad });
    assert.ok(!damaged.ok && damaged.message.ru.length > 10);
    assert.equal(existsSync(join(dir, 'битый.md')), false);
    const empty = await send(IMPORT_WORD_REQUEST, {});
    assert.ok(!empty.ok && /Не указан файл/.test(empty.message.ru));
    const rules = await client.connection.sendRequest<unknown[]>('nastavnik/rules', {});
    assert.ok(rules.length > 30, 'still answering');
  });
});
