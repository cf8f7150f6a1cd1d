/**
 * Peak memory (VmHWM, the peak resident set, Linux /proc): the language server holding 200 open
 * 50-row school roadmaps (each analysed: a pull-diagnostics request per document), and a child
 * process doing one cold analysis of the 5,000-row roadmap, next to the same child holding only the text.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fullAnalysis } from './cold';
import { generateRoadmap, generateSchoolRoadmap } from './generate';
import { pullDiagnostics, startServer } from './lsp-client';

/** VmHWM and VmRSS of a process, in MB. */
export function memoryOf(pid: number | 'self'): { peakMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMb: Math.round(kb('VmHWM') / 1024), rssMb: Math.round(kb('VmRSS') / 1024) };
}

export interface ServerMemory {
  documents: number;
  rows: number;
  mb: number;
  peakMb: number;
  rssMb: number;
  diagnostics: number;
}

export async function serverMemory(documents = 200, rows = 50): Promise<ServerMemory> {
  const { connection, child, close } = await startServer();
  try {
    let bytes = 0;
    let diagnostics = 0;
    for (let i = 0; i < documents; i++) {
      const text = generateSchoolRoadmap(i, rows);
      bytes += Buffer.byteLength(text);
      const uri = `file:///bench/school-${i + 1}.md`;
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      diagnostics += await pullDiagnostics(connection, uri);
    }
    return { documents, rows, mb: Math.round(bytes / 1024 / 102.4) / 10, ...memoryOf(child.pid!), diagnostics };
  } finally {
    await close();
  }
}

export interface ColdMemory {
  rows: number;
  kb: number;
  peakMb: number;
  baselinePeakMb: number;
}

export const MEMORY_CHILD = '--memory-child';

/** Runs the bench bundle itself as a child (`--memory-child N [--idle]`), so the peak belongs to one analysis alone. */
export function coldAnalysisMemory(rows = 5000): ColdMemory {
  const run = (idle: boolean) => {
    const r = spawnSync(process.execPath, [__filename, MEMORY_CHILD, String(rows), ...(idle ? ['--idle'] : [])], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { peakMb: number; kb: number };
  };
  const full = run(false);
  return { rows, kb: full.kb, peakMb: full.peakMb, baselinePeakMb: run(true).peakMb };
}

/** The child's side: the same code is loaded either way; only `--idle` skips the analysis. */
export function memoryChild(argv: readonly string[]): void {
  const rows = Number(argv[argv.indexOf(MEMORY_CHILD) + 1]);
  const text = generateRoadmap(rows);
  if (!argv.includes('--idle')) fullAnalysis(text);
  process.stdout.write(JSON.stringify({ peakMb: memoryOf('self').peakMb, kb: Math.round(Buffer.byteLength(text) / 1024) }));
}
