/**
 * Every rule has a doc page, and the page's examples are run: the «fires» document must produce
 * the rule's code, the «ok» document must not. The index (docs/rules/README.md) lists every code
 * with its default severity, and each page has the parts a reader needs.
 */
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import type { Severity } from '../server/src/core/diagnostic';
import { RULES } from '../server/src/core/rules';
import { FOLDER_RULES } from '../server/src/core/workspace/rules';

/** Fenced with four backticks so the example itself may hold ``` blocks: ````markdown fires */
function examples(markdown: string, tag: 'fires' | 'ok'): string[] {
  const re = new RegExp('^````markdown ' + tag + '\\n([\\s\\S]*?)^````$', 'gm');
  return [...markdown.matchAll(re)].map((m) => m[1]!);
}

/** The date rules judged against today (personal-overdue) are run as of; the docs say so on their pages. */
const DOC_TODAY = '2026-01-15';

const SEVERITY_RU: Record<Severity, string> = { error: 'ошибка', warning: 'предупреждение', info: 'информация', hint: 'подсказка' };

describe('rule docs', () => {
  for (const rule of RULES) {
    const path = `docs/rules/${rule.code}.md`;
    test(`${rule.code}: the doc exists and its examples behave as documented`, () => {
      assert.ok(existsSync(path), `${path} is missing`);
      const doc = readFileSync(path, 'utf8');
      assert.match(doc, new RegExp('^# `' + rule.code + '`', 'm'), 'title line «# `code`»');
      const fires = examples(doc, 'fires');
      const ok = examples(doc, 'ok');
      assert.ok(fires.length > 0, 'a ````markdown fires example');
      assert.ok(ok.length > 0, 'a ````markdown ok example');
      for (const text of fires) {
        const codes = analyze(text, { today: DOC_TODAY }).diagnostics.map((d) => d.code);
        assert.ok(codes.includes(rule.code), `expected ${rule.code} in ${JSON.stringify(codes)} for:\n${text}`);
      }
      for (const text of ok) {
        const codes = analyze(text, { today: DOC_TODAY }).diagnostics.map((d) => d.code);
        assert.ok(!codes.includes(rule.code), `did not expect ${rule.code} in ${JSON.stringify(codes)} for:\n${text}`);
      }
    });

    test(`${rule.code}: the doc says what, why, how to fix, and its default severity`, () => {
      const doc = readFileSync(path, 'utf8');
      for (const heading of ['## Что проверяет', '## Почему это важно', '## Как исправить', '## English']) {
        assert.ok(doc.includes(`\n${heading}`), `${path} lacks «${heading}»`);
      }
      const line = /^\*\*Важность по умолчанию:\*\* (\S+)/m.exec(doc);
      assert.ok(line, 'a «**Важность по умолчанию:**» line');
      assert.equal(line[1], SEVERITY_RU[rule.defaultSeverity], 'the documented default severity is the rule’s');
    });
  }

  test('the index lists every code, with its default severity, and nothing else', () => {
    const index = readFileSync('docs/rules/README.md', 'utf8');
    const rows = [...index.matchAll(/^\| \[`([a-z-]+)`\]\(([a-z-]+)\.md\) \| ([^|]+) \|/gm)];
    // Rules across a school's folder have pages too (their examples run in test/folder-rule-docs.test.ts).
    const all = [...RULES, ...FOLDER_RULES];
    assert.deepEqual(rows.map((r) => r[1]).sort(), all.map((r) => r.code).sort());
    for (const [, code, file, severity] of rows) {
      assert.equal(file, code);
      const rule = all.find((r) => r.code === code)!;
      assert.ok(
        severity!.trim().startsWith(SEVERITY_RU[rule.defaultSeverity]),
        `${code}: «${severity}» should start with «${SEVERITY_RU[rule.defaultSeverity]}»`,
      );
    }
    const pages = readdirSync('docs/rules')
      .filter((f) => f !== 'README.md')
      .map((f) => f.replace(/\.md$/, ''));
    assert.deepEqual(pages.sort(), all.map((r) => r.code).sort(), 'one page per code, no stray pages');
  });

  test('the example runner notices an example that stops firing', () => {
    // A fires example with the defect fixed must not count as firing: the runner really looks.
    const doc = readFileSync('docs/rules/missing-responsible.md', 'utf8');
    const [fires] = examples(doc, 'fires');
    const [ok] = examples(doc, 'ok');
    assert.ok(fires && ok);
    assert.ok(analyze(fires).diagnostics.some((d) => d.code === 'missing-responsible'));
    assert.ok(!analyze(ok).diagnostics.some((d) => d.code === 'missing-responsible'));
    assert.deepEqual(examples('````markdown fires\n# x\n```\n', 'fires'), [], 'an unclosed or three-backtick fence is no example');
  });
});
