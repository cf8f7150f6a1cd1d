/**
 * quoted(), the «quoted fragment» of user text in every message: it stops reading a long cell once it has
 * enough words, and must quote exactly what collapsing the whole cell's whitespace would.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { quoted } from '../server/src/core/rules/rule';

/** The definition: the whole text's whitespace collapsed and trimmed, cut at `max`. */
function reference(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `«${one.length > max ? one.slice(0, max - 1) + '…' : one}»`;
}

test('quoted quotes what collapsing the whole text would, for any text and length', () => {
  const char = fc.constantFrom(
    'а',
    'Б',
    'x',
    '1',
    '.',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\u00a0',
    '\u2003',
    '\ufeff',
    '😀',
    'ё',
    '\u2028',
    '\u205f',
    '\u3000',
    '\u180e',
    '\u200b',
    '\u000b',
    '\u001c',
  );
  fc.assert(
    fc.property(
      fc.array(char, { maxLength: 200 }).map((cs) => cs.join('')),
      fc.integer({ min: 1, max: 80 }),
      (text, max) => {
        assert.equal(quoted(text, max), reference(text, max));
        assert.equal(quoted(text), reference(text));
      },
    ),
    { seed: 20261202, numRuns: 2000 },
  );
});

test('quoted on real cell texts', () => {
  assert.equal(quoted('  Иванова   А.А.,\n Петров '), '«Иванова А.А., Петров»');
  assert.equal(quoted(''), '«»');
  const long = 'Проведение установочного семинара для наставников, консультации по составлению программ';
  assert.equal(quoted(long), `«${long.slice(0, 59)}…»`);
});
