/**
 * Peak memory (VmHWM, the peak resident set): the language server holding 200 open 50-row school
 * roadmaps (each analysed: a pull-diagnostics request per document), and a child process doing one
 * cold analysis of the 5,000-row roadmap (next to the same child that only holds the text).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateRoadmap, generateSchoolRoadmap } from './generate';

const ROOT = join(__dirname, '..');

/** VmHWM and VmRSS of a process, in MB (Linux /proc). */
export function memoryOf(pid: number | 'self'): { peakMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMb: Math.round(kb('VmHWM') / 1024), rssMb: Math.round(kb('VmRSS') / 1024) };
}

export interface ServerMemory { documents: number; rows: number; mb: number; peakMb: number; rssMb: number; diagnostics: number }

export async function serverMemory(documents = 200, rows = 50): Promise<ServerMemory> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null, locale: 'ru',
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false }, synchronization: { didSave: true } }, workspace: { configuration: true } },
    });
    connection.sendNotification('initialized', {});
    let bytes = 0;
    let diagnostics = 0;
    for (let i = 0; i < documents; i++) {
      const text = generateSchoolRoadmap(i, rows);
      bytes += Buffer.byteLength(text);
      const uri = `file:///bench/school-${i + 1}.md`;
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: unknown[] };
      diagnostics += report.items.length;
    }
    return { documents, rows, mb: Math.round(bytes / 1024 / 102.4) / 10, ...memoryOf(child.pid!), diagnostics };
  } finally {
    connection.dispose();
    child.kill();
  }
}

export interface ColdMemory { rows: number; kb: number; peakMb: number; baselinePeakMb: number }

/** Runs this file as a child (`--child N [--idle]`) so that the peak belongs to one analysis alone. */
export function coldAnalysisMemory(rows = 5000): ColdMemory {
  const run = (idle: boolean) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--child', String(rows), ...(idle ? ['--idle'] : [])], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { peakMb: number; kb: number };
  };
  const full = run(false);
  return { rows, kb: full.kb, peakMb: full.peakMb, baselinePeakMb: run(true).peakMb };
}

async function child(rows: number, idle: boolean): Promise<void> {
  // Loaded in both modes, so that the baseline holds the same code and differs only by the analysis.
  const { allProfiles, analyze } = await import('../server/src/core/analyze');
  const { computeScores } = await import('../server/src/core/scores');
  const text = generateRoadmap(rows);
  if (!idle) computeScores(analyze(text).model, allProfiles());
  process.stdout.write(JSON.stringify({ peakMb: memoryOf('self').peakMb, kb: Math.round(Buffer.byteLength(text) / 1024) }));
}

if (require.main === module) {
  const at = process.argv.indexOf('--child');
  if (at > 0) void child(Number(process.argv[at + 1]), process.argv.includes('--idle'));
  else void serverMemory().then((s) => console.log(JSON.stringify({ server: s, cold: coldAnalysisMemory() }, null, 2)));
}
