/**
 * `nastavnik check <folder>`: after every file is analysed, the checks across each school's folder
 * (core/workspace/folder-checks.ts) run over the checked files, and what they find joins each file's
 * own diagnostics (file-report.ts `openReport`) — so the text, JSON and SARIF reports and the exit
 * status treat them alike. They read what each file's report kept for them (`FolderInput`), not the
 * whole analysis.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceConfig } from '../core/config';
import { LineIndex } from '../core/read/text';
import { checkFolders, type FolderDocument } from '../core/workspace/folder-checks';
import { countBySeverity, type KeptReport, openFolderInput, type ReportedDiagnostic, reportDiagnostics } from './file-report';

/**
 * What the folder checks find, by file path; each file's counts (`counts`) include it once this returns.
 * A check that fails (a bug) leaves its findings out; like the core's own internal errors, it is not printed.
 */
export function folderFindings(
  checked: readonly KeptReport[],
  configFor: (path: string) => WorkspaceConfig,
): Map<string, ReportedDiagnostic[]> {
  const byUri = new Map<string, { file: KeptReport; doc: FolderDocument }>();
  for (const file of checked) {
    const uri = pathToFileURL(resolve(file.path)).href;
    if (byUri.has(uri)) continue;
    const { model, text } = openFolderInput(file);
    byUri.set(uri, { file, doc: { uri, model, text } });
  }
  const docs = [...byUri.values()].map((d) => d.doc);
  const result = checkFolders(docs, (doc) => {
    const config = configFor(byUri.get(doc.uri)!.file.path);
    return { staff: config.staff, severities: config.rules };
  });
  const findings = new Map<string, ReportedDiagnostic[]>();
  for (const [uri, found] of result.diagnostics) {
    const at = byUri.get(uri);
    if (!at) continue;
    // Findings land on a ППН or on a list of pairs, whose text the report kept (file-report.ts `folderInput`).
    findings.set(at.file.path, reportDiagnostics(found, new LineIndex(at.doc.text)));
    countBySeverity(found, at.file.counts);
  }
  return findings;
}
