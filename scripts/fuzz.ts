/**
 * `npm run fuzz [minutes]`: the property-test generators (test/fuzz-arbitraries.ts,
 * test/fuzz-table-mutations.ts) with random seeds for a few minutes, plus one 10 MB document.
 * Each input runs in a worker thread under a watchdog: 2 s + 6 s per MB for the analysis (remark
 * parses GFM tables at ~2.5 s/MB here), then DEEP_FACTOR times that for the deep checks (formatting
 * twice, every quick fix, fix-all twice — each a re-analysis). Counted apart: crashes (an exception
 * from the code under test), failed properties (internal errors, ranges outside the text, formatting
 * or fix-all not idempotent) and hangs; the first three inputs of each kind are saved to
 * test/fixtures/regressions/ (reduce them by hand to a minimal fixture with a test). Prints inputs
 * tried, each count, and the slowest analysis.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { analyze, allProfiles } from '../server/src/core/analyze';
import { applyEdits } from '../server/src/core/editing/edits';
import { formatTables } from '../server/src/core/editing/format';
import { computeScores } from '../server/src/core/scores';
import { anyDocument, EXAMPLE_TEXTS } from '../test/fuzz-arbitraries';
import { tableMutatedExample } from '../test/fuzz-table-mutations';
import { fixAll, fixesForDiagnostic } from '../server/src/core/fixes';

type FromWorker =
  | { type: 'start'; text: string }
  | { type: 'core'; ms: number } // analyze + scores + one format done: the user-facing cost
  | { type: 'done'; size: number }
  | { type: 'crash'; error: string; property: boolean };

/** A property that does not hold (as opposed to an exception thrown by the code under test). */
class PropertyFailure extends Error {}

/** Re-analyses in the deep checks (formatting twice, every quick fix, fix-all twice) may take this many times the core's bound. */
const DEEP_FACTOR = 20;
const bound = (chars: number): number => 2000 + (6000 * chars) / 1e6;

/** `deep`: also format twice and apply every quick fix (each a re-analysis; too slow for the 10 MB input). */
function check(text: string, deep: boolean, coreDone: (ms: number) => void): void {
  const t0 = performance.now();
  const analysis = analyze(text);
  if (analysis.internalErrors.length) throw new PropertyFailure(`internal errors: ${JSON.stringify(analysis.internalErrors)}`);
  computeScores(analysis.model, allProfiles());
  for (const d of analysis.diagnostics)
    if (d.span.start < 0 || d.span.end > text.length || d.span.start > d.span.end)
      throw new PropertyFailure(`${d.code}: range outside the text`);
  const formatted = applyEdits(text, formatTables(text, analysis.model));
  coreDone(performance.now() - t0);
  if (!deep) return;
  if (applyEdits(formatted, formatTables(formatted, analyze(formatted).model)) !== formatted)
    throw new PropertyFailure('formatting is not idempotent');
  // Every quick fix applies (applyEdits throws on overlapping or out-of-range edits) and leaves no internal error.
  for (const d of analysis.diagnostics.slice(0, 10)) {
    for (const fix of fixesForDiagnostic(text, analysis, d, { today: '2025-10-01' })) {
      const fixed = analyze(applyEdits(text, fix.edits));
      if (fixed.internalErrors.length)
        throw new PropertyFailure(`after ${fix.id}: internal errors: ${JSON.stringify(fixed.internalErrors)}`);
    }
  }
  const once = applyEdits(text, fixAll(text, analysis));
  if (applyEdits(once, fixAll(once, analyze(once))) !== once) throw new PropertyFailure('fix-all is not idempotent');
}

/** Character-level mutations and generated roadmaps (fuzz-arbitraries.ts), and table-aware mutations (fuzz-table-mutations.ts). */
const generated = fc.oneof({ arbitrary: anyDocument, weight: 2 }, { arbitrary: tableMutatedExample, weight: 1 });

