/**
 * `npm run bench`: cold analysis (parse + model + rules + scores) against a bare
 * unified+remark-parse+remark-gfm parse of the same text, on the examples and generated roadmaps.
 * Prints a table and writes bench/results.json. Not part of `npm test`: speed is measured, not asserted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze } from '../server/src/core/analyze';
import { parseDocument } from '../server/src/core/parse';
import { computeScores } from '../server/src/core/scores';
import { generateRoadmap } from './generate';

const bare = unified().use(remarkParse).use(remarkGfm);

function median(fn: () => void, runs: number): number {
  fn(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const docs: { name: string; text: string; runs: number }[] = readdirSync('examples')
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => ({ name: f, text: readFileSync(`examples/${f}`, 'utf8'), runs: 21 }));
for (const [rows, runs] of [[50, 15], [500, 7], [5000, process.argv.includes('--quick') ? 1 : 3]] as const) {
  docs.push({ name: `generated-${rows}-rows`, text: generateRoadmap(rows), runs });
}

const results = docs.map(({ name, text, runs }) => {
  const bareMs = median(() => bare.parse(text), runs);
  const modelMs = median(() => parseDocument(text), runs);
  const analysisMs = median(() => computeScores(analyze(text).model), runs);
  return { name, kb: Math.round(text.length / 102.4) / 10, bareMs: round(bareMs), modelMs: round(modelMs), modelRatio: round(modelMs / bareMs), analysisMs: round(analysisMs), analysisRatio: round(analysisMs / bareMs) };
});

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

console.log('document                               KB   bare parse ms   model ms (×bare)   full analysis ms (×bare)');
for (const r of results) {
  console.log(`${r.name.padEnd(36)} ${String(r.kb).padStart(6)} ${String(r.bareMs).padStart(12)} ${String(r.modelMs).padStart(10)} (${r.modelRatio}×) ${String(r.analysisMs).padStart(12)} (${r.analysisRatio}×)`);
}
writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2) + '\n');
console.log('\nwritten: bench/results.json');
