/**
 * Batch throughput: `nastavnik check --format json` over a department's folder of generated school
 * roadmaps (50 rows each), as a whole process, with worker threads (the default) and without
 * (`NASTAVNIK_WORKERS=0`), against `markdownlint-cli2` with its default rules on the same folder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { generateSchoolRoadmap } from './generate';
import { CLI, ROOT } from './paths';

export interface ProcessRun {
  ms: number;
  docsPerSecond: number;
  exitCode: number | null;
  files: number;
}
export interface BatchResult {
  files: number;
  mb: number;
  workers: ProcessRun;
  singleThread: ProcessRun;
  markdownlint: ProcessRun & { sample: boolean };
  ratio: number;
}

/** Writes `count` school roadmaps to a fresh temp folder; returns the folder and its size in MB. */
export function writeCorpus(count: number, rows = 50): { dir: string; mb: number } {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-bench-'));
  mkdirSync(join(dir, 'all'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = generateSchoolRoadmap(i, rows);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, 'all', `school-${String(i + 1).padStart(4, '0')}.md`), text);
  }
  return { dir, mb: Math.round(bytes / 1024 / 102.4) / 10 };
}

/** Wall time of a whole process; its output is read and dropped (a report nobody prints still has to be made). */
function timeProcess(args: string[], cwd: string, env: NodeJS.ProcessEnv, files: number): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const ms = performance.now() - t0;
      resolve({ ms: Math.round(ms), docsPerSecond: Math.round((files / ms) * 1000 * 10) / 10, exitCode, files });
    });
  });
}

/**
 * `markdownlintFiles`: how many of the files markdownlint-cli2 lints (it needs ~0.4 s per file here,
 * so `--quick` measures its rate on a sample; the full run is the default).
 */
export async function batchThroughput(files = 1000, markdownlintFiles = files): Promise<BatchResult> {
  const { dir, mb } = writeCorpus(files);
  try {
    const cli = CLI;
    const workers = await timeProcess([cli, 'check', '--format', 'json', 'all'], dir, {}, files);
    const singleThread = await timeProcess([cli, 'check', '--format', 'json', 'all'], dir, { NASTAVNIK_WORKERS: '0' }, files);
    // Default rules (tables included); an empty config file keeps any config above the temp folder out.
    writeFileSync(join(dir, '.markdownlint-cli2.jsonc'), '{}\n');
    const sample = markdownlintFiles < files;
    const glob = sample
      ? `all/school-{${Array.from({ length: markdownlintFiles }, (_, i) => String(i + 1).padStart(4, '0')).join(',')}}.md`
      : 'all/*.md';
    const mdl = await timeProcess(
      [join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), glob],
      dir,
      {},
      markdownlintFiles,
    );
    return {
      files,
      mb,
      workers,
      singleThread,
      markdownlint: { ...mdl, sample },
      ratio: Math.round((workers.docsPerSecond / mdl.docsPerSecond) * 10) / 10,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface SmallBatchResult {
  files: number;
  rows: number;
  mb: number;
  /** `nastavnik check --format json` over the folder, whole process (default workers), best and median of `runs`. */
  check: { runs: number; bestMs: number; medianMs: number };
  /** A bare unified + remark-parse + remark-gfm parse of the same files, in this process (no start-up counted). */
  bareRemarkMs: number;
  /** bare remark / check median: how many times faster the whole check is than the parse alone. */
  ratio: number;
}

/**
 * Issue 19's batch target: 200 school roadmaps of 50 rows, the whole `check` process (start-up
 * included) against a bare remark parse of the same files in process (start-up not counted).
 */
export async function smallBatch(files = 200, runs = 5): Promise<SmallBatchResult> {
  const { dir, mb } = writeCorpus(files);
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push((await timeProcess([CLI, 'check', '--format', 'json', 'all'], dir, {}, files)).ms);
    times.sort((a, b) => a - b);
    const texts = readdirSync(join(dir, 'all')).map((f) => readFileSync(join(dir, 'all', f), 'utf8'));
    const bare = unified().use(remarkParse).use(remarkGfm);
    bare.parse(texts[0]!); // warm-up
    const t0 = performance.now();
    for (const text of texts) bare.parse(text);
    const bareRemarkMs = Math.round(performance.now() - t0);
    const medianMs = times[Math.floor(times.length / 2)]!;
    return {
      files,
      rows: 50,
      mb,
      check: { runs, bestMs: times[0]!, medianMs },
      bareRemarkMs,
      ratio: Math.round((bareRemarkMs / medianMs) * 10) / 10,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
