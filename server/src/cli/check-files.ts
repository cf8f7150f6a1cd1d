/**
 * The files `check` and `scores` found, each read, analysed and reported (check-file.ts) on the main
 * thread or by the batch workers (batch.ts), in the finder's order. What is kept of a file is its report
 * or the reason it was not checked; a file that could not be read keeps the engine's message.
 */
import { resolve } from 'node:path';
import type { ConfigLookup } from '../environment/config-lookup';
import { BatchAnalyzer } from './batch';
import type { CheckOutcome } from './check-file';
import type { KeptReport } from './file-report';
import type { FoundFile } from './find-files';
import type { UncheckedFile } from './unchecked';

/** A file of the run: its report, kept until it is printed, or why it was not checked. */
export type KeptEntry = { checked: KeptReport } | { unchecked: UncheckedFile };

export interface CheckSettings {
  profile?: string;
  today?: string;
  /** Keep each file's scores (JSON, `nastavnik scores`). */
  scores: boolean;
  cwd: string;
  /** The script a batch worker runs: the CLI bundle itself (batch.ts `isBatchWorker`). */
  workerEntry: string;
}

export interface CheckRun {
  /** Every file read, in the finder's order: its report, or why it was not checked. */
  entries: KeptEntry[];
  /** Files that could not be read (not found, ignored yet named, a read error): each with the engine's message. */
  unreadable: Required<FoundFile>[];
  /** The `.nastavnik.json` files that applied to an analysed file (an empty file's settings are never read). */
  configsUsed: Set<string>;
}

export async function checkFiles(
  found: readonly FoundFile[],
  settings: CheckSettings,
  configs: ConfigLookup,
  progress: (n: number) => void,
): Promise<CheckRun> {
  const outcomes: (CheckOutcome | undefined)[] = new Array(found.length);
  const configsUsed = new Set<string>();
  let done = 0;
  const record = (i: number, outcome: CheckOutcome, config: string | undefined) => {
    outcomes[i] = outcome;
    const analysed = 'report' in outcome || outcome.unchecked === 'not-mentorship';
    if (analysed && config) configsUsed.add(config);
    progress(++done);
  };
  const failed = new Set<number>();
  const fail = (i: number): void => {
    failed.add(i);
  };
  const batch = new BatchAnalyzer(settings.workerEntry);
  try {
    const waits: Promise<void>[] = [];
    for (const [i, file] of found.entries()) {
      if (file.unreadable !== undefined) continue;
      const config = configs.forFile(file.path);
      const job = {
        file: resolve(settings.cwd, file.path),
        path: file.path,
        config: config.loaded.config,
        profile: settings.profile,
        today: settings.today,
        scores: settings.scores,
      };
      try {
        const outcome = batch.check(job);
        if (outcome instanceof Promise) {
          waits.push(
            outcome.then(
              (o) => record(i, o, config.path),
              () => fail(i),
            ),
          );
        } else record(i, outcome, config.path);
      } catch {
        fail(i);
      }
    }
    await Promise.all(waits);
  } finally {
    batch.close();
  }
  const entries: KeptEntry[] = [];
  const unreadable: Required<FoundFile>[] = [];
  for (const [i, file] of found.entries()) {
    const outcome = outcomes[i];
    // A read error (or a failure in the core): the engine's words for an error in its read, parse or transform step.
    if (!outcome) unreadable.push({ path: file.path, unreadable: file.unreadable ?? (failed.has(i) ? 'Cannot process file' : '') });
    else if ('report' in outcome) entries.push({ checked: outcome.report });
    else entries.push({ unchecked: { path: file.path, reason: outcome.unchecked } });
  }
  return { entries, unreadable, configsUsed };
}
