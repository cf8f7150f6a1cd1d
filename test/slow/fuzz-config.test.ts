/**
 * `.nastavnik.json` under fuzzing (test/config.test.ts has the hand-written hostile cases): arbitrary
 * JSON values, valid files with characters deleted or inserted, and profiles at the size limits with
 * keywords full of regex syntax. loadConfig never throws; every problem points inside the file and
 * has a message in both languages; whatever settings survive are of the documented types, and an
 * analysis of a real roadmap with them runs without an internal error.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { loadConfig, type LoadedConfig } from '../../server/src/core/config';
import { RULES } from '../../server/src/core/rules';

const SEED = 20261124;
const knownRules = RULES.map((r) => r.code);
const ROADMAP = readFileSync('examples/001-tomsk-lyceum-roadmap.md', 'utf8');
const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

const VALID = JSON.stringify(
  {
    locale: 'ru',
    profile: 'teachers',
    staff: ['Иванова А.А.', 'Петров П.П.'],
    roles: ['логопед'],
    rules: { 'vague-deadline': 'off', numbering: 'hint' },
    profiles: [
      {
        id: 'speech',
        title: 'Логопедия',
        stages: [
          { id: 'd', title: 'Диагностика речи', keywords: [['диагност']] },
          { id: 'c', title: 'Коррекция', mandatory: false },
        ],
      },
    ],
  },
  null,
  2,
);

const mutatedValid = fc
  .array(
    fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 12 }),
      insert: fc.oneof(
        fc.constantFrom('', '{', '}', '[', ']', '"', ',', ':', '//', '/*', '\\', '\u0000', 'null', '1e999', '"__proto__"'),
        fc.string({ maxLength: 6 }),
      ),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((edits) =>
    edits.reduce((t, e) => {
      const at = e.at % (t.length + 1);
      return t.slice(0, at) + e.insert + t.slice(at + e.cut);
    }, VALID),
  );

const REGEXY = ['.*', '(a+)+$', '^', '$', '|', '[', '\\', '(?=x)', 'a{1,99999}', '\\b', 'ди|агн', ' ', ''];
/** Profiles at the schema's limits, keywords full of regex syntax and very long stems. */
const hugeProfiles = fc
  .record({
    profiles: fc.integer({ min: 1, max: 50 }),
    stages: fc.integer({ min: 1, max: 100 }),
    keyword: fc.oneof(
      fc.constantFrom(...REGEXY),
      fc.string({ maxLength: 30 }),
      fc.nat({ max: 5000 }).map((n) => 'а'.repeat(n)),
    ),
  })
  .map(({ profiles, stages, keyword }) =>
    JSON.stringify({
      profile: 'p0',
      profiles: Array.from({ length: profiles }, (_, p) => ({
        id: `p${p}`,
        title: `Профиль ${p}`,
        stages: Array.from({ length: stages }, (_, s) => ({
          id: `s${s}`,
          title: `Этап ${s} ${keyword}`,
          keywords: [[keyword, `${keyword}${s}`]],
        })),
      })),
    }),
  );

const configText = fc.oneof(
  { arbitrary: mutatedValid, weight: 4 },
  { arbitrary: fc.json({ maxDepth: 4 }), weight: 2 },
  {
    arbitrary: fc
      .jsonValue({ maxDepth: 3 })
      .map((v) => JSON.stringify({ staff: v, roles: v, rules: v, profiles: v, profile: v, locale: v })),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
);

function checkLoaded(text: string, loaded: LoadedConfig): void {
  for (const p of loaded.problems) {
    assert.ok(p.message.ru.length > 0 && p.message.en.length > 0);
    // A problem at the very end of the file may be one character wide past it (an unexpected end).
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length + 1, `problem ${p.start}-${p.end} outside 0..${text.length}`);
  }
  const c = loaded.config;
  assert.equal(Object.getPrototypeOf(c), Object.prototype);
  assert.ok(c.locale === undefined || c.locale === 'ru' || c.locale === 'en');
  assert.ok(c.profile === undefined || typeof c.profile === 'string');
  for (const list of [c.staff, c.roles])
    assert.ok(list === undefined || (Array.isArray(list) && list.every((s) => typeof s === 'string' && s.length > 0)));
  for (const value of Object.values(c.rules ?? {})) assert.ok(SEVERITIES.has(value));
  for (const profile of c.profiles ?? []) assert.ok(profile.stages.length > 0 && profile.stages.every((s) => typeof s.title === 'string'));
}

describe('fuzz: .nastavnik.json', () => {
  test('any file: no throw, problems inside it, surviving settings well-typed and usable', () => {
    fc.assert(
      fc.property(configText, (text) => {
        const loaded = loadConfig(text, { knownRules });
        checkLoaded(text, loaded);
        assert.deepEqual(analyze(ROADMAP, { config: loaded.config }).internalErrors, []);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('profiles at the size limits with regex-like keywords: read, and a roadmap is analysed with them', () => {
    fc.assert(
      fc.property(hugeProfiles, (text) => {
        const loaded = loadConfig(text, { knownRules });
        checkLoaded(text, loaded);
        const analysis = analyze(ROADMAP, { config: loaded.config });
        assert.deepEqual(analysis.internalErrors, []);
      }),
      { seed: SEED, numRuns: 12 },
    );
  });
});
