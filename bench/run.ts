/**
 * `npm run bench` (builds dist/, bundles this file into dist/bench/run.js, runs it with --expose-gc):
 * the numbers behind the README section «Скорость (Performance)».
 *   (a) cold analysis (parse + model + all rules + scores) vs a bare unified+remark-parse+remark-gfm
 *       parse, on the five examples and generated 50/500/5,000-row roadmaps; parseDocument alone on 002;
 *   (b) typing latency through the real server over stdio, beside its floor — the same edits and diagnostics
 *       through a server that analyses nothing (typing.ts, echo-server.ts); (b2) typing in a small
 *       document while a 5,000-row one is opened cold (open-huge.ts);
 *   (c) batch: `nastavnik check` over 1,000 school roadmaps vs markdownlint-cli2; (c1) 200 of them, whole process, vs a
 *       bare remark parse of the same files (batch.ts);
 *   (c2) batch memory: wall time and peak RSS of `nastavnik check --format json` over 10,000 roadmaps (batch-memory.ts);
 *   (d) peak memory: the server with 200 open documents, a 5,000-row cold analysis (memory.ts);
 *   (e) Word export and import of a 40- and a 500-row roadmap (word.ts);
 *   (f) the checks across a school folder of 300 ППН and an order, after an edit of one ППН (folder.ts).
 * Prints tables, compares with the targets of issue 19 (and earlier ones) and writes bench/results.json.
 * `-- --quick`: fewer runs, markdownlint-cli2 on a 100-file sample, the batch memory over 2,000 files.
 * `-- --only=cold,typing,open,batch,batch-memory,memory,word,folder`.
 * Not part of `npm test`: speed is measured here, never asserted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { batchThroughput, smallBatch } from './batch';
import { batchMemory } from './batch-memory';
import { coldAnalysis, parseOnly } from './cold';
import { folderRecheck } from './folder';
import { generateRoadmap } from './generate';
import { coldAnalysisMemory, MEMORY_CHILD, memoryChild, serverMemory } from './memory';
import { ROOT } from './paths';
import { round } from './stats';
import { type TypingCase, type TypingResult, typingLatency } from './typing';
import { workerCount } from '../server/src/cli/batch';
import { openHuge } from './open-huge';
import { wordTimings } from './word';

const TARGETS = {
  /** Issue 19: typing in a 500-row roadmap with a defect in most rows, p95 within one frame. */
  typing500P95Ms: 16,
  /** Issue 19: typing in a 5,000-row roadmap (plain and defect-heavy), p95. */
  typing5000P95Ms: 50,
  /** Issue 19: a 5,000-row roadmap opened cold, open → first diagnostics. */
  firstDiagnostics5000Ms: 1000,
  /** Issue 19: cold analysis of one document / a bare remark parse of it (examples, 500 and 5,000 rows). */
  coldRatio: 0.3,
  parse002Ratio: 1.5,
  /** Issue 19: 200 × 50-row roadmaps, the whole `check` process. */
  batch200Ms: 2000,
  /** Issue 19: ≥ 25× markdownlint-cli2's documents per second, ≥ 3× faster than a bare remark parse. */
  batchRatio: 25,
  batchRemarkRatio: 3,
  serverPeakMb: 300,
  /** Issue 20: a folder of 300 ППН and one order re-checks in ≤ 200 ms after an edit. */
  folderRecheckMs: 200,
  /** Issue 19: `check` over 10,000 files with peak RSS ≤ 400 MB. */
  batchPeakMb: 400,
};

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wanted = (part: string) => !only || only.includes(part);

