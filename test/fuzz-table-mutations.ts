/**
 * Table-aware mutations of the examples (for test/slow/fuzz-fixes.test.ts and `npm run fuzz`): what
 * copying from Word and hurried editing do to a roadmap's tables — a cell deleted, a pipe added or
 * lost, rows shuffled, HTML, control characters or a nested list typed into a cell, a 100 KB cell,
 * CRLF and LF mixed line by line, a BOM, binary junk in a row. The character-level mutations live in
 * fuzz-arbitraries.ts; these work on whole lines and cells so the table stays recognisably a table.
 */
import fc from 'fast-check';
import { EXAMPLE_TEXTS } from './fuzz-arbitraries';

const INJECTIONS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<br>',
  '<br/><br/>',
  '<p>абзац</p>',
  '</td></tr>',
  '<ul><li>пункт<ul><li>вложенный<ul><li>ещё глубже</li></ul></li></ul></li></ul>',
  '<ol><li>1</li><li>2',
  '- пункт<br>  - вложенный<br>    - ещё',
  '1. раз<br>2. два',
  '\u0000',
  '\u0007\u0008',
  '\u001b[31m',
  '\u2028',
  '\u200b',
  '\u00ad',
  '\ud800',
  '\udfff',
  '😀',
  'x\u0301',
  '`|`',
  '\\|',
  '[ссылка](javascript:alert(1))',
  '<!-- nastavnik-disable -->',
  '&#124;',
  '\t',
];

type TableMutation =
  | {
      kind: 'delete-cell' | 'add-pipe' | 'remove-pipe' | 'inject' | 'big-cell' | 'binary';
      line: number;
      at: number;
      pick: number;
      bytes: number[];
    }
  | { kind: 'shuffle-rows'; line: number; order: number[] }
  | { kind: 'eol'; flips: number[] };

const tableMutation: fc.Arbitrary<TableMutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      'delete-cell',
      'delete-cell',
      'add-pipe',
      'remove-pipe',
      'inject',
      'inject',
      'big-cell',
      'binary',
    ) as fc.Arbitrary<'delete-cell'>,
    line: fc.nat(),
    at: fc.nat(),
    pick: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant('shuffle-rows' as const), line: fc.nat(), order: fc.array(fc.nat(), { minLength: 2, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('eol' as const), flips: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }) }),
);

const isTableLine = (l: string): boolean => /^\s*\|/.test(l) || (l.match(/\|/g)?.length ?? 0) >= 2;

/** Offsets of the unescaped pipes of a line. */
function pipesOf(line: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '|' && line[i - 1] !== '\\') out.push(i);
  return out;
}

function mutateTable(text: string, m: TableMutation): string {
  const lines = text.split('\n');
  const tableLines = lines.map((l, i) => (isTableLine(l) ? i : -1)).filter((i) => i >= 0);
  if (m.kind === 'eol') {
    // Mixed line endings: some lines end in CRLF, others in LF (a file edited on two machines).
    for (const f of m.flips) {
      const i = f % lines.length;
      lines[i] = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i] + '\r';
    }
    return lines.join('\n');
  }
  if (tableLines.length === 0) return text;
  const i = tableLines[m.line % tableLines.length]!;
  const line = lines[i]!;
  if (m.kind === 'shuffle-rows') {
    // Rows of one table in another order (the header may move too: a row dragged above it).
    let first = i;
    while (first > 0 && isTableLine(lines[first - 1]!)) first--;
    let last = i;
    while (last + 1 < lines.length && isTableLine(lines[last + 1]!)) last++;
    const rows = lines.slice(first, last + 1);
    for (let k = 0; k < m.order.length; k++) {
      const a = m.order[k]! % rows.length;
      const b = (m.order[(k + 1) % m.order.length]! + k) % rows.length;
      [rows[a], rows[b]] = [rows[b]!, rows[a]!];
    }
    lines.splice(first, rows.length, ...rows);
    return lines.join('\n');
  }
  const pipes = pipesOf(line);
  const at = m.at % (line.length + 1);
  switch (m.kind) {
    case 'delete-cell': {
      if (pipes.length < 2) return text;
      const k = m.pick % (pipes.length - 1);
      lines[i] = line.slice(0, pipes[k]) + line.slice(pipes[k + 1]);
      break;
    }
    case 'add-pipe':
      lines[i] = line.slice(0, at) + '|' + line.slice(at);
      break;
    case 'remove-pipe': {
      if (pipes.length === 0) return text;
      const p = pipes[m.pick % pipes.length]!;
      lines[i] = line.slice(0, p) + line.slice(p + 1);
      break;
    }
    case 'inject':
      lines[i] = line.slice(0, at) + INJECTIONS[m.pick % INJECTIONS.length] + line.slice(at);
      break;
    case 'big-cell': {
      // A cell of about 100 KB: a whole programme pasted into one cell (the line is over the parser guard's cap).
      const p = pipes.length > 1 ? pipes[m.pick % (pipes.length - 1)]! + 1 : at;
      lines[i] = line.slice(0, p) + ' Мероприятие по наставничеству<br>'.repeat(2900 + (m.pick % 100)) + line.slice(p);
      break;
    }
    case 'binary':
      lines[i] = line.slice(0, at) + String.fromCharCode(...m.bytes) + line.slice(at);
      break;
  }
  return lines.join('\n');
}

export const tableMutatedExample: fc.Arbitrary<string> = fc
  .record({
    base: fc.constantFrom(...EXAMPLE_TEXTS),
    mutations: fc.array(tableMutation, { minLength: 1, maxLength: 5 }),
    bom: fc.boolean(),
  })
  .map(({ base, mutations, bom }) => (bom ? '\ufeff' : '') + mutations.reduce(mutateTable, base));
