/**
 * Hostile documents aimed at the libraries under the parser, found by probing around the fuzzers:
 * a YAML front matter of thousands of keys (the yaml package checks duplicate keys pairwise — 100,000
 * keys took 5 minutes; fixture test/fixtures/regressions/front-matter-many-keys.md), YAML alias bombs
 * and nesting, lines the parser guard blanks, and formatting next to the guard's line cap. Each is read with a clear diagnostic, never a throw
 * or an internal error. No timing is asserted: the front matter cases assert that the block was
 * refused before YAML parsing (the `too-long` problem), which is what keeps them fast.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { applyEdits } from '../server/src/core/editing/edits';
import { formatTables } from '../server/src/core/editing/format';
import { MAX_LINE_CHARS } from '../server/src/core/read/guard';
import { MAX_FRONT_MATTER_LINES, readFrontMatter } from '../server/src/core/read/frontmatter';

const BODY =
  '\n# Дорожная карта реализации целевой модели наставничества\n\n| Этап | Мероприятия | Сроки | Ответственные ' +
  '|\n|---|---|---|---|\n| Подготовка условий для реализации системы наставничества | Приказ | Сентябрь 2025 | Директор |\n';
const withFrontMatter = (yaml: string): string => `---\n${yaml}\n---${BODY}`;

function analysed(text: string): ReturnType<typeof analyze> {
  const analysis = analyze(text);
  assert.deepEqual(analysis.internalErrors, []);
  for (const d of analysis.diagnostics) assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length);
  return analysis;
}

describe('front matter', () => {
  test('the fixture (250 keys): refused as too long with one Russian warning; the table is still checked', () => {
    const text = readFileSync(join(__dirname, 'fixtures', 'regressions', 'front-matter-many-keys.md'), 'utf8');
    const analysis = analysed(text);
    const fm = analysis.diagnostics.filter((d) => d.code === 'invalid-front-matter');
    assert.equal(fm.length, 1, 'one warning, not one per key');
    assert.match(
      fm[0]!.message.ru,
      /длиннее 200 строк или 20 000 символов и не прочитан\. Оставьте в нём только несколько строк «ключ: значение»/,
    );
    assert.equal(analysis.model.meta.kind, 'roadmap', 'the title still gives the kind');
    assert.ok(analysis.diagnostics.some((d) => d.code === 'missing-period'));
  });

  test('20,000 keys: refused before YAML parsing (which is quadratic in keys)', () => {
    const yaml = Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n');
    assert.deepEqual(
      readFrontMatter(yaml).problems.map((p) => p.message),
      ['too-long'],
    );
    assert.equal(analysed(withFrontMatter(yaml)).diagnostics.filter((d) => d.code === 'invalid-front-matter').length, 1);
  });

  test(`up to ${MAX_FRONT_MATTER_LINES} lines are read as usual`, () => {
    const yaml = [
      'вид: дорожная карта',
      'период: 2025-2026 учебный год',
      ...Array.from({ length: MAX_FRONT_MATTER_LINES - 2 }, () => '# комментарий'),
    ].join('\n');
    const fm = readFrontMatter(yaml);
    assert.deepEqual(fm.problems, []);
    assert.equal(fm.values.kind, 'дорожная карта');
  });

  test('alias bombs, deep nesting, tags, duplicate and prototype keys: a warning, never a throw', () => {
    const laughs = [
      'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill('*' + String.fromCharCode(97 + i))
            .join(', ')}]`,
      ),
    ].join('\n');
    const cases = [
      laughs,
      `вид: ${'['.repeat(10_000)}`,
      `период: ${'{a: '.repeat(4_000)}1${'}'.repeat(4_000)}`,
      Array.from({ length: 150 }, (_, i) => ' '.repeat(i) + 'k:').join('\n'),
      "вид: !!binary ZZZ\nпериод: !!timestamp 2025-99-99\nпрофиль: !<tag:yaml.org,2002:js/function> 'function(){}'",
      'вид: a\nвид: b\n__proto__: x\nconstructor: y',
    ];
    for (const yaml of cases) {
      const analysis = analysed(withFrontMatter(yaml));
      assert.ok(
        analysis.diagnostics.some((d) => d.code === 'invalid-front-matter'),
        yaml.slice(0, 40),
      );
      assert.equal(({} as Record<string, unknown>).x, undefined);
    }
  });
});

describe('lines the guard blanks keep the rest of the document checked', () => {
  test('a 50,000-character front matter line: input-limit on it, the front matter and table still read', () => {
    const text = withFrontMatter(`вид: ${'x'.repeat(50_000)}`);
    const codes = analysed(text).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('input-limit') && codes.includes('missing-period'), codes.join(','));
  });

  test('a 70-cell row inside a roadmap table: only that row is skipped', () => {
    const wide = '| ' + Array.from({ length: 70 }, (_, i) => `к${i}`).join(' | ') + ' |';
    const text =
      `---\nвид: дорожная карта\nпрофиль: педагоги\nпериод: 2025-2026 учебный год\n---${BODY.replace(/\n$/, '')}\n${wide}\n| ` +
      `Формирование базы наставников | Анкетирование | Октябрь 2025 |  |\n`;
    const analysis = analysed(text);
    const limit = analysis.diagnostics.find((d) => d.code === 'input-limit');
    assert.equal(limit && text.slice(limit.span.start, limit.span.end), wide);
    assert.ok(
      analysis.diagnostics.some((d) => d.code === 'missing-responsible'),
      'the row after it is still checked',
    );
  });
});

describe('formatting next to the guard', () => {
  test('padding never pushes a row over the line cap; the row stays read and formatting is idempotent', () => {
    const long = 'Мероприятие '.repeat(Math.floor((MAX_LINE_CHARS - 40) / 12));
    const text =
      `# Дорожная карта наставничества\n\n|Этап|Мероприятия|Сроки|\n|-|-|-|\n|Подготовка|${long}|Сентябрь ` +
      `2025|\n|Отбор|Анкетирование|Октябрь 2025|\n`;
    assert.ok(text.split('\n')[4]!.length <= MAX_LINE_CHARS);
    const once = applyEdits(text, formatTables(text, analyze(text).model));
    assert.notEqual(once, text, 'the other lines are formatted');
    const after = analyze(once);
    assert.ok(!after.diagnostics.some((d) => d.code === 'input-limit'));
    assert.equal(after.model.tables[0]!.rows.length, 2);
    assert.equal(applyEdits(once, formatTables(once, after.model)), once);
  });
});
