/** What the formatter tests share (format.test.ts and its property test, test/slow/format-properties.test.ts). */
import assert from 'node:assert/strict';
import { applyEdits } from '../server/src/core/editing/edits';
import { formatTables } from '../server/src/core/editing/format';
import { parseDocument } from '../server/src/core/read/parse';

export function format(text: string, range?: { start: number; end: number }): string {
  return applyEdits(text, formatTables(text, parseDocument(text), range));
}

/** Whitespace around unescaped pipes removed: what the formatter must not change. */
export function squeeze(line: string): string {
  return line.replace(/[ \t]*(?<!\\)\|[ \t]*/g, '|').trim();
}

export const isDelimiter = (line: string) => /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line);

export function assertOnlyWhitespaceChanged(before: string, after: string): void {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  assert.equal(b.length, a.length);
  a.forEach((line, i) => {
    if (isDelimiter(line)) {
      assert.ok(isDelimiter(b[i]!), `delimiter row stays a delimiter row: ${b[i]}`);
      const markers = (l: string) =>
        squeeze(l)
          .split('|')
          .filter(Boolean)
          .map((c) => `${c.startsWith(':')}${c.endsWith(':')}`);
      assert.deepEqual(markers(b[i]!), markers(line), 'alignment markers kept');
    } else {
      assert.equal(squeeze(b[i]!), squeeze(line));
    }
  });
}

export const cellsOf = (text: string) =>
  parseDocument(text).tables.map((t) => [t.columns.map((c) => c.header), ...t.rows.map((r) => r.cells.map((c) => c.text))]);

export const ROADMAP_HEAD = '# Дорожная карта наставничества на 2024-2025 учебный год\n\n';
