/**
 * Memory of a big batch (issue 19: «10,000 files with peak RSS ≤ 400 MB»): the whole
 * `nastavnik check --format json` process over a department's folder of generated 50-row school
 * roadmaps, its wall time and its peak resident set. The peak is the child's own high-water mark:
 * `/usr/bin/time -v` reports it at exit when the machine has it; otherwise VmHWM is read from
 * /proc/<pid>/status while the child runs (the last reading before exit, which can miss a peak in
 * the last ~50 ms).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './batch';
import { CLI } from './paths';

export interface BatchMemoryResult {
  files: number;
  rows: number;
  /** The folder's size, MB of Markdown. */
  mb: number;
  ms: number;
  peakMb: number;
  /** Where the peak was read: `/usr/bin/time -v`, or VmHWM polled from /proc. */
  peakFrom: 'time' | 'proc';
  exitCode: number | null;
  /** Size of the JSON report, MB (it is built and printed whole). */
  outputMb: number;
}

const TIME = '/usr/bin/time';
const POLL_MS = 50;

function vmHwmKb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb : undefined;
  } catch {
    return undefined; // the child has just exited
  }
}

function runChecked(dir: string, env: NodeJS.ProcessEnv): Promise<Omit<BatchMemoryResult, 'files' | 'rows' | 'mb'>> {
  const viaTime = existsSync(TIME);
  const timeReport = join(dir, 'time.txt');
  const node = [process.execPath, CLI, 'check', '--format', 'json', 'all'];
  const [command, ...args] = viaTime ? [TIME, '-v', '-o', timeReport, ...node] : node;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command!, args, { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    child.stderr.resume();
    let polledKb = 0;
    const poll = setInterval(() => {
      if (!viaTime && child.pid !== undefined) polledKb = Math.max(polledKb, vmHwmKb(child.pid) ?? 0);
    }, POLL_MS);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(poll);
      const ms = Math.round(performance.now() - t0);
      let peakKb = polledKb;
      if (viaTime) peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeReport, 'utf8'))?.[1] ?? NaN);
      resolve({
        ms,
        peakMb: Math.round(peakKb / 1024),
        peakFrom: viaTime ? 'time' : 'proc',
        exitCode,
        outputMb: Math.round(bytes / 1024 / 102.4) / 10,
      });
    });
  });
}

/** `files` generated roadmaps of `rows` rows, checked once with the default settings (workers as the machine decides). */
export async function batchMemory(files = 10_000, rows = 50): Promise<BatchMemoryResult> {
  const { dir, mb } = writeCorpus(files, rows);
  try {
    return { files, rows, mb, ...(await runChecked(dir, {})) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
