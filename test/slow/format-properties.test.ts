/**
 * The formatter's central property (core/editing/format.ts) on 300 random tables (fast-check):
 * only whitespace around pipes changes, the model reads the same cells, and formatting twice
 * changes nothing more. The example cases are test/format.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { assertOnlyWhitespaceChanged, cellsOf, format, ROADMAP_HEAD } from '../format-support';

describe('formatTables', () => {
  test('property: random tables keep their cells and only change whitespace around pipes', () => {
    const chunk = fc.constantFrom(
      'Сентябрь',
      'ё',
      'Ё́',
      'a',
      '漢',
      '👍🏽',
      '\\|',
      '<br>',
      '`код`',
      '**ж**',
      '1.',
      '—',
      'x y',
      '«Наставник»',
      '-',
      '#',
      '*',
      '2)',
      '',
    );
    const cell = fc.array(chunk, { maxLength: 4 }).map((parts) => parts.join(''));
    const pad = fc.constantFrom('', ' ', '  ', '\t');
    const table = fc.record({
      columns: fc.integer({ min: 1, max: 5 }),
      rows: fc.array(fc.array(fc.tuple(pad, cell, pad), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
      outer: fc.boolean(),
      crlf: fc.boolean(),
      align: fc.array(fc.constantFrom('---', ':--', '--:', ':-:', '-'), { minLength: 5, maxLength: 5 }),
    });
    fc.assert(
      fc.property(table, ({ columns, rows, outer, crlf, align }) => {
        const line = (cells: string[]) => (outer ? '|' : '') + cells.join('|') + (outer ? '|' : '');
        const header = line(Array.from({ length: columns }, (_, k) => ` Столбец ${k} `));
        const delimiter = line(align.slice(0, columns));
        const body = rows.map((r) => line(r.map(([a, c, b]) => a + c + b)));
        const eol = crlf ? '\r\n' : '\n';
        const text = ROADMAP_HEAD.replace(/\n/g, eol) + [header, delimiter, ...body].join(eol) + eol;
        const out = format(text);
        assertOnlyWhitespaceChanged(text, out);
        assert.deepEqual(cellsOf(out), cellsOf(text));
        assert.equal(format(out), out);
      }),
      { numRuns: 300 },
    );
  });
});
