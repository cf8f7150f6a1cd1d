/**
 * Cold analysis, in-process (run from the bench bundle, so it is the same bundled core as dist/):
 * parse + model + all rules + scores of a text seen for the first time, against a bare
 * `unified().use(remarkParse).use(remarkGfm).parse` of the same text, interleaved run by run.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { allProfiles, analyze } from '../server/src/core/analyze';
import { resetMemos } from '../server/src/core/read/memo';
import { parseDocument } from '../server/src/core/read/parse';
import { computeScores } from '../server/src/core/scores';
import { type Budget, round, type Timing, timeInterleaved } from './stats';

const bare = unified().use(remarkParse).use(remarkGfm);

export interface ColdResult {
  name: string;
  kb: number;
  bare: Timing;
  analysis: Timing;
  ratio: number;
  diagnostics: number;
}

/** Fewer runs for bigger texts (a 5,000-row roadmap takes seconds per run), batched runs for small ones. */
export function budgetFor(chars: number, quick: boolean): Budget {
  if (chars > 2_000_000) return { warmup: 1, min: quick ? 2 : 5, max: quick ? 2 : 5, ms: 0 };
  if (chars > 300_000) return { warmup: 2, min: quick ? 5 : 15, max: 40, ms: quick ? 5_000 : 20_000 };
  // Small texts (the examples: 5–50 KB, 3–60 ms a parse) are timed in batches of ≈ 30 ms or more.
  const batch = chars < 30_000 ? 10 : chars < 100_000 ? 3 : 1;
  return { warmup: 5, min: quick ? 10 : 30, max: 400, ms: quick ? 1_500 : 6_000, batch };
}

export function fullAnalysis(text: string): number {
  // Cold: no cell reading is left over from the previous run (the per-cell memos are process-wide).
  resetMemos();
  const analysis = analyze(text);
  computeScores(analysis.model, allProfiles());
  return analysis.diagnostics.length;
}

export function coldAnalysis(name: string, text: string, quick: boolean): ColdResult {
  const [b, a] = timeInterleaved([() => bare.parse(text), () => fullAnalysis(text)], budgetFor(text.length, quick));
  return {
    name,
    kb: round(Buffer.byteLength(text) / 1024, 1),
    bare: b!,
    analysis: a!,
    ratio: round(a!.median / b!.median),
    diagnostics: fullAnalysis(text),
  };
}

/** Issue 2: `parseDocument` alone (remark + the model) on the 002 programme vs the bare parse. */
export function parseOnly(text: string, quick: boolean): { bare: Timing; parseDocument: Timing; ratio: number } {
  const [b, p] = timeInterleaved(
    [
      () => bare.parse(text),
      () => {
        resetMemos();
        parseDocument(text);
      },
    ],
    budgetFor(text.length, quick),
  );
  return { bare: b!, parseDocument: p!, ratio: round(p!.median / b!.median) };
}