function table(head: string[], rows: (string | number)[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log('');
}

const verdict = (ok: boolean) => (ok ? 'yes' : 'NO');
const load = () =>
  loadavg()
    .map((l) => round(l))
    .join(' ');

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  const summary: (string | number)[][] = [];
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with node --expose-gc for a collection before each timed run)\n');

  if (wanted('cold')) {
    const docs = readdirSync(join(ROOT, 'examples'))
      .filter((f) => /^00\d-.*\.md$/.test(f))
      .sort()
      .map((f) => ({ name: f.replace(/\.md$/, ''), text: readFileSync(join(ROOT, 'examples', f), 'utf8') }));
    for (const rows of [50, 500, 5000]) docs.push({ name: `generated ${rows} rows`, text: generateRoadmap(rows) });
    console.log(
      `(a) Cold analysis (parse + model + all rules + scores) vs bare remark-parse + remark-gfm; warm-up, then interleaved runs, load ${load()}`,
    );
    const cold = docs.map(({ name, text }) => {
      const r = coldAnalysis(name, text, quick);
      console.log(`  ${name}: ${r.analysis.median} ms vs ${r.bare.median} ms (${r.ratio}×)`);
      return r;
    });
    console.log('');
    table(
      ['document', 'KB', 'runs', 'bare median', 'bare p95', 'analysis median', 'analysis p95', '× bare'],
      cold.map((r) => [r.name, r.kb, r.bare.runs, r.bare.median, r.bare.p95, r.analysis.median, r.analysis.p95, r.ratio]),
    );
    const p002 = docs.find((d) => d.name.startsWith('002'))!.text;
    const parse002 = parseOnly(p002, quick);
    console.log(
      `parseDocument alone on 002: ${parse002.parseDocument.median} ms vs bare ` +
        `${parse002.bare.median} ms = ${parse002.ratio}× (issue 2: ≤ ${TARGETS.parse002Ratio}×)\n`,
    );
    results.cold = cold;
    results.parse002 = parse002;
    const worst = cold.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    summary.push([
      'cold analysis / bare remark (worst document)',
      `≤ ${TARGETS.coldRatio}×`,
      `${worst.ratio}× (${worst.name})`,
      verdict(worst.ratio <= TARGETS.coldRatio),
    ]);
    summary.push([
      'parseDocument / bare remark on 002',
      `≤ ${TARGETS.parse002Ratio}×`,
      `${parse002.ratio}×`,
      verdict(parse002.ratio <= TARGETS.parse002Ratio),
    ]);
  }

  if (wanted('typing')) {
    const typing: (TypingResult & { p95ToCold: number })[] = [];
    // Typed into a row's empty stage cell (the harder case, bench/typing.ts), and once into an activity cell.
    const cases: TypingCase[] = [
      { rows: 500, defective: false, cell: 'stage' },
      { rows: 5000, defective: false, cell: 'stage' },
      { rows: 500, defective: true, cell: 'stage' },
      { rows: 5000, defective: true, cell: 'stage' },
      { rows: 5000, defective: true, cell: 'activity' },
    ];
    for (const c of cases) {
      const r = await typingLatency(c, quick ? 60 : 200, 20);
      typing.push({ ...r, p95ToCold: round(r.latency.p95 / r.coldMs, 3) });
    }
    console.log(
      "(b) Typing: one-character edits to one cell (a row's empty stage cell, or its activity cell) through the server " +
        `over stdio, change → pulled diagnostics; load ${load()}`,
    );
    const label = (t: TypingResult) =>
      `${t.rows} rows${t.defective ? ', a defect in most rows' : ''}${t.cell === 'activity' ? ', typed in an activity' : ''}`;
    table(
      [
        'roadmap',
        'edits',
        'diagnostics shown',
        'report KB',
        'median ms',
        'p95 ms',
        'floor median',
        'floor p95',
        'cold ms (open → diagnostics)',
        'p95 / cold',
      ],
      typing.map((t) => [
        label(t),
        t.edits,
        t.diagnostics,
        t.reportKb,
        t.latency.median,
        t.latency.p95,
        t.floor.median,
        t.floor.p95,
        t.coldMs,
        t.p95ToCold,
      ]),
    );
    console.log('floor: the same edits and the same diagnostics through a server that analyses nothing (bench/echo-server.ts)\n');
    results.typing = typing;
    for (const t of typing) {
      // Issue 19: 500 rows judged defect-heavy (one frame); 5,000 rows plain and defect-heavy; 500 plain shown.
      const target = t.rows === 500 ? (t.defective ? TARGETS.typing500P95Ms : undefined) : TARGETS.typing5000P95Ms;
      summary.push([
        `typing, ${label(t)}: p95`,
        target === undefined ? '—' : `≤ ${target} ms`,
        `${t.latency.p95} ms (median ${t.latency.median}${t.defective ? `, ${t.diagnostics} shown` : ''})`,
        target === undefined ? '—' : verdict(t.latency.p95 <= target),
      ]);
    }
    for (const t of typing.filter((x) => x.rows === 5000 && x.cell === 'stage')) {
      summary.push([
        `5,000 rows${t.defective ? ', a defect in most rows' : ''}: open → first diagnostics`,
        `≤ ${TARGETS.firstDiagnostics5000Ms} ms`,
        `${t.coldMs} ms`,
        verdict(t.coldMs <= TARGETS.firstDiagnostics5000Ms),
      ]);
    }
  }

  if (wanted('open')) {
    const open = await openHuge(5000);
    console.log(
      `(b2) Opening a ${open.rows}-row roadmap (${open.kb} KB) while typing in a small one (a keystroke every 20 ms); load ${load()}`,
    );
    table(
      ['big document: open → diagnostics ms', 'small: keystrokes meanwhile', 'median ms', 'p95 ms', 'max ms'],
      [[open.bigMs, open.keystrokes, open.latency.median, open.latency.p95, open.maxMs]],
    );
    results.openHuge = open;
    summary.push([
      `typing elsewhere while ${open.rows} rows open: p95`,
      '—',
      `${open.latency.p95} ms (max ${open.maxMs}, ${open.keystrokes} keystrokes)`,
      '—',
    ]);
  }

  if (wanted('batch')) {
    const files = 1000;
    const batch = await batchThroughput(files, quick ? 100 : files);
    console.log(`(c) Batch: ${files} school roadmaps of 50 rows (${batch.mb} MB), whole process; load ${load()}`);
    table(
      ['tool', 'files', 'seconds', 'docs/s', 'exit'],
      [
        [
          // The default decides by cores (server/src/cli/batch.ts): say what it chose on this machine.
          `nastavnik check (default: ${workerCount()} worker threads on ${availableParallelism()} cores)`,
          batch.workers.files,
          round(batch.workers.ms / 1000, 1),
          batch.workers.docsPerSecond,
          String(batch.workers.exitCode),
        ],
        [
          'nastavnik check (NASTAVNIK_WORKERS=0)',
          batch.singleThread.files,
          round(batch.singleThread.ms / 1000, 1),
          batch.singleThread.docsPerSecond,
          String(batch.singleThread.exitCode),
        ],
        [
          `markdownlint-cli2${batch.markdownlint.sample ? ' (sample)' : ''}`,
          batch.markdownlint.files,
          round(batch.markdownlint.ms / 1000, 1),
          batch.markdownlint.docsPerSecond,
          String(batch.markdownlint.exitCode),
        ],
      ],
    );
    console.log(`nastavnik / markdownlint-cli2: ${batch.ratio}× the documents per second\n`);
    results.batch = batch;
    const small = await smallBatch(200, quick ? 3 : 5);
    console.log(
      `(c1) Batch: ${small.files} school roadmaps of ${small.rows} rows (${small.mb} MB): nastavnik check --format json, whole process ` +
        `(default workers), median of ${small.check.runs} ${small.check.medianMs} ms (best ${small.check.bestMs}); a bare ` +
        `remark-parse + remark-gfm parse of the same files in process ${small.bareRemarkMs} ms = ${small.ratio}× the check; load ${load()}\n`,
    );
    results.batch200 = small;
    summary.push([
      `batch, ${small.files} × ${small.rows}-row roadmaps, whole process`,
      `≤ ${TARGETS.batch200Ms} ms`,
      `${small.check.medianMs} ms (best ${small.check.bestMs})`,
      verdict(small.check.medianMs <= TARGETS.batch200Ms),
    ]);
    summary.push([
      'batch vs a bare remark parse of the same files',
      `≥ ${TARGETS.batchRemarkRatio}× faster`,
      `${small.ratio}× (remark ${small.bareRemarkMs} ms)`,
      verdict(small.ratio >= TARGETS.batchRemarkRatio),
    ]);
    summary.push([
      'batch docs/s vs markdownlint-cli2',
      `≥ ${TARGETS.batchRatio}×`,
      `${batch.ratio}× (${batch.workers.docsPerSecond} vs ${batch.markdownlint.docsPerSecond} docs/s)`,
      verdict(batch.ratio >= TARGETS.batchRatio),
    ]);
  }

  if (wanted('batch-memory')) {
    const files = quick ? 2000 : 10_000;
    const m = await batchMemory(files, 50);
    console.log(
      `(c2) Batch memory: nastavnik check --format json over ${m.files} school roadmaps of ${m.rows} rows (${m.mb} MB), ` +
        `whole process, default workers; load ${load()}`,
    );
    table(
      ['files', 'MB of Markdown', 'seconds', 'peak RSS, MB', 'peak read from', 'JSON report, MB', 'exit'],
      [
        [
          m.files,
          m.mb,
          round(m.ms / 1000, 1),
          m.peakMb,
          m.peakFrom === 'time' ? '/usr/bin/time -v' : '/proc VmHWM',
          m.outputMb,
          String(m.exitCode),
        ],
      ],
    );
    results.batchMemory = m;
    summary.push([
      `batch check of ${m.files} files: peak RSS`,
      `≤ ${TARGETS.batchPeakMb} MB`,
      `${m.peakMb} MB (${round(m.ms / 1000, 1)} s)`,
      verdict(m.peakMb <= TARGETS.batchPeakMb),
    ]);
  }

  if (wanted('word')) {
    console.log(`(e) Word: export to .docx and import of that .docx (in process, median), load ${load()}`);
    const word = await wordTimings(quick);
    table(
      ['roadmap', 'export, ms', 'import, ms', '.docx, KB'],
      word.map((w) => [`${w.rows} rows`, w.exportMs, w.importMs, w.docxKb]),
    );
    results.word = word;
  }

  if (wanted('folder')) {
    const folder = folderRecheck(quick);
    console.log(
      `(f) Folder checks: an order of ${folder.programmes} pairs and ${folder.programmes} ППН (${folder.kb} KB), ` +
        `one ППН edited: analysed again + checkFolders over all documents; load ${load()}`,
    );
    table(
      ['what', 'runs', 'median, ms', 'p95, ms'],
      [
        ['first check (no facts read yet)', folder.first.runs, folder.first.median, folder.first.p95],
        ['edit of a completion mark', folder.markEdit.runs, folder.markEdit.median, folder.markEdit.p95],
        [
          `edit of the mentee's name (${folder.findingsAfterNameEdit} findings)`,
          folder.nameEdit.runs,
          folder.nameEdit.median,
          folder.nameEdit.p95,
        ],
      ],
    );
    results.folder = folder;
    const worst = Math.max(folder.markEdit.p95, folder.nameEdit.p95);
    summary.push([
      `folder of ${folder.programmes} ППН re-checked after an edit, p95`,
      `≤ ${TARGETS.folderRecheckMs} ms`,
      `${worst} ms`,
      verdict(worst <= TARGETS.folderRecheckMs),
    ]);
  }

  if (wanted('memory')) {
    const server = await serverMemory(200, 50);
    const coldMemory = coldAnalysisMemory(5000);
    console.log('(d) Peak memory (VmHWM)');
    table(
      ['what', 'peak MB'],
      [
        [`server, ${server.documents} open ${server.rows}-row documents (${server.mb} MB of text)`, server.peakMb],
        [`cold analysis of ${coldMemory.rows} rows (${coldMemory.kb} KB), child process`, coldMemory.peakMb],
        ['the same child holding only the text', coldMemory.baselinePeakMb],
      ],
    );
    results.memory = { server, cold: coldMemory };
    summary.push([
      'server peak RSS, 200 open documents',
      `≤ ${TARGETS.serverPeakMb} MB`,
      `${server.peakMb} MB`,
      verdict(server.peakMb <= TARGETS.serverPeakMb),
    ]);
    summary.push(['cold analysis of 5,000 rows, peak RSS', '—', `${coldMemory.peakMb} MB`, '—']);
  }

  console.log('Targets (issue 19, and earlier issues)');
  table(['measure', 'target', 'measured', 'reached'], summary);
  const machine = {
    node: process.version,
    cpu: cpus()[0]?.model ?? '',
    cores: availableParallelism(),
    loadAverageAtEnd: loadavg().map((l) => round(l)),
  };
  const out = join(ROOT, 'bench', 'results.json');
  // --only: keep the other parts of an earlier full run.
  let previous: Record<string, unknown> = {};
  if (only)
    try {
      previous = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    } catch {
      /* none yet */
    }
  writeFileSync(
    out,
    JSON.stringify({ ...previous, date: new Date().toISOString(), quick, machine, targets: TARGETS, ...results }, null, 2) + '\n',
  );
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load average ${machine.loadAverageAtEnd.join(' ')}\nwritten: bench/results.json`,
  );
}

if (process.argv.includes(MEMORY_CHILD)) memoryChild(process.argv);
else
  void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
