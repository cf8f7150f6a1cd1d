/**
 * The line-level table reader (server/src/core/read/fast-parse.ts) against remark alone, in-process:
 * `npx tsx bench/fast-table.ts [files=200] [rows=50]`, then the same with `NASTAVNIK_ORACLE_PARSE=1`
 * (the parse as it was: remark for every block), back to back. Times, interleaved with a bare
 * remark-parse + remark-gfm parse of the same texts: `parseDocument` and the whole analysis (parse +
 * rules + scores) over the batch corpus (generated school roadmaps, bench/batch.ts), the five real
 * documents (examples/00*.md: prose between tables, read by fast-blocks.ts), and one generated roadmap
 * of 500 and of 5,000 rows, cold. Medians of a few runs (bench/stats.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze } from '../server/src/core/analyze';
import { oracleParseOnly, useOracleParse } from '../server/src/core/read/fast-parse';

useOracleParse(process.env.NASTAVNIK_ORACLE_PARSE === '1');
import { resetMemos } from '../server/src/core/read/memo';
import { parseDocument } from '../server/src/core/read/parse';
import { generateRoadmap, generateSchoolRoadmap } from './generate';
import { type Budget, timeInterleaved } from './stats';

const bare = unified().use(remarkParse).use(remarkGfm);

function report(title: string, texts: readonly string[], budget: Budget): void {
  const each = (fn: (t: string) => unknown) => () => {
    resetMemos();
    for (const t of texts) fn(t);
  };
  const [b, parse, full] = timeInterleaved([each((t) => bare.parse(t)), each((t) => parseDocument(t)), each((t) => analyze(t))], budget);
  const ms = (t: { median: number }) => `${Math.round(t.median)} ms`;
  const ratio = (t: { median: number }) => `${(t.median / b!.median).toFixed(2)}×`;
  console.log(
    `${title}: bare remark ${ms(b!)} | parseDocument ${ms(parse!)} (${ratio(parse!)}) | analyze ${ms(full!)} (${ratio(full!)})` +
      ` [median of ${b!.runs}]`,
  );
}

const files = Number(process.argv[2] ?? 200);
const rows = Number(process.argv[3] ?? 50);
console.log(!oracleParseOnly() ? 'fast table reader' : 'remark alone (NASTAVNIK_ORACLE_PARSE=1)');
const runs = { warmup: 1, min: 3, max: 3, ms: 0 };
report(
  `${files} school roadmaps × ${rows} rows`,
  Array.from({ length: files }, (_, i) => generateSchoolRoadmap(i, rows)),
  runs,
);
const examples = readdirSync('examples')
  .filter((f) => /^00\d.*\.md$/.test(f))
  .map((f) => readFileSync(`examples/${f}`, 'utf8'));
report(`the ${examples.length} real documents, examples/00*.md`, examples, { ...runs, min: 9, max: 9 });
report('one roadmap, 500 rows', [generateRoadmap(500)], { ...runs, min: 5, max: 5 });
report('one roadmap, 5,000 rows', [generateRoadmap(5000)], { ...runs, min: 2, max: 2 });
