/**
 * The fast table and prose readers against remark alone on generated inputs (hundreds of fast-check
 * runs): tricky cells, generated prose and inline runs, generated roadmaps and mutated examples must
 * give the same tree and model. The examples, fixtures and hand-written edge cases are in
 * test/fast-table.test.ts and test/fast-blocks.test.ts.
 */
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { inlineDocument, proseDocument } from '../fast-blocks-arbitraries';
import { sameAsOracle } from '../fast-table-support';
import { mutatedExample, roadmapDocument } from '../fuzz-arbitraries';
import { tableMutatedExample } from '../fuzz-table-mutations';

const piece = fc.constantFrom(
  'мероприятие',
  'Сентябрь 2025',
  ' ',
  '  ',
  '\t',
  '|',
  '\\|',
  '\\\\',
  '\\',
  '`',
  '`a|b`',
  '``x\\|y``',
  '*',
  '**жирный**',
  '_',
  '~',
  '~~x~~',
  '<br>',
  '<BR/>',
  '<br />',
  '<br/ >',
  '<br',
  '<b>',
  '</b>',
  '<p>',
  '&amp;',
  '&nbsp;',
  '&#1234;',
  '[x]',
  '[x](y)',
  '![i](p)',
  'http://a.ru',
  'www.a.ru',
  'a@b.ru',
  ':',
  '-',
  '---',
  ':-:',
  '\u00a0',
  'ё',
  '😀',
  '#',
  '>',
  '1.',
  '- ',
);
const cellText = fc.array(piece, { maxLength: 5 }).map((xs) => xs.join(''));
const row = fc.record({
  cells: fc.array(cellText, { maxLength: 6 }),
  lead: fc.constantFrom('', ' ', '   ', '    '),
  pipes: fc.boolean(),
  trail: fc.constantFrom('', '', ' ', '  ', '\t', ' |', '| '),
});
const generatedTable = fc
  .record({
    width: fc.integer({ min: 1, max: 5 }),
    header: fc.array(cellText, { minLength: 1, maxLength: 5 }),
    align: fc.array(fc.constantFrom('---', ':---', '---:', ':-:', ' - ', '-', '--- ---', ':', '-\t'), { minLength: 1, maxLength: 5 }),
    rows: fc.array(row, { maxLength: 8 }),
    headerTrail: fc.constantFrom('', ' ', '\t', '  '),
    delimiterTrail: fc.constantFrom('', ' ', '\t', '  '),
    before: fc.constantFrom('', 'Текст\n', '# Заголовок\n', '- пункт\n', '> цитата\n', '\n'),
    after: fc.constantFrom('', 'ленивая строка\n', '\n\nабзац\n', '\n  отступ\n', '\n| x |\n'),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map((t) => {
    const line = (cells: readonly string[], lead = '', pipes = true, trail = '') =>
      (pipes ? `${lead}| ${cells.join(' | ')} |` : lead + cells.join(' | ')) + trail;
    const header = t.header.slice(0, t.width);
    const lines = [
      line(header) + t.headerTrail,
      `|${t.align.slice(0, header.length).join('|')}|${t.delimiterTrail}`,
      ...t.rows.map((r) => line(r.cells, r.lead, r.pipes, r.trail)),
    ];
    const text = `${t.before}${lines.join('\n')}\n${t.after}`;
    return (t.bom ? '\ufeff' : '') + (t.crlf ? text.replace(/\n/g, '\r\n') : text);
  });

describe('fast table reader: generated inputs', () => {
  test('generated tables of tricky cells', () => {
    fc.assert(fc.property(generatedTable, sameAsOracle), { numRuns: 400 });
  });
  test('generated roadmaps, mutated examples and table-mutated examples', () => {
    fc.assert(fc.property(fc.oneof(roadmapDocument, mutatedExample, tableMutatedExample), sameAsOracle), { numRuns: 300 });
  });
  test('generated prose: headings, paragraphs, lists, tables between them', () => {
    fc.assert(fc.property(proseDocument, sameAsOracle), { numRuns: 600 });
  });
  test('generated strong and emphasis runs in paragraphs, headings, list items and cells', () => {
    fc.assert(fc.property(inlineDocument, sameAsOracle), { numRuns: 1000 });
  });
});
