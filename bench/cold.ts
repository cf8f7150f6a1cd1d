/**
 * Cold analysis, in-process (run from the bench bundle, so it is the same bundled core as dist/):
 * parse + model + all rules + scores of a text seen for the first time, against a bare
 * `unified().use(remarkParse).use(remarkGfm).parse` of the same text, interleaved run by run.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { allProfiles, analyze } from '../server/src/core/analyze';
import { parseDocument } from '../server/src/core/parse';
import { computeScores } from '../server/src/core/scores';
import { type Budget, round, type Timing, timeInterleaved } from './stats';

const bare = unified().use(remarkParse).use(remarkGfm);

export interface ColdResult { name: string; kb: number; bare: Timing; analysis: Timing; ratio: number; diagnostics: number }

/** Fewer runs for bigger texts: a 5,000-row roadmap takes seconds per run. */
export function budgetFor(chars: number, quick: boolean): Budget {
  if (chars > 2_000_000) return { warmup: 1, min: quick ? 2 : 5, max: quick ? 2 : 5, ms: 0 };
  if (chars > 300_000) return { warmup: 2, min: quick ? 5 : 15, max: 40, ms: quick ? 5_000 : 20_000 };
  return { warmup: 5, min: quick ? 10 : 30, max: 400, ms: quick ? 1_500 : 6_000 };
}

export function fullAnalysis(text: string): number {
  const analysis = analyze(text);
  computeScores(analysis.model, allProfiles());
  return analysis.diagnostics.length;
}

export function coldAnalysis(name: string, text: string, quick: boolean): ColdResult {
  const [b, a] = timeInterleaved([() => bare.parse(text), () => fullAnalysis(text)], budgetFor(text.length, quick));
  return { name, kb: round(Buffer.byteLength(text) / 1024, 1), bare: b!, analysis: a!, ratio: round(a!.median / b!.median), diagnostics: fullAnalysis(text) };
}

/** Issue 2: `parseDocument` alone (remark + the model) on the 002 programme vs the bare parse. */
export function parseOnly(text: string, quick: boolean): { bare: Timing; parseDocument: Timing; ratio: number } {
  const [b, p] = timeInterleaved([() => bare.parse(text), () => parseDocument(text)], budgetFor(text.length, quick));
  return { bare: b!, parseDocument: p!, ratio: round(p!.median / b!.median) };
}
