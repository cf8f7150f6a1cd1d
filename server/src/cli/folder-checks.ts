/**
 * `nastavnik check <folder>`: after every file is analysed, the checks across each school's folder
 * (core/workspace/folder-checks.ts) run over the checked files, and what they find joins each file's
 * own diagnostics — so the text, JSON and SARIF reports and the exit status treat them alike.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceConfig } from '../core/config';
import { SEVERITY_ORDER } from '../core/diagnostic';
import { checkFolders, type FolderDocument } from '../core/workspace/folder-checks';
import type { CheckedFile } from './output';

/** Adds the folder checks' diagnostics to the checked files (in place), each file's list kept in order. */
export function addFolderChecks(checked: readonly CheckedFile[], configFor: (path: string) => WorkspaceConfig): void {
  const byUri = new Map<string, CheckedFile>();
  const docs: FolderDocument[] = [];
  for (const file of checked) {
    const uri = pathToFileURL(resolve(file.path)).href;
    if (byUri.has(uri)) continue;
    byUri.set(uri, file);
    docs.push({ uri, model: file.analysis.model, text: file.text });
  }
  const result = checkFolders(docs, (doc) => {
    const config = configFor(byUri.get(doc.uri)!.path);
    return { staff: config.staff, severities: config.rules };
  });
  for (const [uri, found] of result.diagnostics) {
    const analysis = byUri.get(uri)?.analysis;
    if (!analysis) continue;
    analysis.diagnostics.push(...found);
    analysis.diagnostics.sort(
      (a, b) => a.span.start - b.span.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code),
    );
  }
  for (const error of result.internalErrors) {
    const first = checked[0]?.analysis;
    if (first && !first.internalErrors.some((e) => e.code === 'folder-checks' && e.error === error)) {
      first.internalErrors.push({ code: 'folder-checks', error });
    }
  }
}
