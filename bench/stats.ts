/** Timing helpers for the benchmarks: warm-up, then many timed runs; medians and 95th percentiles. */

/** The q-quantile (0…1) of a sample, nearest rank: with 20 runs p95 is the 19th fastest. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function summarize(times: readonly number[]): Timing {
  return { median: round(quantile(times, 0.5)), p95: round(quantile(times, 0.95)), runs: times.length };
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** `gc()` when node runs with --expose-gc: each timed run starts without the previous run's garbage. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface Budget {
  /** Untimed runs first (JIT, caches of the regexes). */
  warmup: number;
  /** Timed runs: at least `min`, at most `max`, and stop adding runs once `ms` is spent. */
  min: number;
  max: number;
  ms: number;
  /**
   * Calls per timed run (default 1): a run's time is their mean. A run of a few milliseconds right
   * after a forced collection measured mostly the collection's after-effects (≈ 10 ms on both sides
   * for an 8 KB document, so small documents' ratios were noise); batching runs of small texts to
   * ≥ 30 ms each keeps the collection between runs and times the work.
   */
  batch?: number;
}

/**
 * Times several functions over the same runs, interleaved (a, b, a, b…): on a busy machine a burst
 * of load then hits both alike, and the ratio between them stays fair.
 */
export function timeInterleaved(fns: readonly (() => unknown)[], budget: Budget): Timing[] {
  for (let w = 0; w < budget.warmup; w++) for (const fn of fns) fn();
  const times = fns.map(() => [] as number[]);
  const started = performance.now();
  for (let run = 0; run < budget.max; run++) {
    if (run >= budget.min && performance.now() - started > budget.ms) break;
    const batch = Math.max(1, budget.batch ?? 1);
    fns.forEach((fn, i) => {
      collect();
      const t = performance.now();
      for (let k = 0; k < batch; k++) fn();
      times[i]!.push((performance.now() - t) / batch);
    });
  }
  return times.map(summarize);
}
