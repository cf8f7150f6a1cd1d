/** The parser guard (core/read/guard.ts): pathological lines are blanked in place and reported. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { guardInput, MAX_LINE_CHARS } from '../server/src/core/read/guard';

test('the examples are never touched', () => {
  // Recursive: examples/school-12/ is a school's folder of documents.
  for (const f of readdirSync('examples', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'))) {
    const text = readFileSync(join('examples', f), 'utf8');
    assert.deepEqual(guardInput(text).limits, [], f);
  }
});

test('a 2,000-column table is blanked line by line, offsets kept, CRLF kept', () => {
  const row = '| ' + Array.from({ length: 2000 }, (_, i) => `c${i}`).join(' | ') + ' |';
  const text = `# Дорожная карта\r\n\r\n${row}\r\n|${'---|'.repeat(2000)}\r\n${row}\r\nконец`;
  const { text: out, limits } = guardInput(text);
  assert.equal(out.length, text.length);
  assert.deepEqual(
    limits.map((l) => l.kind),
    ['wide-row', 'wide-row', 'wide-row'],
  );
  assert.equal(out.split('\r\n').length, text.split('\r\n').length, 'line breaks stay');
  assert.ok(out.endsWith('конец') && out.startsWith('# Дорожная карта'));
  // A table row keeps its outer pipes (so a table goes on after it); everything else is spaces.
  for (const l of limits) assert.match(out.slice(l.span.start, l.span.end), /^\| +\|$/);
});

test('a very long line is skipped; analyze reports input-limit on it and checks the rest', () => {
  const long = '['.repeat(MAX_LINE_CHARS + 5);
  const text =
    `---\nвид: дорожная карта\nпрофиль: педагоги\nпериод: 2025-2026 учебный год\n---\n# Дорожная ` +
    `карта\n\n${long}\n\n| Этап | Мероприятия | Сроки | Ответственные |\n|---|---|---|---|\n| ` +
    `Подготовка условий для реализации системы наставничества | Приказ | Сентябрь 2025 |  |\n`;
  const analysis = analyze(text);
  const limit = analysis.diagnostics.find((d) => d.code === 'input-limit');
  assert.ok(limit);
  assert.equal(text.slice(limit.span.start, limit.span.end), long);
  assert.ok(
    analysis.diagnostics.some((d) => d.code === 'missing-responsible'),
    'the table after it is still checked',
  );
});

test('a heading with many pipes is kept: it is never a table row, and it holds the kind', () => {
  const title = '# Дорожная карта реализации целевой модели наставничества' + '|'.repeat(70);
  assert.deepEqual(guardInput(`${title}\n\nТекст.\n`).limits, []);
  assert.deepEqual(guardInput(`   ## Раздел ${'a|'.repeat(70)}`).limits, []);
  // Not headings: seven «#», «#» without a space, four spaces of indentation.
  for (const line of [`####### ${'|'.repeat(70)}`, `#x${'|'.repeat(70)}`, `    # ${'|'.repeat(70)}`])
    assert.equal(guardInput(line).limits.length, 1, line);
  assert.notEqual(analyze(`${title}\n\nТекст.\n`).model.meta.kind, 'unknown');
});
