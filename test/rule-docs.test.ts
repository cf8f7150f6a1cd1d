/**
 * Every rule has a doc page, and the page's examples are run: the «fires» document must produce
 * the rule's code, the «ok» document must not.
 */
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { RULES } from '../server/src/core/rules';

function examples(markdown: string, tag: 'fires' | 'ok'): string[] {
  // Fenced with four backticks so the example itself may hold ``` blocks: ````markdown fires
  const re = new RegExp('^````markdown ' + tag + '\\n([\\s\\S]*?)^````$', 'gm');
  return [...markdown.matchAll(re)].map((m) => m[1]!);
}

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
        const codes = analyze(text).diagnostics.map((d) => d.code);
        assert.ok(codes.includes(rule.code), `expected ${rule.code} in ${JSON.stringify(codes)} for:\n${text}`);
      }
      for (const text of ok) {
        const codes = analyze(text).diagnostics.map((d) => d.code);
        assert.ok(!codes.includes(rule.code), `did not expect ${rule.code} in ${JSON.stringify(codes)} for:\n${text}`);
      }
    });
  }
});
