/**
 * Typing latency through the real language server (`node dist/server.js --stdio`): one-character
 * insertions typing a sentence into one cell of a generated roadmap (incremental didChange), each followed by a pull-diagnostics
 * request; the time from sending the change to receiving the diagnostics is server work plus JSON-RPC
 * over stdio (an upper bound of the server-side time). 20 untimed edits first, then the timed ones.
 */
import { generateDefectiveRoadmap, generateRoadmap } from './generate';
import { pullDiagnostics, startServer } from './lsp-client';
import { round, summarize, type Timing } from './stats';

const SENTENCE = ' и проведение методического семинара для наставников и молодых педагогов школы,';

export interface TypingResult {
  rows: number;
  defective: boolean;
  edits: number;
  warmup: number;
  coldMs: number;
  latency: Timing;
  diagnostics: number;
}

/** `defective`: a defect in most rows (generateDefectiveRoadmap) — thousands of diagnostics per keystroke. */
export async function typingLatency(rows: number, edits = 200, warmup = 20, defective = false): Promise<TypingResult> {
  const { connection, close } = await startServer();
  try {
    const text = defective ? generateDefectiveRoadmap(rows) : generateRoadmap(rows);
    const uri = `file:///bench/roadmap-${rows}.md`;
    let t0 = performance.now();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    let diagnostics = await pullDiagnostics(connection, uri);
    const coldMs = performance.now() - t0;
    // A cell in the middle of the table (the activity cell of a row in the second half).
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('|'));
    const character = lines[line]!.indexOf('|', 5) + 2;
    const times: number[] = [];
    for (let i = 0; i < warmup + edits; i++) {
      // A sentence typed letter by letter at an advancing cursor: every edit makes a row text the
      // server has not seen (no cache hit from an earlier keystroke), as real typing does.
      const at = character + i;
      const change = { range: { start: { line, character: at }, end: { line, character: at } }, text: SENTENCE[i % SENTENCE.length]! };
      t0 = performance.now();
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
      diagnostics = await pullDiagnostics(connection, uri);
      if (i >= warmup) times.push(performance.now() - t0);
    }
    return { rows, defective, edits, warmup, coldMs: round(coldMs), latency: summarize(times), diagnostics };
  } finally {
    await close();
  }
}
