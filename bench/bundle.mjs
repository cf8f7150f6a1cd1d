// Bundles the benchmark (bench/run.ts with the core it measures) into dist/bench/run.js with the same
// esbuild settings as scripts/build.mjs, so `npm run bench` times the bundled code, not tsx's.
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/run.ts'],
  outfile: 'dist/bench/run.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  mainFields: ['module', 'main'],
});
