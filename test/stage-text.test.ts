/**
 * normalizeStageText (core/domain/stages.ts) tidies quotes, dashes and spaces in one pass over character
 * codes; this holds it to the chain of regular expressions it replaced, on random stage and activity texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { BANK_FORMS, normalizeStageText } from '../server/src/core/domain/stages';

/** The former normalisation, step by step (the reference; the «банк» forms are the module's own table). */
function reference(text: string): string {
  let s = text
    .replace(/<\/?[a-zA-Z][^<>]{0,300}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е');
  s = s
    .replace(/\[bookmark:[^[\]]{0,200}\]/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\(\s*целев\p{L}*\s+модел\p{L}*\s*\)/gu, ' ');
  s = s.replace(/(?<![\p{L}\p{N}])банк(?:ами|ам|ах|ов|ом|а|е|и|у)?(?![\p{L}\p{N}])/gu, (w) => BANK_FORMS[w] ?? w);
  s = s
    .replace(/[«»"„“”‟‘’‚']/g, '')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/ ?[/\\] ?/g, '/')
    .replace(/ -|- /g, ' - ')
    .replace(/ {2,}/g, ' ')
    .trim();
  const LEADING_MARK = /^(?:[-•*·▪►–—]\s*|этап\s+\d{1,2}[.:)]?\s*|\d+(?:\.\d+)*[.)]\s*|\d{1,2}(?:\.\d{1,2})*\s+|[ivxlc]{1,6}[.)]\s*)/;
  for (let i = 0; i < 4; i++) {
    const m = LEADING_MARK.exec(s);
    if (!m || m[0].length === 0) break;
    s = s.slice(m[0].length);
  }
  let end = s.length;
  while (end > 0 && ' .,;:!?…-\u00a0'.includes(s[end - 1]!)) end--;
  return s.slice(0, end).trim();
}

test('normalizeStageText equals the regex chain it replaced', () => {
  const piece = fc.constantFrom(
    'Этап',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2003',
    '«',
    '»',
    '"',
    "'",
    '„',
    '“',
    '–',
    '—',
    '−',
    '-',
    ' - ',
    '/',
    ' / ',
    '\\',
    'банк',
    'Ёлка',
    'наставник',
    '1.',
    '2)',
    'I.',
    '•',
    ':',
    '.',
    ',',
    '…',
    '<b>',
    '&nbsp;',
    '(целевой модели)',
    '**',
    '`',
    'а',
    'Z',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const s = pieces.join('');
      assert.equal(normalizeStageText(s), reference(s), JSON.stringify(s));
    }),
    { numRuns: 10000 },
  );
});
