/**
 * The `nastavnik` command line run inside the test process: `main(argv)` from the sources, with its
 * standard output and error collected, in the folder and environment given. A spawned `node cli.js`
 * spends a quarter of a second of CPU compiling its 2.7 MB bundle before doing anything; test files that run
 * the CLI dozens of times to check what it prints use this, and keep a few spawned runs (built-bundles.ts)
 * for what only a real process shows: the exit status, the bundle, worker threads, a terminal.
 *
 * What differs from a process, and why it does not matter for those tests: output is collected per run
 * (an AsyncLocalStorage tells the run's writes from the test runner's own), `process.env` and the
 * working folder are swapped for the run (tests in a file run one at a time), and batch worker threads
 * are off unless NASTAVNIK_WORKERS is given (test/slow/cli-batch.test.ts shows the output is the same with them).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

interface Capture {
  stdout: string;
  stderr: string;
}

const capture = new AsyncLocalStorage<Capture>();
let patched = false;

/** Routes writes made inside a run to its capture; every other write goes where it went. */
function patchWrites(): void {
  if (patched) return;
  patched = true;
  for (const name of ['stdout', 'stderr'] as const) {
    const stream = process[name];
    const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    // The overloads of write (chunk, encoding?, callback?) are passed through untouched.
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const run = capture.getStore();
      if (!run) return original(chunk, ...rest);
      run[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof stream.write;
  }
}

type Main = (argv: string[]) => Promise<number>;
let loaded: Promise<Main> | undefined;

/** cli.ts runs the command line only as the program (`require.main === module`); imported, it only exports `main`. */
function loadMain(): Promise<Main> {
  loaded ??= (async () => {
    patchWrites();
    const cli = (await import('../server/src/cli/cli')) as { main: Main };
    return cli.main;
  })();
  return loaded;
}

let running = false;

/** Runs `nastavnik <args>` in `cwd` with exactly `env` as its environment; resolves with what a process would show. */
export async function runCli(args: readonly string[], cwd: string, env: Record<string, string | undefined>): Promise<CliRun> {
  const main = await loadMain();
  if (running) throw new Error('runCli: one run at a time (it swaps process.env and the working folder)');
  running = true;
  const savedEnv = process.env;
  const savedCwd = process.cwd();
  const out: Capture = { stdout: '', stderr: '' };
  try {
    process.env = { NASTAVNIK_WORKERS: '0', ...env };
    process.chdir(cwd);
    const status = await capture.run(out, async () => {
      try {
        return await main([...args]);
      } catch (error) {
        // What the bundle's entry does with an error that escapes main.
        process.stderr.write(`nastavnik: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
      }
    });
    return { status, ...out };
  } finally {
    process.chdir(savedCwd);
    process.env = savedEnv;
    running = false;
  }
}
