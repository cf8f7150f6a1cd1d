/**
 * `check` and `scores` over many files: each file runs in worker threads, while the main thread finds
 * the files, reads the settings that apply to each and builds the report. A worker gets a file's path
 * and its workspace config, reads and analyses the file and returns its report (check-file.ts), the
 * same the main thread would have made, so the output is byte-identical to a single-threaded run.
 *
 * The first BATCH_FROM files are analysed on the main thread (a short run never pays for starting
 * workers); from the next one on, the pool starts and takes the rest. `NASTAVNIK_WORKERS=0` turns
 * workers off; `NASTAVNIK_WORKERS=N` sets their number; by default there are none below four cores.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { allProfiles, analyze, type Analysis } from '../core/analyze';
import type { WorkspaceConfig } from '../core/config';
import { computeScores } from '../core/scores';
import { type CheckJob, type CheckOutcome, checkFile } from './check-file';

export interface FileJob {
  text: string;
  config: WorkspaceConfig;
  profile?: string;
  /** YYYY-MM-DD: personalised programmes' overdue activities are judged against it. */
  today?: string;
}
export interface FileResult {
  analysis: Analysis;
  scores: unknown;
}

/** Files analysed on the main thread before the worker pool starts. */
export const BATCH_FROM = 20;
/** Fewer cores than this: the whole batch runs on the main thread (see workerCount). */
const MIN_CORES_FOR_WORKERS = 4;
/** More workers than this gain little: the main thread finds the files, reads their settings and builds the report. */
const MAX_WORKERS = 4;
/** Jobs in flight per worker: enough to keep it busy, few enough to balance uneven files. */
const IN_FLIGHT = 2;

/** A text's whole analysis and scores, for a caller that needs the model itself. */
export function analyzeFile(job: FileJob): FileResult {
  const analysis = analyze(job.text, { config: job.config, profile: job.profile, today: job.today });
  return { analysis, scores: computeScores(analysis.model, allProfiles(job.config), { today: job.today }) };
}

/** What a worker can be asked to do, by name: the same table on both sides of the thread. */
const TASKS = { analyze: analyzeFile, check: checkFile } satisfies Record<string, (job: never) => unknown>;
type Task = keyof typeof TASKS;
type JobOf<T extends Task> = Parameters<(typeof TASKS)[T]>[0];
type ResultOf<T extends Task> = ReturnType<(typeof TASKS)[T]>;

function runTask(task: Task, job: unknown): unknown {
  // The job came with its task's name: it is that task's job (the table's types differ per task).
  return (TASKS[task] as (job: unknown) => unknown)(job);
}

export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.NASTAVNIK_WORKERS;
  if (set !== undefined && set.trim() !== '') {
    const n = Number.parseInt(set, 10);
    return Number.isFinite(n) && n > 0 ? Math.min(n, 16) : 0;
  }
  const cores = availableParallelism();
  // With the fast table reader a file's analysis costs about what copying its results between threads
  // does: on 2 cores, 200 roadmaps took 2.5–2.8 s on one thread and 4.5–7 s with workers (bench, 03.12).
  // Workers pay only where the main thread can keep three or more of them busy.
  return cores >= MIN_CORES_FOR_WORKERS ? Math.min(cores - 1, MAX_WORKERS) : 0;
}

interface Pending {
  id: number;
  task: Task;
  job: unknown;
  resolve: (r: unknown) => void;
  reject: (e: unknown) => void;
}
interface PoolWorker {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

const WORKER_FLAG = 'nastavnikBatchWorker';

export class BatchAnalyzer {
  private seen = 0;
  /** Files whose analysis came back from a worker (the rest ran on the main thread). */
  fromWorkers = 0;
  private nextId = 0;
  private pool: PoolWorker[] | undefined;
  private readonly queue: Pending[] = [];
  /** Set when a worker could not start or died: everything left runs on the main thread. */
  private broken = false;
  private closed = false;

  /** `entry`: the script a worker runs (the CLI bundle itself; see `isBatchWorker`). */
  constructor(
    private readonly entry: string,
    private readonly size = workerCount(),
  ) {}

  /** A text's whole analysis (analyzeFile), here or in a worker. */
  analyze(job: FileJob): FileResult | Promise<FileResult> {
    return this.run('analyze', job);
  }

  /** A file read, analysed and reported (check-file.ts), here or in a worker; throws (rejects) when it cannot be read. */
  check(job: CheckJob): CheckOutcome | Promise<CheckOutcome> {
    return this.run('check', job);
  }

  private run<T extends Task>(task: T, job: JobOf<T>): ResultOf<T> | Promise<ResultOf<T>> {
    this.seen++;
    if (this.broken || this.size === 0 || this.seen <= BATCH_FROM) return runTask(task, job) as ResultOf<T>;
    return new Promise<ResultOf<T>>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, job, resolve: resolve as (r: unknown) => void, reject });
      this.pump();
    });
  }

  /** Stops the workers; call once the engine has finished. */
  close(): void {
    this.closed = true;
    for (const w of this.pool ?? []) void w.worker.terminate();
    this.pool = [];
  }

  private start(): PoolWorker[] {
    this.pool = Array.from({ length: this.size }, () => {
      const worker = new Worker(this.entry, { workerData: { [WORKER_FLAG]: true } });
      const entry: PoolWorker = { worker, inFlight: new Map() };
      worker.on('message', (m: { id: number; result?: unknown; error?: string }) => {
        const p = entry.inFlight.get(m.id);
        if (!p) return;
        entry.inFlight.delete(m.id);
        // A failure inside the core on one file is reproduced on the main thread, where it is reported as before.
        if (m.result !== undefined) {
          this.fromWorkers++;
          p.resolve(m.result);
        } else this.runHere(p);
        this.pump();
      });
      worker.on('error', () => {
        if (!this.closed) this.fail();
      });
      worker.on('exit', (code) => {
        if (!this.closed && (code !== 0 || entry.inFlight.size > 0)) this.fail();
      });
      return entry;
    });
    return this.pool;
  }

  private pump(): void {
    if (this.broken) {
      for (const p of this.queue.splice(0)) this.runHere(p);
      return;
    }
    const pool = this.pool ?? this.start();
    while (this.queue.length > 0) {
      const free = pool.filter((w) => w.inFlight.size < IN_FLIGHT).sort((a, b) => a.inFlight.size - b.inFlight.size)[0];
      if (!free) return;
      const p = this.queue.shift()!;
      free.inFlight.set(p.id, p);
      free.worker.postMessage({ id: p.id, task: p.task, job: p.job });
    }
  }

  /** Workers unavailable (no bundle, killed): finish every file on the main thread; the output does not change. */
  private fail(): void {
    if (this.broken) return;
    this.broken = true;
    const orphans = (this.pool ?? []).flatMap((w) => [...w.inFlight.values()]);
    this.close();
    for (const p of orphans) this.runHere(p);
    this.pump();
  }

  private runHere(p: Pending): void {
    try {
      p.resolve(runTask(p.task, p.job));
    } catch (error) {
      p.reject(error);
    }
  }
}

/** True inside a worker started by BatchAnalyzer (the CLI bundle checks this before running `main`). */
export function isBatchWorker(): boolean {
  return (
    !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[WORKER_FLAG] === true
  );
}

/** The worker's loop: a job in, its result (or the error's text) out. */
export function runBatchWorker(): void {
  parentPort?.on('message', (m: { id: number; task: Task; job: unknown }) => {
    try {
      parentPort!.postMessage({ id: m.id, result: runTask(m.task, m.job) });
    } catch (error) {
      parentPort!.postMessage({ id: m.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
