/**
 * Generated prose for the fast block reader's differential tests (test/fast-blocks.test.ts and
 * test/slow/fast-table-properties.test.ts): lines of mostly plain Russian text with what the reader
 * must get exactly right or decline — strong and emphasis runs at every edge, `<br>` variants, hard
 * and soft line ends, list markers and numbers at a line's start, headings, setext underlines,
 * indentation, tabs, autolinks — in blocks between blank lines, now and then a table among them.
 */
import fc from 'fast-check';

const plain = fc.constantFrom('Слово', 'ёлка', 'Ёж', 'наставник', 'word', ' ', ' ', '2025', '«план»', '(да)', ', ', '. ', ': ', '–', '-');
/** Markup the inline reader reads (when paired and placed right) and markup it always leaves to remark. */
const readable = fc.constantFrom(
  '**',
  '*',
  '_',
  '__',
  '***',
  '**жирный**',
  '*курсив*',
  '_курсив_',
  '__жирный__',
  '**итог:**',
  '<br>',
  '<br/>',
  '<BR />',
  '1.',
  '\u00a0',
  '😀',
  '=',
  '+',
  '  ',
);
const refused = fc.constantFrom('<br', '<b>', '#', '|', '\\', '&amp;', '`', '[x]', '!', '~', '@', 'www.a.ru', 'http://a.ru', '>');
const inline = fc.array(fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: readable, weight: 3 }, { arbitrary: refused, weight: 1 }), {
  minLength: 1,
  maxLength: 6,
});

const commonPrefix = fc.constantFrom('', '', '', '', '', '', '- ', '- ', '1. ', '2. ', '# ', '## ', '**');
const trickyPrefix = fc.constantFrom('#', '####### ', '10. ', '1) ', '* ', '+ ', '-', '-  ', ' ', '    ', '\t', '> ', '<br>', '1.');
const linePrefix = fc.oneof({ arbitrary: commonPrefix, weight: 6 }, { arbitrary: trickyPrefix, weight: 1 });
const lineSuffix = fc.constantFrom('', '', '', ' ', '  ', '   ', '\t');
const whole = fc.constantFrom('===', '---', '-', '***', '- - -', '1.', '```', '| a |', '#', '# ', '<div>');

const word = fc.constantFrom('Слово', 'ёлка', 'Ёж', 'наставник', 'word', '2025', '«план»', '(да)', '**итог**', '*курсив*');
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', ': ', ' – ', '-', '');
/** A line as documents have them: an optional marker, a word, more words and now and then markup. */
const plausibleLine = fc
  .tuple(
    commonPrefix,
    word,
    fc.array(
      fc.oneof(
        { arbitrary: fc.tuple(separator, word).map(([a, b]) => a + b), weight: 24 },
        { arbitrary: readable, weight: 4 },
        { arbitrary: refused, weight: 1 },
      ),
      {
        maxLength: 5,
      },
    ),
    fc.constantFrom('', '', '', '', ' ', '  '),
  )
  .map(([p, w, xs, s]) => p + w + xs.join('') + s);
/** Anything from the pieces: most such lines are left to remark, some by a hair. */
const anyLine = fc.tuple(linePrefix, inline, lineSuffix).map(([p, xs, s]) => p + xs.join('') + s);
const line = fc.oneof({ arbitrary: plausibleLine, weight: 24 }, { arbitrary: anyLine, weight: 2 }, { arbitrary: whole, weight: 1 });
const block = fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));
const table = fc.constantFrom('| a | b |\n|---|---|\n| **x** | y<br>z |', '| № |\n|:-:|\n| 1 |');

/** A document of prose blocks (and now and then a table) between blank lines; LF or CRLF, with or without a BOM. */
export const proseDocument = fc
  .record({
    blocks: fc.array(fc.oneof({ arbitrary: block, weight: 6 }, { arbitrary: table, weight: 1 }), { minLength: 1, maxLength: 6 }),
    gaps: fc.array(fc.constantFrom('\n\n', '\n\n\n', '\n  \n', '\n'), { minLength: 6, maxLength: 6 }),
    end: fc.constantFrom('', '\n', '\n\n'),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map((d) => {
    const text = d.blocks.map((b, i) => (i === 0 ? b : d.gaps[i]! + b)).join('') + d.end;
    return (d.bom ? '\ufeff' : '') + (d.crlf ? text.replace(/\n/g, '\r\n') : text);
  });

/**
 * One line of delimiter runs among what decides their fate (letters, digits, spaces, NBSP, ASCII and
 * Unicode punctuation, `<br>`, an emoji), put where inline content is read: a paragraph's lines, a
 * heading, a list item, a table cell.
 */
const neighbour = fc.constantFrom('a', 'ё', '1', ' ', '\u00a0', '.', ':', '-', '«', '»', '(', ')', '<br>', '😀', '+');
const run = fc.constantFrom('*', '**', '_', '__');
/** A run, text, and (mostly) the same run again: pairs whose fate hangs on their neighbours. */
const pair = fc
  .tuple(
    run,
    fc.array(neighbour, { minLength: 1, maxLength: 3 }),
    fc.oneof({ arbitrary: fc.constant(''), weight: 4 }, { arbitrary: run, weight: 1 }),
  )
  .map(([open, inner, other]) => open + inner.join('') + (other || open));
const runLine = fc
  .array(fc.oneof({ arbitrary: neighbour, weight: 6 }, { arbitrary: pair, weight: 3 }, { arbitrary: run, weight: 1 }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((xs) => xs.join(''));
export const inlineDocument = fc
  .tuple(runLine, runLine, fc.constantFrom('paragraph', 'lines', 'heading', 'item', 'cell'), fc.constantFrom('', '  ', ' '))
  .map(([a, b, place, hard]) => {
    if (place === 'lines') return `x${a}${hard}\n${b}x\n`;
    if (place === 'heading') return `# ${a}\n`;
    if (place === 'item') return `- x${a}\n- ${b}x\n`;
    if (place === 'cell') return `| ${a} | ${b} |\n|---|---|\n| ${b} | ${a} |\n`;
    return `x${a}x\n`;
  });
