/**
 * Typing latency through the real language server (`node dist/server.js --stdio`): one-character
 * insertions typing a sentence into one cell of a generated roadmap (`TypedCell`), each an incremental
 * didChange followed by a pull-diagnostics request; the time from sending the change to receiving the
 * diagnostics is server work plus JSON-RPC over stdio (an upper bound of the server-side time). 20
 * untimed edits first, then the timed ones. The same typing into a server that analyses nothing gives
 * the floor: what of that is protocol.
 */
import { generateDefectiveRoadmap, generateRoadmap } from './generate';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { pullDiagnostics, pullItems, startServer } from './lsp-client';
import { ECHO_SERVER } from './paths';
import { round, summarize, type Timing } from './stats';

const SENTENCE = ' и проведение методического семинара для наставников и молодых педагогов школы,';

/**
 * Where the sentence is typed, in a row of the second half: `stage` — its empty «Этап» cell (the row
 * continues the stage above), so from the first letter the row starts a new stage and every row below
 * it up to the next stage start changes stage (≈ 360 of 5,000 rows judged again per keystroke): the
 * harder case, and the one every figure up to 05.12 was measured on; `activity` — its «Мероприятия»
 * cell, the everyday edit (one row judged again).
 */
export type TypedCell = 'stage' | 'activity';

/** One measured case: the roadmap's size, `defective` (a defect in most rows: generateDefectiveRoadmap), the cell typed in. */
export interface TypingCase {
  rows: number;
  defective: boolean;
  cell: TypedCell;
}

export interface TypingResult extends TypingCase {
  edits: number;
  warmup: number;
  /** Open → first diagnostics. */
  coldMs: number;
  latency: Timing;
  diagnostics: number;
  /** The same edits through bench/echo-server.ts, which answers with the report the real server gave on open. */
  floor: Timing;
  /** That report's size as JSON. */
  reportKb: number;
}

/** The real server, then its floor, on the same text and edits. */
export async function typingLatency(typing: TypingCase, edits = 200, warmup = 20): Promise<TypingResult> {
  const text = typing.defective ? generateDefectiveRoadmap(typing.rows) : generateRoadmap(typing.rows);
  const uri = `file:///bench/roadmap-${typing.rows}.md`;
  const open = (connection: MessageConnection) =>
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const real = await startServer();
  let measured: Omit<TypingResult, 'floor' | 'reportKb'>;
  let items: unknown[];
  try {
    const t0 = performance.now();
    open(real.connection);
    items = await pullItems(real.connection, uri);
    const coldMs = performance.now() - t0;
    const typed = await typeSentence(real.connection, uri, text, edits, warmup, typing.cell);
    measured = { ...typing, edits, warmup, coldMs: round(coldMs), latency: summarize(typed.times), diagnostics: typed.diagnostics };
  } finally {
    await real.close();
  }
  const echo = await startServer(ECHO_SERVER);
  try {
    echo.connection.sendNotification('nastavnik-bench/items', { items });
    open(echo.connection);
    await pullDiagnostics(echo.connection, uri);
    const floor = await typeSentence(echo.connection, uri, text, edits, warmup, typing.cell);
    return {
      ...measured,
      floor: summarize(floor.times),
      reportKb: round(Buffer.byteLength(JSON.stringify({ kind: 'full', items })) / 1024),
    };
  } finally {
    await echo.close();
  }
}

/**
 * A sentence typed letter by letter at an advancing cursor in one cell of a row in the second half
 * (`TypedCell`): every edit makes a row text the server has not seen (no cache hit from an earlier
 * keystroke), as real typing does. Each edit is an incremental didChange followed by a pull.
 */
async function typeSentence(
  connection: MessageConnection,
  uri: string,
  text: string,
  edits: number,
  warmup: number,
  cell: TypedCell,
): Promise<{ times: number[]; diagnostics: number }> {
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('|'));
  // The generated rows are «| № | Этап | Мероприятия | …»: the cursor goes after the second or third pipe.
  const pipes = cell === 'stage' ? 2 : 3;
  let pipe = -1;
  for (let k = 0; k < pipes; k++) pipe = lines[line]!.indexOf('|', pipe + 1);
  const character = pipe + 2;
  const times: number[] = [];
  let diagnostics = 0;
  for (let i = 0; i < warmup + edits; i++) {
    const at = character + i;
    const change = { range: { start: { line, character: at }, end: { line, character: at } }, text: SENTENCE[i % SENTENCE.length]! };
    const t0 = performance.now();
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
    diagnostics = await pullDiagnostics(connection, uri);
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return { times, diagnostics };
}
