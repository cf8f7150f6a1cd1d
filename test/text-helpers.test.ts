/**
 * The character-code helpers of core/read/text.ts against the regular expressions they stand in for:
 * `isSpace(c)` is `/\s/` and `collapseSpaces(s)` is `s.replace(/\s+/g, ' ').trim()`, on hand-picked
 * cells and on random strings built from every kind of space, letters and punctuation; and
 * `isPlaceholder`, which looks at the first character before its regex; `execAll` against `matchAll`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isPlaceholder } from '../server/src/core/domain/placeholders';
import { normalize, normalizeChar } from '../server/src/core/domain/deadline/lexicon';
import { contentWords, STOP_WORDS, words } from '../server/src/core/domain/stages';
import { isSubNumber } from '../server/src/core/read/roadmap-rows';
import { collapseSpaces, execAll, isSpace } from '../server/src/core/read/text';

const SPACES = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
const NOT_SPACES = ['\u200b', '\u180e', '\u0085', 'а', 'Я', '|', '«', '1', '.', '\u200c'];
/** Letters of several scripts, digits, spaces, dashes and quotes: what Russian cells and their oddities hold. */
const MIXED = ['а', 'Я', 'ё', 'Ё', 'z', 'Q', '7', ' ', '-', '«', '\u00a0', '–', '.', '😀', '\ud800', 'ß'];

test('isSpace agrees with /\\s/ on every UTF-16 code unit', () => {
  for (let c = 0; c <= 0xffff; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('collapseSpaces: a clean cell comes back as the same string, a messy one collapsed and trimmed', () => {
  const clean = 'Директор, рабочая группа';
  assert.equal(collapseSpaces(clean), clean);
  assert.equal(collapseSpaces('  Директор,\u00a0 рабочая\tгруппа \n'), 'Директор, рабочая группа');
  assert.equal(collapseSpaces(''), '');
  assert.equal(collapseSpaces(' '), '');
  assert.equal(collapseSpaces('а  б'), 'а б');
  assert.equal(collapseSpaces('а\u2028б'), 'а б');
});

test('collapseSpaces equals replace(/\\s+/g, " ").trim() on random strings', () => {
  const char = fc.constantFrom(...SPACES, ...NOT_SPACES);
  fc.assert(
    fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
      const s = chars.join('');
      assert.equal(collapseSpaces(s), s.replace(/\s+/g, ' ').trim());
    }),
    { numRuns: 5000 },
  );
});

test('isPlaceholder: the first-character shortcut agrees with the regex on random cells', () => {
  const piece = fc.constantFrom(' ', '\u00a0', '\n', '[', ']', '[указать ', 'срок', 'указать', 'а', '|');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const s = pieces.join('');
      assert.equal(isPlaceholder(s), /^\[указать [^\]]*\]$/.test(s.trim()), JSON.stringify(s));
    }),
    { numRuns: 5000 },
  );
  assert.equal(isPlaceholder('  [указать срок] '), true);
  assert.equal(isPlaceholder('Сентябрь [указать срок]'), false);
});

test('stage words: the char-code split and number test agree with the Unicode regexes they replace', () => {
  const piece = fc.constantFrom(...MIXED, '/', '»', '№', '…', ',', '٣', 'Ⅻ', '²', '𝐀', '\udc00', '\u0483', 'é', '中', '\u200b', '_');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const s = pieces.join('');
      const expected = s.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
      assert.deepEqual(words(s), expected, JSON.stringify(s));
      assert.deepEqual(
        contentWords(s),
        expected.filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !/^\p{N}+$/u.test(w)),
        JSON.stringify(s),
      );
    }),
    { numRuns: 5000 },
  );
});

test('deadline normalize: the char-code fast path equals normalizeChar applied to each character', () => {
  const piece = fc.constantFrom(...MIXED, '—', '\n', '\r', '\t', '\u2028', 'İ', 'Σ', 'Ω', 'і');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const s = pieces.join('');
      assert.equal(normalize(s), [...s.split('')].map(normalizeChar).join(''), JSON.stringify(s));
    }),
    { numRuns: 5000 },
  );
  const long = 'Сентябрь 2025 — Май 2026. '.repeat(1000);
  assert.equal(normalize(long), long.split('').map(normalizeChar).join(''));
});

test("isSubNumber (a plan's «1.2» numbers) agrees with /^\\d+\\.\\d/ on the trimmed text", () => {
  const piece = fc.constantFrom(' ', '\u00a0', '\t', '1', '2', '0', '.', ')', 'a', 'I', '١');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const s = pieces.join('');
      assert.equal(isSubNumber(s), /^\d+\.\d/.test(s.trim()), JSON.stringify(s));
    }),
    { numRuns: 5000 },
  );
});

/** What a match is made of, to compare two ways of finding them. */
const matchParts = (m: RegExpExecArray | RegExpMatchArray) => ({ index: m.index, groups: [...m] });

test('execAll finds what matchAll finds: empty matches, surrogate pairs under /u, lookbehind, groups', () => {
  const cases: [RegExp, string][] = [
    [/(?:)/g, 'абв'],
    [/(?:)/gu, 'a😀б'],
    [/(?:)/g, 'a😀б'],
    [/x*/gu, 'xx😀x'],
    [/(?<=[\p{L}\d»"])(?=утвержд|согласова)/giu, 'МБДОУ № 18 «Алёнушка»УТВЕРЖДАЮ согласовано'],
    [/(\d+)\.(\d+)/g, '1.2, 3.45 и 10.1'],
    [/\s+от\s/giu, 'Приказ от 01.09.2024 ОТ '],
  ];
  for (const [re, text] of cases) {
    assert.deepEqual([...execAll(re, text)].map(matchParts), [...text.matchAll(re)].map(matchParts), `${re} on ${text}`);
  }
});

test('execAll: stopped early, the regex starts afresh on the next call; without /g it matches once', () => {
  const re = /\d/g;
  for (const m of execAll(re, 'a1b2c3')) {
    assert.equal(m[0], '1');
    break;
  }
  assert.deepEqual(
    [...execAll(re, '7x8')].map((m) => m[0]),
    ['7', '8'],
  );
  assert.deepEqual(
    [...execAll(/\d/, '7x8')].map((m) => m[0]),
    ['7'],
  );
});

test('execAll equals matchAll on random patterns and texts (empty matches, astral characters, /u and /i)', () => {
  const piece = fc.constantFrom('a', 'б', 'Б', '😀', ' ', '1', '.', '\n');
  const pattern = fc.constantFrom('a*', '(?:)', '\\p{L}+', '\\d|(?=б)', '[аб]?', '(?<=\\s)', 'б(a)?', '.');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 20 }), pattern, fc.constantFrom('g', 'gu', 'giu', 'gi'), (chars, source, flags) => {
      if (source.includes('\\p') && !flags.includes('u')) return;
      const re = new RegExp(source, flags);
      const text = chars.join('');
      assert.deepEqual([...execAll(re, text)].map(matchParts), [...text.matchAll(re)].map(matchParts));
    }),
    { numRuns: 3000, seed: 20261205 },
  );
});
