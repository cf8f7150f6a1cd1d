/** The repository root, whether the bench runs from bench/ (tsx) or from its bundle in dist/bench/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const ROOT = findRoot(__dirname);
/** `BENCH_SERVER=path`: another server bundle, for an A/B against an older build (e.g. one built in a `git worktree`). */
export const SERVER = process.env.BENCH_SERVER ?? join(ROOT, 'dist', 'server.js');
export const CLI = join(ROOT, 'dist', 'cli.js');
/** The typing benchmark's floor: a server that analyses nothing (bench/echo-server.ts, bundled by bench/bundle.mjs). */
export const ECHO_SERVER = join(ROOT, 'dist', 'bench', 'echo-server.js');
