/**
 * (e) Word in and out: `exportDocx` of a generated 40- and 500-row roadmap, then `importWord` of the
 * .docx it wrote (mammoth → Markdown → the core's front matter), in process, median of a few runs.
 * LibreOffice is not timed here (a .doc adds its 2–4 s start-up).
 */
import { exportDocx } from '../server/src/word/export';
import { importWord } from '../server/src/word/import';
import { generateRoadmap } from './generate';
import { round, summarize } from './stats';

export interface WordTiming {
  rows: number;
  exportMs: number;
  importMs: number;
  docxKb: number;
}

export async function wordTimings(quick: boolean): Promise<WordTiming[]> {
  const out: WordTiming[] = [];
  for (const rows of [40, 500]) {
    const text = generateRoadmap(rows);
    const runs = quick || rows > 100 ? 3 : 5;
    const exportRuns: number[] = [];
    const importRuns: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const { docx } = await exportDocx(text);
      exportRuns.push(performance.now() - t);
      size = docx.byteLength;
      t = performance.now();
      await importWord({ bytes: Buffer.from(docx), name: `roadmap-${rows}.docx` });
      importRuns.push(performance.now() - t);
    }
    out.push({
      rows,
      exportMs: round(summarize(exportRuns).median),
      importMs: round(summarize(importRuns).median),
      docxKb: round(size / 1024),
    });
  }
  return out;
}
