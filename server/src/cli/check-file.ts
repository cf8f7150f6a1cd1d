/**
 * One file of `check` or `scores`, wherever it runs (the main thread or a batch worker, batch.ts):
 * read, told unchecked or analysed, and boiled down to its report (file-report.ts) before the next
 * file is read. Nothing of the text or the model outlives the call except that report, so a run over
 * 10,000 files holds 10,000 small serialised reports, not 10,000 analyses.
 */
import { readFileSync } from 'node:fs';
import { allProfiles, analyze } from '../core/analyze';
import type { WorkspaceConfig } from '../core/config';
import { resetMemos } from '../core/read/memo';
import { computeScores } from '../core/scores';
import { fileReport, folderInput, type KeptReport, keepReport } from './file-report';
import { uncheckableContent, type UncheckedReason } from './unchecked';

export interface CheckJob {
  /** The file to read: absolute, or relative to the working folder. */
  file: string;
  /** The file as the reports name it (the finder's path, relative to the working folder). */
  path: string;
  config: WorkspaceConfig;
  profile?: string;
  /** YYYY-MM-DD: personalised programmes' overdue activities are judged against it. */
  today?: string;
  /** Compute and keep the scores (the JSON and `nastavnik scores` print them; the text and SARIF do not). */
  scores: boolean;
}

export type CheckOutcome = { report: KeptReport } | { unchecked: UncheckedReason };

/**
 * The core's memo caches (core/read/memo.ts) keep up to 20,000 readings each, among them every file's
 * front matter: over a batch they grow with the files until full. Emptied every thousand files (in each
 * thread), they stay small; a cell repeated across files is read again once per thousand files.
 * Measured over 6,000 roadmaps: peak RSS 264 MB instead of 289 MB, the same output.
 */
const EMPTY_MEMOS_EVERY = 1000;
let sinceEmptied = 0;

/** Throws when the file cannot be read: the caller reports it as unreadable, as the engine did. */
export function checkFile(job: CheckJob): CheckOutcome {
  if (++sinceEmptied >= EMPTY_MEMOS_EVERY) {
    resetMemos();
    sinceEmptied = 0;
  }
  // As unified-engine read it: UTF-8, a BOM kept (offsets count it), invalid bytes as U+FFFD.
  const text = readFileSync(job.file, 'utf8');
  // Empty or binary (a .docx renamed .md): said so at once, never parsed (10 MB of binary took 21 s).
  const cannot = uncheckableContent(text);
  if (cannot) return { unchecked: cannot };
  const analysis = analyze(text, { config: job.config, profile: job.profile, today: job.today });
  // The same rule as `report`: a Markdown file that is no mentorship document (a README) is not «clean».
  if (!analysis.model.looksRelevant) return { unchecked: 'not-mentorship' };
  const scores = job.scores ? computeScores(analysis.model, allProfiles(job.config), { today: job.today }) : undefined;
  return { report: keepReport(fileReport(job.path, text, analysis, scores), folderInput(analysis.model, text)) };
}
