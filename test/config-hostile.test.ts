/**
 * Hostile `.nastavnik.json` files not covered by test/config.test.ts (hand-written broken files,
 * size limits, regex-like keywords) or test/slow/fuzz-config.test.ts (shallow random JSON): brackets
 * nested thousands deep — which made jsonc-parser overflow the stack, a RangeError out of
 * loadConfig (fixture test/fixtures/regressions/config-deep-nesting.json) — and strings of hundreds
 * of kilobytes in every key. Each gives a Russian problem inside the file and the defaults (or the
 * other keys), never a throw.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core/analyze';
import { loadConfig, MAX_CONFIG_DEPTH, type LoadedConfig } from '../server/src/core/config';
import { RULES } from '../server/src/core/rules';

const knownRules = RULES.map((r) => r.code);
const load = (text: string): LoadedConfig => loadConfig(text, { knownRules });
const ROADMAP = readFileSync('examples/001-tomsk-lyceum-roadmap.md', 'utf8');

function assertInside(text: string, loaded: LoadedConfig): void {
  for (const p of loaded.problems) {
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length + 1, `problem ${p.start}-${p.end} outside 0..${text.length}`);
    assert.ok(p.message.ru.length > 0 && p.message.en.length > 0);
  }
}

describe('brackets nested too deep', () => {
  const deep: Record<string, string> = {
    'the fuzz fixture (20,000 «[» in profiles, unterminated)': readFileSync(
      join(__dirname, 'fixtures', 'regressions', 'config-deep-nesting.json'),
      'utf8',
    ),
    '100,000 balanced «[»': '['.repeat(100_000) + ']'.repeat(100_000),
    '30,000 nested objects in rules': '{"rules":' + '{"a":'.repeat(30_000) + '1' + '}'.repeat(30_000) + '}',
    'deep nesting after a valid key, inside an unknown key':
      '{"staff":["Иванова А.А."],"x":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}',
  };
  for (const [what, text] of Object.entries(deep)) {
    test(`${what}: not read, one Russian problem at the bracket, defaults`, () => {
      const loaded = load(text);
      assert.deepEqual(loaded.config, {});
      assert.equal(loaded.problems.length, 1);
      assert.match(
        loaded.problems[0]!.message.ru,
        /скобки вложены глубже 64 уровней \(строка 1, столбец \d+\) — файл не прочитан; действуют настройки по умолчанию/,
      );
      assert.equal(text[loaded.problems[0]!.start], text.includes('{"a":{"a"') ? '{' : '[');
      assertInside(text, loaded);
    });
  }

  test('brackets inside strings and comments do not count', () => {
    const text = `// ${'['.repeat(5000)}\n{ /* ${'{'.repeat(5000)} */ "staff": ["${'['.repeat(150)}"], "rules": { "numbering": "off" } }`;
    const loaded = load(text);
    assert.deepEqual(loaded.config.rules, { numbering: 'off' });
    assert.ok(!loaded.problems.some((p) => /вложены/.test(p.message.ru)));
  });

  test(`nesting up to ${MAX_CONFIG_DEPTH} levels is parsed as usual (the value is then checked by the schema)`, () => {
    const text = `{"rules":{"numbering":"off"},"roles":${'['.repeat(MAX_CONFIG_DEPTH - 1)}${']'.repeat(MAX_CONFIG_DEPTH - 1)}}`;
    const loaded = load(text);
    assert.deepEqual(loaded.config.rules, { numbering: 'off' });
    assert.equal(loaded.config.roles, undefined);
    assert.match(loaded.problems[0]!.message.ru, /^Ошибка в \.nastavnik\.json, roles\[1\]/);
  });
});

describe('huge strings', () => {
  test('a huge value in each key drops that key only; the rest applies and the roadmap is analysed', () => {
    const big = 'Я'.repeat(300_000);
    const text = JSON.stringify({
      profile: big,
      staff: [big],
      roles: ['логопед', big],
      rules: { numbering: 'off', [big.slice(0, 50_000)]: 'off' },
      locale: 'ru',
    });
    const loaded = load(text);
    assert.deepEqual(loaded.config, { locale: 'ru', rules: { numbering: 'off' } });
    const ru = loaded.problems.map((p) => p.message.ru.slice(0, 60));
    assert.deepEqual(
      ru.map((m) => /^(?:Ошибка в \.nastavnik\.json, |Правила «)(\w*)/.exec(m)?.[1]),
      ['profile', 'staff', 'roles', ''],
    );
    assertInside(text, loaded);
    assert.deepEqual(analyze(ROADMAP, { config: loaded.config }).internalErrors, []);
  });

  test('a huge key, a huge number, an unterminated block comment: no throw, problems inside the file', () => {
    for (const text of [
      `{"${'k'.repeat(500_000)}": 1}`,
      `{"staff": [1${'0'.repeat(400_000)}]}`,
      `{"staff": ["x"] /* ${'*'.repeat(400_000)}`,
      '\u0000'.repeat(300_000),
    ]) {
      const loaded = load(text);
      assert.ok(loaded.problems.length > 0);
      assert.equal(loaded.config.staff, undefined);
      assertInside(text, loaded);
    }
  });
});
