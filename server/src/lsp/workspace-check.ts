/**
 * «Check the workspace»: every Markdown file under the workspace folders, analysed one by one with
 * progress, yielding to the event loop between files so typing stays responsive and a cancel stops
 * the walk early. What to do with each file's diagnostics is the caller's (publish, count).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../core/analyze';
import type { Severity } from '../core/diagnostic';

/** Folders that never hold the user's documents. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
/** A workspace larger than this is checked only up to this many files (said in the summary). */
export const MAX_FILES = 5000;
/** Larger files are skipped: they are not hand-written documents. */
const MAX_FILE_BYTES = 12_000_000;

export interface WorkspaceCheckSummary {
  files: number;
  filesWithProblems: number;
  counts: Record<Severity, number>;
  /** True when the walk was cancelled or hit MAX_FILES: not every file was checked. */
  incomplete: boolean;
}

export interface WorkspaceCheckHooks {
  /** Analyses one file (open documents: their current text) and reports its diagnostics; undefined: skipped (closed meanwhile). */
  visit(uri: string, readText: () => string): Analysis | undefined | Promise<Analysis | undefined>;
  progress(done: number, total: number, file: string): void;
  cancelled(): boolean;
}

export function markdownFiles(roots: readonly string[]): { files: string[]; capped: boolean } {
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    if (files.length >= MAX_FILES || seen.has(dir)) return;
    seen.add(dir);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return; // unreadable folder: skipped
    }
    for (const name of names) {
      if (files.length >= MAX_FILES) return;
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(path);
      } else if (/\.(md|markdown)$/i.test(name) && stat.size <= MAX_FILE_BYTES) {
        files.push(path);
      }
    }
  };
  for (const root of roots) walk(root);
  return { files, capped: files.length >= MAX_FILES };
}

export async function checkWorkspace(roots: readonly string[], hooks: WorkspaceCheckHooks): Promise<WorkspaceCheckSummary> {
  const { files, capped } = markdownFiles(roots);
  const summary: WorkspaceCheckSummary = {
    files: 0,
    filesWithProblems: 0,
    counts: { error: 0, warning: 0, info: 0, hint: 0 },
    incomplete: capped,
  };
  for (let i = 0; i < files.length; i++) {
    if (hooks.cancelled()) {
      summary.incomplete = true;
      break;
    }
    const path = files[i]!;
    hooks.progress(i, files.length, path);
    const uri = pathToFileURL(path).href;
    let analysis: Analysis | undefined;
    try {
      analysis = await hooks.visit(uri, () => readFileSync(path, 'utf8'));
    } catch {
      continue; // deleted or unreadable since the walk: skipped
    }
    if (!analysis) continue;
    summary.files++;
    if (analysis.diagnostics.length) summary.filesWithProblems++;
    for (const d of analysis.diagnostics) summary.counts[d.severity]++;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return summary;
}
