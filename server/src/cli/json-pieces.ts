/**
 * A JSON report written a piece at a time: the bytes `JSON.stringify(document, null, 2)` gives, but its
 * one big array (the files, SARIF's results) stringified one element at a time, so a report over
 * 10,000 files is never one 30 MB string next to the object tree it came from.
 */

/** Stands for the big array in `document`. A user's string cannot hold it: a quote inside a string is escaped. */
export const ARRAY = '\u0000nastavnik-array\u0000';
const MARK = JSON.stringify(ARRAY);

/**
 * `JSON.stringify(document, null, 2)` with `items` where `document` holds `ARRAY` (once), in pieces.
 * An element is indented as JSON.stringify nests it: its lines two spaces deeper than the line that
 * opens the array; a string value never holds a line break of its own (JSON escapes it).
 */
export function* jsonWithArray(document: unknown, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(document, null, 2);
  const at = text.indexOf(MARK);
  if (at < 0) throw new Error('jsonWithArray: the document does not hold ARRAY');
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const indent = /^ */.exec(line)![0];
  const inner = `${indent}  `;
  yield text.slice(0, at);
  let first = true;
  for (const item of items) {
    // An element JSON cannot write (undefined) is `null` in an array, as JSON.stringify writes it.
    const json = JSON.stringify(item, null, 2) ?? 'null';
    yield `${first ? '[\n' : ',\n'}${inner}${json.replaceAll('\n', `\n${inner}`)}`;
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
  yield text.slice(at + MARK.length);
}

/**
 * Writes the pieces to `out` in chunks of about `size` characters, waiting for `drain` whenever the
 * stream asks for it: when stdout is a pipe whose reader is slower than the report (a `| less`, a
 * parent process), chunks written without waiting pile up in memory — 150 MB over a 30 MB report of
 * 10,000 files. Resolves once everything is handed over.
 */
export async function writeInChunks(
  pieces: Iterable<string>,
  out: Pick<NodeJS.WritableStream, 'write' | 'once'>,
  size = 1 << 20,
): Promise<void> {
  let chunk = '';
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= size) {
      await write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') await write(chunk);
}
