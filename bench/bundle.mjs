// Bundles the benchmark (bench/run.ts with the core it measures) into dist/bench/run.js, and the typing
// benchmark's floor (bench/echo-server.ts) beside it, with the same
// esbuild settings as scripts/build.mjs, so `npm run bench` times the bundled code, not tsx's.
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/run.ts', 'bench/echo-server.ts'],
  outdir: 'dist/bench',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  mainFields: ['module', 'main'],
});