if (!isMainThread) {
  // Worker: generate and check a batch of inputs, telling the main thread before and after each.
  const { seed, big } = workerData as { seed: number; big: boolean };
  const inputs = big
    ? [EXAMPLE_TEXTS[0]!.repeat(Math.ceil(10_000_000 / EXAMPLE_TEXTS[0]!.length))]
    : fc.sample(generated, { seed, numRuns: 2_000 }); // a batch per worker: 100 KB cells add up
  for (const text of inputs) {
    parentPort!.postMessage({ type: 'start', text } satisfies FromWorker);
    try {
      check(text, !big, (ms) => parentPort!.postMessage({ type: 'core', ms } satisfies FromWorker));
    } catch (error) {
      const property = error instanceof PropertyFailure;
      parentPort!.postMessage({
        type: 'crash',
        property,
        error: error instanceof Error ? (property ? error.message : (error.stack ?? error.message)) : String(error),
      } satisfies FromWorker);
    }
    parentPort!.postMessage({ type: 'done', size: text.length } satisfies FromWorker);
  }
} else {
  const minutes = Number(process.argv[2] ?? 3);
  const until = Date.now() + minutes * 60_000;
  const out = join(__dirname, '..', 'test', 'fixtures', 'regressions');
  const stats = {
    inputs: 0,
    crashes: 0,
    failures: 0,
    hangs: 0,
    slowestMs: 0,
    slowestSize: 0,
    bigInputs: 0,
    bigMs: 0,
    byKind: {} as Record<string, number>,
  };
  const save = (kind: string, text: string, detail: string): void => {
    mkdirSync(out, { recursive: true });
    const name = `${kind}-${Date.now()}.md`;
    writeFileSync(join(out, name), text);
    process.stderr.write(`${kind}: saved ${name}\n${detail}\n`);
  };
  // Workers cannot load TypeScript through tsx: they run this same file bundled by esbuild.
  process.env.NASTAVNIK_ROOT = join(__dirname, '..');
  let broken = false;
  const bundle = join(mkdtempSync(join(tmpdir(), 'nastavnik-fuzz-')), 'fuzz.js');
  buildSync({
    entryPoints: [__filename],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  const runWorker = (seed: number, big: boolean): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(bundle, { workerData: { seed, big } });
      let current = '';
      let timer: NodeJS.Timeout | undefined;
      const stop = (): void => {
        clearTimeout(timer);
        void worker.terminate();
      };
      const hang = (): void => {
        stats.hangs++;
        save('hang', current, `no answer within the bound (${current.length} chars)`);
        stop();
      };
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'start') {
          current = m.text;
          clearTimeout(timer);
          timer = setTimeout(hang, bound(current.length));
        } else if (m.type === 'core') {
          clearTimeout(timer);
          timer = setTimeout(hang, DEEP_FACTOR * bound(current.length));
          if (big) {
            stats.bigInputs++;
            stats.bigMs = Math.max(stats.bigMs, m.ms);
          } else if (m.ms > stats.slowestMs) {
            stats.slowestMs = m.ms;
            stats.slowestSize = current.length;
          }
        } else if (m.type === 'crash') {
          const kind = m.error.split('\n')[0]!.slice(0, 120);
          stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
          if (m.property) stats.failures++;
          else stats.crashes++;
          // The first few of each kind are enough to reproduce.
          if (stats.byKind[kind]! <= 3) save(m.property ? 'failure' : 'crash', current, m.error);
        } else {
          clearTimeout(timer);
          stats.inputs++;
          if (Date.now() > until || big) stop();
        }
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.on('error', (error) => {
        // An error outside check() (the worker itself failed): report and stop, it would repeat.
        broken = true;
        process.stderr.write(`the fuzz worker failed: ${String(error)}\n`);
      });
    });
  void (async () => {
    await runWorker(0, true);
    let seed = Date.now() % 1e9;
    while (Date.now() < until && !broken) await runWorker(seed++, false);
    process.stdout.write(`${JSON.stringify(stats)}\n`);
    process.stdout.write(
      `Проверено входов: ${stats.inputs} (из них 10 МБ: ${stats.bigInputs}, ${Math.round(stats.bigMs)} мс); ` +
        `падений: ${stats.crashes}; нарушенных свойств: ${stats.failures}; зависаний: ${stats.hangs}; самый ` +
        `медленный обычный вход (анализ): ${Math.round(stats.slowestMs)} мс (${stats.slowestSize} символов).\n`,
    );
    for (const [kind, n] of Object.entries(stats.byKind)) process.stdout.write(`  ${n} × ${kind}\n`);
    process.exit(stats.crashes + stats.failures + stats.hangs > 0 || broken ? 1 : 0);
  })();
}
