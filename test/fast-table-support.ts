/** The differential check of the fast table reader against remark alone (the oracle), for the unit and slow tests. */
import assert from 'node:assert/strict';
import { parseDocument, parseMarkdown } from '../server/src/core/read/parse';

export const ORACLE = { wholeParse: true } as const;

/** Both parses of `text`: the trees (without the root's own position) and the models. */
export function sameAsOracle(text: string): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  assert.deepEqual(parseMarkdown(body).children, parseMarkdown(body, true).children, 'mdast');
  assert.deepEqual(parseDocument(text), parseDocument(text, ORACLE), 'model');
}
