/**
 * `npm run bench` (after a build): the numbers behind the README section «Скорость».
 *   (a) cold analysis (parse + model + all rules + scores) vs a bare unified+remark-parse+remark-gfm
 *       parse of the same text, on the examples and generated roadmaps; parseDocument alone on 002;
 *   (b) typing latency through the real server over stdio (bench/typing.ts);
 *   (c) batch: `nastavnik check` over 1,000 school roadmaps vs markdownlint-cli2 (bench/batch.ts);
 *   (d) peak memory: the server with 200 open documents, a 5,000-row cold analysis (bench/memory.ts).
 * Prints tables and writes bench/results.json. `--quick`: fewer runs, markdownlint on a 100-file sample.
 * Not part of `npm test`: speed is measured here, never asserted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { allProfiles, analyze } from '../server/src/core/analyze';
import { parseDocument } from '../server/src/core/parse';
import { computeScores } from '../server/src/core/scores';
import { batchThroughput } from './batch';
import { generateRoadmap } from './generate';
import { coldAnalysisMemory, serverMemory } from './memory';
import { typingLatency } from './typing';

const quick = process.argv.includes('--quick');
const bare = unified().use(remarkParse).use(remarkGfm);
const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Median of `runs` timed calls after one untimed warm-up call. */
function median(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function table(head: string[], rows: (string | number)[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log('');
}

async function main(): Promise<void> {
  const runs = quick ? 3 : 7;
  // (a) cold analysis
  const docs = readdirSync('examples')
    .filter((f) => /^00\d-.*\.md$/.test(f))
    .map((f) => ({ name: f.replace(/\.md$/, ''), text: readFileSync(`examples/${f}`, 'utf8') }));
  for (const rows of [50, 500, 5000]) docs.push({ name: `generated ${rows} rows`, text: generateRoadmap(rows) });
  const cold = docs.map(({ name, text }) => {
    const bareMs = median(() => bare.parse(text), runs);
    const analysisMs = median(() => computeScores(analyze(text).model, allProfiles()), runs);
    return { name, kb: round(Buffer.byteLength(text) / 1024, 1), bareMs: round(bareMs), analysisMs: round(analysisMs), ratio: round(analysisMs / bareMs) };
  });
  console.log('(a) Cold analysis (parse + model + rules + scores) vs bare remark-parse + remark-gfm, median of', runs, 'runs');
  table(['document', 'KB', 'bare ms', 'analysis ms', '× bare'], cold.map((r) => [r.name, r.kb, r.bareMs, r.analysisMs, r.ratio]));
  const p002 = docs.find((d) => d.name.startsWith('002'))!.text;
  const parse002 = { bareMs: round(median(() => bare.parse(p002), 15)), parseDocumentMs: round(median(() => parseDocument(p002), 15)), ratio: 0 };
  parse002.ratio = round(parse002.parseDocumentMs / parse002.bareMs);
  console.log(`parseDocument alone on 002: ${parse002.parseDocumentMs} ms vs bare ${parse002.bareMs} ms = ${parse002.ratio}× (issue 2: ≤ 1.5×)\n`);

  // (b) typing
  const typing = [];
  for (const rows of [500, 5000]) {
    const r = await typingLatency(rows, quick ? 50 : 200);
    const { analysisMs: coldMs, kb } = cold.find((c) => c.name === `generated ${rows} rows`)!;
    // KB as in (a): UTF-8 bytes of the file (typing.ts counts characters).
    typing.push({ ...r, kb, medianMs: round(r.medianMs), p95Ms: round(r.p95Ms), coldMs: round(r.coldMs), inProcessColdMs: coldMs, p95ToCold: round(r.p95Ms / coldMs) });
  }
  console.log('(b) Typing: one-character edits to one cell through the server over stdio, change → diagnostics');
  table(['roadmap', 'KB', 'edits', 'median ms', 'p95 ms', 'cold ms (in-process)', 'p95 / cold'], typing.map((t) => [`${t.rows} rows`, t.kb, t.edits, t.medianMs, t.p95Ms, t.inProcessColdMs, t.p95ToCold]));

  // (c) batch
  const files = 1000;
  const batch = await batchThroughput(files, quick ? 100 : files);
  console.log(`(c) Batch: ${files} school roadmaps of 50 rows (${batch.mb} MB), whole process`);
  table(['tool', 'files', 'seconds', 'docs/s', 'exit'], [
    ['nastavnik check (workers)', batch.workers.files, round(batch.workers.ms / 1000, 1), batch.workers.docsPerSecond, String(batch.workers.exitCode)],
    ['nastavnik check (NASTAVNIK_WORKERS=0)', batch.singleThread.files, round(batch.singleThread.ms / 1000, 1), batch.singleThread.docsPerSecond, String(batch.singleThread.exitCode)],
    [`markdownlint-cli2${batch.markdownlint.sample ? ' (sample)' : ''}`, batch.markdownlint.files, round(batch.markdownlint.ms / 1000, 1), batch.markdownlint.docsPerSecond, String(batch.markdownlint.exitCode)],
  ]);
  console.log(`nastavnik / markdownlint-cli2: ${batch.ratio}× the documents per second\n`);

  // (d) memory
  const server = await serverMemory(200, 50);
  const coldMemory = coldAnalysisMemory(5000);
  console.log('(d) Peak memory (VmHWM)');
  table(['what', 'peak MB'], [
    [`server, ${server.documents} open ${server.rows}-row documents (${server.mb} MB of text)`, server.peakMb],
    [`cold analysis of ${coldMemory.rows} rows (${coldMemory.kb} KB), child process`, coldMemory.peakMb],
    ['the same child holding only the text', coldMemory.baselinePeakMb],
  ]);

  const machine = { node: process.version, cpu: cpus()[0]?.model ?? '', cores: availableParallelism(), loadAverage: loadavg().map((l) => round(l)) };
  writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), quick, machine, cold, parse002, typing, batch, memory: { server, cold: coldMemory } }, null, 2) + '\n');
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage.join(' ')}\nwritten: bench/results.json`);
}

void main();
