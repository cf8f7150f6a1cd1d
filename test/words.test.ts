/** Plural forms and numbers in messages (server/src/core/words.ts) and the one table of month names. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { monthName } from '../server/src/core/domain/months';
import { count, formatNumber, type Noun, plural } from '../server/src/core/words';

const POINT: Noun = { ru: { one: 'балл', few: 'балла', many: 'баллов' }, en: { one: 'point', other: 'points' } };
const NUMBERS = [0, 1, 2, 5, 11, 21, 22, 25, 111, 1.5];

describe('plural forms over Intl.PluralRules', () => {
  test('Russian: one, few, many, and a fraction takes the genitive singular', () => {
    assert.deepEqual(
      NUMBERS.map((n) => count(n, POINT, 'ru')),
      ['0 баллов', '1 балл', '2 балла', '5 баллов', '11 баллов', '21 балл', '22 балла', '25 баллов', '111 баллов', '1,5 балла'],
    );
  });

  test('English: one and other', () => {
    assert.deepEqual(
      NUMBERS.map((n) => count(n, POINT, 'en')),
      ['0 points', '1 point', '2 points', '5 points', '11 points', '21 points', '22 points', '25 points', '111 points', '1.5 points'],
    );
  });

  test('plural(n, one, few, many) for Russian words in running text', () => {
    assert.deepEqual(
      NUMBERS.map((n) => plural(n, 'строка', 'строки', 'строк')),
      ['строк', 'строка', 'строки', 'строк', 'строк', 'строка', 'строки', 'строк', 'строк', 'строки'],
    );
  });

  test('numbers: a no-break space between thousands in Russian, a comma in English', () => {
    assert.equal(formatNumber(1234567, 'ru'), '1\u00a0234\u00a0567');
    assert.equal(formatNumber(1234567, 'en'), '1,234,567');
    assert.equal(formatNumber(2.5, 'ru'), '2,5');
  });
});

describe('month names', () => {
  test('one table: nominative, genitive, short; English has no cases', () => {
    assert.deepEqual(
      [monthName(3, 'ru', 'nominative'), monthName(3, 'ru', 'genitive'), monthName(3, 'ru', 'short'), monthName(3, 'en', 'genitive')],
      ['март', 'марта', 'мар', 'March'],
    );
    assert.equal(monthName(0, 'ru', 'short'), 'дек', 'axis arithmetic wraps');
    assert.equal(monthName(13, 'en', 'short'), 'Jan');
  });
});
